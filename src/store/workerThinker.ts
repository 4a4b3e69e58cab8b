/**
 * A Thinker that runs each decision in one Web Worker (botWorker.ts), in the order asked. If
 * the worker cannot start or fails, the decision is refused (a rejected promise) and the store
 * lets the easy bots play that seat's turn and says so, so a game never hangs on a bot.
 *
 * It does not fall back to thinking on the page: that would put the search bots' code in the
 * page's own bundle (it lives in the worker's), for browsers that cannot run a module worker.
 */
import type { Order } from '../engine/index.ts';
import type { WorkerAnswer, WorkerRequest } from './botWorker.ts';
import type { ThinkRequest, Thinker } from './thinker.ts';

export interface WorkerThinker {
  thinker: Thinker;
  /** Milliseconds each decision took inside the worker, in the order answered. */
  times: number[];
  stop(): void;
}

export function workerThinker(): WorkerThinker {
  const times: number[] = [];
  const waiting = new Map<number, { done: (o: Order[]) => void; refuse: (why: Error) => void }>();
  let next = 1;
  let worker: Worker | null = null;
  const stopWorker = (why: unknown): void => {
    console.warn('The bots\u2019 worker failed; the easy bots play for the hard ones.', why);
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.refuse(new Error('the bots\u2019 worker failed'));
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
      } else w.refuse(new Error(a.error));
    });
    worker.addEventListener('error', stopWorker);
  } catch (e) {
    stopWorker(e);
  }
  const thinker: Thinker = (req: ThinkRequest) =>
    new Promise((done, refuse) => {
      if (worker === null) {
        refuse(new Error('the bots\u2019 worker is not running'));
        return;
      }
      const id = next++;
      waiting.set(id, { done, refuse });
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
