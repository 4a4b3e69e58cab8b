/**
 * Deals between bots: when to propose, what a proposal must offer, and which proposals to take.
 *
 * Who proposes: in each pair one side proposes on odd turns and the other on even turns
 * (RUS and CHN on odd turns, PRK on even ones; see `mayPropose`), so two bots never offer the
 * same trade to each other in the same turn and a proposal is always answered before the
 * next. A bot never proposes a trade in a good while a proposal in that good is pending
 * between the two, and only cancels deals it proposed (so two bots never cancel the same deal).
 */
import type { ActorId, Deal, Good, ProposeDealOrder, Resource } from '../engine/index.ts';
import { actorIndex, isGood, resourceField } from '../engine/index.ts';
import type { Ledger } from './ledger.ts';
import type { LazyMove } from './plan.ts';
import { amountOf } from './plan.ts';
import { oddsOn, pickRoute, routeById } from './ledger.ts';
import { worth } from './outlook.ts';
import type { ActorView } from './view.ts';

export function mayPropose(v: ActorView): boolean {
  return (v.turn + actorIndex(v.actor)) % 2 === 1;
}

function parties(d: Deal, a: ActorId, b: ActorId): boolean {
  return (d.proposer === a && d.partner === b) || (d.proposer === b && d.partner === a);
}

/** What `from` sends `to` under deal d (zero if it sends nothing). */
export function legFrom(d: Deal, from: ActorId): { resource: Resource; amount: number } {
  return d.proposer === from ? d.give : d.get;
}

/** A proposal between the actor and `partner` is pending in which `good` moves from `sender`. */
export function pendingIn(v: ActorView, partner: ActorId, sender: ActorId, good: Resource): boolean {
  return v.deals.some(
    (d) =>
      d.status === 'proposed' &&
      parties(d, v.actor, partner) &&
      legFrom(d, sender).resource === good &&
      legFrom(d, sender).amount > 0,
  );
}

/** Per-turn amount of `good` that `sender` delivers under active deals between the actor and `partner`. */
export function activeFlow(v: ActorView, partner: ActorId, sender: ActorId, good: Resource): number {
  let n = 0;
  for (const d of v.deals) {
    if (d.status !== 'active' || !parties(d, v.actor, partner)) continue;
    const leg = legFrom(d, sender);
    if (leg.resource === good) n += leg.amount;
  }
  return n;
}

/** Banned or capped goods that a covert leg would carry: the risk the bot takes on. */
function sanctionedLeg(v: ActorView, from: ActorId, to: ActorId, r: Resource): boolean {
  if (!isGood(r)) return false;
  for (const b of v.regime.bans)
    if (b.resource === r && (b.from === null || b.from === from) && (b.to === null || b.to === to)) return true;
  for (const c of v.regime.caps) if (c.resource === r && c.to === to && c.untilTurn === null) return true;
  return false;
}

/**
 * Whether a proposal to the actor pays: what it gets, at its marginal values, against what it
 * gives, plus a premium for the risk of a covert sanctioned leg (the odds of detection on the
 * route). `bonus` (percent of what it gives) is the strategic value the caller sees beyond
 * the goods (China's influence, for instance).
 */
export function pays(v: ActorView, d: Deal, bonus = 0): boolean {
  const me = v.actor;
  const other = d.proposer === me ? d.partner : d.proposer;
  const give = legFrom(d, me);
  const get = legFrom(d, other);
  let premium = 0;
  if (d.mode === 'covert' && d.route !== null) {
    const route = routeById(v, d.route);
    const risky = sanctionedLeg(v, me, other, give.resource) || sanctionedLeg(v, other, me, get.resource);
    if (route !== undefined && risky) premium = Math.floor(oddsOn(v, route) / 100);
  }
  const cost = worth(v, give.resource, give.amount);
  return worth(v, get.resource, get.amount) * 100 >= cost * (100 + premium - bonus);
}

/** Whether the actor can deliver its leg of d this turn, and the route can carry both legs. */
export function fits(v: ActorView, ledger: Ledger, d: Deal): boolean {
  const give = legFrom(d, v.actor);
  if (ledger.available(give.resource) < give.amount) return false;
  if (d.route === null) return true;
  const route = routeById(v, d.route);
  if (route === undefined || !route.open) return false;
  // Each good the legs carry against the capacity left for it (both legs together when they
  // carry the same good).
  const out = isGood(d.give.resource) && d.give.amount > 0 ? d.give.amount : 0;
  const back = isGood(d.get.resource) && d.get.amount > 0 ? d.get.amount : 0;
  if (d.give.resource === d.get.resource) {
    const n = out + back;
    return n === 0 || ledger.routeLeft(route, d.give.resource as Good) >= n;
  }
  if (out > 0 && ledger.routeLeft(route, d.give.resource as Good) < out) return false;
  if (back > 0 && ledger.routeLeft(route, d.get.resource as Good) < back) return false;
  return true;
}

/**
 * Accept every proposal made to the actor last turn that pays and fits (in the order they were
 * made), committing each to the ledger so later ones and the shipments see what is left.
 */
export function acceptProposals(v: ActorView, ledger: Ledger, bonusFor: (d: Deal) => number = () => 0): LazyMove[] {
  const out: LazyMove[] = [];
  for (const d of v.deals) {
    if (d.status !== 'proposed' || d.partner !== v.actor || d.proposedTurn !== v.turn - 1) continue;
    if (!pays(v, d, bonusFor(d)) || !fits(v, ledger, d)) continue;
    ledger.commitDeal(d);
    const give = legFrom(d, v.actor);
    const get = legFrom(d, d.proposer);
    out.push({
      order: { kind: 'acceptDeal', actor: v.actor, deal: d.id },
      why: () =>
        `accepts ${d.id} from ${d.proposer}: ${amountOf(get.resource, get.amount)} a turn is worth ${worth(v, get.resource, get.amount)} thousand USD to it at its margins, against ${worth(v, give.resource, give.amount)} for ${amountOf(give.resource, give.amount)}, and it can deliver`,
    });
  }
  return out;
}

export interface Offer {
  to: ActorId;
  give: { resource: Resource; amount: number };
  get: { resource: Resource; amount: number };
  covert: boolean;
  turns: number;
}

/**
 * Turn an offer into a legal proposal: pick the route (when goods move), shrink both legs in
 * proportion to what the route and the actor's stock can carry this turn, and return null when
 * nothing worth proposing is left (either leg below `minGet`/1 unit).
 */
export function proposal(v: ActorView, ledger: Ledger, o: Offer, minGet: number): ProposeDealOrder | null {
  const goods: Good[] = [];
  if (isGood(o.give.resource)) goods.push(o.give.resource);
  if (isGood(o.get.resource)) goods.push(o.get.resource);
  let give = Math.min(o.give.amount, ledger.available(o.give.resource));
  let get = o.get.amount;
  let route: string | undefined;
  if (goods.length > 0) {
    const choice = pickRoute(v, ledger, o.to, goods, o.covert);
    if (choice === null) return null;
    route = choice.route.id;
    const giveCap = isGood(o.give.resource) ? ledger.routeLeft(choice.route, o.give.resource) : Number.MAX_SAFE_INTEGER;
    const getCap = isGood(o.get.resource) ? ledger.routeLeft(choice.route, o.get.resource) : Number.MAX_SAFE_INTEGER;
    if (isGood(o.give.resource) && o.give.resource === o.get.resource) return null;
    give = Math.min(give, giveCap);
    get = Math.min(get, getCap);
  }
  // Keep the terms: scale the larger side down to the smaller one's share.
  const giveShare = o.give.amount === 0 ? 100 : Math.floor((give * 100) / o.give.amount);
  const getShare = o.get.amount === 0 ? 100 : Math.floor((get * 100) / o.get.amount);
  const share = Math.min(giveShare, getShare);
  give = Math.floor((o.give.amount * share) / 100);
  get = Math.floor((o.get.amount * share) / 100);
  if (get < minGet || give < 1) return null;
  const p: ProposeDealOrder = {
    kind: 'proposeDeal',
    actor: v.actor,
    to: o.to,
    give: { resource: o.give.resource, amount: give },
    get: { resource: o.get.resource, amount: get },
    mode: o.covert ? 'covert' : 'declared',
    turns: o.turns,
  };
  if (route !== undefined) p.route = route;
  return p;
}

/** Amount of `payWith` worth `ratio` percent of `amount` of `good` at list prices (at least 1). */
export function priceIn(v: ActorView, good: Resource, amount: number, payWith: Resource, ratio: number): number {
  const n = Math.ceil(
    (amount * resourceField(v.rules.prices, good) * ratio) / (100 * resourceField(v.rules.prices, payWith)),
  );
  return Math.max(n, 1);
}

/**
 * Deals the actor proposed whose own leg it can no longer deliver (newest first), so it can
 * cancel them rather than default; called before the ledger is built.
 */
export function undeliverable(v: ActorView): Deal[] {
  const me = v.actor;
  const owed = new Map<Resource, number>();
  for (const d of v.deals) {
    if (d.status !== 'active' || (d.proposer !== me && d.partner !== me)) continue;
    const leg = legFrom(d, me);
    owed.set(leg.resource, (owed.get(leg.resource) ?? 0) + leg.amount);
  }
  const out: Deal[] = [];
  const mine = v.deals.filter((d) => d.status === 'active' && d.proposer === me).reverse();
  for (const d of mine) {
    const r = d.give.resource;
    const due = owed.get(r) ?? 0;
    if (due <= resourceField(v.own.stocks, r)) continue;
    out.push(d);
    owed.set(r, due - d.give.amount);
  }
  return out;
}
