/**
 * The same turn resolution done the naive way, for the benchmark's comparison: an immer
 * `produce` per order and per phase instead of one hand-written copy per turn. It calls the
 * engine's own phase functions, so both ways compute the same states (the bench checks it).
 */
import { produce } from 'immer';
import type { TurnContext } from '../engine/context.ts';
import { resolveDeals } from '../engine/deals.ts';
import { applyPriorities, consume, produce as produceGoods } from '../engine/economy.ts';
import { settleIndicators } from '../engine/indicators.ts';
import { currentDate } from '../engine/calendar.ts';
import type { AcceptDealOrder, CancelDealOrder, GameState, Order, ProposeDealOrder, TurnReport } from '../engine/index.ts';
import { resolveShipments } from '../engine/shipments.ts';

export function resolveTurnNaive(state: GameState, orders: readonly Order[]): { state: GameState; report: TurnReport } {
  const report: TurnReport = { turn: state.turn, date: currentDate(state), changes: [], rejections: [], shipments: [], deals: [] };
  const ctx: TurnContext = { s: state, report, used: new Map(), flows: new Map() };
  const step = (s: GameState, f: (ctx: TurnContext) => void): GameState =>
    produce(s, (draft) => {
      ctx.s = draft as GameState;
      f(ctx);
    });
  let s = state;
  orders.forEach((order, index) => {
    if (order.kind === 'setPriorities') s = step(s, (c) => applyPriorities(c, [{ order, index }]));
  });
  const cancels: { order: CancelDealOrder; index: number }[] = [];
  const accepts: { order: AcceptDealOrder; index: number }[] = [];
  const proposals: { order: ProposeDealOrder; index: number }[] = [];
  for (let index = 0; index < orders.length; index++) {
    const order = orders[index]!;
    if (order.kind === 'cancelDeal') cancels.push({ order, index });
    else if (order.kind === 'acceptDeal') accepts.push({ order, index });
    else if (order.kind === 'proposeDeal') proposals.push({ order, index });
  }
  s = step(s, (c) => resolveDeals(c, cancels, accepts, proposals));
  orders.forEach((order, index) => {
    if (order.kind === 'ship') s = step(s, (c) => resolveShipments(c, [{ order, index }]));
  });
  s = step(s, produceGoods);
  s = step(s, consume);
  s = step(s, settleIndicators);
  s = produce(s, (d) => {
    d.turn += 1;
  });
  return { state: s, report };
}
