/**
 * INTEGRATION POINT for the `council` branch's scoring: a score per actor at the debrief.
 * Until scenarios carry objectives (weighted indicators and targets), an actor's interim score
 * is the mean of the indicators it owns (INDICATOR_OWNER), rounded down, at the end against
 * the start; and "against history" compares with the scenario's historical run when it has
 * one. Replace `scoreGame` with the engine's scoring once it exists; the debrief panel only
 * reads ActorScore.
 */
import type { ActorId, GameState, IndicatorId } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { HistoricalRun } from './extras.ts';
import { ownedIndicators } from './extras.ts';

export interface ActorScore {
  actor: ActorId;
  indicators: IndicatorId[];
  start: number;
  end: number;
  /** The same measure on the historical run's last values, or null without one. */
  historical: number | null;
  /** How the score is computed, in a sentence (shown to students). */
  method: string;
}

function meanOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return Math.floor(sum / values.length);
}

export function scoreGame(start: GameState, end: GameState, historical: HistoricalRun | null): ActorScore[] {
  return ACTORS.map((actor) => {
    const ids = ownedIndicators(actor);
    let hist: number | null = null;
    if (historical !== null) {
      const finals = ids.map((i) => historical[i]?.at(-1));
      if (finals.every((v) => v !== undefined)) hist = meanOf(finals as number[]);
    }
    return {
      actor,
      indicators: ids,
      start: meanOf(ids.map((i) => start.indicators[i])),
      end: meanOf(ids.map((i) => end.indicators[i])),
      historical: hist,
      method: 'mean of its own indicators (0–100), rounded down',
    };
  });
}
