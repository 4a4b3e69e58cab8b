/**
 * Deterministic variety for the bots, derived from what the actor sees (never from the game's
 * random generator, which the bots must not advance or read): FNV-1a over the view's numbers.
 * The same view always gives the same draw, so the same state gives the same orders, while
 * games that have diverged (harvests, detections, events) draw differently.
 */
import type { ActorView } from './view.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function mixInt(h: number, x: number): number {
  // Feed the four bytes of a 32-bit slice; quantities fit in safe integers, so fold the high part
  // (zero for the usual small non-negative numbers: the fast path gives the same slice).
  const y = x >= 0 && x <= 0x7fff_ffff ? x : (x | 0) ^ Math.floor(x / 0x1_0000_0000);
  h = Math.imul(h ^ (y & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((y >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((y >>> 16) & 0xff), FNV_PRIME);
  return Math.imul(h ^ (y >>> 24), FNV_PRIME);
}

export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A draw in [0, 10,000) for the actor's decision `salt` this turn. */
export function draw(v: ActorView, salt: string): number {
  let h = mixString(FNV_OFFSET, v.actor);
  h = mixString(h, salt);
  h = mixInt(h, v.turn);
  // Stocks in RESOURCES order, indicators in INDICATORS order, relations in ACTORS order, each
  // field read by its name (a read under a variable name was most of a draw's time; a test
  // checks the lists against the tuples).
  const st = v.own.stocks;
  h = mixInt(mixInt(mixInt(h, st.oil), st.food), st.munitions);
  h = mixInt(mixInt(mixInt(h, st.labour), st.currency), st.knowhow);
  const ind = v.indicators;
  h = mixInt(mixInt(mixInt(h, ind.prkStability), ind.prkProgramme), ind.rusWarEffort);
  h = mixInt(mixInt(mixInt(h, ind.rusReputation), ind.chnInfluence), ind.chnBorderStability);
  h = mixInt(mixInt(mixInt(h, ind.chnStanding), ind.unscSanctionsIntegrity), ind.unscAuthority);
  const rel = v.relations;
  h = mixInt(mixInt(mixInt(mixInt(h, rel.RUS ?? 0), rel.PRK ?? 0), rel.CHN ?? 0), rel.UNSC ?? 0);
  h = mixInt(h, v.council.evidence.length);
  h = mixInt(h, v.council.decisions.length);
  for (const d of v.deals) h = mixString(h, d.id);
  return (h >>> 0) % 10_000;
}

/** `base` moved by up to ±spread percent, by the draw for `salt`. */
export function jitter(v: ActorView, salt: string, base: number, spread: number): number {
  const d = draw(v, salt) % (2 * spread + 1);
  return base + d - spread;
}
