import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { resolveTurn } from '../../src/engine/index.ts';
import { testState } from '../fixtures.ts';

function fromChinaAndRussia(
  chinaFood: number,
  russiaFood: number,
  influence: number,
): { before: GameState; after: GameState } {
  const before = testState((s) => {
    s.deals = [];
    s.indicators.chnInfluence = influence;
  });
  const orders: Order[] = [];
  if (chinaFood > 0)
    orders.push({
      kind: 'ship',
      actor: 'CHN',
      to: 'PRK',
      resource: 'food',
      amount: chinaFood,
      route: 'dandong-sinuiju',
      mode: 'declared',
    });
  if (russiaFood > 0)
    orders.push({
      kind: 'ship',
      actor: 'RUS',
      to: 'PRK',
      resource: 'food',
      amount: russiaFood,
      route: 'khasan-tumangang',
      mode: 'declared',
    });
  return { before, after: resolveTurn(before, orders).state };
}

describe("China's influence follows its share of North Korea's imports", () => {
  // [name, china food, russia food, influence before, influence after]
  const cases: [string, number, number, number, number][] = [
    ['all from China, influence 75: +3 (capped)', 100, 0, 75, 78],
    ['all from China, influence 98: +0 (trunc(2/5))', 100, 0, 98, 98],
    ['half and half, influence 75: −3 (capped)', 100, 100, 75, 72],
    ['75% from China, influence 70: +1', 300, 100, 70, 71],
    ['no imports at all: unchanged', 0, 0, 75, 75],
  ];
  it.each(cases)('%s', (_n, c, r, inf, expected) => {
    expect(fromChinaAndRussia(c, r, inf).after.indicators.chnInfluence).toBe(expected);
  });

  it('trade totals accumulate by sender and receiver in USD thousands', () => {
    const { after } = fromChinaAndRussia(100, 10, 75);
    expect(after.trade).toEqual({ 'CHN>PRK': 100 * 450, 'RUS>PRK': 10 * 450 });
  });
});

describe("the border drifts toward the regime's stability", () => {
  const cases: [string, number, number, number][] = [
    ['stability 30, border 60: −3 (capped)', 30, 60, 57],
    ['stability 55, border 60: −1', 55, 60, 59],
    ['stability 58, border 60: 0', 58, 60, 60],
    ['stability 80, border 60: +3 (capped)', 80, 60, 63],
  ];
  it.each(cases)('%s', (_n, stab, border, expected) => {
    const s = testState((x) => {
      x.deals = [];
      x.indicators.prkStability = stab;
      x.indicators.chnBorderStability = border;
    });
    expect(resolveTurn(s, []).state.indicators.chnBorderStability).toBe(expected);
  });
});
