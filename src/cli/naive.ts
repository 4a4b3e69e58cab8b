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
import type {
  AcceptDealOrder,
  CancelDealOrder,
  GameState,
  Order,
  ProposeDealOrder,
  TurnReport,
} from '../engine/index.ts';
import { resolveShipments } from '../engine/shipments.ts';
import { resolveCouncil } from '../engine/resolve.ts';
import { resolveEvents } from '../engine/events.ts';
import { scores } from '../engine/score.ts';
import type { DraftOrder, LaunchOrder, MonitorOrder, VoteOrder } from '../engine/orders.ts';

export function resolveTurnNaive(state: GameState, orders: readonly Order[]): { state: GameState; report: TurnReport } {
  const date = currentDate(state);
  const report: TurnReport = {
    turn: state.turn,
    date,
    changes: [],
    rejections: [],
    shipments: [],
    deals: [],
    council: [],
    notes: [],
    events: [],
    scores: scores(state),
  };
  const ctx: TurnContext = {
    s: state,
    report,
    used: new Map(),
    flows: new Map(),
    year: date.year,
    evidenceCopied: false,
  };
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
  const council = {
    drafts: [] as { order: DraftOrder; index: number }[],
    votes: [] as { order: VoteOrder; index: number }[],
    monitors: [] as { order: MonitorOrder; index: number }[],
    launches: [] as { order: LaunchOrder; index: number }[],
  };
  for (let index = 0; index < orders.length; index++) {
    const order = orders[index]!;
    if (order.kind === 'cancelDeal') cancels.push({ order, index });
    else if (order.kind === 'acceptDeal') accepts.push({ order, index });
    else if (order.kind === 'proposeDeal') proposals.push({ order, index });
    else if (order.kind === 'draft') council.drafts.push({ order, index });
    else if (order.kind === 'vote') council.votes.push({ order, index });
    else if (order.kind === 'monitor') council.monitors.push({ order, index });
    else if (order.kind === 'launch') council.launches.push({ order, index });
  }
  s = step(s, (c) => resolveDeals(c, cancels, accepts, proposals));
  s = step(s, (c) => resolveCouncil(c, council));
  orders.forEach((order, index) => {
    if (order.kind === 'ship') s = step(s, (c) => resolveShipments(c, [{ order, index }]));
  });
  s = step(s, produceGoods);
  s = step(s, consume);
  s = step(s, resolveEvents);
  s = step(s, settleIndicators);
  report.scores = scores(s);
  s = produce(s, (d) => {
    d.turn += 1;
  });
  return { state: s, report };
}
