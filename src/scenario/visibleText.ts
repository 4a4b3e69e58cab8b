/**
 * Text a person reads (titles, names, briefings) must show something: a minimum length is met
 * by spaces or by characters that display as nothing (zero-width spaces, bidi controls, soft
 * hyphens, variation selectors), and such a "title" looks empty on screen. `VisibleText`
 * requires at least one character that is none of those.
 */
import { z } from 'zod';

/** White space, controls, format characters, lone surrogates, separators, and every other
 * character Unicode says a renderer may show as nothing. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

export const NOT_VISIBLE = 'must contain visible text (not only spaces or invisible characters)';

export function hasVisibleText(s: string): boolean {
  return s.replace(INVISIBLE, '').length > 0;
}

/** A string of 1 to `max` characters, at least one of them visible. */
export function VisibleText(max: number) {
  return z.string().min(1).max(max).refine(hasVisibleText, NOT_VISIBLE);
}
