/**
 * A Thinker that runs each decision in one Web Worker (botWorker.ts), in the order asked. If
 * the worker cannot start or fails, the decision runs on the page instead (same orders, the
 * page is only slower to answer), so a game never hangs on a bot.
 */
import type { Order } from '../engine/index.ts';
import type { WorkerAnswer, WorkerRequest } from './botWorker.ts';
import type { ThinkRequest, Thinker } from './thinker.ts';
import { think } from './thinker.ts';

export interface WorkerThinker {
  thinker: Thinker;
  /** Milliseconds each decision took inside the worker, in the order answered. */
  times: number[];
  stop(): void;
}

export function workerThinker(): WorkerThinker {
  const times: number[] = [];
  const waiting = new Map<number, { req: ThinkRequest; done: (o: Order[]) => void }>();
  let next = 1;
  let worker: Worker | null = null;
  const fallBack = (why: unknown): void => {
    console.warn('The bots\u2019 worker failed; hard bots think on the page instead.', why);
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.done(think(w.req));
    }
  };
  try {
    worker = new Worker(new URL('./botWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (ev: MessageEvent<WorkerAnswer>) => {
      const a = ev.data;
      const w = waiting.get(a.id);
      if (w === undefined) return;
      waiting.delete(a.id);
      if (a.ok) {
        times.push(a.ms);
        w.done(a.orders);
      } else w.done(think(w.req));
    });
    worker.addEventListener('error', fallBack);
  } catch (e) {
    fallBack(e);
  }
  const thinker: Thinker = (req) =>
    new Promise((done) => {
      if (worker === null) {
        done(think(req));
        return;
      }
      const id = next++;
      waiting.set(id, { req, done });
      const msg: WorkerRequest = { id, req };
      worker.postMessage(msg);
    });
  return {
    thinker,
    times,
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}
