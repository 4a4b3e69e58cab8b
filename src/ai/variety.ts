/**
 * Deterministic variety for the bots, derived from what the actor sees (never from the game's
 * random generator, which the bots must not advance or read): FNV-1a over the view's numbers.
 * The same view always gives the same draw, so the same state gives the same orders, while
 * games that have diverged (harvests, detections, events) draw differently.
 */
import { ACTORS, INDICATORS, RESOURCES } from '../engine/index.ts';
import type { ActorView } from './view.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixInt(h: number, x: number): number {
  // Feed the four bytes of a 32-bit slice; quantities fit in safe integers, so fold the high part.
  let y = (x | 0) ^ Math.floor(x / 0x1_0000_0000);
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (y & 0xff), FNV_PRIME);
    y >>>= 8;
  }
  return h;
}

function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A draw in [0, 10,000) for the actor's decision `salt` this turn. */
export function draw(v: ActorView, salt: string): number {
  let h = mixString(FNV_OFFSET, v.actor);
  h = mixString(h, salt);
  h = mixInt(h, v.turn);
  for (const r of RESOURCES) h = mixInt(h, v.own.stocks[r]);
  for (const i of INDICATORS) h = mixInt(h, v.indicators[i]);
  for (const a of ACTORS) h = mixInt(h, v.relations[a] ?? 0);
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
