/**
 * Playing a scenario many times with bots in every seat (seeds 1..N): the spread of outcomes an
 * instructor should expect before class. Each actor's score and each indicator at the end
 * (min / p10 / median / p90 / max), the historical run's scores beside them, how often each kind
 * of draft was tabled, adopted, vetoed (and by which permanent member) or fell short, and how
 * many orders were rejected (bots should issue none) or deals defaulted. With the probe: fixed
 * policies and the search lines (probe.ts, searchLine.ts). Pure: runs the same in Node, a Web
 * Worker or a page.
 */
import type { ActorId, IndicatorId, Measure } from '../engine/index.ts';
import { ACTORS, INDICATORS } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { historicalOrders } from '../scenario/index.ts';
import type { Level } from '../ai/index.ts';
import { type ProbeOptions, type ProbeResult, probe } from './probe.ts';
import {
  type DraftTally,
  type RunResult,
  type Spread,
  addDrafts,
  allSeats,
  emptyDrafts,
  permanentSeats,
  playRun,
  seatsSource,
  spread,
} from './run.ts';
import { type SearchLine, type SearchLineOptions, searchLine } from './searchLine.ts';

export interface BalanceOptions {
  /** Bots in every seat (and the probe's opponents): easy (heuristic) or hard (search). */
  bots: Level;
  /** Rollouts of each hard bot's decision (the hard level's by default). */
  budget?: number;
  /** Rollouts of each decision of the probe's search lines (the hard level's by default). */
  searchBudget?: number;
  /** Seeds the search lines play (1..searchRuns; at most `runs`; 0: no search lines). */
  searchRuns?: number;
  /** The actors the probe looks at (all by default). */
  actors?: readonly ActorId[];
}

/** Seeds a search line plays unless told otherwise: a search game costs a few hundred easy ones. */
export const SEARCH_RUNS = 20;

export interface BalanceReport {
  scenario: string;
  /** Games played, with seeds 1..runs. */
  runs: number;
  bots: Level;
  scores: Record<ActorId, Spread>;
  historical: Record<ActorId, number> | null;
  indicators: Record<IndicatorId, Spread>;
  drafts: Record<Measure, DraftTally>;
  rejections: number;
  defaults: number;
  detections: Spread;
  probes: ProbeResult[];
  searchLines: SearchLine[];
}

export function balance(
  scenario: Scenario,
  runs: number,
  withProbe: boolean,
  opts: BalanceOptions = { bots: 'easy' },
): BalanceReport {
  const results: RunResult[] = [];
  const seats = allSeats(opts.bots);
  for (let seed = 1; seed <= runs; seed++)
    results.push(playRun(scenario, seed, seatsSource(scenario, seed, seats, opts.budget)));
  const scores = {} as Record<ActorId, Spread>;
  for (const a of ACTORS) scores[a] = spread(results.map((r) => r.scores[a]));
  const indicators = {} as Record<IndicatorId, Spread>;
  for (const i of INDICATORS) indicators[i] = spread(results.map((r) => r.indicators[i]));
  const drafts = emptyDrafts(permanentSeats(scenario));
  for (const r of results) addDrafts(drafts, r.drafts);
  let historical: Record<ActorId, number> | null = null;
  if (scenario.historical.length > 0) {
    const byTurn = historicalOrders(scenario);
    historical = playRun(scenario, scenario.seed, (s) => byTurn.get(s.turn) ?? []).scores;
  }
  const actors = opts.actors ?? ACTORS;
  const probeOpts: ProbeOptions = { bots: opts.bots };
  if (opts.budget !== undefined) probeOpts.budget = opts.budget;
  const lineOpts: SearchLineOptions = { ...probeOpts };
  if (opts.searchBudget !== undefined) lineOpts.searchBudget = opts.searchBudget;
  const searchRuns = Math.min(runs, opts.searchRuns ?? SEARCH_RUNS);
  return {
    scenario: scenario.id,
    runs,
    bots: opts.bots,
    scores,
    historical,
    indicators,
    drafts,
    rejections: results.reduce((n, r) => n + r.rejections, 0),
    defaults: results.reduce((n, r) => n + r.defaults, 0),
    detections: spread(results.map((r) => r.detections)),
    probes: withProbe ? probe(scenario, results, undefined, probeOpts).filter((p) => actors.includes(p.actor)) : [],
    searchLines:
      withProbe && searchRuns > 0
        ? actors.map((a) => searchLine(scenario, a, searchRuns, results, historical, lineOpts))
        : [],
  };
}
