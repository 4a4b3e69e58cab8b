/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '8844ba5bbe17cdab524b862a6bfcb4ac0e1f4d97ae55ff6d1e97e4a5ca0bc9ab';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '328268a263987ae078b50c54a8659507cc73ce8fe73c9da7d3cea28c915fc0c8';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '1b2ed4b722fd26bfcf69040849ce98f0fc88a356df04ee5c928138eb33c1f6d9';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 843, varied: 1073, embedded: 2528 };
