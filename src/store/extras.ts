/**
 * The scenario's teaching material, read from the scenario file (one place, so every panel
 * shows the same): the public parts (class briefing, learning objectives, debrief questions and
 * sources, from the scenario's public projection) and each actor's own briefing and objectives.
 * All text is the author's and is inserted as text, never HTML.
 */
import { INDICATORS, INDICATOR_OWNER } from '../engine/index.ts';
import type { ActorId, IndicatorId } from '../engine/index.ts';
import type { Objective } from '../engine/index.ts';
import type { Scenario, Source } from '../scenario/index.ts';
import { objectives, publicScenario } from '../scenario/index.ts';

export interface ScenarioExtras {
  /** Read to the whole class before play. */
  classBriefing: string;
  /** Each actor's private briefing: shown only to that actor's player. */
  briefings: Record<ActorId, string>;
  objectives: Record<ActorId, Objective[]>;
  learningObjectives: readonly string[];
  questions: readonly string[];
  sources: readonly Source[];
}

export function scenarioExtras(s: Scenario): ScenarioExtras {
  const all = objectives(s);
  const obj = (a: ActorId): Objective[] => all[a];
  const p = publicScenario(s);
  return {
    classBriefing: p.classBriefing,
    briefings: { RUS: s.briefing.RUS, PRK: s.briefing.PRK, CHN: s.briefing.CHN, UNSC: s.briefing.UNSC },
    objectives: { RUS: obj('RUS'), PRK: obj('PRK'), CHN: obj('CHN'), UNSC: obj('UNSC') },
    learningObjectives: p.learningObjectives,
    questions: p.questions,
    sources: p.sources,
  };
}

/** The indicators an actor is judged on (its own). */
export function ownedIndicators(actor: ActorId): IndicatorId[] {
  return INDICATORS.filter((i) => INDICATOR_OWNER[i] === actor);
}
