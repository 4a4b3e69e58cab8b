/**
 * Builders for council, regime and event tests, on top of the shared fixture (which already
 * has no needs, variance, scripted events or deck: each test adds what it checks), and small
 * helpers to run turns and read the report.
 */
import type { GameState, Order, TurnReport } from '../../src/engine/index.ts';
import { resolveTurn } from '../../src/engine/index.ts';
import { testState } from '../fixtures.ts';

export function quietState(adjust?: (s: GameState) => void, seed = 7): GameState {
  return testState(adjust, seed);
}

/** Play the turns' order lists in sequence; returns the final state and every report. */
export function play(
  start: GameState,
  turns: readonly (readonly Order[])[],
): { state: GameState; reports: TurnReport[] } {
  let state = start;
  const reports: TurnReport[] = [];
  for (const orders of turns) {
    const r = resolveTurn(state, orders);
    state = r.state;
    reports.push(r.report);
  }
  return { state, reports };
}

export function last<T>(xs: readonly T[]): T {
  const x = xs[xs.length - 1];
  if (x === undefined) throw new Error('empty');
  return x;
}
