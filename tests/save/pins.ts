/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'a3bae55c21e459d8812b4c3175ee012e203a74d8e6a65a64a89c041c98cb37b3';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '44d63af611b76c866914a7df53699f870910aa8296d63e0a3ff454dcf46ee1b6';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '78355676503a0449848cfa92fb8aeef168d935f40fa16ec0242cc543ad0d325c';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 839, varied: 1079, embedded: 10696 };
