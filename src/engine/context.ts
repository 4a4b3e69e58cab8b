/**
 * The working context of one turn's resolution: the mutable copy of the state, the report
 * being written, and per-turn tallies (route capacity used, trade flows). Every mutation of a
 * stock, indicator or relation goes through the functions here, so none escapes the report.
 */
import {
  actorField,
  goodField,
  indicatorField,
  pairField,
  resourceField,
  setIndicatorField,
  setPairField,
} from './fields.ts';
import type { ActorId, DirectedPair, Good, IndicatorId, PairKey, Resource } from './ids.ts';
import {
  ACTORS,
  GOODS,
  INDICATOR_MAX,
  INDICATOR_MIN,
  RELATION_MAX,
  RELATION_MIN,
  actorIndex,
  assertNever,
  goodIndex,
  isGood,
} from './ids.ts';
import type { Cause, TurnReport, Visibility } from './report.ts';
import type { GameState, Route, Stocks } from './state.ts';
import type { Evidence } from './regimeState.ts';

export interface TurnContext {
  s: GameState;
  report: TurnReport;
  /** False in a report-free resolution (`advanceQuiet`, for bots' rollouts): the state changes
   * exactly as with a report, but nothing is written to `report`. Every write to the report
   * checks it, so a quiet turn allocates no report entries. */
  reporting: boolean;
  /** False in a rollout's turn (`advanceRollout`): the score tally and the trade ledgers
   * (`state.tally`, `trade`, `recorded`) are left as they were. Nothing in a turn reads them
   * (only the report's scores, the debrief and the instructor's view do), so every other part
   * of the state changes exactly as in a full turn. */
  ledgers: boolean;
  /** Units of each good already moved on each route this turn, at route place × GOODS.length
   * + the good's place (null until the first use). Arrays by small integers, not records or
   * maps keyed by names: those were V8's slow paths (a hash probe per read). */
  used: number[] | null;
  /** Value (USD thousands) delivered this turn by sender > receiver, covert included, at
   * sender place × 4 + receiver place (ACTORS places; `directedPair` names it). */
  flows: number[];
  /** The pairs of `flows` in the order of their first delivery this turn (the order in which
   * the trade ledger, `state.trade`, gains new keys). */
  flowOrder: number[];
  /** Value of declared goods delivered this turn (the customs record), as `flows`. */
  recorded: number[];
  /** The pairs of `recorded` in the order of their first delivery this turn. */
  recordedOrder: number[];
  /** Covert transfers rolled for so far this turn, by sender, receiver, good and route (one
   * integer for the four: transfers.ts, covertRollName): the last word of each covert roll's
   * name (rng.ts, keyedBasisPoints). Null until the turn's first covert transfer. */
  covertSeq: Map<number, number> | null;
  /** The calendar year of this turn (caps count per calendar year). */
  year: number;
  /** Whether `s.council.evidence` is this turn's own copy yet (it starts shared with the
   * previous state: see cloneCouncil). */
  evidenceCopied: boolean;
  /** This turn's goods to or from North Korea and the part that broke a measure in force, by
   * value (USD thousands): all of it, and what the world saw (declared or detected). Seized
   * cargo counts as stopped, not as a breach. Sanctions integrity drifts toward the compliant
   * share (indicators.ts). */
  compliance: Compliance;
  /** China holds back its fuel deliveries to North Korea this turn (levers.ts). */
  fuelHeld: boolean;
}

export interface Compliance {
  flowTrue: number;
  flowSeen: number;
  breachTrue: number;
  breachSeen: number;
}

/** The context of a turn resolved on `s` (the turn's own working copy) into `report`. */
export function turnContext(s: GameState, report: TurnReport, reporting: boolean, ledgers = true): TurnContext {
  return {
    s,
    report,
    reporting,
    ledgers,
    used: null,
    flows: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    flowOrder: [],
    recorded: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    recordedOrder: [],
    covertSeq: null,
    year: report.date.year,
    evidenceCopied: false,
    compliance: { flowTrue: 0, flowSeen: 0, breachTrue: 0, breachSeen: 0 },
    fuelHeld: false,
  };
}

/** Add an item of evidence, copying the shared list on the first addition of the turn. */
export function addEvidence(ctx: TurnContext, e: Evidence): void {
  const c = ctx.s.council;
  if (!ctx.evidenceCopied) {
    c.evidence = c.evidence.slice();
    ctx.evidenceCopied = true;
  }
  c.evidence.push(e);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/**
 * stocks[r] += delta; returns the stock before. A switch on the name, each case a field read
 * and written by its name: a read and a store under a variable name went through V8's
 * megamorphic cache, and this runs for every change of a stock.
 */
function addToStock(st: Stocks, r: Resource, delta: number): number {
  let before: number;
  switch (r) {
    case 'oil':
      before = st.oil;
      st.oil = before + delta;
      return before;
    case 'food':
      before = st.food;
      st.food = before + delta;
      return before;
    case 'munitions':
      before = st.munitions;
      st.munitions = before + delta;
      return before;
    case 'labour':
      before = st.labour;
      st.labour = before + delta;
      return before;
    case 'currency':
      before = st.currency;
      st.currency = before + delta;
      return before;
    case 'knowhow':
      before = st.knowhow;
      st.knowhow = before + delta;
      return before;
    default:
      return assertNever(r);
  }
}

export function changeStock(
  ctx: TurnContext,
  actor: ActorId,
  resource: Resource,
  delta: number,
  cause: Cause,
  visibleTo: Visibility = 'all',
): void {
  if (delta === 0) return;
  const before = addToStock(actorField(ctx.s.actors, actor).stocks, resource, delta);
  const after = before + delta;
  if (ctx.reporting)
    ctx.report.changes.push({ target: { kind: 'stock', actor, resource }, before, after, cause, visibleTo });
}

/** Indicators stay within 0–100; the recorded change is the one that happened after clamping. */
export function changeIndicator(
  ctx: TurnContext,
  indicator: IndicatorId,
  delta: number,
  cause: Cause,
  visibleTo: Visibility = 'all',
): void {
  const before = indicatorField(ctx.s.indicators, indicator);
  const after = clamp(before + delta, INDICATOR_MIN, INDICATOR_MAX);
  if (after === before) return;
  setIndicatorField(ctx.s.indicators, indicator, after);
  if (ctx.reporting)
    ctx.report.changes.push({ target: { kind: 'indicator', indicator }, before, after, cause, visibleTo });
}

/** The true sanctions integrity (hidden until the debrief) moves with no report entry. */
export function changeHidden(ctx: TurnContext, delta: number): void {
  const h = ctx.s.hidden;
  h.integrity = clamp(h.integrity + delta, INDICATOR_MIN, INDICATOR_MAX);
}

export function changeRelation(
  ctx: TurnContext,
  pair: PairKey,
  delta: number,
  cause: Cause,
  visibleTo: Visibility = 'all',
): void {
  const before = pairField(ctx.s.relations, pair);
  const after = clamp(before + delta, RELATION_MIN, RELATION_MAX);
  if (after === before) return;
  setPairField(ctx.s.relations, pair, after);
  if (ctx.reporting) ctx.report.changes.push({ target: { kind: 'relation', pair }, before, after, cause, visibleTo });
}

export function findRoute(s: GameState, id: string): Route | undefined {
  for (const r of s.routes) if (r.id === id) return r;
  return undefined;
}

export function capacityLeft(ctx: TurnContext, route: Route, good: Good): number {
  const cap = goodField(route.capacity, good) ?? 0;
  return cap - capacityUsed(ctx, route, good);
}

/** Units of `good` already moved on the route this turn. */
export function capacityUsed(ctx: TurnContext, route: Route, good: Good): number {
  const u = ctx.used;
  if (u === null) return 0;
  const i = ctx.s.routes.indexOf(route);
  return i < 0 ? 0 : (u[i * GOODS.length + goodIndex(good)] ?? 0);
}

/** Count `amount` of `good` as moved on `route` (one of the turn's own routes: every caller
 * found it in `ctx.s.routes`). */
export function useCapacity(ctx: TurnContext, route: Route, good: Good, amount: number): void {
  const i = ctx.s.routes.indexOf(route);
  if (i < 0) throw new Error(`unreachable: route ${route.id} is not one of the turn's routes`);
  let u = ctx.used;
  if (u === null) {
    u = [];
    for (let k = 0; k < ctx.s.routes.length * GOODS.length; k++) u.push(0);
    ctx.used = u;
  }
  const k = i * GOODS.length + goodIndex(good);
  u[k] = (u[k] ?? 0) + amount;
}

/** "RUS>PRK" etc., built once, by sender × 4 + receiver (ACTORS places): a template literal
 * per transfer was a measurable cost, and so were two lookups by name. */
const DIRECTED: readonly DirectedPair[] = (() => {
  const out: DirectedPair[] = [];
  for (const a of ACTORS) for (const b of ACTORS) out.push(`${a}>${b}`);
  return out;
})();

/** The name of a directed pair by its place (sender place × 4 + receiver place). */
export function directedPair(k: number): DirectedPair {
  const p = DIRECTED[k];
  if (p === undefined) throw new Error(`unreachable: no directed pair ${k}`);
  return p;
}

/** The place of a directed pair (`flows`, `recorded`). */
export function pairPlace(from: ActorId, to: ActorId): number {
  return actorIndex(from) * ACTORS.length + actorIndex(to);
}

/** Record a delivery's value: in the true ledger always, and in the customs record when it
 * is declared goods (currency moves through banks and is not in the trade statistics). */
export function addFlow(
  ctx: TurnContext,
  from: ActorId,
  to: ActorId,
  resource: Resource,
  amount: number,
  declared: boolean,
): void {
  const value = amount * resourceField(ctx.s.rules.prices, resource);
  if (value === 0) return;
  const k = pairPlace(from, to);
  const f = ctx.flows;
  if (!ctx.flowOrder.includes(k)) ctx.flowOrder.push(k);
  f[k] = (f[k] ?? 0) + value;
  if (declared && isGood(resource)) {
    const r = ctx.recorded;
    if (!ctx.recordedOrder.includes(k)) ctx.recordedOrder.push(k);
    r[k] = (r[k] ?? 0) + value;
  }
}
