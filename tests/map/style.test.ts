import { describe, expect, it } from 'vitest';
import { arrivalSlot, markerRadius, routeStyle, routeWeight, GOOD_SHAPE, GOOD_COLOUR } from '../../src/map/style.ts';
import { ROUTE_KINDS, GOODS } from '../../src/engine/ids.ts';
import { scenarioRoutes, ship } from './mapFixtures.ts';

const routes = scenarioRoutes();
const route = (id: string) => routes.find((r) => r.id === id)!;

describe('route weight from capacity (mean share of the largest capacity per good)', () => {
  it.each([
    // oil 300/500, food 400/1000, munitions 4000/4000, labour 10/10 → mean 0.75 → 2 + 4.5
    ['khasan-tumangang', 6.5],
    // 500/500, 500/1000, 3000/4000, 5/10 → 0.6875 → 6.125
    ['vladivostok-rajin', 6.1],
    // 500/500, 1000/1000, 500/4000, 10/10 → 0.78125 → 6.6875
    ['dandong-sinuiju', 6.7],
  ])('%s → %d px', (id, w) => expect(routeWeight(route(id), routes)).toBe(w));

  it('a route carrying nothing is the thinnest line', () => {
    expect(routeWeight({ ...route('dandong-sinuiju'), capacity: {} }, routes)).toBe(2);
  });
});

describe('marker radius from quantity (area ∝ share of the route capacity)', () => {
  it.each([
    [4000, 'munitions', 15],
    [1000, 'munitions', 10.5],
    [0, 'munitions', 6],
    [9000, 'munitions', 15],
    [100, 'oil', 11.2],
  ] as const)('%d %s on the Khasan–Tumangang rail → %d px', (amount, resource, r) => {
    expect(markerRadius(ship('k', { amount, resource }), route('khasan-tumangang'))).toBe(r);
  });
  it('without a known route capacity, the largest marker', () => {
    expect(markerRadius(ship('k'), undefined)).toBe(15);
  });
});

describe('arrival slots queue markers back from the destination in two lanes', () => {
  it.each([
    [0, 1, 100, { t: 1, lane: 0 }],
    [0, 3, 100, { t: 1, lane: -5 }],
    [1, 3, 100, { t: 1, lane: 5 }],
    [2, 3, 100, { t: 0.86, lane: -5 }],
    [2, 3, 40, { t: 0.82, lane: -5 }],
    [9, 10, 40, { t: 0.35, lane: 5 }],
  ])('slot %d of %d on a %d px route', (k, n, len, slot) => {
    const s = arrivalSlot(k, n, len);
    expect({ t: Math.round(s.t * 100) / 100, lane: s.lane }).toEqual(slot);
  });
});

describe('colour-blind safety: every colour distinction also has a shape or pattern', () => {
  it('goods have distinct shapes and colours', () => {
    expect(new Set(GOODS.map((g) => GOOD_SHAPE[g])).size).toBe(GOODS.length);
    expect(new Set(GOODS.map((g) => GOOD_COLOUR[g])).size).toBe(GOODS.length);
  });
  it('route kinds differ by pattern, not only colour', () => {
    const patterns = ROUTE_KINDS.map((k) => {
      const s = routeStyle(k);
      return `${s.dash.join(',')}|${s.ties}|${s.brackets}`;
    });
    // road and bridge share a solid line but differ in colour and the bridge brackets
    expect(new Set(patterns).size).toBe(ROUTE_KINDS.length);
  });
});
