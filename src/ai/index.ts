/**
 * Bots: `botOrders(state, actor)` returns the orders a computer player gives for `actor` this
 * turn. Contract (the store and the browser tests rely on it): pure and deterministic — the
 * same state gives the same orders, no clock, no Math.random; it reads only `state`.
 *
 * INTERIM BODY (branch `ui`): the heuristic bots are built on their own branch after the
 * council work lands. Until then every bot holds (gives no orders), which is exactly what
 * `cli sim` does for every actor. The lead replaces this file at merge; callers do not change.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';

export function botOrders(state: GameState, actor: ActorId): Order[] {
  void state;
  void actor;
  return [];
}
