// Starts a worker thread whose module is TypeScript (botPool.ts passes it as workerData.entry,
// a file: URL). Node 20 does not apply a worker's `--import` loader before the worker's own
// entry, so the entry is this plain module: it registers tsx's loader in this thread, then
// imports the real one. The same works under vitest and under `npm run class` (tsx).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
