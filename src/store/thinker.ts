/**
 * Thinking for the bots the store cannot answer at once: a hard (search) bot's decision takes a
 * few hundred milliseconds, so in the browser it runs in a Web Worker (workerThinker.ts) and the
 * page never blocks. The store asks a `Thinker` and waits; Node (tests, tools) uses the
 * in-place thinker, which gives the same orders: the search is pure and its budget counts
 * rollouts, not time.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import type { Opening } from '../ai/index.ts';
import { budgetOrders } from '../ai/index.ts';

/** One bot decision: the state before the turn, whose seat, and what the bot may know. */
export interface ThinkRequest {
  state: GameState;
  actor: ActorId;
  /** Rollouts of the decision (the level's budget). */
  budget: number;
  seed: number;
  opening: Opening;
}

export type Thinker = (req: ThinkRequest) => Promise<Order[]>;

/** The decision itself, as the worker and the in-place thinker both run it. */
export function think(req: ThinkRequest): Order[] {
  return budgetOrders(req.state, req.actor, req.budget, { seed: req.seed, opening: req.opening });
}

/** Thinks on the caller's thread (Node, tests, or a page without workers). */
export const inPlaceThinker: Thinker = (req) => Promise.resolve(think(req));
