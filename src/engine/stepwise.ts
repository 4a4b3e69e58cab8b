/**
 * Turn resolution with every phase applied through a caller's `Stepper`: the benchmark's
 * naive baseline passes immer's `produce`, so that the cost of a copy-on-write step per order
 * and per phase can be compared with resolveTurn's one hand-written copy per turn. The phases
 * and their order are resolveTurn's own, so both give the same states (the bench checks it);
 * the engine itself never uses this.
 */
import type { TurnContext } from './context.ts';
import { turnContext } from './context.ts';
import { resolveDeals } from './deals.ts';
import { applyPriorities, consume, produce } from './economy.ts';
import { resolveEvents } from './events.ts';
import { settleIndicators } from './indicators.ts';
import { emptyReport, resolveCouncil, sortOrders, type TurnResult } from './resolve.ts';
import type { Order } from './orders.ts';
import { scores, tallyTurn } from './score.ts';
import { applyLevers } from './levers.ts';
import { resolveShipments } from './shipments.ts';
import type { GameState } from './state.ts';

/** Applies `phase` to a copy of `s` (or to a draft of it) and returns the next state. */
export type Stepper = (s: GameState, phase: (draft: GameState) => void) => GameState;

export function resolveTurnStepwise(state: GameState, orders: readonly Order[], step: Stepper): TurnResult {
  const report = emptyReport(state, orders);
  const ctx = turnContext(state, report, true);
  const run = (s: GameState, f: (c: TurnContext) => void): GameState =>
    step(s, (draft) => {
      ctx.s = draft;
      f(ctx);
    });
  const sorted = sortOrders(orders);
  let s = state;
  for (const p of sorted.priorities) s = run(s, (c) => applyPriorities(c, [p]));
  s = run(s, (c) => applyLevers(c, sorted.holds, sorted.customs));
  s = run(s, (c) => resolveDeals(c, sorted.cancels, sorted.accepts, sorted.proposals));
  s = run(s, (c) => resolveCouncil(c, sorted));
  for (const ship of sorted.ships) s = run(s, (c) => resolveShipments(c, [ship]));
  s = run(s, produce);
  s = run(s, consume);
  s = run(s, resolveEvents);
  s = run(s, settleIndicators);
  s = step(s, tallyTurn);
  report.scores = scores(s, false);
  report.trueScores = scores(s, true);
  s = step(s, (d) => {
    d.turn += 1;
  });
  return { state: s, report };
}
