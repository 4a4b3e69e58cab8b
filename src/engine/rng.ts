/**
 * The game's random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator),
 * 32-bit integer arithmetic only, so every JavaScript engine produces the same sequence.
 * Its whole state is four uint32 words kept in the game state; functions here advance the
 * array they are given in place, so callers pass the working copy, never a published state.
 */

export type RngState = [number, number, number, number];

/** Expand a non-negative safe-integer seed into a warmed-up generator state. */
export function seedRng(seed: number): RngState {
  // splitmix32 over the low and high halves, so seeds above 2^32 still differ.
  let x = (seed >>> 0) ^ Math.imul(Math.floor(seed / 0x100000000) >>> 0, 0x9e3779b9);
  const next = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextU32(s);
  return s;
}

export function nextU32(s: RngState): number {
  let [a, b, c, d] = s;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a >>> 0;
  s[1] = b >>> 0;
  s[2] = c >>> 0;
  s[3] = d >>> 0;
  return t >>> 0;
}

/** Uniform integer in [0, n) for 1 <= n <= 2^32, without modulo bias (rejection sampling). */
export function randomBelow(s: RngState, n: number): number {
  if (n <= 1) return 0;
  const limit = 0x100000000 - (0x100000000 % n);
  for (;;) {
    const r = nextU32(s);
    if (r < limit) return r % n;
  }
}

/** True with probability bp / 10,000 (basis points). Always draws once, so the stream of
 * draws does not depend on the odds (a change of odds never shifts later draws). */
export function rollBasisPoints(s: RngState, bp: number): boolean {
  const r = randomBelow(s, 10_000);
  return r < bp;
}

/**
 * The covert stream: detection and seizure rolls for covert transfers. It has no position to
 * advance: each roll is a keyed hash of the game's secret key and the roll's identity (turn,
 * purpose, sender, receiver, good, route, and how many such transfers came before it this
 * turn). So one actor's covert orders never shift a draw that another actor can observe, not
 * the public stream's (harvests, the event deck) and not another pair's detection rolls.
 */
export type StreamKey = [number, number];

/** Purposes of a roll in the covert stream (the second word of its name), one list so that no
 * two rules name their rolls alike: a transfer's detection and seizure, a launch's and a
 * nuclear test's success. */
export const ROLL_DETECT = 0;
export const ROLL_SEIZE = 1;
export const ROLL_LAUNCH = 2;
export const ROLL_TEST = 3;

/** The secret key of a game's covert stream, from its seed (independent of seedRng's words). */
export function seedKey(seed: number): StreamKey {
  let x = (seed >>> 0) ^ 0x5bd1e995 ^ Math.imul(Math.floor(seed / 0x100000000) >>> 0, 0x27d4eb2d);
  const next = (): number => {
    x = (x + 0x6d2b79f5) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  return [next(), next()];
}

function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A uint32 that depends only on the key and the words (each a safe integer). */
export function keyedU32(key: StreamKey, words: readonly number[]): number {
  let h = key[0] >>> 0;
  for (const w of words) {
    h = Math.imul(h ^ (w >>> 0), 0xcc9e2d51);
    h = ((h << 15) | (h >>> 17)) >>> 0;
    h = Math.imul(h ^ (Math.floor(w / 0x100000000) >>> 0), 0x1b873593);
    h = (((h << 13) | (h >>> 19)) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ key[1] ^ words.length);
}

/** True with probability bp / 10,000 for the roll named by `words` (no modulo bias: a draw in
 * the biased tail is redrawn with an attempt counter appended). */
export function keyedBasisPoints(key: StreamKey, words: readonly number[], bp: number): boolean {
  const limit = 0x100000000 - (0x100000000 % 10_000);
  for (let attempt = 0; ; attempt++) {
    const r = keyedU32(key, attempt === 0 ? words : [...words, attempt]);
    if (r < limit) return r % 10_000 < bp;
  }
}
