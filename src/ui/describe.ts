/**
 * Orders, deals and refusals in the player's words, for the pending list and the report. A
 * refusal is worded from its typed reason and the order it refuses (the engine's own message
 * names ids; it is not shown).
 */
import type { Deal, Order, Rejection, StateView } from '../engine/index.ts';
import { assertNever, isActorId, isGood, isMeasure, isResource } from '../engine/index.ts';
import { t } from './i18n/index.ts';
import {
  actorName,
  anyActorName,
  draftTitle,
  measureName,
  quantity,
  resourceName,
  routeName,
  routePhrase,
  seatLabel,
} from './words.ts';

type Routes = StateView['routes'];

/** A draft on the table by its id: what it would do. */
export function draftById(v: Pick<StateView, 'council'>, id: string): string {
  const d = v.council.drafts.find((x) => x.id === id);
  if (d !== undefined) return draftTitle(d.measure, d.value);
  const past = v.council.decisions.find((x) => x.draft === id);
  return past === undefined ? t('draft.some') : measureName(past.measure);
}

export function describeOrder(o: Order, v: Pick<StateView, 'routes' | 'council' | 'deals' | 'rules'>): string {
  const routes: Routes = v.routes;
  switch (o.kind) {
    case 'ship':
      return t(o.mode === 'covert' ? 'order.shipCovert' : 'order.ship', {
        what: quantity(o.resource, o.amount),
        to: anyActorName(o.to),
        route: routePhrase(routes, o.route ?? null, o.resource),
      });
    case 'proposeDeal':
      return t(o.mode === 'covert' ? 'order.dealCovert' : 'order.deal', {
        to: anyActorName(o.to),
        give: quantity(o.give.resource, o.give.amount),
        get: quantity(o.get.resource, o.get.amount),
        turns: o.turns,
      });
    case 'acceptDeal':
      return t('order.accept', { deal: dealById(v, o.deal) });
    case 'cancelDeal':
      return t('order.cancel', { deal: dealById(v, o.deal) });
    case 'setPriorities':
      return t('order.priorities', { munitions: o.munitions, abroad: o.labourAbroad });
    case 'draft':
      return t('order.draft', {
        draft: isMeasure(o.measure) ? draftTitle(o.measure, o.value ?? 0) : measureName(o.measure),
      });
    case 'vote':
      return t('order.vote', { vote: o.vote, draft: draftById(v, o.draft) });
    case 'monitor':
      return o.routes.length === 0
        ? t('order.monitorNone')
        : t('order.monitor', { routes: o.routes.map((r) => routeName(routes, r)).join('; ') });
    case 'launch':
      return t('order.launch', { n: o.count ?? 1 });
    case 'nuclearTest':
      return t('order.nuclearTest');
    case 'lobby':
      return t('order.lobby', { seat: seatLabel(v.rules, o.seat) });
    case 'holdFuel':
      return t('order.holdFuel');
    case 'customs':
      return t('order.customs', { route: routeName(routes, o.route) });
    default:
      return assertNever(o);
  }
}

function dealById(v: Pick<StateView, 'deals'>, id: string): string {
  const d = v.deals.find((x) => x.id === id);
  return d === undefined ? t('deal.someDeal') : describeDeal(d);
}

/** "China gives 400 thousand tonnes of food for 45 million US dollars each turn (6 of 12 left)". */
export function describeDeal(d: Deal): string {
  return t('deal.describe', {
    proposer: actorName(d.proposer),
    partner: actorName(d.partner),
    give: quantity(d.give.resource, d.give.amount),
    get: quantity(d.get.resource, d.get.amount),
    covert: d.mode === 'covert' ? 1 : 0,
    active: d.status === 'active' ? 1 : 0,
    left: d.remaining,
    turns: d.turns,
  });
}

/** The resources an order moves (a shipment's, or both legs of a deal). */
function resourcesOf(o: Order | undefined): string[] {
  if (o?.kind === 'ship') return [o.resource];
  if (o?.kind === 'proposeDeal') return [o.give.resource, o.get.resource];
  return [];
}

/** Why the engine refuses (or would refuse) an order, in a sentence about that order. */
export function rejectionText(r: Rejection, o: Order | undefined, v: StateView): string {
  const route = o !== undefined && 'route' in o ? routeName(v.routes, o.route ?? null) : '';
  const good = o?.kind === 'ship' ? resourceName(o.resource) : '';
  switch (r.reason) {
    case 'routeRequired':
      return t('reject.routeRequired', { good });
    case 'routeNotApplicable':
      return t(resourcesOf(o).includes('knowhow') ? 'reject.routeNotApplicableKnowHow' : 'reject.routeNotApplicable');
    case 'routeClosed':
      return t('reject.routeClosed', { route });
    case 'routeDoesNotJoin':
      return t('reject.routeDoesNotJoin', { route });
    case 'goodNotCarried':
      return t('reject.goodNotCarried', { route, good });
    case 'overCapacity': {
      if (o?.kind !== 'ship' || !isGood(o.resource)) return t('reject.overCapacityPlain', { route });
      const cap = v.routes.find((x) => x.id === o.route)?.capacity[o.resource] ?? 0;
      return t('reject.overCapacity', { route, cap: quantity(o.resource, cap) });
    }
    case 'insufficientStock': {
      if (o?.kind === 'lobby' && isActorId(o.actor))
        return t('reject.lobbyCost', {
          cost: quantity('currency', v.rules.design.lobbyCost),
          have: quantity('currency', v.actors[o.actor]?.stocks.currency ?? 0),
        });
      if (o?.kind !== 'ship' || !isResource(o.resource) || !isActorId(o.actor))
        return t('reject.insufficientStockPlain');
      const have = v.actors[o.actor]?.stocks[o.resource] ?? 0;
      return t('reject.insufficientStock', { have: quantity(o.resource, have) });
    }
    case 'duplicateOrder':
      return t('reject.duplicateOrder');
    case 'gameOver':
      return t('reject.gameOver');
    case 'notYourOrder':
      return t('reject.notYourOrder');
    case 'unknownDraft':
      return t('reject.unknownDraft');
    case 'tooManyDrafts':
      return t('reject.tooManyDrafts', { n: v.rules.council.maxDraftsPerTurn });
    case 'badMeasureValue':
      return t('reject.badMeasureValue');
    case 'panelInactive':
      return t('reject.panelInactive');
    case 'tooManyRoutes':
      return t('reject.tooManyRoutes', { n: v.regime.panel.maxRoutes });
    case 'dealNotPending':
      return t('reject.dealNotPending');
    case 'notAParty':
    case 'notProposedToYou':
    case 'unknownDeal':
      return t('reject.notYourDeal');
    case 'selfTarget':
      return t('reject.selfTarget');
    case 'alreadyInForce':
      return t('reject.alreadyInForce');
    case 'recentlyVetoed':
      return t('reject.recentlyVetoed', { turns: v.rules.design.vetoCooldown });
    case 'notYourMeasure':
      return t(o?.actor === 'UNSC' ? 'reject.notYourMeasureCouncil' : 'reject.notYourMeasure');
    case 'unknownSeat':
      return t('reject.unknownSeat');
    case 'notElectedSeat':
      return t('reject.notElectedSeat');
    case 'tooManyLaunches':
      return t('reject.tooManyLaunches', { n: v.rules.design.maxLaunchesPerTurn });
    case 'nothingToHold':
      return t('reject.nothingToHold');
    case 'notYourRoute':
      return t('reject.notYourRoute', { route });
    case 'malformed':
    case 'unknownActor':
    case 'unknownResource':
    case 'unknownRoute':
      return t('reject.malformed');
    default:
      return assertNever(r.reason);
  }
}
