/** Saves and share links: verified, not trusted. Pure: no DOM, no clock, no I/O. */
export type { SaveError, SaveResult } from './errors.ts';
export { formatSaveError, SAVE_ERROR_KINDS } from './errors.ts';
export type { PlayerSlot, Players, SaveDoc } from './format.ts';
export { ALL_HOLD, CURRENT_SAVE_VERSION, PLAYER_KINDS, SAVE_FORMAT } from './format.ts';
export { loadSave } from './load.ts';
export type { Claim, LoadedGame } from './verify.ts';
export { verifyClaim } from './verify.ts';
export { cutSave, forkAt, newSave, saveOfPlay, serializeSave, withTurn } from './write.ts';
export type { CatalogEntry, ScenarioCatalog } from './catalog.ts';
export { EMPTY_CATALOG, catalogFromTexts, isScenarioFileName } from './catalog.ts';
export {
  FRAGMENT_KEY,
  MAX_CODE_CHARS,
  encodeShareCode,
  extractCode,
  loadShareCode,
  shareFragment,
} from './link.ts';
export { MAX_SAVE_BYTES } from './untrusted.ts';
export { summarizeGame } from './summary.ts';
