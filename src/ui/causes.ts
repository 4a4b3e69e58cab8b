/**
 * "Why did this change?" in one plain sentence: every change in a turn report carries the
 * engine's cause (a rule and its numbers); this words it for the player, naming routes, deals,
 * drafts, events, caps and bans by what they are, never by their ids. The engine's own
 * explain.ts (fixed English for the command line) is not used on screen.
 */
import type { ActorId, Change, ReportView, StateView, Target } from '../engine/index.ts';
import { assertNever } from '../engine/index.ts';
import { t } from './i18n/index.ts';
import {
  actorName,
  draftTitle,
  indicatorName,
  measureName,
  percentOfBp,
  quantity,
  regimeRuleName,
  resourceName,
  routeName,
} from './words.ts';

/** What a change is read against: the states before and after the turn, and its report. */
export interface CauseContext {
  before: StateView;
  after: StateView;
  report: ReportView;
}

export function targetName(target: Target, viewer: StateView['viewer']): string {
  switch (target.kind) {
    case 'stock':
      return target.actor === viewer
        ? t('target.ownStock', { good: resourceName(target.resource) })
        : t('target.stock', { actor: actorName(target.actor), good: resourceName(target.resource) });
    case 'indicator':
      return indicatorName(target.indicator);
    case 'relation': {
      const [a, b] = target.pair.split('-') as [ActorId, ActorId];
      if (a === viewer || b === viewer) return t('target.ownRelation', { other: actorName(a === viewer ? b : a) });
      return t('target.relation', { a: actorName(a), b: actorName(b) });
    }
    default:
      return assertNever(target);
  }
}

function dealText(ctx: CauseContext, id: string | undefined): string {
  const d = ctx.before.deals.find((x) => x.id === id) ?? ctx.after.deals.find((x) => x.id === id);
  if (d === undefined) return t('deal.someDeal');
  return t('deal.between', {
    a: actorName(d.proposer),
    b: actorName(d.partner),
    give: resourceName(d.give.resource),
    get: resourceName(d.get.resource),
  });
}

function draftText(ctx: CauseContext, id: string | undefined): string {
  const r = ctx.report.council.find((x) => x.draft === id);
  if (r !== undefined) return draftTitle(r.measure, r.value);
  // A draft tabled this turn is still on the table (a relief draft's cause names it).
  const tabled = ctx.after.council.drafts.find((x) => x.id === id);
  if (tabled !== undefined) return draftTitle(tabled.measure, tabled.value);
  const d = ctx.after.council.decisions.find((x) => x.draft === id);
  return d === undefined ? t('draft.some') : measureName(d.measure);
}

function eventText(ctx: CauseContext, id: string | undefined): string {
  const e = ctx.report.events.find((x) => x.id === id);
  if (e !== undefined) return e.title;
  const scripted = ctx.after.rules.events.find((x) => x.id === id);
  return scripted?.title ?? t('event.some');
}

/** The good whose need caused a shortage or a need met (the need is found by its indicator). */
function needGood(ctx: CauseContext, c: Change): string {
  const indicator = c.target.kind === 'indicator' ? c.target.indicator : null;
  const amount = c.cause.numbers?.need;
  const need = ctx.before.rules.needs.find((n) => n.indicator === indicator && n.amount === amount);
  return need === undefined ? t('resource.supplies') : resourceName(need.resource);
}

/** The cause of `c` in one sentence. */
export function causeText(c: Change, ctx: CauseContext): string {
  const n = (k: string): number => c.cause.numbers?.[k] ?? 0;
  const good = c.target.kind === 'stock' ? c.target.resource : 'oil';
  const route = routeName(ctx.after.routes, c.cause.route);
  switch (c.cause.rule) {
    case 'production':
      return t('cause.production', { munitions: n('munitionsPriority'), abroad: n('labourAbroadPriority') });
    case 'harvestVariance':
      return t('cause.harvestVariance', { pct: Math.abs(Math.round(n('drawBp') / 100)), up: n('drawBp') >= 0 ? 1 : 0 });
    case 'consumption':
      return t('cause.consumption', { used: quantity(good, n('used')), need: quantity(good, n('need')) });
    case 'shortage':
      return t('cause.shortage', { good: needGood(ctx, c), short: n('shortfall'), need: n('need') });
    case 'needMet':
      return t('cause.needMet', { good: needGood(ctx, c) });
    case 'shipment':
      if (c.cause.route !== undefined) return t('cause.shipment', { route });
      return good === 'knowhow' ? t('cause.shipmentKnowHow') : t('cause.shipmentBank');
    case 'dealDelivery':
      return t('cause.dealDelivery', { deal: dealText(ctx, c.cause.deal) });
    case 'dealAccepted':
      return t('cause.dealAccepted', { deal: dealText(ctx, c.cause.deal) });
    case 'dealCancelled':
      return t('cause.dealCancelled', { deal: dealText(ctx, c.cause.deal) });
    case 'dealDefaulted':
      return t('cause.dealDefaulted', { deal: dealText(ctx, c.cause.deal) });
    case 'detection':
      return t('cause.detection', { route, odds: percentOfBp(n('odds')) });
    case 'tradeTies':
      return t('cause.tradeTies');
    case 'tradeInfluence':
      return t('cause.tradeInfluence', { share: n('chinaShareOfImports') });
    case 'borderFollowsStability':
      return t('cause.borderFollowsStability', { stability: n('prkStability') });
    case 'resolutionAdopted':
      return t('cause.resolutionAdopted', { draft: draftText(ctx, c.cause.draft) });
    case 'vetoCast':
      return t('cause.vetoCast', { draft: draftText(ctx, c.cause.draft) });
    case 'vetoSuffered':
      return t('cause.vetoSuffered', { draft: draftText(ctx, c.cause.draft) });
    case 'voteCost':
      return t('cause.voteCost', { draft: draftText(ctx, c.cause.draft) });
    case 'condemnation':
      return t('cause.condemnation');
    case 'sanctionsBreach':
      return t(n('detected') === 1 ? 'cause.breachDetected' : 'cause.breachDeclared', {
        rule: regimeRuleName(ctx.before.regime, c.cause.regimeRule),
      });
    case 'notRepatriated': {
      const ban = ctx.before.regime.bans.find((b) => b.id === c.cause.regimeRule);
      return t('cause.notRepatriated', {
        held: quantity(ban?.resource ?? 'labour', n('held')),
        rule: regimeRuleName(ctx.before.regime, c.cause.regimeRule),
      });
    }
    case 'panelLapsed':
      return t('cause.panelLapsed');
    case 'launch':
      return c.cause.event === undefined
        ? t('cause.launch', { n: n('count') })
        : t('cause.launchEvent', { n: n('count'), event: eventText(ctx, c.cause.event) });
    case 'event':
      return t('cause.event', { event: eventText(ctx, c.cause.event) });
    case 'covertMarkup':
      return t('cause.covertMarkup', {
        sent: quantity(good, n('sent')),
        delivered: quantity(good, n('delivered')),
        pct: n('markupPct'),
        odds: percentOfBp(n('odds')),
      });
    case 'integrityDrift':
      return t('cause.integrityDrift', { share: n('compliantShare') });
    case 'adoptionCapital':
      return t('cause.adoptionCapital', { recent: n('recent'), turns: n('capitalTurns'), cost: n('cost') });
    case 'draftShort':
      return t('cause.draftShort', { draft: draftText(ctx, c.cause.draft) });
    case 'vetoIsolates':
      return t('cause.vetoIsolates', { yes: n('yes'), min: n('isolationYes') });
    case 'reliefTabled':
      return t('cause.reliefTabled', { draft: draftText(ctx, c.cause.draft) });
    case 'lobbying':
      return t('cause.lobbying', { cost: quantity('currency', n('cost')) });
    case 'knowHowUsed':
      return n('points') === 0
        ? t('cause.knowHowSpent', { used: quantity('knowhow', n('used')) })
        : t('cause.knowHowUsed', { used: quantity('knowhow', n('used')), points: n('points') });
    case 'knowHowSeen':
      return t('cause.knowHowSeen', { amount: quantity('knowhow', n('amount')) });
    case 'nuclearTest':
      return t('cause.nuclearTest');
    case 'holdFuel':
      return t('cause.holdFuel', { held: quantity('oil', n('held')) });
    case 'customs':
      return t('cause.customs', { route, n: Math.round(n('addedOdds') / 100) });
    default:
      return assertNever(c.cause.rule);
  }
}

/** "Regime stability 54 → 48" */
export function changeHead(c: Change, viewer: StateView['viewer']): string {
  return t('change.head', { target: targetName(c.target, viewer), before: c.before, after: c.after });
}
