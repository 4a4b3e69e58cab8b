/**
 * The game's nouns in the player's words: actors, goods with their units (real plurals),
 * indicators, measures, routes, deals, caps and bans, sources, objectives and dates. Every
 * function returns catalogue text (i18n); no identifier ever reaches the screen from here.
 */
import type {
  ActorId,
  IndicatorId,
  Measure,
  Objective,
  Regime,
  Resource,
  Route,
  Rules,
  TurnReport,
  Viewer,
} from '../engine/index.ts';
import { dateOfTurn, isActorId, isMeasure, isResource } from '../engine/index.ts';

type CalendarDate = TurnReport['date'];
type TurnLength = Rules['turnLength'];
import type { BanView, CapView, Difficulty, Source, Years } from '../store/index.ts';
import { monthYear, num, t } from './i18n/index.ts';

export function actorName(a: ActorId): string {
  return t(`actor.${a}` as const);
}

/** "North Korea", "UN Security Council": an actor as a label (a caption, an option, a cell). */
export function actorTitle(a: ActorId): string {
  return t(`actorTitle.${a}` as const);
}

/** An actor id from untrusted data: its name, or a neutral word for an unknown one. */
export function anyActorName(a: string): string {
  return isActorId(a) ? actorName(a) : t('actor.unknown');
}

export function viewerName(v: Viewer): string {
  return v === 'public' || v === 'instructor' ? t(`viewer.${v}` as const) : actorName(v);
}

export function resourceName(r: string): string {
  return isResource(r) ? t(`resource.${r}` as const) : t('resource.unknown');
}

/** "1,500 shipping containers of munitions", "1 thousand tonnes of food", "USD 40 million" */
export function quantity(r: string, amount: number): string {
  return isResource(r) ? t(`qty.${r}` as const, { n: amount }) : t('qty.unknown', { n: amount });
}

/** The unit alone, for column headings ("thousand barrels"). */
export function unitOf(r: Resource): string {
  return t(`unit.${r}` as const);
}

export function indicatorName(i: IndicatorId): string {
  return t(`indicator.${i}` as const);
}

/** What a draft resolution would do ("Renew the Panel of Experts' mandate"). */
export function measureName(m: string): string {
  return isMeasure(m) ? t(`measure.${m}` as const) : t('measure.unknown');
}

/** A draft with its value ("Cap oil deliveries to North Korea at 500 thousand barrels a year"). */
export function draftTitle(m: Measure, value: number): string {
  return t(`draft.${m}` as const, { n: value });
}

export function routeName(routes: readonly Pick<Route, 'id' | 'name'>[], id: string | null | undefined): string {
  if (id === null || id === undefined) return t('route.banks');
  return routes.find((r) => r.id === id)?.name ?? t('route.unknown');
}

/** "by the Khasan–Tumangang rail bridge", or with no route "through the banks" for money and
 * "with engineers and delegations" for know-how. */
export function routePhrase(
  routes: readonly Pick<Route, 'id' | 'name'>[],
  id: string | null | undefined,
  resource?: string,
): string {
  if (id !== null && id !== undefined) return t('route.by', { name: routeName(routes, id) });
  return resource === 'knowhow' ? t('route.people') : t('route.banks');
}

/** A seat on the Council by its id ("Mozambique"), or neutral words for an unknown one. */
export function seatLabel(rules: Pick<Rules, 'council'>, id: string | undefined): string {
  return rules.council.seats.find((x) => x.id === id)?.name ?? t('seat.unknown');
}

export function date(d: CalendarDate): string {
  return monthYear(d);
}

/** The date turn `turn` begins. */
export function turnDate(rules: { start: CalendarDate; turnLength: TurnLength }, turn: number): string {
  return monthYear(dateOfTurn(rules.start, rules.turnLength, turn));
}

export function years(y: Years): string {
  return y.first === y.last ? String(y.first) : t('years.span', { first: String(y.first), last: String(y.last) });
}

export function difficultyName(d: Difficulty): string {
  return t(`difficulty.${d}` as const);
}

/** "Regime stability at least 60, full marks at 80 or more, worth nothing at 50 or less (counts
 * three times)"; the last clause only where the scenario sets a `zero`. */
export function objectiveText(o: Objective): string {
  const full = o.full !== o.target;
  const key =
    o.op === 'atLeast'
      ? full
        ? 'objective.atLeastFull'
        : 'objective.atLeast'
      : full
        ? 'objective.atMostFull'
        : 'objective.atMost';
  return t(key, {
    indicator: indicatorName(o.indicator),
    target: o.target,
    full: o.full,
    zero: o.zero === undefined ? 'none' : String(o.zero),
    weight: o.weight,
  });
}

/** How a score is made, with the scenario's design parameters (score.ts in the engine). */
export function scoreHow(design: { targetAchievement: number; scoreRamp: number }): string {
  return t('you.scoreHow', { target: design.targetAchievement, ramp: design.scoreRamp > 0 ? 1 : 0 });
}

/** "Source document, paragraph 3" or the record's name. */
export function sourceLabel(s: Source): string {
  return s.paragraph !== null ? t('source.paragraph', { n: s.paragraph }) : (s.record ?? '');
}

/** Labels for source ids ("res-2397" → "UN Security Council resolution 2397"); unknown ids
 * are left out rather than shown as codes. */
export function sourceLabels(sources: readonly Source[], ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const s = sources.find((x) => x.id === id);
    return s === undefined ? [] : [sourceLabel(s)];
  });
}

/** "the cap on oil deliveries to North Korea" */
export function capName(c: Pick<CapView, 'resource' | 'to'>): string {
  return t('cap.name', { good: resourceName(c.resource), to: actorName(c.to) });
}

/** "the ban on munitions from North Korea" */
export function banName(b: Pick<BanView, 'resource' | 'from' | 'to'>): string {
  const good = resourceName(b.resource);
  if (b.from !== null && b.to !== null) return t('ban.fromTo', { good, from: actorName(b.from), to: actorName(b.to) });
  if (b.from !== null) return t('ban.from', { good, from: actorName(b.from) });
  if (b.to !== null) return t('ban.to', { good, to: actorName(b.to) });
  return t('ban.any', { good });
}

/** A cap or ban of the regime by its id, in words (for report causes and notes). */
export function regimeRuleName(regime: Pick<Regime, 'caps' | 'bans'>, id: string | undefined): string {
  const cap = regime.caps.find((c) => c.id === id);
  if (cap !== undefined) return capName(cap);
  const ban = regime.bans.find((b) => b.id === id);
  if (ban !== undefined) return banName(ban);
  return t('regime.unknownRule');
}

/** Basis points (odds in 10,000) as a whole percent: "35%". */
export function percentOfBp(bp: number): string {
  return t('percent', { n: Math.round(bp / 100) });
}

export { num };
