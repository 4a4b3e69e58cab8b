/**
 * Moving a resource from one actor to another: the checks (route, capacity, stock) shared by
 * one-off shipments and deal deliveries, and the transfer itself with its detection roll.
 * A transfer is checked whole before anything moves, so a rejected one changes nothing.
 */
import { actorField, goodField, resourceField } from './fields.ts';
import type { ActorId, Good, Resource, Result, ShipmentMode } from './ids.ts';
import { ACTORS, RESOURCES, UNITS, actorIndex, err, isGood, ok, pairKey, resourceIndex } from './ids.ts';
import type { TurnContext } from './context.ts';
import {
  addFlow,
  capacityLeft,
  changeIndicator,
  changeRelation,
  changeStock,
  findRoute,
  useCapacity,
} from './context.ts';
import type { Cause, RejectReason, ShipmentRecord, Visibility } from './report.ts';
import type { Route } from './state.ts';
import { ROLL_DETECT, ROLL_SEIZE, keyedBasisPoints } from './rng.ts';
import { detectionOdds, knowHowOdds } from './panel.ts';
import { REPUTATION, checkAgainstRegime } from './sanctions.ts';

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

/** Route, capacity and stock checks for a transfer whose actors and resource are known. The
 * refusal's sentence is empty in a quiet turn (only a report reads it). */
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
    if (goodField(r.capacity, t.resource) === undefined)
      return fail('goodNotCarried', `${r.name} does not carry ${t.resource}`);
    const left = capacityLeft(ctx, r, t.resource);
    if (t.amount > left) {
      // The sentence only reaches the report: a quiet turn (rollouts) does not write it.
      return fail(
        'overCapacity',
        ctx.reporting
          ? `${r.name} has ${left} of ${r.capacity[t.resource]} ${UNITS[t.resource]} of ${t.resource} left this turn; ${t.amount} asked`
          : '',
      );
    }
    route = r;
  } else if (t.route !== null) {
    return fail(
      'routeNotApplicable',
      t.resource === 'knowhow'
        ? 'know-how travels with engineers and delegations, not along a route'
        : `${t.resource} moves through banks, not along a route`,
    );
  }
  const have = resourceField(actorField(ctx.s.actors, t.from).stocks, t.resource);
  if (have < t.amount) {
    return fail(
      'insufficientStock',
      ctx.reporting ? `${t.from} has ${have} ${UNITS[t.resource]} of ${t.resource}; ${t.amount} asked` : '',
    );
  }
  return ok(route);
}

/**
 * The name of a covert transfer's detection roll in the covert stream (rng.ts): turn, purpose,
 * sender, receiver, resource, route (−1 for know-how, which takes none), and the count of
 * earlier covert transfers of the same resource between the same two actors in the same
 * direction on the same route this turn. Nothing another pair does enters it, so one actor's
 * covert orders never move a draw that others can observe. Its seizure roll has the same name
 * with ROLL_SEIZE as the purpose.
 */
export function covertRollName(ctx: TurnContext, t: Transfer, route: Route | null): number[] {
  const from = actorIndex(t.from);
  const to = actorIndex(t.to);
  const resource = resourceIndex(t.resource);
  const routeIndex = route === null ? -1 : ctx.s.routes.indexOf(route);
  // One small integer per (sender, receiver, resource, route): a string key built per
  // transfer cost more than the rest of the roll.
  const key = ((from * ACTORS.length + to) * RESOURCES.length + resource) * (ctx.s.routes.length + 1) + routeIndex + 1;
  let seqs = ctx.covertSeq;
  if (seqs === null) {
    seqs = new Map();
    ctx.covertSeq = seqs;
  }
  const seq = seqs.get(key) ?? 0;
  seqs.set(key, seq + 1);
  return [ctx.s.turn, ROLL_DETECT, from, to, resource, routeIndex, seq];
}

/**
 * The covert markup: the share of a covert delivery (percent) lost to middlemen, bribes and
 * transshipment, covertMarkupPct plus covertMarkupOddsShare percent of the detection odds (in
 * percent), at most 90. Know-how loses nothing (it is not cargo).
 */
export function markupPct(ctx: TurnContext, resource: Resource, oddsBp: number): number {
  if (resource === 'knowhow') return 0;
  const d = ctx.s.rules.design;
  const pct = d.covertMarkupPct + Math.floor((Math.floor(oddsBp / 100) * d.covertMarkupOddsShare) / 100);
  return Math.min(pct, 90);
}

export interface Outcome {
  detected: boolean;
  seized: boolean;
  /** Units that reached the receiver. */
  delivered: number;
}

/**
 * Perform a checked transfer. A covert one pays the markup (the receiver gets the rest), and
 * rolls for detection in the covert stream (rng.ts): goods at the route's odds, know-how at
 * knowHowOdds; cash through banks is never seen. A detected shipment of goods is seized with
 * odds seizeBp: both ends lose it. The rolls are named by the transfer, never drawn from the
 * public stream, so whether a covert order exists changes no harvest, no event card and no
 * other pair's detection.
 */
export function performTransfer(
  ctx: TurnContext,
  t: Transfer,
  route: Route | null,
  cause: Cause,
  dealSince?: number,
): Outcome {
  const s = ctx.s;
  const d = s.rules.design;
  const covert = t.mode === 'covert';
  let detected = false;
  let seized = false;
  let odds = 0;
  if (covert && (route !== null || t.resource === 'knowhow')) {
    odds = route !== null ? detectionOdds(s, route) : knowHowOdds(s);
    const name = covertRollName(ctx, t, route);
    detected = keyedBasisPoints(s.covertKey, name, odds);
    if (detected && route !== null && d.seizeBp > 0) {
      name[1] = ROLL_SEIZE;
      seized = keyedBasisPoints(s.covertKey, name, d.seizeBp);
    }
  }
  const markup = covert && !seized ? markupPct(ctx, t.resource, odds) : 0;
  const lost = seized ? t.amount : Math.floor((t.amount * markup) / 100);
  const delivered = t.amount - lost;
  // Visibility only matters to the report (a quiet turn skips the list).
  const visible: Visibility = !ctx.reporting || !covert || detected ? 'all' : [t.from, t.to];
  if (route !== null) useCapacity(ctx, route, t.resource as Good, t.amount);
  changeStock(ctx, t.from, t.resource, -t.amount, cause, visible);
  if (lost > 0 && !seized) {
    const mc: Cause = ctx.reporting
      ? markupCause(cause, { sent: t.amount, delivered, markupPct: markup, odds })
      : cause;
    changeStock(ctx, t.to, t.resource, delivered, mc, visible);
  } else changeStock(ctx, t.to, t.resource, delivered, cause, visible);
  addFlow(ctx, t.from, t.to, t.resource, delivered, !covert);
  if (ctx.reporting) recordShipment(ctx, t, delivered, detected, seized, visible, cause);
  if (isGood(t.resource) && (t.from === 'PRK' || t.to === 'PRK')) {
    const value = t.amount * resourceField(s.rules.prices, t.resource);
    ctx.compliance.flowTrue += value;
    if (!covert || detected) ctx.compliance.flowSeen += value;
  }
  if (detected) {
    const dc: Cause = { rule: 'detection', numbers: { amount: t.amount, odds, baseOdds: route?.detectionBp ?? 0 } };
    if (route !== null) dc.route = route.id;
    if (t.from !== 'UNSC') changeRelation(ctx, pairKey(t.from, 'UNSC'), -d.detectionRelation, dc);
    if (t.to !== 'UNSC') changeRelation(ctx, pairKey(t.to, 'UNSC'), -d.detectionRelation, dc);
    if (seized && ctx.reporting) {
      ctx.report.notes.push({
        kind: 'seized',
        actor: t.from,
        amount: t.amount,
        resource: t.resource,
        to: t.to,
        ...(route !== null ? { routes: [route.id] } : {}),
        visibleTo: 'all',
      });
    }
  }
  if (t.resource === 'knowhow' && (!covert || detected)) knowHowSeen(ctx, t, cause);
  if ((route !== null || t.resource === 'knowhow') && (s.regime.caps.length > 0 || s.regime.bans.length > 0))
    checkAgainstRegime(ctx, t, detected, seized, cause, dealSince);
  return { detected, seized, delivered };
}

/**
 * `cause` as the covert markup's rule with its numbers. Field by field, in Cause's order (the
 * order the callers build their causes in, so the report reads as a spread would write it):
 * a spread of the caller's cause was a slow runtime call on the reporting path.
 */
function markupCause(cause: Cause, numbers: Readonly<Record<string, number>>): Cause {
  const c: Cause = { rule: 'covertMarkup' };
  if (cause.order !== undefined) c.order = cause.order;
  if (cause.deal !== undefined) c.deal = cause.deal;
  if (cause.route !== undefined) c.route = cause.route;
  if (cause.draft !== undefined) c.draft = cause.draft;
  if (cause.regimeRule !== undefined) c.regimeRule = cause.regimeRule;
  if (cause.event !== undefined) c.event = cause.event;
  c.numbers = numbers;
  return c;
}

/** A transfer of know-how that the world sees costs the giver its standing, and Russia's
 * relation with China (Beijing's comfort). */
function knowHowSeen(ctx: TurnContext, t: Transfer, cause: Cause): void {
  const d = ctx.s.rules.design;
  const c: Cause = { rule: 'knowHowSeen', numbers: { amount: t.amount } };
  if (cause.order !== undefined) c.order = cause.order;
  if (cause.deal !== undefined) c.deal = cause.deal;
  const rep = REPUTATION[t.from];
  if (rep !== undefined) changeIndicator(ctx, rep, -d.knowHowReputation, c);
  if (t.from === 'RUS' && t.to !== 'CHN') changeRelation(ctx, 'RUS-CHN', -d.knowHowChinaRelation, c);
}

function recordShipment(
  ctx: TurnContext,
  t: Transfer,
  delivered: number,
  detected: boolean,
  seized: boolean,
  visible: Visibility,
  cause: Cause,
): void {
  const record: ShipmentRecord = {
    from: t.from,
    to: t.to,
    resource: t.resource,
    amount: t.amount,
    delivered,
    route: t.route,
    mode: t.mode,
    detected,
    seized,
    visibleTo: visible,
  };
  if (cause.order !== undefined) record.order = cause.order;
  if (cause.deal !== undefined) record.deal = cause.deal;
  ctx.report.shipments.push(record);
}
