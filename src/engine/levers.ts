/**
 * China's levers are China's orders (GAME.md), resolved before the deals deliver. Numbers in
 * quotes are the scenario's design parameters.
 *
 * - holdFuel: China holds back this turn's deliveries under its running deals that send fuel to
 *   North Korea (both legs wait; the contract's turn passes; no default). Pyongyang is reminded
 *   who holds its lifeline ("holdFuelInfluence"), the West notes the restraint
 *   ("holdFuelStanding"), relations with Pyongyang suffer ("holdFuelRelation"), and the border
 *   towns that live on the trade are unsettled ("holdFuelBorder"); a regime short of fuel then
 *   shakes, and the border follows it. Refused (nothingToHold) when no such delivery is due.
 * - customs: China tightens customs on its side of one of its routes this turn: "customsBp"
 *   more odds of seeing covert cargo there, standing "customsStanding" and influence
 *   "customsInfluence" gained, relations with Pyongyang "customsRelation" and the border
 *   "customsBorder" lost. Refused for a route China is not on (notYourRoute) or twice on one
 *   route (duplicateOrder).
 * Both are public, and only China gives them (notYourOrder).
 */
import type { TurnContext } from './context.ts';
import { changeIndicator, changeRelation, findRoute } from './context.ts';
import type { CustomsOrder, HoldFuelOrder, Indexed } from './orders.ts';
import type { Cause } from './report.ts';
import type { Deal, Route } from './state.ts';
import { reject } from './validate.ts';

/** Oil China's running deals would deliver to North Korea this turn. */
/** A route China can tighten customs on: one end is China. */
export function crossesChina(route: Pick<Route, 'ends'>): boolean {
  return route.ends[0] === 'CHN' || route.ends[1] === 'CHN';
}

export function fuelDue(s: { readonly deals: readonly Deal[] }): number {
  let n = 0;
  for (const d of s.deals) {
    if (d.status !== 'active') continue;
    if (d.proposer === 'CHN' && d.partner === 'PRK' && d.give.resource === 'oil') n += d.give.amount;
    if (d.partner === 'CHN' && d.proposer === 'PRK' && d.get.resource === 'oil') n += d.get.amount;
  }
  return n;
}

export function applyLevers(ctx: TurnContext, holds: Indexed<HoldFuelOrder>[], customs: Indexed<CustomsOrder>[]): void {
  const s = ctx.s;
  const p = s.rules.design;
  for (const r of s.routes) r.extraBp = 0;
  for (const { order: o, index } of holds) {
    if (o.actor !== 'CHN') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only China holds back its fuel');
      continue;
    }
    if (ctx.fuelHeld) {
      reject(ctx, index, o.actor, 'duplicateOrder', 'China already holds back its fuel this turn');
      continue;
    }
    const due = fuelDue(s);
    if (due === 0) {
      reject(ctx, index, o.actor, 'nothingToHold', 'no running Chinese deal delivers fuel to North Korea this turn');
      continue;
    }
    ctx.fuelHeld = true;
    const c: Cause = { rule: 'holdFuel', order: index, numbers: { held: due } };
    if (ctx.reporting) ctx.report.notes.push({ kind: 'fuelHeld', actor: 'CHN', amount: due, visibleTo: 'all' });
    changeIndicator(ctx, 'chnInfluence', p.holdFuelInfluence, c);
    changeIndicator(ctx, 'chnStanding', p.holdFuelStanding, c);
    changeIndicator(ctx, 'chnBorderStability', -p.holdFuelBorder, c);
    changeRelation(ctx, 'PRK-CHN', -p.holdFuelRelation, c);
  }
  const tightened = new Set<string>();
  for (const { order: o, index } of customs) {
    if (o.actor !== 'CHN') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only China runs its customs');
      continue;
    }
    const route = findRoute(s, o.route);
    if (route === undefined) {
      reject(ctx, index, o.actor, 'unknownRoute', `there is no route "${o.route}"`);
      continue;
    }
    if (!crossesChina(route)) {
      reject(ctx, index, o.actor, 'notYourRoute', `${route.name} does not cross China's border`);
      continue;
    }
    if (tightened.has(route.id)) {
      reject(ctx, index, o.actor, 'duplicateOrder', `China already tightened customs on ${route.name} this turn`);
      continue;
    }
    tightened.add(route.id);
    route.extraBp = p.customsBp;
    const c: Cause = { rule: 'customs', order: index, route: route.id, numbers: { addedOdds: p.customsBp } };
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'customsTightened',
        actor: 'CHN',
        routes: [route.id],
        amount: p.customsBp,
        visibleTo: 'all',
      });
    changeIndicator(ctx, 'chnInfluence', p.customsInfluence, c);
    changeIndicator(ctx, 'chnStanding', p.customsStanding, c);
    changeIndicator(ctx, 'chnBorderStability', -p.customsBorder, c);
    changeRelation(ctx, 'PRK-CHN', -p.customsRelation, c);
  }
}
