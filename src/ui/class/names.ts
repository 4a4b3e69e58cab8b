/**
 * Display names and short labels of the class pages (fixed English), and whole numbers with
 * thin groups of three ("12 345", the same in every locale). The single-device screens word
 * these through the message catalogue (src/ui/i18n); the class pages keep their own until
 * their panels move onto the catalogue too.
 */
import type { ActorId, Resource } from '../../engine/index.ts';
import { UNITS } from '../../engine/index.ts';

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
};

export function unitOf(r: Resource): string {
  return UNITS[r];
}

export function actorLabel(a: string): string {
  return (ACTOR_LABEL as Record<string, string>)[a] ?? a;
}

/** Whole numbers with thin groups of three ("12 345"), the same in every locale. */
export function fmt(n: number): string {
  const neg = n < 0;
  const s = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += '\u202f';
    out += s[i];
  }
  return neg ? `−${out}` : out;
}
