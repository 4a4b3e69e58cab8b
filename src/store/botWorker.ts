/**
 * The Web Worker that runs hard bots' decisions off the page's thread (Vite module worker,
 * started by workerThinker.ts). Each message is a ThinkRequest with an id; the answer carries
 * the orders and the milliseconds the decision took in the worker.
 */
import type { ThinkRequest } from './thinker.ts';
import { think } from './thinker.ts';

export interface WorkerRequest {
  id: number;
  req: ThinkRequest;
}

export type WorkerAnswer =
  | { id: number; ok: true; orders: ReturnType<typeof think>; ms: number }
  | { id: number; ok: false; error: string };

addEventListener('message', (ev: MessageEvent<WorkerRequest>) => {
  const { id, req } = ev.data;
  const t0 = performance.now();
  let answer: WorkerAnswer;
  try {
    const orders = think(req);
    answer = { id, ok: true, orders, ms: performance.now() - t0 };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  postMessage(answer);
});
