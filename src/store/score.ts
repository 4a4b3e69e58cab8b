/**
 * Scores per actor with the engine's `score.ts` against the scenario's objectives: the score
 * and, for each objective, the indicator's value and its achievement (whole percent), so the
 * panels and the debrief can show how the number is made. Reads a state as a viewer sees it:
 * only the objectives the viewer may see are there (its own; all for the instructor).
 */
import type { ActorId, GameState, IndicatorId, Objective } from '../engine/index.ts';
import { ACTORS, achievement, actorScore } from '../engine/index.ts';
import type { RulesView } from '../engine/index.ts';

export interface ObjectiveScore {
  objective: Objective;
  value: number;
  /** 0–100: how far the objective is met. */
  achievement: number;
}

export interface ActorScore {
  actor: ActorId;
  score: number;
  objectives: ObjectiveScore[];
}

/** The objectives of `actor` visible in `s`, each with its value and achievement. */
export function objectivesOf(
  s: { rules: Pick<RulesView, 'objectives'>; indicators: Readonly<Record<IndicatorId, number>> },
  actor: ActorId,
): ObjectiveScore[] {
  return (s.rules.objectives[actor] ?? []).map((o) => ({
    objective: o,
    value: s.indicators[o.indicator],
    achievement: achievement(s.indicators[o.indicator], o),
  }));
}

export function scoreOf(s: GameState, actor: ActorId): ActorScore {
  return { actor, score: actorScore(s, actor), objectives: objectivesOf(s, actor) };
}

export function scoreGame(s: GameState): ActorScore[] {
  return ACTORS.map((a) => scoreOf(s, a));
}
