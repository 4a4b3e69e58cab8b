/**
 * The turn digest, "What changed for you": of everything a turn's report shows the player, the
 * three to five changes that moved the player's score most, each with the engine's cause. A
 * score is the weighted mean of the objectives' achievements (engine score.ts), so a change
 * moves it through the indicator it changes: its effect is the weight of every objective on
 * that indicator times the change in that objective's achievement, over the sum of weights
 * (in score points, before the score's rounding down). Changes that moved the score come first,
 * largest effect first; when fewer than three did, the digest is filled up to three with the
 * player's other changes that matter most (its own indicators, then its relations, then its
 * stocks other than routine production and consumption). Pure; reads only the player's views.
 */
import type { ActorId, Change, IndicatorId, ReportView, RulesView, StateView } from '../engine/index.ts';
import { INDICATOR_OWNER, achievement } from '../engine/index.ts';

export interface DigestEntry {
  /** The change as the report has it (target, before, after, cause). */
  change: Change;
  /** Its position in the report's changes. */
  index: number;
  /** Score points it moved the player's score by (0 for a filler entry). */
  effect: number;
}

export interface Digest {
  actor: ActorId;
  turn: number;
  /** The player's score before and after the turn (null when the view does not show it). */
  scoreBefore: number | null;
  scoreAfter: number | null;
  entries: DigestEntry[];
}

export const DIGEST_MIN = 3;
export const DIGEST_MAX = 5;

/** Points of `actor`'s score for this turn that moving `indicator` from `before` to `after` is
 * worth (the game's score is the weighted mean of the turns' scores: engine's score.ts). */
export function scoreEffect(
  rules: Pick<RulesView, 'objectives' | 'design'>,
  actor: ActorId,
  indicator: IndicatorId,
  before: number,
  after: number,
): number {
  const objectives = rules.objectives[actor] ?? [];
  const t = rules.design.targetAchievement;
  let weights = 0;
  let sum = 0;
  for (const o of objectives) {
    weights += o.weight;
    if (o.indicator === indicator) sum += o.weight * (achievement(after, o, t) - achievement(before, o, t));
  }
  return weights === 0 ? 0 : sum / weights;
}

const ROUTINE = new Set(['production', 'consumption', 'harvestVariance']);

/** How much a change that did not move the score still matters to `actor` (lower is more). */
function fillerRank(c: Change, actor: ActorId): number {
  switch (c.target.kind) {
    case 'indicator':
      return INDICATOR_OWNER[c.target.indicator] === actor ? 0 : 3;
    case 'relation':
      return 1;
    case 'stock':
      return c.target.actor !== actor ? 5 : ROUTINE.has(c.cause.rule) ? 4 : 2;
  }
}

const size = (c: Change): number => Math.abs(c.after - c.before);

export function digestOf(before: StateView, report: ReportView, actor: ActorId): Digest {
  const rules = before.rules;
  const all = report.changes.map((change, index) => ({
    change,
    index,
    effect:
      change.target.kind === 'indicator'
        ? scoreEffect(rules, actor, change.target.indicator, change.before, change.after)
        : 0,
  }));
  const movers = all
    .filter((e) => e.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || size(b.change) - size(a.change) || a.index - b.index)
    .slice(0, DIGEST_MAX);
  const entries = [...movers];
  if (entries.length < DIGEST_MIN) {
    const rest = all
      .filter((e) => e.effect === 0 && size(e.change) > 0)
      .sort(
        (a, b) =>
          fillerRank(a.change, actor) - fillerRank(b.change, actor) ||
          size(b.change) - size(a.change) ||
          a.index - b.index,
      );
    for (const e of rest) {
      if (entries.length >= DIGEST_MIN) break;
      entries.push(e);
    }
  }
  return {
    actor,
    turn: report.turn,
    scoreBefore: before.scores[actor] ?? null,
    scoreAfter: report.scores[actor] ?? null,
    entries,
  };
}
