/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '4a7c423ef5b092be423d4f0b353bfd78d53913c5a51756638b3548e931debefa';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '8479ad0020c72dab5c11444ef513f406365afdbadced4c9d2fb688800714b4a9';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = 'c06e0b9b37adcb504a5686560a7964e73de2b6931294c580f63c96cff9d3ebaf';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '37d17dbf7eafdd93b9f48ad1f344ba47c757a42ce76180f04338a47ce22c60be';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = 'fdfec60d85b816ed3f7dc77ad156c1eb94d33815d71bdcf3e42f28c2c162d915';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 849, varied: 1087, embedded: 15713 };
export const LINK1_LENGTH = { realistic: 848, varied: 1080, embedded: 15645 };
