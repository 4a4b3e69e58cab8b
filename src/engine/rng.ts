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
