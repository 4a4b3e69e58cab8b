/**
 * Pure helpers between the store and the engine: who gives which orders, how a turn's order
 * list is assembled, and the inline preview of a player's pending orders. None of this is a
 * rule: rules are the engine's (`resolveTurn`); here we only decide what to hand it.
 */
import type { ActorId, GameState, Order, Rejection } from '../engine/index.ts';
import { ACTORS, resolveTurn } from '../engine/index.ts';
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

/**
 * The inline validation shown beside a player's pending orders before the turn ends: the same
 * `resolveTurn` on the current state with only this player's orders (everyone else holds).
 * Its rejections name orders by index in `orders`, i.e. in the player's own list. Others'
 * orders can still change the outcome (shared route capacity), which the panel says.
 */
export function previewRejections(state: GameState, orders: readonly Order[]): Map<number, Rejection[]> {
  const out = new Map<number, Rejection[]>();
  if (orders.length === 0) return out;
  const { report } = resolveTurn(state, orders);
  for (const r of report.rejections) {
    const list = out.get(r.order) ?? [];
    list.push(r);
    out.set(r.order, list);
  }
  return out;
}

export function humans(controllers: Controllers): ActorId[] {
  return ACTORS.filter((a) => controllers[a] === 'human');
}
