/** Browser adapters for saves: storage, files, links, and checking games off the page. No UI widgets. */
export type { KeyValueStore, StoreError, StoreResult } from './store.ts';
export { MemoryStore } from './store.ts';
export { openIdbStore } from './idb.ts';
export type { Continuation, ContinueResult, NoContinuation, VerifySave } from './autosave.ts';
export { autosave, clearAutosave, loadAutosave } from './autosave.ts';
export type { DownloadEnv, ReadableFile } from './files.ts';
export { browserDownloadEnv, downloadText, droppedFile, readSaveFile, saveFileName } from './files.ts';
export type { ClipboardLike, HistoryLike, LocationLike } from './link.ts';
export { codeFromHash, copyText, shareUrl, writeCodeToAddress } from './link.ts';
export {
  catalogProblems,
  fetchShippedScenarios,
  provideShippedScenarios,
  shippedCatalog,
  shippedTexts,
} from './catalog.ts';
export type {
  VerifyJob,
  VerifyOutcome,
  VerifyProgress,
  VerifyRequest,
  Verifier,
  WorkerLike,
  WorkerMessage,
  WorkerRequest,
} from './verifier.ts';
export {
  SLICE_TURNS,
  browserWorker,
  deepFreeze,
  inlineVerifier,
  verifyRequest,
  workerServer,
  workerVerifier,
} from './verifier.ts';
export { PENDING_KEY, keepPending, readPending } from './pending.ts';
export type { KeptOrders } from './pending.ts';
export { readFlag, writeFlag } from './prefs.ts';
