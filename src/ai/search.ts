/**
 * The search bot (the `hard` level): Monte-Carlo rollouts over the engine, in worlds sampled
 * from what its actor may see (belief.ts), improving on the heuristic bot's plan one decision
 * at a time. Pure and deterministic: its only randomness is its own generator, seeded from
 * (game seed, turn, actor) with the engine's integer generator, so Node, a Web Worker and the
 * page give the same orders for the same budget. The budget counts rollouts, never time.
 *
 * Each turn:
 * 1. The heuristic plan is the baseline; the order generator (orderKinds.ts) lists options,
 *    each replacing the plan's orders on one decision.
 * 2. Successive halving: every candidate plays a few sampled worlds; the better half by its
 *    paired gain over the baseline (same worlds, same dice) plays twice as many more worlds;
 *    and so on while the screening budget lasts. The baseline plays every world used.
 * 3. The best options on different decisions are combined into one plan.
 * 4. The finalists that gained in screening, and the combined plan, play fresh worlds beside
 *    the baseline (the screening picked them on its own worlds, so its figures flatter them).
 *    A plan replaces the baseline only if, on the fresh worlds, it gains in sum, loses no score
 *    in sum, does better on more worlds than worse, and (playing for the score alone) gains at
 *    least half a point of score on average. Orders the engine would reject are dropped.
 */
import type { ActorId, GameState, Order, RngState } from '../engine/index.ts';
import { ACTORS, isOver, nextU32, randomBelow, resolveTurn, seedRng } from '../engine/index.ts';
import type { Opening } from './belief.ts';
import { sampleWorld } from './belief.ts';
import { ordersFromView } from './bots.ts';
import type { Option } from './options.ts';
import { applyOption, ledgerAfter, optionsFor } from './options.ts';
import { KIND_LIST, keyOf } from './orderKinds.ts';
import type { World } from './rollout.ts';
import { rollout, scorePart, worldOf } from './rollout.ts';
import type { ActorView } from './view.ts';
import { viewFor } from './view.ts';

export interface SearchOptions {
  /** The decision's cost, in rollouts of BUDGET_TURNS turns (0 or 1: the heuristic plan); see
   * `rolloutBudget` for the rollouts it plays. */
  budget: number;
  /** The game's seed (public: it is in every save). */
  seed: number;
  opening: Opening;
  /** Turns a rollout plays (the rest of the game by default). */
  horizon?: number;
  /** Break ties by margins over the objectives' targets (the probe's search lines; see rollout.ts). */
  margins?: boolean;
  /** The budget counts rollouts whatever the turns left (the probe's search lines, which no
   * player waits for: they keep their full budget on the first turns). */
  fixedRollouts?: boolean;
}

/** Rollouts play to the end of the game: scores count at the end, and a shorter horizon made
 * the bot trade lasting losses (a veto's standing) for gains the game would have made anyway
 * (a border that reaches its target later). No shipped scenario is longer than this. */
export const DEFAULT_HORIZON = 60;
/**
 * A budget counts rollouts of this many turns. A rollout plays the rest of the game, so a
 * decision with more turns left plays proportionally fewer rollouts and one with fewer plays
 * more (at most twice the budget): the engine turns a decision plays, and so its time, stay
 * about budget × BUDGET_TURNS whatever the turn (before, with a fixed count of rollouts, the
 * first turns of a 12-turn game cost twice the average and those of a 27-turn game four times).
 * Never fewer than half the budget: below that, in the long visit-2000, too few fresh worlds
 * let the Council swap a draft for a worse one (it scored below the heuristic bot).
 */
export const BUDGET_TURNS = 6;

/** The rollouts a decision with `budget` plays when its rollouts play `depth` turns. */
export function rolloutBudget(budget: number, depth: number): number {
  const b = Math.floor(budget);
  if (b < 2) return b;
  return Math.max(Math.floor(b / 2), 2, Math.min(2 * b, Math.floor((b * BUDGET_TURNS) / Math.max(1, depth))));
}

/** Worlds every candidate plays before the first halving. */
const FIRST_WORLDS = 2;
/** Halving stops at this many candidates, which then play more worlds while the budget lasts. */
const FINALISTS = 3;
/** Percent of the budget for screening; the rest validates the finalists on fresh worlds. */
const SCREENING = 55;
/** Fewer fresh worlds than this and the baseline stands. */
const MIN_FRESH = 4;
/** At most this many options are combined into one plan. */
const MAX_COMBINED = 4;

export interface SearchResult {
  orders: Order[];
  /** The heuristic bot's plan, the baseline. */
  base: Order[];
  /** Rollouts played. */
  rollouts: number;
  /** Candidates considered (options plus the baseline). */
  candidates: number;
}

/** The bot's own seed for one decision: (game seed, turn, actor) mixed with 32-bit arithmetic. */
export function decisionSeed(gameSeed: number, turn: number, actor: ActorId): number {
  let h = Math.imul((gameSeed >>> 0) ^ 0x5bd1e995, 0x9e3779b1);
  h = Math.imul(h ^ (Math.floor(gameSeed / 0x1_0000_0000) >>> 0), 0x85ebca6b);
  h = Math.imul(h ^ turn, 0xc2b2ae35);
  h = Math.imul(h ^ (ACTORS.indexOf(actor) + 1), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

interface Candidate {
  plan: Order[];
  options: Option[];
  /** Rollout values, world by world, from world `from` (screening worlds start at 0). */
  values: number[];
}

interface Gain {
  /** Σ of the value differences, and of their score parts. */
  sum: number;
  score: number;
  wins: number;
  losses: number;
}

/** Paired comparison with the baseline over the worlds both played (the same indices). */
function gain(c: readonly number[], base: readonly number[]): Gain {
  let sum = 0;
  let score = 0;
  let wins = 0;
  let losses = 0;
  for (const [k, x] of c.entries()) {
    const y = base[k] ?? 0;
    const d = x - y;
    sum += d;
    score += scorePart(x) - scorePart(y);
    if (d > 0) wins++;
    else if (d < 0) losses++;
  }
  return { sum, score, wins, losses };
}

/** A change is taken only if it gains in sum, loses no score in sum, and wins more worlds than it loses. */
function better(g: Gain): boolean {
  return g.sum > 0 && g.score >= 0 && g.wins > g.losses;
}

class Rollouts {
  readonly worlds: World[] = [];
  played = 0;
  constructor(
    private readonly v: ActorView,
    private readonly opening: Opening,
    private readonly rng: RngState,
    private readonly horizon: number,
    private readonly margins: boolean,
  ) {}

  world(k: number): World {
    while (this.worlds.length <= k) {
      const state = sampleWorld(this.v, this.opening, this.rng);
      this.worlds.push(worldOf(state, this.v.actor));
    }
    const w = this.worlds[k];
    if (w === undefined) throw new Error('unreachable: worlds are filled up to k');
    return w;
  }

  /** The plan's values on worlds [from, to). */
  play(plan: readonly Order[], from: number, to: number, into: number[]): void {
    for (let k = from; k < to; k++) {
      into.push(rollout(this.world(k), this.v.actor, plan, this.horizon, this.margins));
      this.played++;
    }
  }

  /** Play the candidate on screening worlds up to `upTo` (exclusive) it has not played yet. */
  extend(c: Candidate, upTo: number): void {
    this.play(c.plan, c.values.length, upTo, c.values);
  }
}

/** `n` of the candidates, drawn without replacement, in their original order. */
function drawn(pool: readonly Candidate[], n: number, rng: RngState): Candidate[] {
  const idx = pool.map((_, i) => i);
  for (let i = 0; i < n && i < idx.length; i++) {
    const j = i + randomBelow(rng, idx.length - i);
    const t = idx[i] ?? 0;
    idx[i] = idx[j] ?? 0;
    idx[j] = t;
  }
  return idx
    .slice(0, n)
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const c = pool[i];
      return c === undefined ? [] : [c];
    });
}

/** Drop the orders the engine would reject (alone, in this world): a combined plan may ask for
 * more stock or capacity than there is. */
function legal(world: GameState, plan: Order[]): Order[] {
  const { report } = resolveTurn(world, plan);
  if (report.rejections.length === 0) return plan;
  const bad = new Set(report.rejections.map((r) => r.order));
  return plan.filter((_, i) => !bad.has(i));
}

/** The search from the actor's view (the only thing it reads). */
export function searchFromView(v: ActorView, opts: SearchOptions): SearchResult {
  const base = ordersFromView(v);
  const horizon = Math.max(1, opts.horizon ?? DEFAULT_HORIZON);
  const budget =
    opts.fixedRollouts === true
      ? Math.floor(opts.budget)
      : rolloutBudget(opts.budget, Math.min(horizon, v.rules.turns - v.turn + 1));
  if (budget < 2) return { orders: base, base, rollouts: 0, candidates: 1 };
  const options = optionsFor({ v, base, left: ledgerAfter(v, base) }, KIND_LIST, keyOf);
  if (options.length === 0) return { orders: base, base, rollouts: 0, candidates: 1 };
  const baseline: Candidate = { plan: base, options: [], values: [] };
  const pool: Candidate[] = options.map((o) => ({ plan: applyOption(base, o, keyOf), options: [o], values: [] }));
  const rng = seedRng(decisionSeed(opts.seed, v.turn, v.actor));
  const r = new Rollouts(v, opts.opening, seedRng(nextU32(rng)), horizon, opts.margins ?? false);

  // 1. Successive halving on the screening worlds, with SCREENING percent of the budget.
  const screening = Math.floor((budget * SCREENING) / 100);
  // A small budget screens fewer worlds first, then fewer candidates (drawn by the bot's own
  // generator), rather than none.
  let alive = pool;
  let step = Math.max(1, Math.min(FIRST_WORLDS, Math.floor(screening / (pool.length + 1))));
  if (pool.length + 1 > screening) alive = drawn(pool, Math.max(1, screening - 1), rng);
  let worlds = 0;
  while (alive.length > 0 && r.played + (alive.length + 1) * step <= screening) {
    worlds += step;
    r.extend(baseline, worlds);
    for (const c of alive) r.extend(c, worlds);
    const ranked = alive
      .map((c, i) => ({ c, i, g: gain(c.values, baseline.values).sum }))
      .sort((a, b) => b.g - a.g || a.i - b.i)
      .map((x) => x.c);
    alive = ranked.slice(0, Math.max(FINALISTS, Math.ceil(ranked.length / 2)));
    step = worlds;
  }
  if (worlds === 0) return { orders: base, base, rollouts: r.played, candidates: pool.length + 1 };

  // 2. The best options on distinct decisions, combined (those that played most worlds first).
  const positive = pool
    .map((c, i) => ({ c, i, g: gain(c.values, baseline.values) }))
    .filter((x) => x.c.values.length > 0 && better(x.g))
    .sort(
      (a, b) =>
        b.c.values.length - a.c.values.length || b.g.sum * a.c.values.length - a.g.sum * b.c.values.length || a.i - b.i,
    );
  const finalists: Candidate[] = alive.filter((c) => better(gain(c.values, baseline.values)));
  const chosen: Option[] = [];
  for (const x of positive) {
    const o = x.c.options[0];
    if (o === undefined || chosen.some((y) => y.key === o.key)) continue;
    chosen.push(o);
    if (chosen.length >= MAX_COMBINED) break;
  }
  if (chosen.length >= 2) {
    let plan: Order[] = base;
    for (const o of chosen) plan = applyOption(plan, o, keyOf);
    finalists.push({ plan, options: chosen, values: [] });
  }
  if (finalists.length === 0) return { orders: base, base, rollouts: r.played, candidates: pool.length + 1 };

  // 3. Validation on fresh worlds, free of the screening's selection: the baseline and every
  // finalist play the same new worlds with the rest of the budget.
  const fresh = Math.floor((budget - r.played) / (finalists.length + 1));
  if (fresh < MIN_FRESH) return { orders: base, base, rollouts: r.played, candidates: pool.length + 1 };
  const from = Math.max(r.worlds.length, worlds);
  let weights = 0;
  for (const o of v.rules.objectives[v.actor]) weights += o.weight;
  const baseFresh: number[] = [];
  r.play(base, from, from + fresh, baseFresh);
  let best: Order[] = base;
  let bestSum = 0;
  for (const c of finalists) {
    const values: number[] = [];
    r.play(c.plan, from, from + fresh, values);
    const g = gain(values, baseFresh);
    // Playing for the score, a change must also be worth half a point of it on average: below
    // that the worlds' guesses about what the actor cannot see (others' stocks) err by more.
    const worth = opts.margins === true || 2 * g.score >= fresh * weights;
    if (better(g) && worth && g.sum > bestSum) {
      best = c.plan;
      bestSum = g.sum;
    }
  }
  const orders = best === base ? base : legal(r.world(0).state, best);
  return { orders, base, rollouts: r.played, candidates: pool.length + 1 };
}

/** The search bot's orders for `actor` this turn (none once the game is over). */
export function searchOrders(state: GameState, actor: ActorId, opts: SearchOptions): Order[] {
  if (isOver(state)) return [];
  return searchFromView(viewFor(state, actor), opts).orders;
}
