/**
 * Playing a scenario many times with bots in every seat (seeds 1..N): the spread of outcomes an
 * instructor should expect before class. Each actor's score and each indicator at the end
 * (min / median / max), the historical run's scores beside them, how often each kind of draft
 * was tabled, adopted, vetoed or fell short, and how many orders were rejected (bots should
 * issue none) or deals defaulted. Pure: runs the same in Node, a Web Worker or a page.
 */
import type { ActorId, IndicatorId, Measure } from '../engine/index.ts';
import { ACTORS, INDICATORS, MEASURES } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { historicalOrders } from '../scenario/index.ts';
import { type ProbeResult, probe } from './probe.ts';
import { type DraftTally, type RunResult, type Spread, emptyDrafts, playRun, spread } from './run.ts';

export interface BalanceReport {
  scenario: string;
  /** Games played, with seeds 1..runs. */
  runs: number;
  scores: Record<ActorId, Spread>;
  historical: Record<ActorId, number> | null;
  indicators: Record<IndicatorId, Spread>;
  drafts: Record<Measure, DraftTally>;
  rejections: number;
  defaults: number;
  detections: Spread;
  probes: ProbeResult[];
}

export function balance(scenario: Scenario, runs: number, withProbe: boolean): BalanceReport {
  const results: RunResult[] = [];
  for (let seed = 1; seed <= runs; seed++) results.push(playRun(scenario, seed));
  const scores = {} as Record<ActorId, Spread>;
  for (const a of ACTORS) scores[a] = spread(results.map((r) => r.scores[a]));
  const indicators = {} as Record<IndicatorId, Spread>;
  for (const i of INDICATORS) indicators[i] = spread(results.map((r) => r.indicators[i]));
  const drafts = emptyDrafts();
  for (const r of results) {
    for (const m of MEASURES) {
      const d = drafts[m];
      const x = r.drafts[m];
      d.tabled += x.tabled;
      d.adopted += x.adopted;
      d.vetoed += x.vetoed;
      d.short += x.short;
    }
  }
  let historical: Record<ActorId, number> | null = null;
  if (scenario.historical.length > 0) {
    const byTurn = historicalOrders(scenario);
    historical = playRun(scenario, scenario.seed, (s) => byTurn.get(s.turn) ?? []).scores;
  }
  return {
    scenario: scenario.id,
    runs,
    scores,
    historical,
    indicators,
    drafts,
    rejections: results.reduce((n, r) => n + r.rejections, 0),
    defaults: results.reduce((n, r) => n + r.defaults, 0),
    detections: spread(results.map((r) => r.detections)),
    probes: withProbe ? probe(scenario, results) : [],
  };
}
