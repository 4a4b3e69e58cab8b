/**
 * Rollouts: a sampled world played forward a few turns, the searching actor's candidate orders
 * on the first turn and heuristic bots in every seat after, with the engine's report-free
 * resolution for rollouts (`advanceRollout`: no report, no score tally, no trade ledgers) on one
 * private copy of the world (`rolloutCopy`). The value of a rollout is the
 * searching actor's score over its turns, before the final rounding (each turn's weight × Σ
 * weight × achievement, summed: scores count the path), so that near-equal plans still compare; with `margins`, ties are then broken by its margins over
 * its objectives' targets (what a student chasing an indicator to its limit would do: the
 * probe's search lines look for that; the hard bot plays for its score alone, since a margin
 * the score does not count is a risk it cannot see paying).
 *
 * A world carries the other actors' first-turn orders: their bots read only the world as it is
 * before the turn, so those orders are the same for every candidate and are computed once.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import {
  ACTORS,
  achievement,
  actorField,
  advanceRollout,
  indicatorField,
  isOver,
  rolloutCopy,
} from '../engine/index.ts';
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

/** Σ weight × achievement of `actor`'s objectives on the position of `s` (the turn's score
 * before the division and floor). */
function achieved(s: GameState, actor: ActorId): number {
  const t = s.rules.design.targetAchievement;
  let score = 0;
  for (const o of actorField(s.rules.objectives, actor))
    score += o.weight * achievement(indicatorField(s.indicators, o.indicator), o, t);
  return score;
}

/** Σ weight × margin over each objective's target (value − target for "at least", target −
 * value for "at most"), kept within ±4,999. */
function marginOf(s: GameState, actor: ActorId): number {
  let margin = 0;
  for (const o of actorField(s.rules.objectives, actor)) {
    const x = indicatorField(s.indicators, o.indicator);
    margin += o.weight * (o.op === 'atLeast' ? x - o.target : o.target - x);
  }
  return Math.max(-(MARGIN_ZERO - 1), Math.min(MARGIN_ZERO - 1, margin));
}

/**
 * SCORE_FIRST × Σ weight × achievement on the position of `s` + MARGIN_ZERO + (with
 * `margins`) its margins over the objectives' targets. Integers; the margins never outweigh a
 * point of score, and `scorePart` recovers the score part.
 */
export function scoreValue(s: GameState, actor: ActorId, margins = true): number {
  return achieved(s, actor) * SCORE_FIRST + MARGIN_ZERO + (margins ? marginOf(s, actor) : 0);
}

/** The score part of a rollout value. */
export function scorePart(value: number): number {
  return Math.floor(value / SCORE_FIRST);
}

/** The weight the engine gives the turn just resolved in `s` (score.ts, tallyTurn). */
function turnWeight(s: GameState): number {
  return 100 + s.rules.design.scoreRamp * (s.turn - 2);
}

/**
 * Play `turns` turns of `w` (fewer when the game ends): `mine` on the first, bots after. A
 * score counts every turn (the engine's tally), so the value's score part is the sum over
 * the rollout's turns of each turn's weight × Σ weight × achievement; the margins are the
 * last position's.
 */
export function rollout(w: World, me: ActorId, mine: readonly Order[], turns: number, margins = false): number {
  const s = rolloutCopy(w.state);
  const orders: Order[] = [];
  for (const a of ACTORS) for (const o of a === me ? mine : w.first[a]) orders.push(o);
  if (isOver(s)) return scoreValue(s, me, margins);
  advanceRollout(s, orders);
  let path = turnWeight(s) * achieved(s, me);
  for (let t = 1; t < turns && !isOver(s); t++) {
    const next: Order[] = [];
    for (const a of ACTORS) for (const o of botOrders(s, a)) next.push(o);
    advanceRollout(s, next);
    path += turnWeight(s) * achieved(s, me);
  }
  return path * SCORE_FIRST + MARGIN_ZERO + (margins ? marginOf(s, me) : 0);
}
