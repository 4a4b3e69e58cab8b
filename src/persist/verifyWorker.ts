/**
 * The Web Worker that checks a game (see verifier.ts): one request in, progress and the
 * verified game (in slices) or the refusal out. The page is never blocked by the replay, and
 * terminating the worker cancels it.
 */
import type { WorkerMessage, WorkerRequest } from './verifier.ts';
import { workerServer } from './verifier.ts';

/** The worker's global scope, as far as this file uses it. */
const scope = globalThis as unknown as {
  onmessage: ((ev: { data: WorkerRequest }) => void) | null;
  postMessage(m: WorkerMessage): void;
};

const serve = workerServer((m) => scope.postMessage(m));
scope.onmessage = (ev) => serve(ev.data);
