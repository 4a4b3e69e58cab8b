/** Browser adapters for saves: storage, files, links. No UI widgets. */
export type { KeyValueStore, StoreError, StoreResult } from './store.ts';
export { MemoryStore } from './store.ts';
export { openIdbStore } from './idb.ts';
export { autosave, clearAutosave, loadAutosave, peekAutosave } from './autosave.ts';
export type { DownloadEnv, ReadableFile } from './files.ts';
export { browserDownloadEnv, downloadText, droppedFile, openSaveFile, saveFileName } from './files.ts';
export { codeFromHash, copyText, gameFromHash, shareUrl, writeCodeToAddress } from './link.ts';
export { catalogProblems, fetchShippedScenarios, provideShippedScenarios, shippedCatalog } from './catalog.ts';
export { PENDING_KEY, keepPending, readPending } from './pending.ts';
export type { KeptOrders } from './pending.ts';
export { readFlag, writeFlag } from './prefs.ts';
