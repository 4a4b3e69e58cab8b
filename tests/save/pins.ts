/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'fafef27a69da7ad63dc61d5b204fd373f47aae98b84d542cf88e649c57962e11';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = 'cead85254d487d616975c87209c1c3ba70ad63d4a3b0197db610de06eefd44a7';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = '92699484bdfa8a6b599f0a7969f59bec7fcf05968c6dd4be3463123e067661b6';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '14a2f2ecd66e2b8ad37fb803b763c3c95a8a526e5af12c025882e02cbe4527df';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '39d2c0483e70cf1461f5cc76c6edef483d648ebd7d4915b07fa756215417d3ca';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 845, varied: 1089, embedded: 11241 };
export const LINK1_LENGTH = { realistic: 836, varied: 1081, embedded: 11167 };
