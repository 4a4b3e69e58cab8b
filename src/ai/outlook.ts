/**
 * An actor's economic outlook from its own books: what it will produce, consume and receive
 * or send under its deals, and how much it values each resource at the margin. Integer
 * arithmetic only (percent and whole units).
 */
import type { ActorId, Comparison, Deal, IndicatorId, Priorities, Resource } from '../engine/index.ts';
import { actorField, plannedOutput, resourceField } from '../engine/index.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

/** What the actor's needs consume each turn. */
export function needOf(v: ActorView, r: Resource): number {
  return needTotal(v.rules.needs, v.actor, r);
}

export function outputOf(v: ActorView, r: Resource, pri: Priorities = v.own.priorities): number {
  return plannedOutput(actorField(v.rules.economy, v.actor), pri, r);
}

/** Per-turn flows of `r` under the actor's active deals (and any `extra` it is about to make). */
export function dealFlow(
  v: ActorView,
  r: Resource,
  extra: readonly Deal[] = NO_DEALS,
): { inflow: number; outflow: number } {
  const me = v.actor;
  const f = { inflow: 0, outflow: 0 };
  for (const d of v.deals) if (d.status === 'active') addFlow(f, d, me, r);
  for (const d of extra) addFlow(f, d, me, r);
  return f;
}

const NO_DEALS: readonly Deal[] = [];

function addFlow(f: { inflow: number; outflow: number }, d: Deal, me: ActorId, r: Resource): void {
  if (d.proposer !== me && d.partner !== me) return;
  const give = d.proposer === me ? d.give : d.get;
  const get = d.proposer === me ? d.get : d.give;
  if (give.resource === r) f.outflow += give.amount;
  if (get.resource === r) f.inflow += get.amount;
}

/** Stock of `r` at the end of this turn if nothing else happens (may be negative: a shortage). */
export function projectedEnd(
  v: ActorView,
  r: Resource,
  pri: Priorities = v.own.priorities,
  extra: readonly Deal[] = NO_DEALS,
): number {
  const f = dealFlow(v, r, extra);
  return resourceField(v.own.stocks, r) + outputOf(v, r, pri) + f.inflow - f.outflow - needOf(v, r);
}

/**
 * Marginal value of a resource to the actor, in percent of its list price: scarce needs are
 * worth double, comfortable ones less, and goods it does not need little (less still when
 * they pile up).
 */
export function valuePercent(v: ActorView, r: Resource): number {
  if (r === 'knowhow') {
    // Know-how advances North Korea's programme at each test: worth double while the programme
    // is short of its target; to anyone else, a bargaining chip.
    const t = targetOf(v, v.actor, 'prkProgramme');
    return v.actor === 'PRK' && t !== null && t.op === 'atLeast' && v.indicators.prkProgramme < t.target ? 200 : 40;
  }
  const need = needOf(v, r);
  if (need === 0) {
    if (r === 'currency') return 70;
    // A good the actor does not use is worth less the more of it piles up (four turns of output).
    const output = outputOf(v, r);
    return output > 0 && resourceField(v.own.stocks, r) > 4 * output ? 20 : 40;
  }
  const end = projectedEnd(v, r);
  if (end < need) return 200; // short now or within two turns
  if (end < 3 * need) return 130;
  return 80;
}

/** Value of `amount` of `r` to the actor, USD thousands × percent / 100. */
export function worth(v: ActorView, r: Resource, amount: number): number {
  return Math.floor((amount * resourceField(v.rules.prices, r) * valuePercent(v, r)) / 100);
}

/** The actor's objective target on an indicator, if it has one (the scenario's objective
 * itself, read-only: no copy per ask). */
export function targetOf(
  v: ActorView,
  actor: ActorId,
  indicator: IndicatorId,
): Readonly<{ op: Comparison; target: number; full: number }> | null {
  for (const o of actorField(v.rules.objectives, actor)) if (o.indicator === indicator) return o;
  return null;
}

/** Margin of an atLeast objective (value − target), or `fallback` when the actor has none. */
export function marginOf(v: ActorView, indicator: IndicatorId, fallback: number): number {
  const t = targetOf(v, v.actor, indicator);
  if (t === null || t.op !== 'atLeast') return fallback;
  return v.indicators[indicator] - t.target;
}
