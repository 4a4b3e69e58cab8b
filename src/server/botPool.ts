/**
 * Worker threads for the hard bots. A hard decision is 0.5–2 s of CPU; the server's event loop
 * serves every class's rooms, so it never computes one itself: it asks the pool and waits.
 *
 * - One thread by default (the machine's other core stays with the rooms); threads start on
 *   the first request, not with the server.
 * - Decisions wait in a bounded queue, in the order they were asked; past `maxQueue` a request
 *   is refused at once (`PoolBusy`) and the caller plays the easy bot instead.
 * - A thread that dies (an exception, out of memory) fails its decision (`WorkerFailed`) and
 *   is replaced for the next one; the queue goes on.
 */
import { Worker } from 'node:worker_threads';
import type { ActorId, GameState, Order } from '../engine/index.ts';
import type { GameFacts } from '../ai/index.ts';
import { botOrders } from '../ai/index.ts';
import type { BotJob, BotReply, BotRequest } from './botWorker.ts';

export type { BotJob } from './botWorker.ts';

export class PoolBusy extends Error {}
export class WorkerFailed extends Error {}

export interface BotPoolOptions {
  /** Threads (default 1). */
  size?: number;
  /** Decisions that may wait for a thread (default 64); more are refused. */
  maxQueue?: number;
  /** The worker's module (default botWorker.ts; tests pass one that fails). */
  entry?: URL;
}

interface Pending {
  id: number;
  job: BotJob;
  resolve(orders: Order[]): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  /** Why the thread is dying (its uncaught error), reported with its exit. */
  error: string | null;
}

const BOOT = new URL('./botWorkerBoot.mjs', import.meta.url);
const ENTRY = new URL('./botWorker.ts', import.meta.url);

export class BotPool {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly entry: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(o: BotPoolOptions = {}) {
    this.size = Math.max(1, o.size ?? 1);
    this.maxQueue = Math.max(0, o.maxQueue ?? 64);
    this.entry = o.entry ?? ENTRY;
  }

  /** Decisions asked and not yet answered (waiting or being computed). */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job !== null).length;
  }

  /** Threads running now (0 until the first request). */
  get threads(): number {
    return this.slots.length;
  }

  think(job: BotJob): Promise<Order[]> {
    if (this.closed) return Promise.reject(new WorkerFailed('the server is stopping'));
    if (this.queue.length >= this.maxQueue)
      return Promise.reject(new PoolBusy(`the queue is full (${this.maxQueue} decisions waiting)`));
    return new Promise<Order[]>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  /** Stop every thread; decisions not yet answered fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new WorkerFailed('the server is stopping'));
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.job?.reject(new WorkerFailed('the server is stopping'));
      s.job = null;
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const next = this.queue.shift();
      if (next === undefined) return;
      slot.job = next;
      const request: BotRequest = { id: next.id, ...next.job };
      slot.worker.postMessage(request);
    }
  }

  private spawn(): Slot {
    // execArgv: [] so the thread does not inherit the parent's loaders (tsx's or vitest's):
    // the boot module registers the one it needs.
    const worker = new Worker(BOOT, { execArgv: [], workerData: { entry: this.entry.href } });
    // An idle thread does not keep the process alive (the server's socket does).
    worker.unref();
    const slot: Slot = { worker, job: null, error: null };
    worker.on('message', (reply: BotReply) => {
      const p = slot.job;
      if (p === null || p.id !== reply.id) return;
      slot.job = null;
      if ('error' in reply) p.reject(new WorkerFailed(`the bot failed: ${reply.error}`));
      else p.resolve(reply.orders);
      this.pump();
    });
    worker.on('error', (e) => {
      slot.error = e.message;
    });
    worker.on('exit', (code) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // closed
      this.slots.splice(i, 1);
      const p = slot.job;
      slot.job = null;
      p?.reject(new WorkerFailed(`the bots' thread stopped (${slot.error ?? `exit code ${code}`})`));
      this.pump();
    });
    this.slots.push(slot);
    return slot;
  }
}

/** The hard bots' orders for `actors`, thought in the pool. A seat whose decision fails
 * (a dead thread, a full queue) plays the easy bot this turn; `failure` says why (one line). */
export async function hardOrders(
  pool: BotPool,
  state: GameState,
  actors: readonly ActorId[],
  budget: number,
  game: GameFacts,
): Promise<{ orders: Map<ActorId, Order[]>; easy: ActorId[]; failure: string | null }> {
  const answers = await Promise.allSettled(
    actors.map((actor) => pool.think({ state, actor, budget, seed: game.seed, opening: game.opening })),
  );
  const orders = new Map<ActorId, Order[]>();
  const easy: ActorId[] = [];
  let failure: string | null = null;
  for (const [i, actor] of actors.entries()) {
    const a = answers[i];
    if (a !== undefined && a.status === 'fulfilled') orders.set(actor, a.value);
    else {
      easy.push(actor);
      failure ??= a === undefined ? 'no answer' : a.reason instanceof Error ? a.reason.message : String(a.reason);
      orders.set(actor, botOrders(state, actor));
    }
  }
  return { orders, easy, failure };
}
