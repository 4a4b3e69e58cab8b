/**
 * The bots' draw reads the view's numbers field by field for speed: it must hash exactly what
 * the loops over RESOURCES, INDICATORS and ACTORS hashed (the reference below), or every bot
 * decision that draws would change.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, INDICATORS, RESOURCES, playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import type { ActorView } from '../../src/ai/index.ts';
import { botsFor, viewFor } from '../../src/ai/index.ts';
import { draw } from '../../src/ai/variety.ts';
import { loadScenario } from '../fixtures.ts';

const P = 0x01000193;
function mixInt(h: number, x: number): number {
  const y = x >= 0 && x <= 0x7fff_ffff ? x : (x | 0) ^ Math.floor(x / 0x1_0000_0000);
  h = Math.imul(h ^ (y & 0xff), P);
  h = Math.imul(h ^ ((y >>> 8) & 0xff), P);
  h = Math.imul(h ^ ((y >>> 16) & 0xff), P);
  return Math.imul(h ^ (y >>> 24), P);
}
function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), P);
  return h;
}
function referenceDraw(v: ActorView, salt: string): number {
  let h = mixString(mixString(0x811c9dc5, v.actor), salt);
  h = mixInt(h, v.turn);
  for (const r of RESOURCES) h = mixInt(h, v.own.stocks[r]);
  for (const i of INDICATORS) h = mixInt(h, v.indicators[i]);
  for (const a of ACTORS) h = mixInt(h, v.relations[a] ?? 0);
  h = mixInt(h, v.council.evidence.length);
  h = mixInt(h, v.council.decisions.length);
  for (const d of v.deals) h = mixString(h, d.id);
  return (h >>> 0) % 10_000;
}

describe('draw', () => {
  it.each(['summit-2023', 'pandemic-2020', 'visit-2000'])('hashes the fields in the tuples’ order (%s)', (id) => {
    for (const seed of [1, 2, 3]) {
      for (let turns = 0; turns < 8; turns++) {
        const s = playTurns(initialState(loadScenario(id), seed), turns, botsFor()).state;
        for (const a of ACTORS) {
          const v = viewFor(s, a);
          for (const salt of ['launch', 'aid', 'x']) expect(draw(v, salt)).toBe(referenceDraw(v, salt));
        }
      }
    }
  });
});
