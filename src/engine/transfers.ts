/**
 * Moving a resource from one actor to another: the checks (route, capacity, stock) shared by
 * one-off shipments and deal deliveries, and the transfer itself with its detection roll.
 * A transfer is checked whole before anything moves, so a rejected one changes nothing.
 */
import type { ActorId, Good, Resource, Result, ShipmentMode } from './ids.ts';
import { UNITS, err, isGood, ok, pairKey } from './ids.ts';
import type { TurnContext } from './context.ts';
import { addFlow, capacityLeft, changeRelation, changeStock, findRoute, useCapacity } from './context.ts';
import type { Cause, RejectReason, ShipmentRecord, Visibility } from './report.ts';
import type { Route } from './state.ts';
import { rollBasisPoints } from './rng.ts';
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

/**
 * Perform a checked transfer. Covert goods on a route roll for detection (always one draw per
 * covert transfer on a route, so later draws do not depend on the odds). Returns whether the
 * transfer was detected.
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
    detected = rollBasisPoints(ctx.s.rng, odds);
  }
  // Visibility only matters to the report (a quiet turn skips the list).
  const visible: Visibility = !ctx.reporting || t.mode === 'declared' || detected ? 'all' : [t.from, t.to];
  if (route !== null) useCapacity(ctx, route, t.resource as Good, t.amount);
  changeStock(ctx, t.from, t.resource, -t.amount, cause, visible);
  changeStock(ctx, t.to, t.resource, t.amount, cause, visible);
  addFlow(ctx, t.from, t.to, t.resource, t.amount);
  if (ctx.reporting) recordShipment(ctx, t, detected, visible, cause);
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

function recordShipment(ctx: TurnContext, t: Transfer, detected: boolean, visible: Visibility, cause: Cause): void {
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
}

/** Relation points each side of a detected covert transfer loses with the council. */
export const DETECTION_RELATION_COST = 3;
