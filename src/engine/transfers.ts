/**
 * Moving a resource from one actor to another: the checks (route, capacity, stock) shared by
 * one-off shipments and deal deliveries, and the transfer itself with its detection roll.
 * A transfer is checked whole before anything moves, so a rejected one changes nothing.
 */
import type { ActorId, Good, Resource, Result, ShipmentMode } from './ids.ts';
import { RESOURCES, UNITS, actorIndex, err, isGood, ok, pairKey } from './ids.ts';
import type { TurnContext } from './context.ts';
import { addFlow, capacityLeft, changeRelation, changeStock, findRoute, useCapacity } from './context.ts';
import type { Cause, RejectReason, ShipmentRecord, Visibility } from './report.ts';
import type { Route } from './state.ts';
import { keyedBasisPoints } from './rng.ts';
import { detectionOdds } from './panel.ts';
import { checkAgainstRegime } from './sanctions.ts';

export interface Transfer {
  from: ActorId;
  to: ActorId;
  resource: Resource;
  amount: number;
  route: string | null;
  mode: ShipmentMode;
}

/** Why a transfer is refused: the typed reason and one sentence with the numbers. */
export interface TransferRefusal {
  reason: RejectReason;
  message: string;
}

/** The route the transfer uses (null for money), or why it cannot happen. */
export type CheckResult = Result<Route | null, TransferRefusal>;

function fail(reason: RejectReason, message: string): CheckResult {
  return err({ reason, message });
}

/** Route, capacity and stock checks for a transfer whose actors and resource are known. */
export function checkTransfer(ctx: TurnContext, t: Transfer): CheckResult {
  let route: Route | null = null;
  if (isGood(t.resource)) {
    if (t.route === null) return fail('routeRequired', `${t.resource} must travel along a route`);
    const r = findRoute(ctx.s, t.route);
    if (r === undefined) return fail('unknownRoute', `there is no route "${t.route}"`);
    if (!r.open) return fail('routeClosed', `${r.name} is closed`);
    const joins = (r.ends[0] === t.from && r.ends[1] === t.to) || (r.ends[0] === t.to && r.ends[1] === t.from);
    if (!joins)
      return fail('routeDoesNotJoin', `${r.name} joins ${r.ends[0]} and ${r.ends[1]}, not ${t.from} and ${t.to}`);
    if (r.capacity[t.resource] === undefined) return fail('goodNotCarried', `${r.name} does not carry ${t.resource}`);
    const left = capacityLeft(ctx, r, t.resource);
    if (t.amount > left) {
      return fail(
        'overCapacity',
        `${r.name} has ${left} of ${r.capacity[t.resource]} ${UNITS[t.resource]} of ${t.resource} left this turn; ${t.amount} asked`,
      );
    }
    route = r;
  } else if (t.route !== null) {
    return fail('routeNotApplicable', `${t.resource} moves through banks, not along a route`);
  }
  const have = ctx.s.actors[t.from].stocks[t.resource];
  if (have < t.amount) {
    return fail('insufficientStock', `${t.from} has ${have} ${UNITS[t.resource]} of ${t.resource}; ${t.amount} asked`);
  }
  return ok(route);
}

/** Purposes of a covert roll (the second word of its name in the covert stream). */
export const ROLL_DETECT = 0;
export const ROLL_SEIZE = 1;

/**
 * The name of a covert transfer's detection roll in the covert stream (rng.ts): turn, purpose,
 * sender, receiver, good, route, and the count of earlier covert transfers of the same good
 * between the same two actors in the same direction on the same route this turn. Nothing
 * another pair does enters it, so one actor's covert orders never move a draw that others can
 * observe. Its seizure roll has the same name with ROLL_SEIZE as the purpose.
 */
export function covertRollName(ctx: TurnContext, t: Transfer, route: Route): number[] {
  const key = `${t.from}>${t.to}:${t.resource}:${route.id}`;
  const seq = ctx.covertSeq.get(key) ?? 0;
  ctx.covertSeq.set(key, seq + 1);
  return [
    ctx.s.turn,
    ROLL_DETECT,
    actorIndex(t.from),
    actorIndex(t.to),
    RESOURCES.indexOf(t.resource),
    ctx.s.routes.indexOf(route),
    seq,
  ];
}

/**
 * Perform a checked transfer. Covert goods on a route roll for detection in the covert stream
 * (rng.ts): the roll is named by the transfer, never drawn from the public stream, so whether a
 * covert order exists changes no harvest, no event card and no other pair's detection. Returns
 * whether the transfer was detected.
 */
export function performTransfer(
  ctx: TurnContext,
  t: Transfer,
  route: Route | null,
  cause: Cause,
  dealSince?: number,
): boolean {
  let detected = false;
  let odds = 0;
  if (t.mode === 'covert' && route !== null) {
    odds = detectionOdds(ctx.s, route);
    detected = keyedBasisPoints(ctx.s.covertKey, covertRollName(ctx, t, route), odds);
  }
  const visible: Visibility = t.mode === 'declared' || detected ? 'all' : [t.from, t.to];
  if (route !== null) useCapacity(ctx, route, t.resource as Good, t.amount);
  changeStock(ctx, t.from, t.resource, -t.amount, cause, visible);
  changeStock(ctx, t.to, t.resource, t.amount, cause, visible);
  addFlow(ctx, t.from, t.to, t.resource, t.amount, t.mode === 'declared');
  const record: ShipmentRecord = {
    from: t.from,
    to: t.to,
    resource: t.resource,
    amount: t.amount,
    route: t.route,
    mode: t.mode,
    detected,
    visibleTo: visible,
  };
  if (cause.order !== undefined) record.order = cause.order;
  if (cause.deal !== undefined) record.deal = cause.deal;
  ctx.report.shipments.push(record);
  if (detected && route !== null) {
    const dc: Cause = {
      rule: 'detection',
      route: route.id,
      numbers: { amount: t.amount, odds, baseOdds: route.detectionBp },
    };
    if (t.from !== 'UNSC') changeRelation(ctx, pairKey(t.from, 'UNSC'), -DETECTION_RELATION_COST, dc);
    if (t.to !== 'UNSC') changeRelation(ctx, pairKey(t.to, 'UNSC'), -DETECTION_RELATION_COST, dc);
  }
  if (route !== null && (ctx.s.regime.caps.length > 0 || ctx.s.regime.bans.length > 0))
    checkAgainstRegime(ctx, t, detected, cause, dealSince);
  return detected;
}

/** Relation points each side of a detected covert transfer loses with the council. */
export const DETECTION_RELATION_COST = 3;
