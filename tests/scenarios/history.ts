/**
 * Helpers for the scenario tests: play a shipped scenario's historical script and read the
 * facts of the source document off the reports.
 *
 * "Recorded trade" is what customs statistics see: declared deliveries, valued the way the
 * engine values every flow (units × the scenario's price, USD thousands; see addFlow in
 * src/engine/context.ts). Covert deliveries are trade too, and `GameState.trade` counts them,
 * but no customs office records them; ¶1's "more than 90%" is a share of recorded trade.
 * `allTradeShare` gives the share with hidden trade included, for the debrief's contrast.
 */
import { readdirSync } from 'node:fs';
import type { ActorId, GameState, Order, PlayedTurn, Resource, TurnReport } from '../../src/engine/index.ts';
import { playTurns } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { historicalOrders, initialState } from '../../src/scenario/index.ts';
import { SCENARIO_DIR, loadScenario } from '../fixtures.ts';

export const SHIPPED: readonly string[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

export interface HistoricalRun {
  scenario: Scenario;
  start: GameState;
  state: GameState;
  turns: PlayedTurn[];
}

const cache = new Map<string, HistoricalRun>();

/** The historical script from the scenario's own seed (memoised: runs are pure). */
export function historicalRun(id: string): HistoricalRun {
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const scenario = loadScenario(id);
  const start = initialState(scenario, scenario.seed);
  const byTurn = historicalOrders(scenario);
  const r = playTurns(start, scenario.turns, (s): readonly Order[] => byTurn.get(s.turn) ?? []);
  const run = { scenario, start, state: r.state, turns: r.turns };
  cache.set(id, run);
  return run;
}

export function reportsInYear(run: HistoricalRun, year: number): TurnReport[] {
  return run.turns.map((t) => t.report).filter((r) => r.date.year === year);
}

export function yearsOf(run: HistoricalRun): number[] {
  const ys: number[] = [];
  for (const t of run.turns) if (!ys.includes(t.report.date.year)) ys.push(t.report.date.year);
  return ys;
}

/** Units of `resource` delivered from `from` to `to` in the reports (every mode). */
export function delivered(reports: readonly TurnReport[], from: ActorId, to: ActorId, resource: Resource): number {
  let n = 0;
  for (const r of reports) for (const s of r.shipments) if (s.from === from && s.to === to && s.resource === resource) n += s.amount;
  return n;
}

/** Value (USD thousands) of deliveries to and from North Korea, by partner. */
export function prkTradeValue(run: HistoricalRun, reports: readonly TurnReport[], recordedOnly: boolean): Record<ActorId, number> {
  const out: Record<ActorId, number> = { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 };
  const prices = run.scenario.prices;
  for (const r of reports) {
    for (const s of r.shipments) {
      if (recordedOnly && s.mode !== 'declared') continue;
      if (s.from !== 'PRK' && s.to !== 'PRK') continue;
      const partner = s.from === 'PRK' ? s.to : s.from;
      out[partner] += s.amount * prices[s.resource];
    }
  }
  return out;
}

/** China's share of North Korea's trade in whole percent (floor), or null without trade. */
function share(v: Record<ActorId, number>): number | null {
  const total = v.RUS + v.CHN + v.UNSC;
  return total === 0 ? null : Math.floor((v.CHN * 100) / total);
}

export function recordedShare(run: HistoricalRun, year: number): number | null {
  return share(prkTradeValue(run, reportsInYear(run, year), true));
}

export function allTradeShare(run: HistoricalRun, year: number): number | null {
  return share(prkTradeValue(run, reportsInYear(run, year), false));
}
