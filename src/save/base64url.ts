/**
 * base64url without padding (RFC 4648 §5), the alphabet that survives URLs, chat apps and
 * e-mail unescaped. Decoding refuses any other character and impossible lengths.
 */
import { err, ok, type Result } from '../engine/index.ts';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** The byte at `i` (callers stay in bounds; out of bounds reads as 0). */
function byteAt(b: Uint8Array, i: number): number {
  return b[i] ?? 0;
}

/** The 6-bit value of a character code, or -1 when it is not in the alphabet. */
function sextet(code: number): number {
  return INDEX[code] ?? -1;
}

export function encodeBase64url(b: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (byteAt(b, i) << 16) | (byteAt(b, i + 1) << 8) | byteAt(b, i + 2);
    out +=
      ALPHABET.charAt(n >> 18) +
      ALPHABET.charAt((n >> 12) & 63) +
      ALPHABET.charAt((n >> 6) & 63) +
      ALPHABET.charAt(n & 63);
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = byteAt(b, i) << 16;
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = (byteAt(b, i) << 16) | (byteAt(b, i + 1) << 8);
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63);
  }
  return out;
}

/** Bytes, or the position (0-based) of the first character that cannot be base64url. */
export function decodeBase64url(s: string): Result<Uint8Array, { at: number; reason: string }> {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || sextet(c) < 0) return err({ at: i, reason: `character ${JSON.stringify(s[i])} is not allowed` });
  }
  if (s.length % 4 === 1)
    return err({ at: s.length, reason: 'its length is impossible (a character is missing or extra)' });
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < s.length; i += 4) {
    const n =
      (sextet(s.charCodeAt(i)) << 18) |
      (sextet(s.charCodeAt(i + 1)) << 12) |
      (sextet(s.charCodeAt(i + 2)) << 6) |
      sextet(s.charCodeAt(i + 3));
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = s.length - i;
  if (rest >= 2) {
    const n =
      (sextet(s.charCodeAt(i)) << 18) |
      (sextet(s.charCodeAt(i + 1)) << 12) |
      (rest === 3 ? sextet(s.charCodeAt(i + 2)) << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return ok(out);
}
