/**
 * Bot levels. A level is a rollout budget (a count, never a time, so every machine gives the
 * same orders): `easy` is the heuristic bot (no rollouts), `hard` the search bot with
 * HARD_BUDGET rollouts of BUDGET_TURNS turns a decision (search.ts: fewer when more turns are
 * left, so a decision costs about the same on every turn). A save records orders, not bots, so a level never enters one.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { isOver } from '../engine/index.ts';
import type { Opening } from './belief.ts';
import { botOrders } from './bots.ts';
import { searchOrders } from './search.ts';

export const LEVELS = ['easy', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

/** A hard decision's budget, in rollouts of BUDGET_TURNS turns (measured: docs/bots.md). */
export const HARD_BUDGET = 300;

export const LEVEL_BUDGET: Readonly<Record<Level, number>> = { easy: 0, hard: HARD_BUDGET };

export function isLevel(x: unknown): x is Level {
  return x === 'easy' || x === 'hard';
}

/** What a bot may know of the game beyond the state: its public seed and opening. */
export interface GameFacts {
  seed: number;
  opening: Opening;
}

/** The orders of a bot with `budget` rollouts a decision (0: the heuristic bot). */
export function budgetOrders(state: GameState, actor: ActorId, budget: number, game: GameFacts): Order[] {
  if (isOver(state)) return [];
  if (budget < 2) return botOrders(state, actor);
  return searchOrders(state, actor, { budget, seed: game.seed, opening: game.opening });
}

export function levelOrders(state: GameState, actor: ActorId, level: Level, game: GameFacts): Order[] {
  return budgetOrders(state, actor, LEVEL_BUDGET[level], game);
}
