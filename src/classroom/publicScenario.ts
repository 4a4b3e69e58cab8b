/**
 * The scenario as a student reads it in class: its public parts and the briefing of the
 * student's own actor, nothing else. Left out: the other actors' briefings, every actor's
 * starting stocks, economy and needs (the state view shows a student its own), the objectives
 * (the state view's rules carry the student's own), the initial deals (some are covert), the
 * historical script and the calibration notes. The instructor reads the whole scenario.
 */
import type { ActorId } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';

export interface PublicScenario {
  id: string;
  title: string;
  summary: string;
  start: Scenario['start'];
  turnLength: Scenario['turnLength'];
  turns: number;
  places: Scenario['places'];
  routes: Scenario['routes'];
  /** Read to the whole class. */
  classBriefing: string;
  /** The reader's own actor and its briefing; null for a student without a seat yet. */
  actor: ActorId | null;
  briefing: string | null;
  learningObjectives: string[];
  sources: Scenario['sources'];
  /** The whole scenario, for the instructor only (null for every student). */
  full: Scenario | null;
}

export function publicScenario(s: Scenario, reader: ActorId | null | 'instructor'): PublicScenario {
  const actor = reader === 'instructor' ? null : reader;
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    start: s.start,
    turnLength: s.turnLength,
    turns: s.turns,
    places: s.places,
    routes: s.routes,
    classBriefing: s.briefing.class,
    actor,
    briefing: actor === null ? null : s.briefing[actor],
    learningObjectives: s.learningObjectives,
    sources: s.sources,
    full: reader === 'instructor' ? s : null,
  };
}
