/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'a62f06dc1b4d04dabd741e7c71f7db0ad89b1ea89e10ec870eea14f2f455d06c';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '28a30fd21ac82c0eeb1a5f29c0fa3325eeb8befc8b58d83cb689be780342b50f';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = '677a147236dec29b53f1817811f18323170d5289f8306bc9220887389d86a14a';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '44812160b383905efef8b134f2a11682e91dcf85e71c620872a1d015aaa7e842';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '8e6ec0e4b411c64a995727c9275fffa565fdf2f64605fdcadc7c8dabacf5715f';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 849, varied: 1085, embedded: 15815 };
export const LINK1_LENGTH = { realistic: 839, varied: 1076, embedded: 15743 };
