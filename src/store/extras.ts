/**
 * The scenario's teaching material, read from the scenario file (one place, so every panel
 * shows the same): difficulty (only when the file gives one: nothing is invented), the class
 * briefing and each actor's own briefing, objectives, learning objectives, debrief questions
 * and sources. All text is the author's and is inserted as text, never HTML.
 */
import { INDICATORS, INDICATOR_LABEL, INDICATOR_OWNER } from '../engine/index.ts';
import type { ActorId, IndicatorId } from '../engine/index.ts';
import type { Objective } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';

export interface Source {
  id: string;
  /** "Source document ¶3" or the record's name, e.g. "UNSC resolution 2397 (2017)". */
  label: string;
  /** What the source supports, in the author's words. */
  note: string;
  /** True for public estimates used as orders of magnitude. */
  approx: boolean;
}

export interface ObjectiveView extends Objective {
  /** "North Korean regime stability at least 60 (weight 3)" */
  text: string;
}

export interface ScenarioExtras {
  /** The scenario's own difficulty, or null when it gives none (then the UI says nothing). */
  difficulty: string | null;
  /** Read to the whole class before play. */
  classBriefing: string;
  /** Each actor's private briefing: shown only to that actor's player. */
  briefings: Record<ActorId, string>;
  objectives: Record<ActorId, ObjectiveView[]>;
  learningObjectives: string[];
  questions: string[];
  sources: Source[];
}

/** The schema has no difficulty field yet; a scenario format that adds one is read here. */
function difficultyOf(s: Scenario): string | null {
  const declared = (s as { difficulty?: unknown }).difficulty;
  return typeof declared === 'string' && declared.length > 0 && declared.length <= 40 ? declared : null;
}

export function objectiveText(o: Objective): string {
  const dir = o.op === 'atLeast' ? 'at least' : 'at most';
  return `${INDICATOR_LABEL[o.indicator]} ${dir} ${o.target}, in full at ${o.full} (weight ${o.weight})`;
}

export function sourceLabel(src: Scenario['sources'][number]): string {
  return src.kind === 'document' ? `Source document ¶${src.paragraph}` : src.record;
}

export function scenarioExtras(s: Scenario): ScenarioExtras {
  const obj = (a: ActorId): ObjectiveView[] =>
    s.objectives[a].map((x) => {
      const o: Objective = { ...x, full: x.full ?? (x.op === 'atLeast' ? 100 : 0) };
      return { ...o, text: objectiveText(o) };
    });
  return {
    difficulty: difficultyOf(s),
    classBriefing: s.briefing.class,
    briefings: { RUS: s.briefing.RUS, PRK: s.briefing.PRK, CHN: s.briefing.CHN, UNSC: s.briefing.UNSC },
    objectives: { RUS: obj('RUS'), PRK: obj('PRK'), CHN: obj('CHN'), UNSC: obj('UNSC') },
    learningObjectives: [...s.learningObjectives],
    questions: [...s.debrief],
    sources: s.sources.map((x) => ({
      id: x.id,
      label: sourceLabel(x),
      note: x.note,
      approx: x.kind === 'record' && x.approx === true,
    })),
  };
}

/** "doc-p3" → "Source document ¶3"; unknown ids are shown as they are. */
export function sourceLabels(s: Scenario, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const src = s.sources.find((x) => x.id === id);
    return src === undefined ? id : sourceLabel(src);
  });
}

/** The indicators an actor is judged on (its own). */
export function ownedIndicators(actor: ActorId): IndicatorId[] {
  return INDICATORS.filter((i) => INDICATOR_OWNER[i] === actor);
}
