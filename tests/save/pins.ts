/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'fafef27a69da7ad63dc61d5b204fd373f47aae98b84d542cf88e649c57962e11';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = '72b2a90c5b6a8caec1a7c77122538728b3a1a2aa8f6fa734061ad6716d872323';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = 'd80f5c9a29fb406491e7519e30f49b4702436d91a655323e80c1d95adaea6134';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '92b149d0a04968212d58780622e5e004cdfdbd141061f8b9a8573dfed346beec';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '35727f5b28d1302530c20c6e388e0ecb492386cfff9dc75c8275bdcbaf5f7a08';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 855, varied: 1089, embedded: 15641 };
export const LINK1_LENGTH = { realistic: 841, varied: 1076, embedded: 15561 };
