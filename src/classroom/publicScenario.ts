/**
 * The scenario as a client of the class server reads it: the public projection every screen
 * uses (src/scenario/publicScenario.ts), plus the reader's own actor and private briefing; the
 * instructor alone also gets the whole scenario (for the console's deck and notes). Never
 * another actor's briefing or objectives.
 */
import type { ActorId } from '../engine/index.ts';
import type { PublicScenario, Scenario } from '../scenario/index.ts';
import { publicScenario } from '../scenario/index.ts';

export interface ClassScenario extends PublicScenario {
  /** The reader's own actor; null for the instructor and for a student without a seat yet. */
  actor: ActorId | null;
  /** That actor's private briefing, or null. */
  briefing: string | null;
  /** The whole scenario, for the instructor only (null for every student). */
  full: Scenario | null;
}

export function classScenario(s: Scenario, reader: ActorId | null | 'instructor'): ClassScenario {
  const actor = reader === 'instructor' ? null : reader;
  return {
    ...publicScenario(s),
    actor,
    briefing: actor === null ? null : s.briefing[actor],
    full: reader === 'instructor' ? s : null,
  };
}
