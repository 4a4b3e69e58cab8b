/**
 * Bots: a heuristic player for each actor. Pure and deterministic: the same state gives the
 * same orders, and a bot reads only what its actor may see (view.ts). Every order a bot issues
 * is legal when it is issued: stocks, route capacity, the regime and the council's rules are
 * checked first (tests play every shipped scenario over many seeds with zero rejections).
 */
import type { ActorId, GameState, Order, OrderSource } from '../engine/index.ts';
import { ACTORS, assertNever, isOver } from '../engine/index.ts';
import { chinaPlan } from './china.ts';
import { councilPlan } from './council.ts';
import { northKoreaPlan } from './northKorea.ts';
import type { Move } from './plan.ts';
import { russiaPlan } from './russia.ts';
import { viewFor } from './view.ts';

export type { ActorView } from './view.ts';
export type { Move } from './plan.ts';
export { viewFor } from './view.ts';

/**
 * The bot's moves for `actor` this turn: each order with a sentence saying why (none once the
 * game is over). The orders are exactly `botOrders`.
 */
export function botPlan(state: GameState, actor: ActorId): Move[] {
  return plan(state, actor, true);
}

function plan(state: GameState, actor: ActorId, explain: boolean): Move[] {
  if (isOver(state)) return [];
  const v = viewFor(state, actor);
  switch (actor) {
    case 'RUS':
      return russiaPlan(v, explain);
    case 'PRK':
      return northKoreaPlan(v, explain);
    case 'CHN':
      return chinaPlan(v, explain);
    case 'UNSC':
      return councilPlan(v, explain);
    default:
      return assertNever(actor);
  }
}

/** The orders the bot for `actor` gives this turn (none once the game is over): `botPlan`'s
 * orders, without writing the reasons. */
export function botOrders(state: GameState, actor: ActorId): Order[] {
  const moves = plan(state, actor, false);
  const out: Order[] = [];
  for (const m of moves) out.push(m.order);
  return out;
}

/** An order source in which bots play the given actors (all four by default), in ACTORS order. */
export function botsFor(actors: readonly ActorId[] = ACTORS): OrderSource {
  return (s) => {
    const out: Order[] = [];
    for (const a of ACTORS) if (actors.includes(a)) out.push(...botOrders(s, a));
    return out;
  };
}
