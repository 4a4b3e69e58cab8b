/**
 * INTEGRATION POINT for the `council` branch: the scenario's teaching material (difficulty,
 * briefing, debrief questions, sources, historical run). The current scenario schema has none
 * of these fields, so this module derives what it can from the scenario and falls back to
 * defaults that are true for every scenario. When the council branch adds fields to the
 * schema, read them here (one place) and every panel picks them up.
 */
import { INDICATORS, INDICATOR_OWNER } from '../engine/ids.ts';
import type { ActorId, IndicatorId } from '../engine/ids.ts';
import type { Scenario } from '../scenario/index.ts';

export interface Source {
  label: string;
  /** What the source supports, in a sentence. */
  note: string;
}

/** A historical trajectory of an indicator, one value per turn end (index 0 = after turn 1). */
export type HistoricalRun = Partial<Record<IndicatorId, readonly number[]>>;

export interface ScenarioExtras {
  difficulty: string;
  /** Paragraphs of briefing text (inserted as text). */
  briefing: string[];
  /** Per-actor one-line role for the setup screen. */
  roles: Record<ActorId, string>;
  questions: string[];
  sources: Source[];
  historical: HistoricalRun | null;
}

const ROLES: Record<ActorId, string> = {
  RUS: 'Needs munitions and workers for its war; has oil and food to spare; holds a veto.',
  PRK: 'Needs food, fuel and hard currency to keep the regime stable; sells munitions and labour.',
  CHN: "Carries most of North Korea's trade; wants a calm border, influence and standing with the West.",
  UNSC: 'Wants sanctions that hold, a slower weapons programme and a Panel of Experts that can see.',
};

const QUESTIONS = [
  'Which route carried the most covert cargo, and why was it hard to stop?',
  "When did North Korea's stability fall, and which shortage caused it?",
  'How did the share of trade China supplied change its influence over Pyongyang?',
  'Where did your game diverge from what really happened, and what would have changed history?',
  'Was any order always the right one? If so, what would make the choice harder?',
];

const SOURCES: Source[] = [
  { label: 'Source document ¶1', note: "China's share of North Korea's trade (more than 90%) and Russia's growing influence." },
  { label: 'Source document ¶3', note: 'Refined petroleum beyond the UN cap; rail service restarted in 2022.' },
  { label: 'Source document ¶5', note: 'At least 10,000 shipping containers of munitions sent to Russia (Seoul).' },
  { label: 'Source document ¶6', note: '20,000–50,000 North Korean labourers discussed, against the UN repatriation mandate.' },
  { label: 'Source document ¶8', note: "Russia's veto of the Panel of Experts' renewal (March 2024)." },
  { label: 'UNSC resolution 2397 (2017)', note: 'Refined-petroleum cap of 500,000 barrels a year; workers abroad to be repatriated.' },
];

/** Difficulty is not in the schema yet: rate by length until the scenario says. */
function difficultyOf(s: Scenario): string {
  const declared = (s as { difficulty?: unknown }).difficulty;
  if (typeof declared === 'string' && declared.length > 0 && declared.length <= 40) return declared;
  if (s.turns <= 8) return 'Introductory';
  if (s.turns <= 16) return 'Standard';
  return 'Long';
}

export function scenarioExtras(s: Scenario): ScenarioExtras {
  const routes = s.routes.map((r) => r.name).join('; ');
  return {
    difficulty: difficultyOf(s),
    briefing: [
      s.summary,
      `Routes on the map: ${routes || 'none'}. Each carries a limited amount of each good per turn; covert cargo risks detection.`,
      'Orders are given by every actor at once and resolved together. Each turn report says what changed and why.',
    ],
    roles: ROLES,
    questions: QUESTIONS,
    sources: SOURCES,
    historical: null,
  };
}

/** The indicators an actor is judged on (its own). */
export function ownedIndicators(actor: ActorId): IndicatorId[] {
  return INDICATORS.filter((i) => INDICATOR_OWNER[i] === actor);
}

