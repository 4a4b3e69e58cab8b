/**
 * Rollouts: a sampled world played forward a few turns, the searching actor's candidate orders
 * on the first turn and heuristic bots in every seat after, with the engine's report-free
 * resolution (`advanceQuiet`) on one private copy of the world. The value of a rollout is the
 * searching actor's score at its end, before the final rounding (Σ weight × achievement), so
 * that near-equal plans still compare; with `margins`, ties are then broken by its margins over
 * its objectives' targets (what a student chasing an indicator to its limit would do: the
 * probe's search lines look for that; the hard bot plays for its score alone, since a margin
 * the score does not count is a risk it cannot see paying).
 *
 * A world carries the other actors' first-turn orders: their bots read only the world as it is
 * before the turn, so those orders are the same for every candidate and are computed once.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { ACTORS, achievement, advanceQuiet, cloneState, isOver } from '../engine/index.ts';
import { botOrders } from './bots.ts';

export interface World {
  state: GameState;
  /** First-turn orders of each actor's bot in this world (the searching actor's are unused). */
  first: Record<ActorId, readonly Order[]>;
}

export function worldOf(state: GameState, me: ActorId): World {
  const first = {} as Record<ActorId, readonly Order[]>;
  for (const a of ACTORS) first[a] = a === me ? [] : botOrders(state, a);
  return { state, first };
}

/** The score part of a value counts this much more than any margin. */
export const SCORE_FIRST = 10_000;
const MARGIN_ZERO = 5_000;

/**
 * SCORE_FIRST × Σ weight × achievement (the actor's score before the division and floor)
 * + MARGIN_ZERO + Σ weight × margin over each objective's target (value − target for "at
 * least", target − value for "at most"), the margin kept within ±4,999. Integers; the margins
 * never outweigh a point of score, and `scorePart` recovers the score.
 */
export function scoreValue(s: GameState, actor: ActorId, margins = true): number {
  let score = 0;
  let margin = 0;
  for (const o of s.rules.objectives[actor]) {
    const x = s.indicators[o.indicator];
    score += o.weight * achievement(x, o);
    margin += o.weight * (o.op === 'atLeast' ? x - o.target : o.target - x);
  }
  const m = margins ? Math.max(-(MARGIN_ZERO - 1), Math.min(MARGIN_ZERO - 1, margin)) : 0;
  return score * SCORE_FIRST + MARGIN_ZERO + m;
}

/** The score part of a rollout value (Σ weight × achievement). */
export function scorePart(value: number): number {
  return Math.floor(value / SCORE_FIRST);
}

/** Play `turns` turns of `w` (fewer when the game ends): `mine` on the first, bots after. */
export function rollout(w: World, me: ActorId, mine: readonly Order[], turns: number, margins = false): number {
  const s = cloneState(w.state);
  const orders: Order[] = [];
  for (const a of ACTORS) for (const o of a === me ? mine : w.first[a]) orders.push(o);
  advanceQuiet(s, orders);
  for (let t = 1; t < turns && !isOver(s); t++) {
    const next: Order[] = [];
    for (const a of ACTORS) for (const o of botOrders(s, a)) next.push(o);
    advanceQuiet(s, next);
  }
  return scoreValue(s, me, margins);
}
