/**
 * Helpers for the scenario tests: play a shipped scenario's historical script and read the
 * facts of the source document off the reports.
 *
 * "Recorded trade" is what customs statistics see: declared deliveries of oil, food and
 * munitions, valued the way the engine values every flow (units × the scenario's price, USD
 * thousands; see addFlow in src/engine/context.ts). Payments are not trade, workers crossing
 * a border are not goods a customs office counts, and covert deliveries are trade that no
 * customs office records (`GameState.trade` counts all three); ¶1's "more than 90%" is a
 * share of recorded trade, as in tests/shipped-scenarios/historical.test.ts. `allTradeShare` counts
 * hidden goods too, for the debrief's contrast.
 */
import { readdirSync } from 'node:fs';
import type { ActorId, CouncilRecord, GameState, Resource, TurnReport } from '../../src/engine/index.ts';
import { isOver, resolveTurn } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { historicalOrders, initialState } from '../../src/scenario/index.ts';
import { SCENARIO_DIR, loadScenario } from '../fixtures.ts';

export const SHIPPED: readonly string[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

export interface PlayedHistory {
  report: TurnReport;
  /** The state after the turn. */
  state: GameState;
}

export interface HistoricalRun {
  scenario: Scenario;
  start: GameState;
  state: GameState;
  turns: PlayedHistory[];
}

const cache = new Map<string, HistoricalRun>();

/** The historical script from the scenario's own seed (memoised: runs are pure). Unlike
 * `historicalRun` in src/scenario/debrief.ts, it keeps the state after every turn, which the
 * facts about routes, regimes and stocks at a given turn need. */
export function historicalRun(id: string): HistoricalRun {
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const scenario = loadScenario(id);
  const start = initialState(scenario, scenario.seed);
  const byTurn = historicalOrders(scenario);
  const turns: PlayedHistory[] = [];
  let state = start;
  while (!isOver(state)) {
    const r = resolveTurn(state, byTurn.get(state.turn) ?? []);
    state = r.state;
    turns.push({ report: r.report, state });
  }
  const run = { scenario, start, state, turns };
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
  for (const r of reports)
    for (const s of r.shipments) if (s.from === from && s.to === to && s.resource === resource) n += s.amount;
  return n;
}

/** Value (USD thousands) of oil, food and munitions delivered to and from North Korea, by partner. */
export function prkTradeValue(
  run: HistoricalRun,
  reports: readonly TurnReport[],
  recordedOnly: boolean,
): Record<ActorId, number> {
  const out: Record<ActorId, number> = { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 };
  const prices = run.scenario.prices;
  for (const r of reports) {
    for (const s of r.shipments) {
      if (
        s.resource === 'currency' ||
        s.resource === 'knowhow' ||
        s.resource === 'labour' ||
        (recordedOnly && s.mode !== 'declared')
      )
        continue;
      if (s.from !== 'PRK' && s.to !== 'PRK') continue;
      const partner = s.from === 'PRK' ? s.to : s.from;
      out[partner] += s.amount * prices[s.resource];
    }
  }
  return out;
}

/** China's share of North Korea's trade in whole percent (floor), or null without trade;
 * `other` is the trade with partners outside the game (the scenario's otherTrade). */
function share(v: Record<ActorId, number>, other: number): number | null {
  const total = v.RUS + v.CHN + v.UNSC + other;
  return total === 0 ? null : Math.floor((v.CHN * 100) / total);
}

/** The scenario's recorded trade with the rest of the world over the turns of `year`. */
function otherTrade(run: HistoricalRun, year: number): number {
  const o = run.scenario.otherTrade;
  return o === undefined ? 0 : reportsInYear(run, year).length * (o.importsPerTurn + o.exportsPerTurn);
}

export function recordedShare(run: HistoricalRun, year: number): number | null {
  return share(prkTradeValue(run, reportsInYear(run, year), true), otherTrade(run, year));
}

export function allTradeShare(run: HistoricalRun, year: number): number | null {
  return share(prkTradeValue(run, reportsInYear(run, year), false), otherTrade(run, year));
}

/** The turn in which a scripted event fired, with its date; undefined if it never fired. */
export function firing(
  run: HistoricalRun,
  eventId: string,
): { turn: number; year: number; month: number; text: string } | undefined {
  for (const t of run.turns) {
    const e = t.report.events.find((x) => x.id === eventId);
    if (e !== undefined)
      return { turn: t.report.turn, year: t.report.date.year, month: t.report.date.month, text: e.text };
  }
  return undefined;
}

/** The council's vote on a draft in the historical run, with the turn and date of the vote. */
export function councilVote(
  run: HistoricalRun,
  draft: string,
): { turn: number; year: number; month: number; record: CouncilRecord } | undefined {
  for (const t of run.turns) {
    const record = t.report.council.find((c) => c.draft === draft);
    if (record !== undefined)
      return { turn: t.report.turn, year: t.report.date.year, month: t.report.date.month, record };
  }
  return undefined;
}

/** How a seat voted on a record, and whether by order, default or rule. */
export function seatVote(record: CouncilRecord, seat: string): string {
  const v = record.votes.find((x) => x.seat === seat);
  return v === undefined ? 'absent' : `${v.vote} by ${v.by}`;
}

/** Missile launches recorded as evidence in the turns of `year`. */
export function launchesInYear(run: HistoricalRun, year: number): number {
  const turns = new Set(reportsInYear(run, year).map((r) => r.turn));
  return run.state.council.evidence.filter((e) => e.kind === 'launch' && turns.has(e.turn)).length;
}

/** Units of `resource` declared into North Korea in `year`, from anyone (what a cap counts). */
export function declaredInto(run: HistoricalRun, year: number, resource: Resource): number {
  let n = 0;
  for (const r of reportsInYear(run, year))
    for (const s of r.shipments) if (s.to === 'PRK' && s.resource === resource && s.mode === 'declared') n += s.amount;
  return n;
}

/** Value (USD thousands) of China–North Korea goods deliveries, both ways, in the given reports. */
export function chinaTradeValue(run: HistoricalRun, reports: readonly TurnReport[]): number {
  return prkTradeValue(run, reports, false).CHN;
}

/** The first turn after `after` with a shipment on `route`. */
export function firstShipmentOn(
  run: HistoricalRun,
  route: string,
  after: number,
):
  | { turn: number; year: number; month: number; from: ActorId; resource: Resource; amount: number; mode: string }
  | undefined {
  for (const t of run.turns) {
    if (t.report.turn <= after) continue;
    const s = t.report.shipments.find((x) => x.route === route);
    if (s !== undefined)
      return {
        turn: t.report.turn,
        year: t.report.date.year,
        month: t.report.date.month,
        from: s.from,
        resource: s.resource,
        amount: s.amount,
        mode: s.mode,
      };
  }
  return undefined;
}

export function routeOpenAfter(run: HistoricalRun, route: string, turn: number): boolean | undefined {
  const t = run.turns.find((x) => x.report.turn === turn);
  return t?.state.routes.find((r) => r.id === route)?.open;
}
