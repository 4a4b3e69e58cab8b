/**
 * Deterministic variety for the bots, derived from what the actor sees (never from the game's
 * random generator, which the bots must not advance or read): FNV-1a over the view's numbers.
 * The same view always gives the same draw, so the same state gives the same orders, while
 * games that have diverged (harvests, detections, events) draw differently.
 */
import type { ActorId, IndicatorId, Resource } from '../engine/index.ts';
import { ACTORS, INDICATORS, RESOURCES } from '../engine/index.ts';
import type { ActorView } from './view.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixInt(h: number, x: number): number {
  // Feed the four bytes of a 32-bit slice; quantities fit in safe integers, so fold the high part
  // (zero for the usual small non-negative numbers: the fast path gives the same slice).
  const y = x >= 0 && x <= 0x7fff_ffff ? x : (x | 0) ^ Math.floor(x / 0x1_0000_0000);
  h = Math.imul(h ^ (y & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((y >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((y >>> 16) & 0xff), FNV_PRIME);
  return Math.imul(h ^ (y >>> 24), FNV_PRIME);
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
  const stocks = v.own.stocks;
  for (let k = 0; k < RESOURCES.length; k++) h = mixInt(h, stocks[RESOURCES[k] as Resource]);
  const ind = v.indicators;
  for (let k = 0; k < INDICATORS.length; k++) h = mixInt(h, ind[INDICATORS[k] as IndicatorId]);
  const rel = v.relations;
  for (let k = 0; k < ACTORS.length; k++) h = mixInt(h, rel[ACTORS[k] as ActorId] ?? 0);
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
