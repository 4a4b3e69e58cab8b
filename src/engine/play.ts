/**
 * Playing several turns in a row: the loop shared by the command line, saves and bots.
 * `ordersFor` is asked for each turn's orders with the state before that turn.
 */
import { hashState } from './hash.ts';
import type { Order } from './orders.ts';
import type { TurnReport } from './report.ts';
import { resolveTurn } from './resolve.ts';
import type { GameState } from './state.ts';
import { isOver } from './state.ts';

export interface PlayedTurn {
  orders: readonly Order[];
  report: TurnReport;
  /** Canonical hash of the state after this turn. */
  hash: string;
}

export interface PlayResult {
  state: GameState;
  turns: PlayedTurn[];
}

export type OrderSource = (state: GameState) => readonly Order[];

export const HOLD: OrderSource = () => [];

export function playTurns(start: GameState, maxTurns: number, ordersFor: OrderSource): PlayResult {
  let state = start;
  const turns: PlayedTurn[] = [];
  for (let i = 0; i < maxTurns && !isOver(state); i++) {
    const orders = ordersFor(state);
    const r = resolveTurn(state, orders);
    state = r.state;
    turns.push({ orders, report: r.report, hash: hashState(state) });
  }
  return { state, turns };
}
