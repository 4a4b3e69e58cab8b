/**
 * Launches and tests can fail (engine 0.5.0). A launch works with odds launchSuccessBp, a
 * nuclear test with nuclearSuccessBp, each plus knowHowSuccessBp for every package of know-how
 * it puts to use. A failure teaches the programme nothing (not even the know-how's points) and
 * costs all the same: currency, relations, evidence, and the know-how is spent. The roll is
 * named by (turn, purpose) in the covert stream, so nothing else anyone orders moves it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, GameState, Order } from '../../src/engine/index.ts';
import { resolveTurn, weighedEvidence } from '../../src/engine/index.ts';
import { quietState } from './councilWorld.ts';

function world(design: Partial<Design>, knowhow = 0, seed = 7): GameState {
  return quietState((x) => {
    x.deals = [];
    x.regime.panel.mandateEnd = 0;
    x.rules = { ...x.rules, design: { ...x.rules.design, ...design } };
    x.actors.PRK.stocks.knowhow = knowhow;
  }, seed);
}

function outcome(s: GameState, orders: Order[]) {
  const r = resolveTurn(s, orders);
  return {
    programme: r.state.indicators.prkProgramme - s.indicators.prkProgramme,
    // PRK makes 50 currency a turn in this world.
    currency: r.state.actors.PRK.stocks.currency - s.actors.PRK.stocks.currency - 50,
    china: r.state.relations['PRK-CHN'] - s.relations['PRK-CHN'],
    knowhow: r.state.actors.PRK.stocks.knowhow - s.actors.PRK.stocks.knowhow,
    weighed: weighedEvidence(r.state, r.state.turn - 1).launches,
    notes: r.report.notes.map((n) => [n.kind, n.numbers, n.visibleTo]),
  };
}

const LAUNCH: Order[] = [{ kind: 'launch', actor: 'PRK' }];
const TEST: Order[] = [{ kind: 'nuclearTest', actor: 'PRK' }];

describe('a launch or a test that fails', () => {
  it('a launch at odds 0 fails: no programme, the costs paid, the failure public', () => {
    expect(outcome(world({ launchSuccessBp: 0 }), LAUNCH)).toEqual({
      programme: 0,
      currency: -10,
      china: -2,
      knowhow: 0,
      weighed: 1,
      notes: [['launch', { failed: 1 }, 'all']],
    });
  });

  it('with know-how in stock the failure spends it for nothing, and only North Korea hears of it', () => {
    expect(outcome(world({ launchSuccessBp: 0, knowHowSuccessBp: 0 }, 2), LAUNCH)).toEqual({
      programme: 0,
      currency: -10,
      china: -2,
      knowhow: -1,
      weighed: 1,
      notes: [
        ['launch', { failed: 1 }, 'all'],
        ['knowHowUsed', { points: 0, odds: 0 }, ['PRK']],
      ],
    });
  });

  it('know-how can make the launch sure: odds 0 + 1 package × 10,000', () => {
    expect(outcome(world({ launchSuccessBp: 0, knowHowSuccessBp: 10_000 }, 1), LAUNCH)).toEqual({
      programme: 5,
      currency: -10,
      china: -2,
      knowhow: -1,
      weighed: 1,
      notes: [
        ['launch', { failed: 0 }, 'all'],
        ['knowHowUsed', { points: 3, odds: 10_000 }, ['PRK']],
      ],
    });
  });

  it('a nuclear test at odds 0 fizzles: no programme, evidence of five launches, 30 spent', () => {
    expect(outcome(world({ nuclearSuccessBp: 0 }), TEST)).toEqual({
      programme: 0,
      currency: -30,
      china: -10,
      knowhow: 0,
      weighed: 5,
      notes: [['nuclearTest', { failed: 1 }, 'all']],
    });
  });
});

describe('the odds', () => {
  /** Of seeds 1..n, how many see this turn's launch work. */
  function worked(design: Partial<Design>, knowhow: number, n: number): number {
    let k = 0;
    for (let seed = 1; seed <= n; seed++) {
      const r = resolveTurn(world(design, knowhow, seed), LAUNCH);
      if (r.report.notes.some((x) => x.kind === 'launch' && x.numbers?.failed === 0)) k++;
    }
    return k;
  }

  // Expected 260 and 340 of 400 (standard deviation about 10 and 7); the pins are what the dice gave.
  it('launches work about as often as the odds say (seeds 1–400, pinned)', () => {
    expect(worked({ launchSuccessBp: 6500 }, 0, 400)).toBe(269);
    // A package of know-how at +2,000 lifts 65% to 85%.
    expect(worked({ launchSuccessBp: 6500, knowHowSuccessBp: 2000 }, 1, 400)).toBe(351);
  });

  it('the roll belongs to the turn: other actors’ orders, open or covert, never move it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<Order[]>(
          [
            {
              kind: 'ship',
              actor: 'RUS',
              to: 'PRK',
              resource: 'oil',
              amount: 10,
              mode: 'covert',
              route: 'vladivostok-rajin',
            },
          ],
          [
            {
              kind: 'ship',
              actor: 'CHN',
              to: 'PRK',
              resource: 'food',
              amount: 20,
              mode: 'declared',
              route: 'dandong-sinuiju',
            },
          ],
          [{ kind: 'holdFuel', actor: 'CHN' }],
        ),
        (seed, others) => {
          const s = world({ launchSuccessBp: 5000 }, 0, seed);
          const alone = resolveTurn(s, LAUNCH).report.notes.find((n) => n.kind === 'launch');
          const crowded = resolveTurn(s, [...others, ...LAUNCH]).report.notes.find((n) => n.kind === 'launch');
          expect(crowded?.numbers).toEqual(alone?.numbers);
        },
      ),
      { numRuns: 60, seed: 5 },
    );
  });
});
