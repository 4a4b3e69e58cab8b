/**
 * Scores per actor with the engine's `score.ts` against the scenario's objectives: the score
 * and, for each objective, the indicator's value and its achievement (whole percent), so the
 * dashboard and the debrief can show how the number is made.
 */
import type { ActorId, GameState, Objective } from '../engine/index.ts';
import { ACTORS, achievement, actorScore, indicatorValue } from '../engine/index.ts';
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
  'Every turn, each objective is met in whole percent: reaching its target earns 70% (the scenario sets this), reaching its "full" value 100%, and less than the target proportionally less. A turn’s score is the weighted mean; your score is the mean over the turns played, 0–100, so every turn counts, not only the last.';

/** An actor's score now, with each objective's value and achievement this turn. `truth`: with
 * the hidden truths (the instructor and the debrief), else as the world's figures make it. */
export function scoreOf(s: GameState, actor: ActorId, truth = false): ActorScore {
  const t = s.rules.design.targetAchievement;
  return {
    actor,
    score: actorScore(s, actor, truth),
    objectives: s.rules.objectives[actor].map((o) => {
      const value = indicatorValue(s, o.indicator, truth);
      return { objective: o, text: objectiveText(o), value, achievement: achievement(value, o, t) };
    }),
  };
}

export function scoreGame(s: GameState, truth = true): ActorScore[] {
  return ACTORS.map((a) => scoreOf(s, a, truth));
}

/** An actor's score at the start and after each turn of a game (`truth`: the true scores). */
export function scoreHistory(game: Pick<Game, 'initial' | 'turns'>, actor: ActorId, truth = false): number[] {
  return [
    actorScore(game.initial, actor, truth),
    ...game.turns.map((t) => (truth ? t.report.trueScores : t.report.scores)[actor]),
  ];
}
