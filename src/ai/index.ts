/**
 * Bots: a heuristic player for each actor. Pure and deterministic: the same state gives the
 * same orders, and a bot reads only what its actor may see (view.ts). Every order a bot issues
 * is legal when it is issued: stocks, route capacity, the regime and the council's rules are
 * checked first (tests play every shipped scenario over many seeds with zero rejections).
 */
import type { ActorId, GameState, Order, OrderSource } from '../engine/index.ts';
import { ACTORS, assertNever, isOver } from '../engine/index.ts';
import { chinaOrders } from './china.ts';
import { councilOrders } from './council.ts';
import { northKoreaOrders } from './northKorea.ts';
import { russiaOrders } from './russia.ts';
import { viewFor } from './view.ts';

export type { ActorView } from './view.ts';
export { viewFor } from './view.ts';

/** The orders the bot for `actor` gives this turn (none once the game is over). */
export function botOrders(state: GameState, actor: ActorId): Order[] {
  if (isOver(state)) return [];
  const v = viewFor(state, actor);
  switch (actor) {
    case 'RUS':
      return russiaOrders(v);
    case 'PRK':
      return northKoreaOrders(v);
    case 'CHN':
      return chinaOrders(v);
    case 'UNSC':
      return councilOrders(v);
    default:
      return assertNever(actor);
  }
}

/** An order source in which bots play the given actors (all four by default), in ACTORS order. */
export function botsFor(actors: readonly ActorId[] = ACTORS): OrderSource {
  return (s) => {
    const out: Order[] = [];
    for (const a of ACTORS) if (actors.includes(a)) out.push(...botOrders(s, a));
    return out;
  };
}
