/**
 * The turn digest, "What changed for you": of everything a turn's report shows the player, the
 * three to five changes that moved the player's score most, each with the engine's cause. A
 * score is the weighted mean of the objectives' achievements (engine score.ts), so a change
 * moves it through the indicator it changes: its effect is the weight of every objective on
 * that indicator times the change in that objective's achievement, over the sum of weights
 * (in score points, before the score's rounding down). Changes that moved the score come first,
 * largest effect first; when fewer than three did, the digest is filled up to three with the
 * player's other changes that matter most (its own indicators, then its relations, then its
 * stocks other than routine production and consumption). An objective indicator that moved for
 * reasons the player may not see gets a line of its own ("unseen"), so the effects always add
 * up to the turn's score change. The effects are points of the turn's score; the game's score
 * is the weighted mean of the turns' scores. Pure; reads only the player's views.
 */
import type { ActorId, Change, IndicatorId, ReportView, RulesView, StateView } from '../engine/index.ts';
import { INDICATOR_OWNER, achievement } from '../engine/index.ts';

/** One line of the digest: a change of the report, or an indicator's net move whose causes
 * the player may not see. */
export type DigestEntry = ChangeEntry | UnseenEntry;

export interface ChangeEntry {
  kind: 'change';
  /** The change as the report has it (target, before, after, cause). */
  change: Change;
  /** Its position in the report's changes. */
  index: number;
  /** Points of the player's score for this turn it moved (0 for a filler entry). */
  effect: number;
}

/** An objective indicator's move that the player's report does not explain: indicators are
 * public, but some causes are another actor's to see (its needs met or short, say). */
export interface UnseenEntry {
  kind: 'unseen';
  indicator: IndicatorId;
  /** The part of the indicator's move over the turn that no visible change accounts for. */
  delta: number;
  /** Points of this turn's score it moved: the indicator's whole effect less its visible
   * changes' (so the digest's effects add up to the turn's score change). */
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

const size = (e: DigestEntry): number => Math.abs(e.kind === 'change' ? e.change.after - e.change.before : e.delta);
/** Report order, unseen moves last. */
const order = (e: DigestEntry): number => (e.kind === 'change' ? e.index : Number.MAX_SAFE_INTEGER);

/** The moves of the player's objective indicators that the report's visible changes leave
 * unexplained (see UnseenEntry). */
function unseenMoves(before: StateView, after: StateView, report: ReportView, actor: ActorId): UnseenEntry[] {
  const rules = before.rules;
  const out: UnseenEntry[] = [];
  const done = new Set<IndicatorId>();
  for (const o of rules.objectives[actor] ?? []) {
    const i = o.indicator;
    if (done.has(i)) continue;
    done.add(i);
    let moved = 0;
    let effect = 0;
    for (const c of report.changes) {
      if (c.target.kind !== 'indicator' || c.target.indicator !== i) continue;
      moved += c.after - c.before;
      effect += scoreEffect(rules, actor, i, c.before, c.after);
    }
    const from = before.indicators[i];
    const to = after.indicators[i];
    if (to - from === moved) continue;
    out.push({
      kind: 'unseen',
      indicator: i,
      delta: to - from - moved,
      effect: scoreEffect(rules, actor, i, from, to) - effect,
    });
  }
  return out;
}

/** The digest of the turn that led from `before` to `after`, as `actor` sees it. */
export function digestOf(before: StateView, after: StateView, report: ReportView, actor: ActorId): Digest {
  const rules = before.rules;
  const changes: ChangeEntry[] = report.changes.map((change, index) => ({
    kind: 'change',
    change,
    index,
    effect:
      change.target.kind === 'indicator'
        ? scoreEffect(rules, actor, change.target.indicator, change.before, change.after)
        : 0,
  }));
  const movers = [...changes, ...unseenMoves(before, after, report, actor)]
    .filter((e) => e.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || size(b) - size(a) || order(a) - order(b))
    .slice(0, DIGEST_MAX);
  const entries: DigestEntry[] = [...movers];
  if (entries.length < DIGEST_MIN) {
    const rest = changes
      .filter((e) => e.effect === 0 && size(e) > 0)
      .sort(
        (a, b) => fillerRank(a.change, actor) - fillerRank(b.change, actor) || size(b) - size(a) || a.index - b.index,
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
