/**
 * Bots stay legal in worlds the shipped scenario does not show: random stocks, closed or
 * narrow routes, heavier needs, other caps and bans (including bans on what the bots like to
 * ship), a Panel with more or fewer routes, a council with another draft limit. Whatever the
 * world, a bots-only game issues no order the engine rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Good } from '../../src/engine/index.ts';
import { ACTORS, GOODS, RESOURCES, playTurns } from '../../src/engine/index.ts';
import { botsFor } from '../../src/ai/index.ts';
import { scenarioState } from './world.ts';

interface World {
  seed: number;
  stockPercent: number[];
  routes: { open: boolean; capPercent: number }[];
  needPercent: number;
  capPerYear: number;
  ban: { good: Good; from: 'RUS' | 'CHN' | null } | null;
  panelEnd: number;
  maxRoutes: number;
  maxDrafts: number;
}

const world: fc.Arbitrary<World> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  stockPercent: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }),
  routes: fc.array(fc.record({ open: fc.boolean(), capPercent: fc.integer({ min: 0, max: 200 }) }), {
    minLength: 3,
    maxLength: 3,
  }),
  needPercent: fc.integer({ min: 0, max: 300 }),
  capPerYear: fc.integer({ min: 0, max: 2000 }),
  ban: fc.option(
    fc.record({ good: fc.constantFrom(...GOODS), from: fc.constantFrom('RUS' as const, 'CHN' as const, null) }),
  ),
  panelEnd: fc.integer({ min: 0, max: 12 }),
  maxRoutes: fc.integer({ min: 0, max: 12 }),
  maxDrafts: fc.integer({ min: 0, max: 3 }),
});

function build(w: World): GameState {
  return scenarioState((s) => {
    ACTORS.forEach((a, i) => {
      for (const r of RESOURCES) s.actors[a].stocks[r] = Math.floor((s.actors[a].stocks[r] * w.stockPercent[i]!) / 100);
    });
    s.routes.forEach((r, i) => {
      const x = w.routes[i]!;
      r.open = x.open;
      for (const g of GOODS)
        if (r.capacity[g] !== undefined) r.capacity[g] = Math.floor((r.capacity[g]! * x.capPercent) / 100);
    });
    s.regime.caps[0]!.perYear = w.capPerYear;
    if (w.ban !== null)
      s.regime.bans = [
        ...s.regime.bans,
        {
          id: 'test-ban',
          resource: w.ban.good,
          from: w.ban.from,
          to: 'PRK',
          sources: [],
          fromTurn: 1,
          deadlineTurn: null,
        },
      ];
    s.regime.panel = { ...s.regime.panel, mandateEnd: w.panelEnd, maxRoutes: w.maxRoutes };
    s.rules = {
      ...s.rules,
      needs: s.rules.needs.map((n) => ({ ...n, amount: Math.floor((n.amount * w.needPercent) / 100) })),
      council: { ...s.rules.council, maxDraftsPerTurn: w.maxDrafts },
    };
  }, w.seed);
}

describe('bots in perturbed worlds', () => {
  it('never issue an order the engine rejects', () => {
    fc.assert(
      fc.property(world, (w) => {
        const r = playTurns(build(w), 12, botsFor());
        const rejected = r.turns.flatMap((t) =>
          t.report.rejections.map((x) => `turn ${t.report.turn} ${x.actor} ${x.reason}: ${x.message}`),
        );
        expect(rejected).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
