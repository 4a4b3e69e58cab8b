/** Saves and share links: verified, not trusted. Pure: no DOM, no clock, no I/O. */
export type { SaveError, SaveResult } from './errors.ts';
export { formatSaveError, SAVE_ERROR_KINDS } from './errors.ts';
export type { PlayerSlot, Players, SaveDoc } from './format.ts';
export { ALL_HOLD, CURRENT_SAVE_VERSION, LINK_VERSION, PLAYER_KINDS, SAVE_FORMAT } from './format.ts';
export { loadSave } from './load.ts';
export type { Claim, ClaimSource, LoadedGame, VerifyOptions } from './verify.ts';
export { verifyClaim } from './verify.ts';
export type { GameHeader } from './chain.ts';
export { chainOf, startHash, turnHash } from './chain.ts';
export type { ReplayCost } from './budget.ts';
export { MAX_REPLAY_UNITS, RECORD_BYTES, replayCost } from './budget.ts';
export { cutSave, forkAt, newSave, restamp, saveOfPlay, serializeSave, withTurn, withTurns } from './write.ts';
export type { CatalogEntry, ScenarioCatalog } from './catalog.ts';
export { EMPTY_CATALOG, catalogFromTexts, isScenarioFileName, lazyCatalogFromTexts } from './catalog.ts';
export { NOT_A_SAVE, openSaveText } from './open.ts';
export {
  FRAGMENT_KEY,
  MAX_CODE_CHARS,
  encodeShareCode,
  extractCode,
  loadShareCode,
  looksLikeShareCode,
  shareFragment,
} from './link.ts';
export { MAX_SAVE_BYTES } from './untrusted.ts';
export type { LoadCaveat } from './summary.ts';
export { loadCaveats, loadNotes, summarizeGame } from './summary.ts';
