/**
 * The Panel of Experts: while its mandate lasts (turn <= mandateEnd) it adds `bonusBp` to
 * every route's detection odds and `monitorBonusBp` more on the routes UNSC assigns it to
 * (at most `maxRoutes`). When the mandate ends, the next council phase reports the lapse,
 * sanctions integrity falls by the scenario's panelLapseIntegrity (seen and true), and
 * detection drops to the routes' base.
 *
 * Odds on a route = min(10,000, base + extra (China's customs this turn)
 *                               + (active ? bonusBp + (monitored ? monitorBonusBp : 0) : 0)).
 * Odds for a covert transfer of know-how (no route: engineers and delegations) =
 *   min(10,000, knowHowDetectBp + (active ? bonusBp : 0)).
 */
import type { TurnContext } from './context.ts';
import { changeHidden, changeIndicator, findRoute } from './context.ts';
import type { Indexed, MonitorOrder } from './orders.ts';
import { panelActive } from './regimeState.ts';
import type { GameState, Route } from './state.ts';
import { reject } from './validate.ts';

export const MAX_ODDS_BP = 10_000;

export function detectionOdds(s: GameState, route: Route): number {
  const p = s.regime.panel;
  let bp = route.detectionBp + route.extraBp;
  if (s.turn <= p.mandateEnd) {
    bp += p.bonusBp;
    if (p.monitored.includes(route.id)) bp += p.monitorBonusBp;
  }
  return Math.min(bp, MAX_ODDS_BP);
}

export function knowHowOdds(s: GameState): number {
  const p = s.regime.panel;
  const bp = s.rules.design.knowHowDetectBp + (s.turn <= p.mandateEnd ? p.bonusBp : 0);
  return Math.min(bp, MAX_ODDS_BP);
}

/** Report (once) that the mandate ended after the previous turn. */
export function noteLapse(ctx: TurnContext): void {
  const s = ctx.s;
  const p = s.regime.panel;
  if (p.mandateEnd <= 0 || s.turn !== p.mandateEnd + 1) return;
  if (ctx.reporting)
    ctx.report.notes.push({
      kind: 'panelLapsed',
      numbers: { mandateEnd: p.mandateEnd, bonusBp: p.bonusBp + p.monitorBonusBp },
      visibleTo: 'all',
    });
  const loss = s.rules.design.panelLapseIntegrity;
  changeIndicator(ctx, 'unscSanctionsIntegrity', -loss, { rule: 'panelLapsed', numbers: { mandateEnd: p.mandateEnd } });
  changeHidden(ctx, -loss);
  p.monitored = [];
}

export function applyMonitoring(ctx: TurnContext, orders: Indexed<MonitorOrder>[]): void {
  let done = false;
  for (const { order: o, index } of orders) {
    if (o.actor !== 'UNSC') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only the Security Council (UNSC) directs the Panel of Experts');
      continue;
    }
    if (done) {
      reject(ctx, index, o.actor, 'duplicateOrder', 'UNSC already assigned the Panel this turn');
      continue;
    }
    const s = ctx.s;
    const p = s.regime.panel;
    if (!panelActive(s.regime, s.turn)) {
      reject(
        ctx,
        index,
        o.actor,
        'panelInactive',
        p.mandateEnd > 0
          ? `the Panel's mandate ended after turn ${p.mandateEnd}`
          : 'there is no Panel of Experts in this game',
      );
      continue;
    }
    if (o.routes.length > p.maxRoutes) {
      reject(
        ctx,
        index,
        o.actor,
        'tooManyRoutes',
        `the Panel can monitor ${p.maxRoutes} route(s) at once; ${o.routes.length} asked`,
      );
      continue;
    }
    const unknown = o.routes.find((r) => findRoute(s, r) === undefined);
    if (unknown !== undefined) {
      reject(ctx, index, o.actor, 'unknownRoute', `there is no route "${unknown}"`);
      continue;
    }
    const routes: string[] = [];
    for (const r of o.routes) if (!routes.includes(r)) routes.push(r);
    p.monitored = routes;
    done = true;
    if (ctx.reporting) ctx.report.notes.push({ kind: 'panelMonitoring', routes: routes.slice(), visibleTo: 'all' });
  }
}
