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
import { draw, mixInt, mixString } from '../../src/ai/variety.ts';
import { loadScenario } from '../fixtures.ts';

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
