/**
 * One game played to the end from a seed, with bots in every seat unless an order source says
 * otherwise, summarised for balance runs and probes: scores, indicators, drafts and their
 * outcomes (with who vetoed), rejected orders, defaulted deliveries, detections. Pure.
 */
import type { ActorId, GameState, IndicatorId, Measure, OrderSource } from '../engine/index.ts';
import { ACTORS, MEASURES, actorScore, playTurns } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import type { Level } from '../ai/index.ts';
import { LEVEL_BUDGET, budgetOrders, openingOf } from '../ai/index.ts';

/** A distribution of integers: min, 10th percentile, median, 90th percentile, max. */
export interface Spread {
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
}

export interface DraftTally {
  tabled: number;
  adopted: number;
  vetoed: number;
  short: number;
  /** Vetoes cast, by permanent member (seat id): drafts of this kind it vetoed. */
  vetoedBy: Record<string, number>;
}

export interface RunResult {
  seed: number;
  scores: Record<ActorId, number>;
  indicators: Record<IndicatorId, number>;
  drafts: Record<Measure, DraftTally>;
  rejections: number;
  defaults: number;
  detections: number;
}

/** The value at percentile `q` of sorted values, by the lower nearest rank (always an observed value). */
function at(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(((sorted.length - 1) * q) / 100)] ?? 0;
}

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) return { min: 0, p10: 0, median: 0, p90: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  // Lower median for an even count: always one of the observed values, integer.
  return { min: at(s, 0), p10: at(s, 10), median: at(s, 50), p90: at(s, 90), max: at(s, 100) };
}

/** The permanent members' seat ids, in the scenario's seat order. */
export function permanentSeats(scenario: Scenario): string[] {
  return scenario.council.seats.filter((s) => s.permanent).map((s) => s.id);
}

export function emptyDrafts(permanent: readonly string[]): Record<Measure, DraftTally> {
  const out = {} as Record<Measure, DraftTally>;
  for (const m of MEASURES) {
    const vetoedBy: Record<string, number> = {};
    for (const p of permanent) vetoedBy[p] = 0;
    out[m] = { tabled: 0, adopted: 0, vetoed: 0, short: 0, vetoedBy };
  }
  return out;
}

/** Add `x`'s counts to `into`. */
export function addDrafts(into: Record<Measure, DraftTally>, x: Record<Measure, DraftTally>): void {
  for (const m of MEASURES) {
    const d = into[m];
    const y = x[m];
    d.tabled += y.tabled;
    d.adopted += y.adopted;
    d.vetoed += y.vetoed;
    d.short += y.short;
    for (const [seat, n] of Object.entries(y.vetoedBy)) d.vetoedBy[seat] = (d.vetoedBy[seat] ?? 0) + n;
  }
}

/** Who plays each seat: a level (easy: the heuristic bot, hard: the search bot). */
export type Seats = Record<ActorId, Level>;

export function allSeats(level: Level): Seats {
  return { RUS: level, PRK: level, CHN: level, UNSC: level };
}

/**
 * Bots in every seat at the given levels for the game of `scenario` from `seed` (`budget`:
 * rollouts of a hard decision, the level's by default). A hard bot knows the game's public seed
 * and opening, never the state's hidden parts.
 */
export function seatsSource(scenario: Scenario, seed: number, seats: Seats, budget?: number): OrderSource {
  const game = { seed, opening: openingOf(initialState(scenario, seed)) };
  return (s) =>
    ACTORS.flatMap((a) => budgetOrders(s, a, seats[a] === 'easy' ? 0 : (budget ?? LEVEL_BUDGET[seats[a]]), game));
}

/** Every seat played by its heuristic bot. */
export const ALL_BOTS = (scenario: Scenario, seed: number): OrderSource =>
  seatsSource(scenario, seed, allSeats('easy'));

export function playRun(scenario: Scenario, seed: number, source?: OrderSource): RunResult {
  const start = initialState(scenario, seed);
  const r = playTurns(start, scenario.turns, source ?? ALL_BOTS(scenario, seed));
  const drafts = emptyDrafts(permanentSeats(scenario));
  let rejections = 0;
  let defaults = 0;
  let detections = 0;
  for (const t of r.turns) {
    rejections += t.report.rejections.length;
    for (const d of t.report.deals) if (d.kind === 'defaulted') defaults++;
    for (const s of t.report.shipments) if (s.detected) detections++;
    for (const n of t.report.notes) if (n.kind === 'draftTabled' && n.measure !== undefined) drafts[n.measure].tabled++;
    for (const c of t.report.council) {
      const d = drafts[c.measure];
      d[c.outcome]++;
      if (c.outcome === 'vetoed') for (const seat of c.vetoedBy) d.vetoedBy[seat] = (d.vetoedBy[seat] ?? 0) + 1;
    }
  }
  return {
    seed,
    scores: scoresOf(r.state),
    indicators: { ...r.state.indicators },
    drafts,
    rejections,
    defaults,
    detections,
  };
}

function scoresOf(s: GameState): Record<ActorId, number> {
  const out = {} as Record<ActorId, number>;
  for (const a of ACTORS) out[a] = actorScore(s, a);
  return out;
}
