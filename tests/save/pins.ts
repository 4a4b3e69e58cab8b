/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '6abacbbd19e14209cb5257bfb26fe405060b4c724843ae3cfeab84c47dcd8c0c';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = 'b871306b83ea86a39c8401931252141cd029d8b93f587a79852dcb95a5638c00';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '1d8f42a9388b80d54a14636f3762bc88da7349028c94971d03a7c9557ced9a3c';
/** Share code lengths of the 12-turn game (characters after `#s=`). */
export const LINK_LENGTH = { realistic: 841, varied: 1072, embedded: 13351 };
