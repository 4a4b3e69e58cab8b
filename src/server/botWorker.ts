/**
 * The hard bots' worker thread: one search decision per request, answered with its orders.
 * botPool.ts starts it (through botWorkerBoot.mjs, which lets Node run it from TypeScript).
 * It imports only src/ai and src/engine: the decision is pure, so the orders are the ones the
 * main thread would compute for the same (state, actor, budget, seed, opening).
 */
import { parentPort } from 'node:worker_threads';
import type { ActorId, GameState, Order } from '../engine/index.ts';
import type { Opening } from '../ai/index.ts';
import { budgetOrders } from '../ai/index.ts';

/** One bot decision: the state before the turn, whose seat, and what the bot may know. */
export interface BotJob {
  state: GameState;
  actor: ActorId;
  /** Rollouts of the decision. */
  budget: number;
  seed: number;
  opening: Opening;
}

export type BotRequest = BotJob & { id: number };
export type BotReply = { id: number; orders: Order[] } | { id: number; error: string };

const port = parentPort;
if (port === null) throw new Error('botWorker.ts runs as a worker thread (see botPool.ts)');
port.on('message', (m: BotRequest) => {
  let reply: BotReply;
  try {
    reply = { id: m.id, orders: budgetOrders(m.state, m.actor, m.budget, { seed: m.seed, opening: m.opening }) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
