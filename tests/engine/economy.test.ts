import { describe, expect, it } from 'vitest';
import type { Economy, GameState, Need, Priorities, Resource } from '../../src/engine/index.ts';
import { RESOURCES, plannedOutput, resolveTurn } from '../../src/engine/index.ts';
import { testState } from '../fixtures.ts';

const econ: Economy = {
  base: { oil: 0, food: 900, munitions: 500, labour: 0, currency: 50, knowhow: 1 },
  flex: { munitions: 2500, food: 300, labour: 20, homeFood: 100 },
};

describe('planned output by priorities', () => {
  const cases: [string, Priorities, Record<Resource, number>][] = [
    [
      'all guns, all workers abroad',
      { munitions: 100, labourAbroad: 100 },
      { oil: 0, food: 900, munitions: 3000, labour: 20, currency: 50, knowhow: 1 },
    ],
    [
      'all butter, all workers home',
      { munitions: 0, labourAbroad: 0 },
      { oil: 0, food: 1300, munitions: 500, labour: 0, currency: 50, knowhow: 1 },
    ],
    [
      '40% munitions, 30% abroad',
      { munitions: 40, labourAbroad: 30 },
      { oil: 0, food: 1150, munitions: 1500, labour: 6, currency: 50, knowhow: 1 },
    ],
    [
      'rounding down: 33% and 33%',
      { munitions: 33, labourAbroad: 33 },
      { oil: 0, food: 900 + 201 + 67, munitions: 500 + 825, labour: 6, currency: 50, knowhow: 1 },
    ],
  ];
  it.each(cases)('%s', (_n, p, expected) => {
    const out = Object.fromEntries(RESOURCES.map((r) => [r, plannedOutput(econ, p, r)]));
    expect(out).toEqual(expected);
  });

  it("setPriorities applies to this turn's production and persists", () => {
    const s = testState();
    const { state } = resolveTurn(s, [{ kind: 'setPriorities', actor: 'PRK', munitions: 100, labourAbroad: 0 }]);
    expect(state.actors.PRK.priorities).toEqual({ munitions: 100, labourAbroad: 0 });
    // 3000 containers made, none consumed in this fixture.
    expect(state.actors.PRK.stocks.munitions - s.actors.PRK.stocks.munitions).toBe(3000);
  });

  it('a second setPriorities by the same actor in one turn is rejected', () => {
    const { report, state } = resolveTurn(testState(), [
      { kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 10 },
      { kind: 'setPriorities', actor: 'PRK', munitions: 90, labourAbroad: 90 },
    ]);
    expect(report.rejections.map((r) => [r.order, r.reason])).toEqual([[1, 'duplicateOrder']]);
    expect(state.actors.PRK.priorities).toEqual({ munitions: 10, labourAbroad: 10 });
  });
});

describe('needs and shortages', () => {
  function withNeed(need: Need, stock: number): GameState {
    return testState((s) => {
      s.deals = [];
      s.rules = {
        ...s.rules,
        needs: [need],
        economy: {
          ...s.rules.economy,
          PRK: {
            base: { oil: 0, food: 0, munitions: 0, labour: 0, currency: 0, knowhow: 0 },
            flex: { munitions: 0, food: 0, labour: 0, homeFood: 0 },
          },
        },
      };
      s.actors.PRK.stocks.food = stock;
    });
  }
  const need: Need = {
    actor: 'PRK',
    resource: 'food',
    amount: 1400,
    consumed: true,
    indicator: 'prkStability',
    shortfallPoints: 12,
    metPoints: 1,
  };
  // [name, stock, stock after, stability change]
  const cases: [string, number, number, number][] = [
    ['met in full: +1', 2000, 600, 1],
    ['met exactly: +1', 1400, 0, 1],
    ['short by 1: loses 1 (rounded up)', 1399, 0, -1],
    ['short by half: loses 6', 700, 0, -6],
    ['short by 700/1400 + 1: loses ceil(701 × 12 / 1400) = 7', 699, 0, -7],
    ['nothing at all: loses 12', 0, 0, -12],
  ];
  it.each(cases)('%s', (_n, stock, after, delta) => {
    const s = withNeed(need, stock);
    const { state, report } = resolveTurn(s, []);
    expect(state.actors.PRK.stocks.food).toBe(after);
    expect(state.indicators.prkStability - s.indicators.prkStability).toBe(delta);
    const cause = report.changes.find((c) => c.target.kind === 'indicator')!.cause;
    expect(cause.rule).toBe(delta > 0 ? 'needMet' : 'shortage');
  });

  // Workers abroad are people present, not a ration: the need checks the stock, uses none.
  const present: Need = { ...need, consumed: false };
  const presentCases: [string, number, number][] = [
    ['present in full: +1, nobody used up', 2000, 1],
    ['present exactly: +1', 1400, 1],
    ['short by half: loses 6, the stock stays', 700, -6],
  ];
  it.each(presentCases)('a need for workers present, %s', (_n, stock, delta) => {
    const s = withNeed(present, stock);
    const { state } = resolveTurn(s, []);
    expect(state.actors.PRK.stocks.food).toBe(stock);
    expect(state.indicators.prkStability - s.indicators.prkStability).toBe(delta);
  });

  it('the cause of a need-driven change reads a private stock: only its actor sees why', () => {
    const { report } = resolveTurn(withNeed(need, 700), []);
    const c = report.changes.find((x) => x.target.kind === 'indicator');
    expect(c?.visibleTo).toEqual(['PRK']);
  });

  it('indicators stop at 0 and 100, and the report records the clamped change', () => {
    const s = withNeed(need, 0);
    s.indicators.prkStability = 5;
    const { state, report } = resolveTurn(s, []);
    expect(state.indicators.prkStability).toBe(0);
    const c = report.changes.find((x) => x.target.kind === 'indicator')!;
    expect([c.before, c.after]).toEqual([5, 0]);
  });
});

describe('harvest variance', () => {
  it('stays within ±bp of the planned output and depends on the seed', () => {
    const outputs = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const s = testState((x) => {
        x.deals = [];
        x.rules = { ...x.rules, variance: [{ actor: 'PRK', resource: 'food', bp: 1000 }] };
      }, seed);
      const { state } = resolveTurn(s, []);
      const made = state.actors.PRK.stocks.food - s.actors.PRK.stocks.food;
      expect(made).toBeGreaterThanOrEqual(1150 - 115);
      expect(made).toBeLessThanOrEqual(1150 + 115);
      outputs.add(made);
    }
    expect(outputs.size).toBeGreaterThan(20);
  });
});
