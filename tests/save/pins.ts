/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '4a7c423ef5b092be423d4f0b353bfd78d53913c5a51756638b3548e931debefa';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '099159d3daadb89077f590b0ae2302c4bf2db88dff51b6884505f05db7c3029e';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = '4dc3e7e79ad12a0f608656796070773455dc04a73eeb2e262ec5d94fbebe0cac';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '20164773443166ab54021fcc7033df3688c61dd6b5e677657f2da0fb99787fde';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '3c34c7748f55f0452571deae1b96ea49ec2e0f79fb38832093a84878a34f9b53';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 851, varied: 1084, embedded: 15723 };
export const LINK1_LENGTH = { realistic: 844, varied: 1077, embedded: 15644 };
