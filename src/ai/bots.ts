/**
 * The heuristic bots (the `easy` level): a one-turn rule-based player for each actor. Pure and
 * deterministic: the same state gives the same orders, and a bot reads only what its actor may
 * see (view.ts). Every order a bot issues is legal when it is issued: stocks, route capacity,
 * the regime and the council's rules are checked first (tests play every shipped scenario over
 * many seeds with zero rejections).
 */
import type { ActorId, GameState, Order, OrderSource } from '../engine/index.ts';
import { ACTORS, assertNever, isOver } from '../engine/index.ts';
import { chinaPlan } from './china.ts';
import { councilPlan } from './council.ts';
import { northKoreaPlan } from './northKorea.ts';
import type { Move } from './plan.ts';
import { russiaPlan } from './russia.ts';
import type { ActorView } from './view.ts';
import { viewFor } from './view.ts';

/**
 * The bot's moves for `actor` this turn: each order with a sentence saying why (none once the
 * game is over). The orders are exactly `botOrders`.
 */
export function botPlan(state: GameState, actor: ActorId): Move[] {
  if (isOver(state)) return [];
  return planFromView(viewFor(state, actor), true);
}

/** The heuristic plan from a view (`explain`: write each move's reason). */
export function planFromView(v: ActorView, explain: boolean): Move[] {
  switch (v.actor) {
    case 'RUS':
      return russiaPlan(v, explain);
    case 'PRK':
      return northKoreaPlan(v, explain);
    case 'CHN':
      return chinaPlan(v, explain);
    case 'UNSC':
      return councilPlan(v, explain);
    default:
      return assertNever(v.actor);
  }
}

/** The heuristic bot's orders from a view, without writing the reasons. */
export function ordersFromView(v: ActorView): Order[] {
  const out: Order[] = [];
  for (const m of planFromView(v, false)) out.push(m.order);
  return out;
}

/** The orders the bot for `actor` gives this turn (none once the game is over): `botPlan`'s
 * orders, without writing the reasons. */
export function botOrders(state: GameState, actor: ActorId): Order[] {
  if (isOver(state)) return [];
  return ordersFromView(viewFor(state, actor));
}

/** An order source in which bots play the given actors (all four by default), in ACTORS order. */
export function botsFor(actors: readonly ActorId[] = ACTORS): OrderSource {
  return (s) => {
    const out: Order[] = [];
    for (const a of ACTORS) if (actors.includes(a)) out.push(...botOrders(s, a));
    return out;
  };
}
