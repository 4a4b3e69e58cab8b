/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'a55d9e42ebf88ab6fb8cb5a3c8022f211857273ee702261aa35f19d9fcf3fc3c';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '43ee9e3130139953afddcfa67dfd3f79dc60a86ee96cb58894dc426aa6fc089e';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = 'f8c42fc79b176cfd415850edd5c9114050fba67c5de663f923af58ef767e732e';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 839, varied: 1076, embedded: 11165 };
