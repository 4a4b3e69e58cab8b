/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = 'ddd7fe9873e936773446c98ebe3dc8eba389f0c05443de0ca28303a8804e5e27';
/** Final state of the golden 12-turn game (realistic orders, seed 2023). */
export const SUMMIT_FINAL = 'd565028d3f154bcddef02f6584d5c930e21d0fed98093a43bd79ee6c46316acb';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = 'b5e5100f0709e6a9ce1251161bb9c7147b405c2f1bca47149a3c429cb74c769b';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '5b6a50c1cd01f48b693488ea44dac124d601a46d36149ea59ceb60a74f651414';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '307e439593d6105f911316d4942aa82f4c6015462a7931ac9d4ab1c7ba0a826b';
/** Share code lengths of the 12-turn game (characters after `#s=`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: 852, varied: 1085, embedded: 16191 };
export const LINK1_LENGTH = { realistic: 836, varied: 1076, embedded: 16097 };
