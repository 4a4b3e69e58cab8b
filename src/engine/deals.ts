/**
 * The deals phase: cancellations, then acceptances, then this turn's deliveries of every
 * active deal, then new proposals, then expiry of proposals nobody accepted.
 *
 * Contracts:
 * - A proposal made on turn t can be accepted on turn t+1 only (orders are simultaneous, so the
 *   partner first sees it in the state after turn t); it expires at the end of turn t+1's phase.
 * - Deal ids name a deal before it exists, so a script can accept it: a declared proposal is
 *   `D<turn>-<n>`, n counting the turn's declared proposals from 1 in order-list order; a covert
 *   one is `C<turn>-<proposer>-<partner>-<n>`, n counting that pair's covert proposals. Covert
 *   proposals never enter a count that others can see (an id must not reveal a secret deal).
 * - A delivery moves both legs or neither; a failed one is a default that costs relations.
 */
import { goodField } from './fields.ts';
import type { ActorId, ShipmentMode } from './ids.ts';
import { isActorId, isResource, isGood, pairKey } from './ids.ts';
import type { TurnContext } from './context.ts';
import { capacityUsed, changeRelation, findRoute } from './context.ts';
import type { AcceptDealOrder, CancelDealOrder, Indexed, ProposeDealOrder } from './orders.ts';
import type { Cause, DealEventKind, RejectReason, Rejection, Visibility } from './report.ts';
import type { Deal, Route } from './state.ts';
import { checkTransfer, performTransfer } from './transfers.ts';
import type { Transfer } from './transfers.ts';
import { reject } from './validate.ts';

function dealVisibility(
  ctx: TurnContext,
  d: { proposer: ActorId; partner: ActorId; mode: ShipmentMode },
): 'all' | ActorId[] {
  // Visibility only matters to the report (a quiet turn writes none).
  return d.mode === 'declared' || !ctx.reporting ? 'all' : [d.proposer, d.partner];
}

/** A line of the report's deals (a quiet turn writes none); `reason` only for a default. */
function noteDeal(ctx: TurnContext, d: Deal, kind: DealEventKind, visibleTo: Visibility, reason?: RejectReason): void {
  if (!ctx.reporting) return;
  const { id: deal, proposer, partner } = d;
  ctx.report.deals.push(
    reason === undefined
      ? { deal, kind, proposer, partner, visibleTo }
      : { deal, kind, proposer, partner, reason, visibleTo },
  );
}

export function resolveDeals(
  ctx: TurnContext,
  cancels: Indexed<CancelDealOrder>[],
  accepts: Indexed<AcceptDealOrder>[],
  proposals: Indexed<ProposeDealOrder>[],
): void {
  const s = ctx.s;
  const turn = s.turn;

  for (const { order, index } of cancels) {
    const d = s.deals.find((x) => x.id === order.deal);
    if (d === undefined) {
      reject(ctx, index, order.actor, 'unknownDeal', `there is no deal "${order.deal}"`);
      continue;
    }
    if (d.proposer !== order.actor && d.partner !== order.actor) {
      reject(ctx, index, order.actor, 'notAParty', `${order.actor} is not a party to deal ${d.id}`);
      continue;
    }
    s.deals = s.deals.filter((x) => x !== d);
    const vis = dealVisibility(ctx, d);
    noteDeal(ctx, d, 'cancelled', vis);
    if (d.status === 'active') {
      changeRelation(
        ctx,
        pairKey(d.proposer, d.partner),
        -s.rules.design.dealCancelRelation,
        { rule: 'dealCancelled', order: index, deal: d.id },
        vis,
      );
    }
  }

  for (const { order, index } of accepts) {
    const d = s.deals.find((x) => x.id === order.deal);
    if (d === undefined) {
      reject(ctx, index, order.actor, 'unknownDeal', `there is no deal "${order.deal}"`);
      continue;
    }
    if (d.partner !== order.actor) {
      reject(
        ctx,
        index,
        order.actor,
        'notProposedToYou',
        `deal ${d.id} was proposed to ${d.partner}, not ${order.actor}`,
      );
      continue;
    }
    if (d.status !== 'proposed' || d.proposedTurn >= turn) {
      reject(ctx, index, order.actor, 'dealNotPending', `deal ${d.id} is not awaiting an answer`);
      continue;
    }
    d.status = 'active';
    const vis = dealVisibility(ctx, d);
    noteDeal(ctx, d, 'accepted', vis);
    changeRelation(
      ctx,
      pairKey(d.proposer, d.partner),
      s.rules.design.dealAcceptRelation,
      { rule: 'dealAccepted', order: index, deal: d.id },
      vis,
    );
  }

  deliver(ctx);

  let declared = 0;
  const covert = new Map<string, number>();
  for (const { order, index } of proposals) {
    const r = checkProposal(ctx, order, index);
    if (r !== null) {
      if (ctx.reporting) ctx.report.rejections.push(r);
      continue;
    }
    let id: string;
    if (order.mode === 'declared') id = `D${turn}-${++declared}`;
    else {
      const pair = `${order.actor}-${order.to}`;
      const n = (covert.get(pair) ?? 0) + 1;
      covert.set(pair, n);
      id = `C${turn}-${pair}-${n}`;
    }
    const d: Deal = {
      id,
      proposer: order.actor as ActorId,
      partner: order.to as ActorId,
      give: { resource: order.give.resource as Deal['give']['resource'], amount: order.give.amount },
      get: { resource: order.get.resource as Deal['get']['resource'], amount: order.get.amount },
      route: order.route ?? null,
      mode: order.mode,
      turns: order.turns,
      remaining: order.turns,
      status: 'proposed',
      proposedTurn: turn,
    };
    s.deals.push(d);
    noteDeal(ctx, d, 'proposed', dealVisibility(ctx, d));
  }

  const kept: Deal[] = [];
  for (const d of s.deals) {
    if (d.status === 'proposed' && d.proposedTurn < turn) {
      noteDeal(ctx, d, 'expired', dealVisibility(ctx, d));
    } else kept.push(d);
  }
  s.deals = kept;
}

/** Static checks of a proposal; stocks and capacity are checked at each delivery. */
function checkProposal(ctx: TurnContext, o: ProposeDealOrder, index: number): Rejection | null {
  if (!isActorId(o.actor)) return refusal(o, index, 'unknownActor', `unknown actor "${o.actor}"`);
  if (!isActorId(o.to)) return refusal(o, index, 'unknownActor', `unknown actor "${o.to}"`);
  if (o.actor === o.to) return refusal(o, index, 'selfTarget', `${o.actor} cannot make a deal with itself`);
  // The two legs one after the other (no array or closure: this runs for every proposal).
  const bad = badLeg(o, index, o.give) ?? badLeg(o, index, o.get);
  if (bad !== null) return bad;
  if (o.give.amount === 0 && o.get.amount === 0) return refusal(o, index, 'malformed', 'a deal must move something');
  if (!Number.isSafeInteger(o.turns) || o.turns < 1)
    return refusal(o, index, 'malformed', `a deal must last at least one turn`);
  const needsRoute = (isGood(o.give.resource) && o.give.amount > 0) || (isGood(o.get.resource) && o.get.amount > 0);
  if (needsRoute) {
    if (o.route === undefined) return refusal(o, index, 'routeRequired', 'goods in a deal must travel along a route');
    const route = findRoute(ctx.s, o.route);
    if (route === undefined) return refusal(o, index, 'unknownRoute', `there is no route "${o.route}"`);
    const joins = route.ends.includes(o.actor as ActorId) && route.ends.includes(o.to as ActorId);
    if (!joins)
      return refusal(
        o,
        index,
        'routeDoesNotJoin',
        `${route.name} joins ${route.ends[0]} and ${route.ends[1]}, not ${o.actor} and ${o.to}`,
      );
    const notCarried = uncarried(route, o.give) ?? uncarried(route, o.get);
    if (notCarried !== null) return refusal(o, index, 'goodNotCarried', `${route.name} does not carry ${notCarried}`);
  } else if (o.route !== undefined) {
    return refusal(o, index, 'routeNotApplicable', 'currency moves through banks, not along a route');
  }
  return null;
}

function refusal(o: ProposeDealOrder, index: number, reason: Rejection['reason'], message: string): Rejection {
  return { order: index, actor: o.actor, reason, message };
}

/** Why a leg of a proposal is malformed, or null. */
function badLeg(o: ProposeDealOrder, index: number, leg: ProposeDealOrder['give']): Rejection | null {
  if (!isResource(leg.resource)) return refusal(o, index, 'unknownResource', `unknown resource "${leg.resource}"`);
  if (!Number.isSafeInteger(leg.amount) || leg.amount < 0)
    return refusal(o, index, 'malformed', `amount ${leg.amount} is not a whole number of units`);
  return null;
}

/** The good of a leg that moves goods the route does not carry, or null. */
function uncarried(route: Route, leg: ProposeDealOrder['give']): string | null {
  return isGood(leg.resource) && leg.amount > 0 && route.capacity[leg.resource] === undefined ? leg.resource : null;
}

const QUIET_DELIVERY: Cause = Object.freeze({ rule: 'dealDelivery' }) as Cause;

/** One turn of every active deal, in the order deals were made. */
function deliver(ctx: TurnContext): void {
  const s = ctx.s;
  const kept: Deal[] = [];
  for (const d of s.deals) {
    if (d.status !== 'active') {
      kept.push(d);
      continue;
    }
    const vis = dealVisibility(ctx, d);
    if (ctx.fuelHeld && holdsFuel(d)) {
      noteDeal(ctx, d, 'held', vis);
      d.remaining--;
      if (d.remaining <= 0) noteDeal(ctx, d, 'completed', vis);
      else kept.push(d);
      continue;
    }
    const legs: Transfer[] = [];
    if (d.give.amount > 0) legs.push(leg(d, d.proposer, d.partner, d.give.resource, d.give.amount));
    if (d.get.amount > 0) legs.push(leg(d, d.partner, d.proposer, d.get.resource, d.get.amount));
    const failure = checkLegs(ctx, legs);
    if (failure !== null) {
      noteDeal(ctx, d, 'defaulted', vis, failure);
      changeRelation(
        ctx,
        pairKey(d.proposer, d.partner),
        -s.rules.design.dealDefaultRelation,
        { rule: 'dealDefaulted', deal: d.id },
        vis,
      );
    } else {
      const route = d.route === null ? null : (findRoute(s, d.route) ?? null);
      // The cause only reaches the report: a quiet turn passes a shared one.
      const cause: Cause = ctx.reporting ? { rule: 'dealDelivery', deal: d.id } : QUIET_DELIVERY;
      for (const t of legs) performTransfer(ctx, t, isGood(t.resource) ? route : null, cause, d.proposedTurn);
      noteDeal(ctx, d, 'delivered', vis);
    }
    d.remaining--;
    if (d.remaining <= 0) {
      noteDeal(ctx, d, 'completed', vis);
    } else kept.push(d);
  }
  s.deals = kept;
}

/** A Chinese deal that sends fuel to North Korea (held back by China's holdFuel order). */
function holdsFuel(d: Deal): boolean {
  return (
    (d.proposer === 'CHN' && d.partner === 'PRK' && d.give.resource === 'oil') ||
    (d.partner === 'CHN' && d.proposer === 'PRK' && d.get.resource === 'oil')
  );
}

function leg(d: Deal, from: ActorId, to: ActorId, resource: Deal['give']['resource'], amount: number): Transfer {
  return { from, to, resource, amount, route: isGood(resource) ? d.route : null, mode: d.mode };
}

/**
 * Both legs must fit together: when both are goods on the same route they share its capacity.
 * Check the first leg, reserve nothing, then check the second against what the first would
 * use. Legs of different goods never share a capacity line, and a good never travels both ways
 * in one deal unless both legs name it, which the sum below covers.
 */
function checkLegs(ctx: TurnContext, legs: Transfer[]): Rejection['reason'] | null {
  for (const t of legs) {
    const c = checkTransfer(ctx, t);
    if (!c.ok) return c.error.reason;
  }
  const [a, b] = legs;
  if (a !== undefined && b !== undefined && a.resource === b.resource && isGood(a.resource) && a.route !== null) {
    const route = findRoute(ctx.s, a.route);
    // checkTransfer has accepted both legs, so the route exists.
    if (route === undefined) return 'unknownRoute';
    const cap = goodField(route.capacity, a.resource) ?? 0;
    const used = capacityUsed(ctx, route, a.resource);
    if (a.amount + b.amount > cap - used) return 'overCapacity';
  }
  return null;
}
