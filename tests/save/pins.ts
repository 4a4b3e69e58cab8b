/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '9c9fbda9df907289b804034b185f4a8838cd00c85423c741d1a3ebf6fd053357';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '44d63af611b76c866914a7df53699f870910aa8296d63e0a3ff454dcf46ee1b6';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '78355676503a0449848cfa92fb8aeef168d935f40fa16ec0242cc543ad0d325c';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 841, varied: 1079, embedded: 10984 };
