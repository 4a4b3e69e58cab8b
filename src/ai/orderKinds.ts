/**
 * The order generator of the search bot: one entry per order kind of the engine (the type
 * below fails to compile when a kind is missing), each giving the decision an order makes,
 * its name in the probe's tables, and a few candidate orders for this turn, with a few amounts
 * each. Candidates need not be wise or even legal: the search plays them out and keeps what
 * scores; an illegal one is rejected by the engine in the rollouts and dropped from the plan.
 *
 * To add an order kind: add its entry here (key, label, candidates). Most candidate lists are a
 * few lines: the actors who may give it, a handful of values, and `amounts` for quantities.
 */
import type { ActorId, Order, Resource, Route } from '../engine/index.ts';
import {
  ACTORS,
  MEASURES,
  MEASURE_VALUE,
  RESOURCES,
  VOTES,
  changesNothing,
  crossesChina,
  fuelDue,
  isElectedSeat,
  isVotingActor,
  mayTable,
  plannedOutput,
  vetoedUntil,
} from '../engine/index.ts';
import { legFrom, priceIn, proposal } from './dealing.ts';
import { routesBetween } from './ledger.ts';
import type { KindSpec, OptionContext } from './options.ts';
import { capRoom } from './shipping.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

type OrderOf<K extends Order['kind']> = Extract<Order, { kind: K }>;

/** Half and all of what is available (whole units, none of zero, no repeats). */
export function amounts(max: number): number[] {
  const out: number[] = [];
  for (const n of [Math.floor(max / 2), max]) if (n > 0 && !out.includes(n)) out.push(n);
  return out;
}

function needOf(v: ActorView, actor: ActorId, r: Resource): number {
  return needTotal(v.rules.needs, actor, r);
}

/** Whether `actor` can spare `r` by the public economy (output at half priorities above its need). */
function canSpare(v: ActorView, actor: ActorId, r: Resource): boolean {
  return plannedOutput(v.rules.economy[actor], { munitions: 50, labourAbroad: 50 }, r) > needOf(v, actor, r);
}

function shipCandidates(ctx: OptionContext): OrderOf<'ship'>[] {
  const { v, left } = ctx;
  const out: OrderOf<'ship'>[] = [];
  for (const to of ACTORS) {
    if (to === v.actor) continue;
    for (const r of RESOURCES) {
      const have = left.available(r);
      if (have <= 0) continue;
      if (r === 'knowhow') {
        // Know-how is wanted by the programme, not by a need: offer it to North Korea only.
        if (to !== 'PRK') continue;
        const most = Math.min(have, v.rules.design.knowHowPerLaunch);
        for (const mode of ['declared', 'covert'] as const)
          for (const amount of amounts(most)) out.push({ kind: 'ship', actor: v.actor, to, resource: r, amount, mode });
        continue;
      }
      if (needOf(v, to, r) <= 0) continue;
      for (const mode of ['declared', 'covert'] as const) {
        if (r === 'currency') {
          for (const amount of amounts(Math.min(have, 2 * needOf(v, to, r))))
            out.push({ kind: 'ship', actor: v.actor, to, resource: r, amount, mode });
          continue;
        }
        for (const route of routesBetween(v, v.actor, to)) {
          let max = Math.min(have, left.routeLeft(route, r));
          if (mode === 'declared') max = Math.min(max, capRoom(v, r, to));
          for (const amount of amounts(max))
            out.push({ kind: 'ship', actor: v.actor, to, resource: r, amount, route: route.id, mode });
        }
      }
    }
  }
  return out;
}

/**
 * How much `to` values a resource, in percent of its list price, from the public rules (the
 * heuristic bots' margins, roughly): what it needs double, hard currency 70%, other goods 40%.
 */
function publicValue(v: ActorView, to: ActorId, r: Resource): number {
  if (needOf(v, to, r) > 0) return 200;
  return r === 'currency' ? 70 : 40;
}

/** What the actor pays `to` with: what `to` values most among what the actor holds beyond a
 * turn's own need (never `except`). */
function payment(ctx: OptionContext, to: ActorId, except: Resource): Resource | null {
  const { v } = ctx;
  let best: Resource | null = null;
  let bestValue = 0;
  for (const r of RESOURCES) {
    if (r === except || ctx.left.available(r) <= needOf(v, v.actor, r)) continue;
    const value = publicValue(v, to, r) * v.rules.prices[r];
    if (value > bestValue) {
      best = r;
      bestValue = value;
    }
  }
  return best;
}

/** Offers to buy what the actor needs from those who can spare it, paid in what they value,
 * at half again the list price: a standing line of a turn's need for four turns, and a bulk
 * purchase of four turns' need at once. Covert and declared. */
function proposeCandidates(ctx: OptionContext): OrderOf<'proposeDeal'>[] {
  const { v } = ctx;
  const out: OrderOf<'proposeDeal'>[] = [];
  for (const to of ACTORS) {
    if (to === v.actor) continue;
    for (const r of RESOURCES) {
      const need = needOf(v, v.actor, r);
      if (need <= 0 || !canSpare(v, to, r)) continue;
      const pay = payment(ctx, to, r);
      if (pay === null) continue;
      for (const shape of [
        { amount: need, turns: 4 },
        { amount: 4 * need, turns: 1 },
      ]) {
        for (const covert of [true, false]) {
          const price = priceIn(v, r, shape.amount, pay, 150);
          const offer = {
            to,
            give: { resource: pay, amount: price },
            get: { resource: r, amount: shape.amount },
            covert,
            turns: shape.turns,
          };
          const p = proposal(v, ctx.left, offer, 1);
          if (p !== null) out.push(p);
        }
      }
    }
  }
  return out;
}

function acceptCandidates(ctx: OptionContext): OrderOf<'acceptDeal'>[] {
  const { v } = ctx;
  const out: OrderOf<'acceptDeal'>[] = [];
  for (const d of v.deals) {
    if (d.status !== 'proposed' || d.partner !== v.actor || d.proposedTurn !== v.turn - 1) continue;
    const give = legFrom(d, v.actor);
    if (ctx.left.available(give.resource) < give.amount) continue;
    out.push({ kind: 'acceptDeal', actor: v.actor, deal: d.id });
  }
  return out;
}

function cancelCandidates(ctx: OptionContext): OrderOf<'cancelDeal'>[] {
  const { v } = ctx;
  return v.deals
    .filter((d) => d.status === 'active' && (d.proposer === v.actor || d.partner === v.actor))
    .map((d) => ({ kind: 'cancelDeal' as const, actor: v.actor, deal: d.id }));
}

function priorityCandidates(ctx: OptionContext): OrderOf<'setPriorities'>[] {
  const { v, base } = ctx;
  const e = v.rules.economy[v.actor];
  let now = v.own.priorities;
  for (const o of base) if (o.kind === 'setPriorities') now = { munitions: o.munitions, labourAbroad: o.labourAbroad };
  const out: OrderOf<'setPriorities'>[] = [];
  if (e.flex.munitions > 0 || e.flex.food > 0)
    for (const munitions of [0, 25, 50, 75, 100])
      out.push({ kind: 'setPriorities', actor: v.actor, munitions, labourAbroad: now.labourAbroad });
  if (e.flex.labour > 0 || e.flex.homeFood > 0)
    for (const labourAbroad of [0, 30, 60])
      out.push({ kind: 'setPriorities', actor: v.actor, munitions: now.munitions, labourAbroad });
  if (out.length > 0) {
    // Everything on food at home, and everything on output for sale.
    out.push({ kind: 'setPriorities', actor: v.actor, munitions: 0, labourAbroad: 0 });
    out.push({ kind: 'setPriorities', actor: v.actor, munitions: 100, labourAbroad: 60 });
  }
  return out;
}

/** A few values for a draft of each measure: an oil cap at 60% or 85% of the cap in force (or 4
 * or 8 turns of North Korea's oil need with none), a worker ban now or with a year's grace, a
 * Panel mandate of 4 or 8 turns. */
function draftValues(v: ActorView, m: (typeof MEASURES)[number]): number[] {
  switch (m) {
    case 'oilCap': {
      let current: number | null = null;
      for (const c of v.regime.caps)
        if (c.resource === 'oil' && c.to === 'PRK' && c.untilTurn === null && (current === null || c.perYear < current))
          current = c.perYear;
      const need = needOf(v, 'PRK', 'oil');
      return current === null
        ? [4 * need, 8 * need]
        : [Math.floor((current * 60) / 100), Math.floor((current * 85) / 100)];
    }
    case 'workerBan':
      return [0, 4];
    case 'renewPanel':
      return [4, 8];
    case 'armsEmbargo':
    case 'condemn':
      return [0];
    case 'relief':
      // Lift the worker ban only (0), or that and an oil cap raised by half.
      for (const c of v.regime.caps)
        if (c.resource === 'oil' && c.to === 'PRK' && c.untilTurn === null) return [0, Math.floor((c.perYear * 3) / 2)];
      return [0];
  }
}

function draftCandidates(ctx: OptionContext): OrderOf<'draft'>[] {
  const { v } = ctx;
  const me = v.actor;
  if (v.rules.council.maxDraftsPerTurn <= 0) return [];
  const out: OrderOf<'draft'>[] = [];
  for (const measure of MEASURES) {
    if (!mayTable(me, measure)) continue;
    const lim = MEASURE_VALUE[measure];
    for (const value of draftValues(v, measure))
      if (
        value >= lim.min &&
        value <= lim.max &&
        changesNothing(v, measure, value) === null &&
        vetoedUntil(v, measure) === null
      )
        out.push({ kind: 'draft', actor: me, measure, value });
  }
  return out;
}

/**
 * Pairs (up to the turn's limit) of drafts of different measures, each at its first value: the
 * drafts of a turn are one decision (key `draft`), since the limit on drafts a turn means a new
 * draft can only replace one of the plan's. Without them the search never saw a Panel renewal
 * and a condemnation tabled together when the heuristic plan had already filled both places.
 */
function draftSets(ctx: OptionContext): OrderOf<'draft'>[][] {
  const singles = draftCandidates(ctx);
  if (ctx.v.rules.council.maxDraftsPerTurn < 2) return [];
  const firsts = singles.filter((o, i) => singles.findIndex((x) => x.measure === o.measure) === i);
  const out: OrderOf<'draft'>[][] = [];
  for (const [i, a] of firsts.entries()) for (const b of firsts.slice(i + 1)) out.push([a, b]);
  return out;
}

function voteCandidates(ctx: OptionContext): OrderOf<'vote'>[] {
  const { v } = ctx;
  const me = v.actor;
  if (!isVotingActor(me)) return [];
  return v.council.drafts.flatMap((d) =>
    VOTES.map((vote) => ({ kind: 'vote' as const, actor: me, draft: d.id, vote })),
  );
}

function monitorCandidates(ctx: OptionContext): OrderOf<'monitor'>[] {
  const { v } = ctx;
  const p = v.regime.panel;
  if (v.actor !== 'UNSC' || v.turn > p.mandateEnd || p.maxRoutes <= 0) return [];
  const ids = v.routes.map((r: Route) => r.id);
  const out: OrderOf<'monitor'>[] = [{ kind: 'monitor', actor: 'UNSC', routes: [] }];
  for (const [i, a] of ids.entries()) {
    out.push({ kind: 'monitor', actor: 'UNSC', routes: [a] });
    if (p.maxRoutes >= 2)
      for (const b of ids.slice(i + 1)) out.push({ kind: 'monitor', actor: 'UNSC', routes: [a, b] });
  }
  return out;
}

/** One missile, or the most a launch order may fire. */
function launchCandidates(ctx: OptionContext): OrderOf<'launch'>[] {
  if (ctx.v.actor !== 'PRK') return [];
  const most = ctx.v.rules.design.maxLaunchesPerTurn;
  const out: OrderOf<'launch'>[] = [{ kind: 'launch', actor: 'PRK' }];
  if (most > 1) out.push({ kind: 'launch', actor: 'PRK', count: most });
  return out;
}

function testCandidates(ctx: OptionContext): OrderOf<'nuclearTest'>[] {
  return ctx.v.actor === 'PRK' ? [{ kind: 'nuclearTest', actor: 'PRK' }] : [];
}

/** Courting each elected seat that can pay for it (Russia and China). */
function lobbyCandidates(ctx: OptionContext): OrderOf<'lobby'>[] {
  const { v } = ctx;
  const me = v.actor;
  if ((me !== 'RUS' && me !== 'CHN') || ctx.left.available('currency') < v.rules.design.lobbyCost) return [];
  return v.rules.council.seats.filter(isElectedSeat).map((x) => ({ kind: 'lobby' as const, actor: me, seat: x.id }));
}

/** China holds back its fuel when some is due this turn. */
function holdCandidates(ctx: OptionContext): OrderOf<'holdFuel'>[] {
  return ctx.v.actor === 'CHN' && fuelDue(ctx.v) > 0 ? [{ kind: 'holdFuel', actor: 'CHN' }] : [];
}

/** China tightens customs on one of its routes. */
function customsCandidates(ctx: OptionContext): OrderOf<'customs'>[] {
  const { v } = ctx;
  if (v.actor !== 'CHN') return [];
  return v.routes.filter(crossesChina).map((r) => ({ kind: 'customs' as const, actor: 'CHN', route: r.id }));
}

/** Every order kind of the engine, with its part in the search. */
export const KINDS: { readonly [K in Order['kind']]: KindSpec<OrderOf<K>> } = {
  ship: {
    key: (o) => `ship:${o.to}:${o.resource}:${o.route ?? 'bank'}`,
    label: (o) => `ship ${o.resource} ${o.mode}`,
    candidates: shipCandidates,
  },
  proposeDeal: {
    key: (o) => `propose:${o.to}:${o.get.resource}`,
    label: (o) => `offer ${o.give.resource} for ${o.get.resource} (${o.mode})`,
    candidates: proposeCandidates,
  },
  acceptDeal: { key: (o) => `deal:${o.deal}`, label: () => 'accept a deal', candidates: acceptCandidates },
  cancelDeal: { key: (o) => `deal:${o.deal}`, label: () => 'cancel a deal', candidates: cancelCandidates },
  setPriorities: {
    key: () => 'priorities',
    label: (o) => `munitions ${o.munitions}%, workers abroad ${o.labourAbroad}%`,
    candidates: priorityCandidates,
  },
  draft: { key: () => 'draft', label: (o) => `draft ${o.measure}`, candidates: draftCandidates, sets: draftSets },
  vote: { key: (o) => `vote:${o.draft}`, label: (o) => `vote ${o.vote}`, candidates: voteCandidates },
  monitor: { key: () => 'monitor', label: () => 'monitor routes', candidates: monitorCandidates },
  launch: {
    key: () => 'launch',
    label: (o) => (o.count === undefined || o.count === 1 ? 'launch' : `launch ${o.count}`),
    candidates: launchCandidates,
  },
  nuclearTest: { key: () => 'nuclearTest', label: () => 'nuclear test', candidates: testCandidates },
  lobby: { key: () => 'lobby', label: (o) => `court ${o.seat}`, candidates: lobbyCandidates },
  holdFuel: { key: () => 'holdFuel', label: () => 'hold fuel', candidates: holdCandidates },
  customs: { key: () => 'customs', label: (o) => `customs ${o.route}`, candidates: customsCandidates },
};

function spec(o: Order): KindSpec<Order> {
  return KINDS[o.kind] as KindSpec<Order>;
}

/** The decision an order makes (orders with one key replace each other). */
export function keyOf(o: Order): string {
  return spec(o).key(o);
}

/** The order's name in the probe's tables ("vote yes", "ship food declared", …). */
export function labelOf(o: Order): string {
  return spec(o).label(o);
}

/** The kinds in the engine's order, for the generator. */
export const KIND_LIST: readonly KindSpec<Order>[] = (Object.keys(KINDS) as Order['kind'][]).map(
  (k) => KINDS[k] as KindSpec<Order>,
);
