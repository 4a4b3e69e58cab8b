/** Browser adapters for saves: storage, files, links. No UI widgets. */
export type { KeyValueStore, StoreError, StoreErrorKind, StoreResult } from './store.ts';
export { MemoryStore, STORE_ERROR_KINDS } from './store.ts';
export { openIdbStore } from './idb.ts';
export type { AutosaveSummary, ContinueResult } from './autosave.ts';
export { autosave, clearAutosave, loadAutosave, peekAutosave } from './autosave.ts';
export type { DownloadEnv, ReadableFile } from './files.ts';
export { browserDownloadEnv, downloadText, droppedFile, openSaveFile, saveFileName } from './files.ts';
export type { ClipboardLike, HistoryLike, LocationLike } from './link.ts';
export { codeFromHash, copyText, gameFromHash, shareUrl, writeCodeToAddress } from './link.ts';
export { catalogProblems, fetchShippedScenarios, provideShippedScenarios, shippedCatalog } from './catalog.ts';
export type { ShippedFile } from './catalog.ts';
