/**
 * Scores per actor with the engine's `score.ts` against the scenario's objectives: the score
 * and, for each objective, the indicator's value and its achievement (whole percent), so the
 * panels and the debrief can show how the number is made. Reads a state as a viewer sees it:
 * only the objectives the viewer may see are there (its own; all for the instructor).
 *
 * A score is the mean of every turn's score so far (engine's score.ts): the objectives'
 * achievements shown here are this turn's, the score is the path's.
 */
import type { ActorId, GameState, IndicatorId, Objective } from '../engine/index.ts';
import { ACTORS, achievement, actorScore, indicatorValue } from '../engine/index.ts';
import type { RulesView } from '../engine/index.ts';

export interface ObjectiveScore {
  objective: Objective;
  value: number;
  /** 0–100: how far the objective is met this turn. */
  achievement: number;
}

export interface ActorScore {
  actor: ActorId;
  score: number;
  objectives: ObjectiveScore[];
}

/** The objectives of `actor` visible in `s`, each with its value (the world's figures) and
 * its achievement this turn. */
export function objectivesOf(
  s: {
    rules: Pick<RulesView, 'objectives'> & { design: Pick<RulesView['design'], 'targetAchievement'> };
    indicators: Readonly<Record<IndicatorId, number>>;
  },
  actor: ActorId,
): ObjectiveScore[] {
  const t = s.rules.design.targetAchievement;
  return (s.rules.objectives[actor] ?? []).map((o) => ({
    objective: o,
    value: s.indicators[o.indicator],
    achievement: achievement(s.indicators[o.indicator], o, t),
  }));
}

/** An actor's score now, with each objective's value and achievement this turn. `truth`: with
 * the hidden truths (the instructor and the debrief), else as the world's figures make it. */
export function scoreOf(s: GameState, actor: ActorId, truth = false): ActorScore {
  const t = s.rules.design.targetAchievement;
  return {
    actor,
    score: actorScore(s, actor, truth),
    objectives: s.rules.objectives[actor].map((o) => {
      const value = indicatorValue(s, o.indicator, truth);
      return { objective: o, value, achievement: achievement(value, o, t) };
    }),
  };
}

export function scoreGame(s: GameState, truth = true): ActorScore[] {
  return ACTORS.map((a) => scoreOf(s, a, truth));
}
