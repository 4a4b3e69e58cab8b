/**
 * Scores: each actor against its own objectives from the scenario (GAME.md: the headline is
 * "better or worse than history", not who beat whom).
 *
 * An objective's achievement, in whole percent:
 *   atLeast t: min(100, floor(100 × value / t))            (t = 0: always 100)
 *   atMost  t: 100 at or below t, else floor(100 × (100 − value) / (100 − t))
 * An actor's score is floor(Σ weight × achievement / Σ weight), from 0 to 100.
 */
import type { ActorId } from './ids.ts';
import type { Objective } from './scenarioRules.ts';
import type { GameState } from './state.ts';

export function achievement(value: number, o: Objective): number {
  if (o.op === 'atLeast') {
    if (o.target <= 0) return 100;
    const a = Math.floor((100 * value) / o.target);
    return Math.min(a, 100);
  }
  if (value <= o.target) return 100;
  return Math.floor((100 * (100 - value)) / (100 - o.target));
}

export function actorScore(s: GameState, actor: ActorId): number {
  let sum = 0;
  let weights = 0;
  for (const o of s.rules.objectives[actor]) {
    sum += o.weight * achievement(s.indicators[o.indicator], o);
    weights += o.weight;
  }
  return weights === 0 ? 0 : Math.floor(sum / weights);
}

/** Every actor's score, keys in ACTORS order (an object literal: one hidden class, no
 * dictionary mode, since this runs every turn). */
export function scores(s: GameState): Record<ActorId, number> {
  return {
    RUS: actorScore(s, 'RUS'),
    PRK: actorScore(s, 'PRK'),
    CHN: actorScore(s, 'CHN'),
    UNSC: actorScore(s, 'UNSC'),
  };
}
