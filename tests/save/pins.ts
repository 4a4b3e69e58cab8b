/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'a55d9e42ebf88ab6fb8cb5a3c8022f211857273ee702261aa35f19d9fcf3fc3c';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = 'e9ad689ae6d04892632e5ce468bd7e0edaef075ec93cc37b7d049f8a0e0a55b4';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = 'e3c31b12769a6751790e5650d4f63ae9de44f6d10f37e8f2c5fd77aa69d36882';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 839, varied: 1079, embedded: 11163 };
