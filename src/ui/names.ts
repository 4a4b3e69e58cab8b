/** Display names and short labels used across the panels (fixed English). */
import type { ActorId, Resource, Viewer } from '../engine/index.ts';
import { UNITS } from '../engine/index.ts';

export const ACTOR_LABEL: Readonly<Record<ActorId, string>> = {
  RUS: 'Russia',
  PRK: 'North Korea',
  CHN: 'China',
  UNSC: 'UN Security Council',
};

export const RESOURCE_LABEL: Readonly<Record<Resource, string>> = {
  oil: 'Oil',
  food: 'Food',
  munitions: 'Munitions',
  labour: 'Labour',
  currency: 'Hard currency',
  knowhow: 'Know-how',
};

export function unitOf(r: Resource): string {
  return UNITS[r];
}

export function actorLabel(a: string): string {
  return (ACTOR_LABEL as Record<string, string>)[a] ?? a;
}

/** "Russia", "everyone" (the public) or "the instructor". */
export function viewerLabel(v: Viewer): string {
  if (v === 'public') return 'everyone';
  if (v === 'instructor') return 'the instructor';
  return ACTOR_LABEL[v];
}
