/**
 * Pure helpers between the store and the engine: who gives which orders and how a turn's
 * order list is assembled. None of this is a rule: rules are the engine's (`resolveTurn`);
 * here we only decide what to hand it.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { Level } from '../ai/index.ts';

export const CONTROLLERS = ['human', 'bot'] as const;
export type Controller = (typeof CONTROLLERS)[number];
export type Controllers = Record<ActorId, Controller>;

export type BotFn = (state: GameState, actor: ActorId) => readonly Order[];

/** The level of each bot seat (a human seat's entry is unused). */
export type Levels = Record<ActorId, Level>;

export const allEasy = (): Levels => ({ RUS: 'easy', PRK: 'easy', CHN: 'easy', UNSC: 'easy' });

/**
 * The turn's full order list: actors in ACTORS order, each actor's orders in the order given
 * (humans: their pending list; bots: `bot(state, actor)`). Fixed so that Node (tests, cli) and
 * the browser build the same list from the same inputs.
 */
export function assembleOrders(
  state: GameState,
  controllers: Controllers,
  pending: Readonly<Record<ActorId, readonly Order[]>>,
  bot: BotFn,
): Order[] {
  const out: Order[] = [];
  for (const a of ACTORS) {
    const list = controllers[a] === 'human' ? pending[a] : bot(state, a);
    for (const o of list) out.push(o);
  }
  return out;
}

/** Which actor gave order `index` of an assembled list, and its index in that actor's list. */
export function ownerOf(orders: readonly Order[], index: number): { actor: string; local: number } | null {
  const o = orders[index];
  if (o === undefined) return null;
  let local = 0;
  for (const x of orders.slice(0, index)) if (x.actor === o.actor) local++;
  return { actor: o.actor, local };
}

export function humans(controllers: Controllers): ActorId[] {
  return ACTORS.filter((a) => controllers[a] === 'human');
}
