/**
 * One game played to the end from a seed, with bots in every seat unless an order source says
 * otherwise, summarised for balance runs and probes: scores, indicators, drafts and their
 * outcomes, rejected orders, defaulted deliveries, detections. Pure.
 */
import type { ActorId, GameState, IndicatorId, Measure, OrderSource } from '../engine/index.ts';
import { ACTORS, MEASURES, actorScore, playTurns } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import { botOrders } from '../ai/index.ts';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface DraftTally {
  tabled: number;
  adopted: number;
  vetoed: number;
  short: number;
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

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) return { min: 0, median: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  // Lower median for an even count: always one of the observed values, integer.
  return { min: s[0] ?? 0, median: s[Math.floor((s.length - 1) / 2)] ?? 0, max: s.at(-1) ?? 0 };
}

export function emptyDrafts(): Record<Measure, DraftTally> {
  const out = {} as Record<Measure, DraftTally>;
  for (const m of MEASURES) out[m] = { tabled: 0, adopted: 0, vetoed: 0, short: 0 };
  return out;
}

/** Every seat played by its bot. */
export const ALL_BOTS: OrderSource = (s) => ACTORS.flatMap((a) => botOrders(s, a));

export function playRun(scenario: Scenario, seed: number, source: OrderSource = ALL_BOTS): RunResult {
  const start = initialState(scenario, seed);
  const r = playTurns(start, scenario.turns, source);
  const drafts = emptyDrafts();
  let rejections = 0;
  let defaults = 0;
  let detections = 0;
  for (const t of r.turns) {
    rejections += t.report.rejections.length;
    for (const d of t.report.deals) if (d.kind === 'defaulted') defaults++;
    for (const s of t.report.shipments) if (s.detected) detections++;
    for (const n of t.report.notes) if (n.kind === 'draftTabled' && n.measure !== undefined) drafts[n.measure].tabled++;
    for (const c of t.report.council) drafts[c.measure][c.outcome]++;
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
