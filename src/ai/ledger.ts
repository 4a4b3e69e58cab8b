/**
 * The bot's book of this turn: how much of its own stock and of each route's capacity is still
 * free once the deals that will deliver this turn have taken their share.
 *
 * Resolution order (resolve.ts): deals deliver before one-off shipments, and a route's capacity
 * is shared by both directions. So a bot first commits every deal it is a party to that may
 * deliver this turn (active deals, its own proposals from last turn that the partner may
 * accept now, and proposals it accepts now), then sizes its shipments from what is left. Stock
 * arriving this turn is never counted as available: a partner's leg may default.
 *
 * A route joins exactly two actors (`ends`) and only they may use it, so every deal that uses a
 * route the bot uses is one it is a party to and can see.
 */
import type { ActorId, Deal, Good, Resource, Route } from '../engine/index.ts';
import { goodField, goodIndex, isGood, resourceIndex } from '../engine/index.ts';
import type { ActorView } from './view.ts';
import { consumedNeed } from './needs.ts';

/** No deal skipped (shared: a ledger never changes its `skip`). */
const NO_SKIP: ReadonlySet<string> = new Set();

/** The ids of `deals`, for a ledger's `skip` (the shared empty set when there are none). */
export function idsOf(deals: readonly Deal[]): ReadonlySet<string> {
  if (deals.length === 0) return NO_SKIP;
  const ids = new Set<string>();
  for (const d of deals) ids.add(d.id);
  return ids;
}

export class Ledger {
  /** Free stock by the resource's place in RESOURCES (an array: `take` under a variable name
   * into a record was a slow store). */
  private readonly stocks: number[];
  /** Units of each good (by its place in GOODS) committed on each route: arrays, since a
   * record keyed by the good's name was a slow store. */
  private readonly used = new Map<string, number[]>();

  /** `skip`: ids of deals the bot cancels this turn (they will not deliver). */
  constructor(
    private readonly v: ActorView,
    skip: ReadonlySet<string> = NO_SKIP,
  ) {
    const s = v.own.stocks;
    this.stocks = [s.oil, s.food, s.munitions, s.labour, s.currency, s.knowhow];
    for (const d of v.deals) {
      if ((d.proposer !== v.actor && d.partner !== v.actor) || (skip.size > 0 && skip.has(d.id))) continue;
      const mayDeliver = d.status === 'active' || (d.proposer === v.actor && d.proposedTurn === v.turn - 1);
      if (mayDeliver) this.commitDeal(d);
    }
  }

  /** Reserve a deal's delivery: the bot's own leg from its stock, goods legs from the route. */
  commitDeal(d: Deal): void {
    const me = this.v.actor;
    const mine = d.proposer === me ? d.give : d.get;
    this.take(mine.resource, mine.amount);
    if (d.route === null) return;
    if (isGood(d.give.resource) && d.give.amount > 0) this.useRoute(d.route, d.give.resource, d.give.amount);
    if (isGood(d.get.resource) && d.get.amount > 0) this.useRoute(d.route, d.get.resource, d.get.amount);
  }

  /** Stock free to give away this turn: what is left after the deals, less what the actor's
   * own economy consumes this turn (giving costs the giver: aid never starves the donor). */
  available(r: Resource): number {
    const x = (this.stocks[resourceIndex(r)] ?? 0) - this.reserve(r);
    return Math.max(x, 0);
  }

  private reserve(r: Resource): number {
    return consumedNeed(this.v.rules.needs, this.v.actor, r);
  }

  take(r: Resource, amount: number): void {
    const i = resourceIndex(r);
    this.stocks[i] = (this.stocks[i] ?? 0) - amount;
  }

  /** Capacity left for `good` on the route this turn; 0 when closed or the good is not carried. */
  routeLeft(route: Route, good: Good): number {
    if (!route.open) return 0;
    const cap = goodField(route.capacity, good);
    if (cap === undefined) return 0;
    const left = cap - (this.used.get(route.id)?.[goodIndex(good)] ?? 0);
    return Math.max(left, 0);
  }

  useRoute(routeId: string, good: Good, amount: number): void {
    let u = this.used.get(routeId);
    if (u === undefined) {
      u = [0, 0, 0, 0];
      this.used.set(routeId, u);
    }
    u[goodIndex(good)] = (u[goodIndex(good)] ?? 0) + amount;
  }
}

/** The route with this id, if the view has it (a loop: `find` with a closure per call was a
 * measurable share of a bot's turn). */
export function routeById(v: ActorView, id: string | null | undefined): Route | undefined {
  for (const r of v.routes) if (r.id === id) return r;
  return undefined;
}

/** Whether route `r` joins `a` and `b`. */
function joins(r: Route, a: ActorId, b: ActorId): boolean {
  return (r.ends[0] === a && r.ends[1] === b) || (r.ends[0] === b && r.ends[1] === a);
}

/** Routes joining `a` and `b`, in the scenario's order. */
export function routesBetween(v: ActorView, a: ActorId, b: ActorId): Route[] {
  const out: Route[] = [];
  for (const r of v.routes) if (joins(r, a, b)) out.push(r);
  return out;
}

/**
 * Odds (basis points) that a covert transfer on `route` is seen this turn: the route's own odds
 * plus the Panel's bonuses while its mandate lasts (the formula of engine/panel.ts, read from
 * the view; tests check the two agree).
 */
export function oddsOn(v: ActorView, route: Route): number {
  const p = v.regime.panel;
  let bp = route.detectionBp;
  if (v.turn <= p.mandateEnd) {
    bp += p.bonusBp;
    if (p.monitored.includes(route.id)) bp += p.monitorBonusBp;
  }
  return Math.min(bp, 10_000);
}

export interface RouteChoice {
  route: Route;
  /** Capacity left for the good after the ledger's commitments. */
  left: number;
}

/**
 * The best open route from the bot to `to` for `good`: for covert traffic the lowest odds of
 * detection (then most capacity), for declared traffic the most capacity; ties keep the
 * scenario's order. Null when no route has capacity left.
 */
export function pickRoute(
  v: ActorView,
  ledger: Ledger,
  to: ActorId,
  goods: readonly Good[],
  covert: boolean,
): RouteChoice | null {
  let best: RouteChoice | null = null;
  let bestOdds = 0;
  for (const r of v.routes) {
    if (!joins(r, v.actor, to)) continue;
    let left = Number.MAX_SAFE_INTEGER;
    for (const g of goods) left = Math.min(left, ledger.routeLeft(r, g));
    if (left <= 0) continue;
    const odds = covert ? oddsOn(v, r) : 0;
    if (best === null || odds < bestOdds || (odds === bestOdds && left > best.left)) {
      best = { route: r, left };
      bestOdds = odds;
    }
  }
  return best;
}
