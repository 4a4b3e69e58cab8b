/**
 * Every hash, fingerprint and size the save tests pin, in one place. They move only when the
 * engine's rules, the state's shape or the shipped scenario change. When that is intended:
 * bump ENGINE_VERSION, run `npx tsx scripts/save-goldens.ts`, run the tests, and copy the
 * new values the failures print into this file, in the same commit.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '8844ba5bbe17cdab524b862a6bfcb4ac0e1f4d97ae55ff6d1e97e4a5ca0bc9ab';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '328268a263987ae078b50c54a8659507cc73ce8fe73c9da7d3cea28c915fc0c8';
export const SUMMIT_FINGERPRINT = '3282-68a2';
/** Final state of the golden 40-turn drill (tests/fixtures/scenarios/drill-40.json, seed 40). */
export const DRILL_FINAL = '1b2ed4b722fd26bfcf69040849ce98f0fc88a356df04ee5c928138eb33c1f6d9';
/** The golden game cut after turn 4. */
export const SUMMIT_TURN4_FINGERPRINT = '4349-c6a7';
/** Turn 1 of the golden game (the first hash in the file). */
export const SUMMIT_TURN1_FINGERPRINT = '7a34-9e0d';
/** Turn 5 of the golden game. */
export const SUMMIT_TURN5_FINGERPRINT = '6e30-79f2';

/** What replaying gives after each edit of tests/save/refusals.test.ts. */
export const EDITED = {
  turn5Munitions1499: '1333-9fe4',
  turn7: 'fcee-4ec8',
  seed2024: 'e607-8c48',
  turn1Munitions61: 'd186-db89',
};

/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 843, varied: 1073, embedded: 2528 };
