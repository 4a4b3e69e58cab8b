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
 *    and so on while the budget lasts. The baseline plays every world used.
 * 3. The best options on different decisions are combined into one plan, which is tried on
 *    every world used.
 * 4. A plan replaces the baseline only if it scores more in sum over those worlds and better
 *    on more of them than worse. Orders the engine would reject are dropped.
 */
import type { ActorId, GameState, Order, RngState } from '../engine/index.ts';
import { ACTORS, isOver, nextU32, resolveTurn, seedRng } from '../engine/index.ts';
import type { Opening } from './belief.ts';
import { sampleWorld } from './belief.ts';
import { ordersFromView } from './bots.ts';
import type { Option } from './options.ts';
import { applyOption, ledgerAfter, optionsFor } from './options.ts';
import { KIND_LIST, keyOf } from './orderKinds.ts';
import type { World } from './rollout.ts';
import { rollout, worldOf } from './rollout.ts';
import type { ActorView } from './view.ts';
import { viewFor } from './view.ts';

export interface SearchOptions {
  /** Rollouts this decision may play (0 or 1: the heuristic plan). */
  budget: number;
  /** The game's seed (public: it is in every save). */
  seed: number;
  opening: Opening;
  /** Turns a rollout plays (fewer at the end of the game). */
  horizon?: number;
}

export const DEFAULT_HORIZON = 8;
/** Worlds every candidate plays before the first halving. */
const FIRST_WORLDS = 2;
/** Halving stops at this many candidates, which then play more worlds while the budget lasts. */
const FINALISTS = 3;
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
  /** Rollout values, world by world (the first `values.length` worlds). */
  values: number[];
}

/** Paired comparison with the baseline over the worlds both played. */
function gain(c: Candidate, base: Candidate): { sum: number; wins: number; losses: number } {
  let sum = 0;
  let wins = 0;
  let losses = 0;
  for (const [k, x] of c.values.entries()) {
    const d = x - (base.values[k] ?? 0);
    sum += d;
    if (d > 0) wins++;
    else if (d < 0) losses++;
  }
  return { sum, wins, losses };
}

class Rollouts {
  readonly worlds: World[] = [];
  played = 0;
  constructor(
    private readonly v: ActorView,
    private readonly opening: Opening,
    private readonly rng: RngState,
    private readonly horizon: number,
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

  /** Play the candidate on worlds up to `upTo` (exclusive) it has not played yet. */
  extend(c: Candidate, upTo: number): void {
    for (let k = c.values.length; k < upTo; k++) {
      c.values.push(rollout(this.world(k), this.v.actor, c.plan, this.horizon));
      this.played++;
    }
  }
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
  const budget = Math.floor(opts.budget);
  if (budget < 2) return { orders: base, base, rollouts: 0, candidates: 1 };
  const options = optionsFor({ v, base, left: ledgerAfter(v, base) }, KIND_LIST, keyOf);
  const baseline: Candidate = { plan: base, options: [], values: [] };
  const pool: Candidate[] = options.map((o) => ({ plan: applyOption(base, o, keyOf), options: [o], values: [] }));
  const rng = seedRng(decisionSeed(opts.seed, v.turn, v.actor));
  const r = new Rollouts(v, opts.opening, seedRng(nextU32(rng)), Math.max(1, opts.horizon ?? DEFAULT_HORIZON));
  if (pool.length === 0) return { orders: base, base, rollouts: 0, candidates: 1 };

  // Successive halving, keeping a quarter of the budget for the combined plan.
  const screening = budget - Math.floor(budget / 4);
  let alive = pool;
  let worlds = 0;
  let step = FIRST_WORLDS;
  while (alive.length > 0) {
    const cost = (alive.length + 1) * step;
    if (r.played + cost > screening) break;
    worlds += step;
    r.extend(baseline, worlds);
    for (const c of alive) r.extend(c, worlds);
    const ranked = alive
      .map((c, i) => ({ c, i, g: gain(c, baseline).sum }))
      .sort((a, b) => b.g - a.g || a.i - b.i)
      .map((x) => x.c);
    alive = ranked.slice(0, Math.max(FINALISTS, Math.ceil(ranked.length / 2)));
    step = worlds;
  }
  if (worlds === 0) return { orders: base, base, rollouts: r.played, candidates: pool.length + 1 };

  // Combine the best positive options on distinct decisions (those that played every world
  // first, then the rest by their mean gain per world).
  const positive = pool
    .map((c, i) => ({ c, i, g: gain(c, baseline) }))
    .filter((x) => x.c.values.length > 0 && x.g.sum > 0 && x.g.wins > x.g.losses)
    .sort(
      (a, b) =>
        b.c.values.length - a.c.values.length || b.g.sum * a.c.values.length - a.g.sum * b.c.values.length || a.i - b.i,
    );
  const chosen: Option[] = [];
  for (const x of positive) {
    const o = x.c.options[0];
    if (o === undefined || chosen.some((y) => y.key === o.key)) continue;
    chosen.push(o);
    if (chosen.length >= MAX_COMBINED) break;
  }
  const finalists: Candidate[] = alive.filter((c) => c.values.length === worlds);
  if (chosen.length >= 2 && r.played + worlds <= budget) {
    let plan: Order[] = base;
    for (const o of chosen) plan = applyOption(plan, o, keyOf);
    const combined: Candidate = { plan, options: chosen, values: [] };
    r.extend(combined, worlds);
    finalists.push(combined);
  }

  let best = baseline;
  let bestGain = 0;
  for (const c of finalists) {
    const g = gain(c, baseline);
    if (g.sum > bestGain && g.wins > g.losses) {
      best = c;
      bestGain = g.sum;
    }
  }
  const orders = best === baseline ? base : legal(r.world(0).state, best.plan);
  return { orders, base, rollouts: r.played, candidates: pool.length + 1 };
}

/** The search bot's orders for `actor` this turn (none once the game is over). */
export function searchOrders(state: GameState, actor: ActorId, opts: SearchOptions): Order[] {
  if (isOver(state)) return [];
  return searchFromView(viewFor(state, actor), opts).orders;
}
