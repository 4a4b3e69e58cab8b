/**
 * The debrief's headline (GAME.md): each actor's score against the historical run of the same
 * scenario — "better or worse than history", not who beat whom. Pure.
 */
import type { ActorId } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { PlayResult } from '../engine/index.ts';
import { playTurns } from '../engine/index.ts';
import { scores } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import { initialState } from './build.ts';
import { historicalOrders } from './historical.ts';
import type { Scenario } from './schema.ts';

/** Replay the historical script from the start with `seed` (default: the scenario's). */
export function historicalRun(s: Scenario, seed: number = s.seed): PlayResult {
  const byTurn = historicalOrders(s);
  return playTurns(initialState(s, seed), s.turns, (state) => byTurn.get(state.turn) ?? []);
}

export const VERDICTS = ['better', 'same', 'worse'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ActorDebrief {
  actor: ActorId;
  score: number;
  historical: number;
  /** score − historical */
  difference: number;
  verdict: Verdict;
}

/**
 * Compare a game's scores with the historical run's scores after the same number of turns
 * (so a game stopped early is compared with history at that point, not at the end).
 */
export function compareWithHistory(game: GameState, history: PlayResult): ActorDebrief[] {
  const played = game.turn - 1;
  const at = history.turns[Math.min(played, history.turns.length) - 1];
  const hist = at !== undefined ? at.report.trueScores : scores(history.state);
  const now = scores(game);
  return ACTORS.map((actor) => {
    const difference = now[actor] - hist[actor];
    return {
      actor,
      score: now[actor],
      historical: hist[actor],
      difference,
      verdict: difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same',
    };
  });
}
