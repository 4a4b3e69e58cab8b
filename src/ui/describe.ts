/** One-line descriptions of orders and deals for the pending list and the report. */
import type { Deal, GameState, Order, Resource } from '../engine/index.ts';
import { MEASURE_LABEL, assertNever, isMeasure, isResource } from '../engine/index.ts';
import { fmt } from './dom.ts';
import { actorLabel, unitOf } from './names.ts';

function qty(resource: string, amount: number): string {
  return isResource(resource)
    ? `${fmt(amount)} ${unitOf(resource as Resource)} of ${resource}`
    : `${fmt(amount)} of "${resource}"`;
}

function routeName(state: GameState, id: string | undefined | null): string {
  if (id === undefined || id === null) return '';
  const r = state.routes.find((x) => x.id === id);
  return ` along ${r?.name ?? `"${id}"`}`;
}

export function describeOrder(o: Order, state: GameState): string {
  switch (o.kind) {
    case 'ship':
      return `Ship ${qty(o.resource, o.amount)} to ${actorLabel(o.to)}${routeName(state, o.route)} (${o.mode})`;
    case 'proposeDeal':
      return `Propose to ${actorLabel(o.to)}: give ${qty(o.give.resource, o.give.amount)} for ${qty(o.get.resource, o.get.amount)} each turn for ${o.turns} turns${routeName(state, o.route)} (${o.mode})`;
    case 'acceptDeal':
      return `Accept deal ${o.deal}`;
    case 'cancelDeal':
      return `Cancel deal ${o.deal}`;
    case 'setPriorities':
      return `Set priorities: ${o.munitions}% of industry on munitions, ${o.labourAbroad}% of spare workers abroad`;
    case 'draft':
      return `Table a draft resolution: ${isMeasure(o.measure) ? MEASURE_LABEL[o.measure] : o.measure}${o.value !== undefined ? ` (${fmt(o.value)})` : ''}`;
    case 'vote':
      return `Vote ${o.vote} on draft ${o.draft}`;
    case 'monitor':
      return o.routes.length === 0
        ? 'Stop the Panel monitoring any route'
        : `Point the Panel of Experts at ${o.routes.map((r) => routeName(state, r).replace(/^ along /, '')).join(', ')}`;
    case 'launch':
      return o.count === undefined || o.count === 1 ? 'Test-launch a missile' : `Test-launch ${o.count} missiles`;
    case 'nuclearTest':
      return 'Test a nuclear device';
    case 'lobby':
      return `Court seat ${o.seat} on the council`;
    case 'holdFuel':
      return "Hold back this turn's fuel deliveries to North Korea";
    case 'customs':
      return `Tighten customs${routeName(state, o.route)}`;
    default:
      return assertNever(o);
  }
}

export function describeDeal(d: Deal, state: GameState): string {
  const left = d.status === 'active' ? `, ${d.remaining} of ${d.turns} turns left` : `, ${d.turns} turns`;
  return `${d.id}: ${actorLabel(d.proposer)} gives ${qty(d.give.resource, d.give.amount)} for ${qty(d.get.resource, d.get.amount)} from ${actorLabel(d.partner)} each turn${routeName(state, d.route)} (${d.mode}${left})`;
}
