/**
 * Scores: each actor against its own objectives from the scenario (GAME.md: the headline is
 * "better or worse than history", not who beat whom), over the whole path of the game.
 *
 * An objective's achievement on one turn, in whole percent, with T = the scenario's
 * targetAchievement:
 *   atLeast t (full f ≥ t, zero z < t; z 0 unless set):
 *     v ≥ f: 100;  t ≤ v < f: T + floor((100 − T)(v − t) / (f − t));
 *     z < v < t: floor(T × (v − z) / (t − z));  v ≤ z: 0
 *   atMost t (full f ≤ t, zero z > t; z 100 unless set):
 *     v ≤ f: 100;  f < v ≤ t: T + floor((100 − T)(t − v) / (t − f));
 *     t < v < z: floor(T × (z − v) / (z − t));  v ≥ z: 0
 * So meeting a target is worth T, not 100: the headroom above it is what separates a good game
 * from history. A `zero` near the target makes falling short cost as much per point as doing
 * better gains, where an indicator moves only a few points between games. A turn's score is floor(Σ weight × achievement / Σ weight); an actor's score is
 * the weighted mean of its turn scores over the turns played (floor), turn t weighing
 * 100 + scoreRamp × (t − 1): every turn counts, later ones more (scoreRamp 0: all alike), so a
 * launch in the last turn is worth one turn of programme, not the whole game's. Before the
 * first turn, the opening position's score.
 *
 * Two versions of each: from the indicators as the world sees them (`seen`: what an actor is
 * shown of its own score), and with the hidden truths (`true`: the debrief's), which differ
 * where an objective reads sanctions integrity (unseen breaches count in the true one).
 */
import type { ActorId, IndicatorId } from './ids.ts';
import type { Objective } from './scenarioRules.ts';
import type { GameState, Tally } from './state.ts';

export function achievement(value: number, o: Objective, targetPct: number): number {
  if (o.op === 'atLeast') {
    if (value >= o.full) return 100;
    if (value >= o.target)
      return targetPct + Math.floor(((100 - targetPct) * (value - o.target)) / (o.full - o.target));
    const zero = o.zero ?? 0;
    if (o.target <= zero) return 100; // no room below the target (the validator refuses it)
    if (value <= zero) return 0;
    return Math.floor((targetPct * (value - zero)) / (o.target - zero));
  }
  if (value <= o.full) return 100;
  if (value <= o.target) return targetPct + Math.floor(((100 - targetPct) * (o.target - value)) / (o.target - o.full));
  const zero = o.zero ?? 100;
  if (o.target >= zero) return 100;
  if (value >= zero) return 0;
  return Math.floor((targetPct * (zero - value)) / (zero - o.target));
}

/** The value of an indicator as the world sees it, or with the hidden truths. */
export function indicatorValue(s: Pick<GameState, 'indicators' | 'hidden'>, i: IndicatorId, truth: boolean): number {
  return truth && i === 'unscSanctionsIntegrity' ? s.hidden.integrity : s.indicators[i];
}

/** An actor's score on the position of `s` alone (one turn's score). */
export function turnScore(
  s: Pick<GameState, 'indicators' | 'hidden' | 'rules'>,
  actor: ActorId,
  truth: boolean,
): number {
  let sum = 0;
  let weights = 0;
  const t = s.rules.design.targetAchievement;
  for (const o of s.rules.objectives[actor]) {
    sum += o.weight * achievement(indicatorValue(s, o.indicator, truth), o, t);
    weights += o.weight;
  }
  return weights === 0 ? 0 : Math.floor(sum / weights);
}

/** An actor's score so far: the mean of its turn scores (the opening position's before turn 1). */
export function actorScore(s: GameState, actor: ActorId, truth = true): number {
  if (s.tally.turns === 0) return turnScore(s, actor, truth);
  return Math.floor((truth ? s.tally.true : s.tally.seen)[actor] / s.tally.weight);
}

/** Every actor's score so far (true by default), keys in ACTORS order (an object literal: one
 * hidden class, no dictionary mode, since this runs every turn). */
export function scores(s: GameState, truth = true): Record<ActorId, number> {
  return {
    RUS: actorScore(s, 'RUS', truth),
    PRK: actorScore(s, 'PRK', truth),
    CHN: actorScore(s, 'CHN', truth),
    UNSC: actorScore(s, 'UNSC', truth),
  };
}

/** Add the position after a turn to the tally (resolveTurn's last step). */
/** A tally with nothing counted yet, after `turns` turns (their weights start the ramp). */
export function emptyTally(turns: number): Tally {
  return {
    turns,
    weight: 0,
    seen: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
    true: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
  };
}

export function tallyTurn(s: GameState): void {
  const t = s.tally;
  const w = 100 + s.rules.design.scoreRamp * t.turns;
  t.turns += 1;
  t.weight += w;
  tallyActor(s, 'RUS', w);
  tallyActor(s, 'PRK', w);
  tallyActor(s, 'CHN', w);
  tallyActor(s, 'UNSC', w);
}

/** Add w × the actor's turn score to the tally, seen and true: `turnScore` both ways, in one
 * pass over its objectives (only an objective on sanctions integrity reads differently). */
function tallyActor(s: GameState, actor: ActorId, w: number): void {
  let seen = 0;
  let truth = 0;
  let weights = 0;
  const target = s.rules.design.targetAchievement;
  for (const o of s.rules.objectives[actor]) {
    const a = achievement(s.indicators[o.indicator], o, target);
    seen += o.weight * a;
    truth += o.weight * (o.indicator === 'unscSanctionsIntegrity' ? achievement(s.hidden.integrity, o, target) : a);
    weights += o.weight;
  }
  if (weights === 0) return;
  s.tally.seen[actor] += w * Math.floor(seen / weights);
  s.tally.true[actor] += w * Math.floor(truth / weights);
}
