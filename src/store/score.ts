/**
 * Scores per actor with the engine's `score.ts` against the scenario's objectives: the score
 * and, for each objective, the indicator's value and its achievement (whole percent), so the
 * dashboard and the debrief can show how the number is made.
 */
import type { ActorId, GameState, Objective } from '../engine/index.ts';
import { ACTORS, achievement, actorScore } from '../engine/index.ts';
import { objectiveText } from './extras.ts';
import type { Game } from './store.ts';

export interface ObjectiveScore {
  objective: Objective;
  text: string;
  value: number;
  /** 0–100: how far the objective is met. */
  achievement: number;
}

export interface ActorScore {
  actor: ActorId;
  score: number;
  objectives: ObjectiveScore[];
}

export const SCORE_METHOD =
  'Each objective is met in whole percent (an "at least" target: value ÷ target, at most 100%; an "at most" target: 100% at or below it); the score is the weighted mean, 0–100.';

export function scoreOf(s: GameState, actor: ActorId): ActorScore {
  return {
    actor,
    score: actorScore(s, actor),
    objectives: s.rules.objectives[actor].map((o) => ({
      objective: o,
      text: objectiveText(o),
      value: s.indicators[o.indicator],
      achievement: achievement(s.indicators[o.indicator], o),
    })),
  };
}

export function scoreGame(s: GameState): ActorScore[] {
  return ACTORS.map((a) => scoreOf(s, a));
}

/** An actor's score at the start and after each turn of a game. */
export function scoreHistory(game: Pick<Game, 'initial' | 'turns'>, actor: ActorId): number[] {
  return [actorScore(game.initial, actor), ...game.turns.map((t) => t.report.scores[actor])];
}
