/**
 * Join codes: six characters from 29 that cannot be mistaken for each other when read aloud or
 * off a projector (no 0/O, 1/I/L, U/V), about 595 million codes. The server draws them from a
 * cryptographic source and limits wrong guesses per address, so a code cannot be found by
 * trying. Shown as "ABC-DEF"; typed in any case, with or without the dash or spaces.
 */
import type { Result } from '../engine/index.ts';
import { err, ok } from '../engine/index.ts';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const CODE_LENGTH = 6;

const VALID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code from random bytes (one byte per character; bytes past the largest multiple of the
 * alphabet's size are skipped so every character is equally likely). Null when the bytes ran out. */
export function codeFromBytes(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let out = '';
  for (const b of bytes) {
    if (b >= limit) continue;
    out += CODE_ALPHABET[b % CODE_ALPHABET.length];
    if (out.length === CODE_LENGTH) return out;
  }
  return null;
}

/** What a person typed → the canonical code, or why it is not one. */
export function normalizeCode(typed: string): Result<string, string> {
  const s = typed.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== CODE_LENGTH) return err(`A class code has ${CODE_LENGTH} letters and digits, like ABC-DEF.`);
  if (!VALID.test(s)) return err('That is not a class code: check the letters and digits with your instructor.');
  return ok(s);
}

export function isCode(s: string): boolean {
  return VALID.test(s);
}

/** "ABCDEF" → "ABC-DEF" */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
