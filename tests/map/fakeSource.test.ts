import { describe, expect, it } from 'vitest';
import { createFakeSource, fakeView } from '../../src/map/fakeSource.ts';
import { scenarioPlaces, scenarioRoutes } from './mapFixtures.ts';
import { GOODS } from '../../src/engine/ids.ts';

const opts = { places: scenarioPlaces(), routes: scenarioRoutes(), perTurn: 20, closeEvery: 4 };

describe('the harness fake source', () => {
  it('turn 0 has no shipments; turn n has perTurn, each on an open route that carries its good', () => {
    expect(fakeView(opts, 0).shipments).toEqual([]);
    for (const t of [1, 2, 3, 4, 5]) {
      const v = fakeView(opts, t);
      expect(v.shipments).toHaveLength(20);
      for (const s of v.shipments) {
        const r = v.routes.find((x) => x.id === s.route)!;
        expect(r.open).toBe(true);
        expect(r.capacity[s.resource] ?? 0).toBeGreaterThan(0);
        expect([r.from, r.to].sort()).toEqual([s.fromPlace, s.toPlace].sort());
      }
    }
  });

  it('closes the last route every 4th turn', () => {
    expect(fakeView(opts, 4).routes.map((r) => r.open)).toEqual([true, true, false]);
    expect(fakeView(opts, 5).routes.map((r) => r.open)).toEqual([true, true, true]);
  });

  it('route flows are the sums of the shipments on them', () => {
    const v = fakeView(opts, 3);
    for (const r of v.routes)
      for (const g of GOODS)
        expect(r.flows[g] ?? 0).toBe(
          v.shipments.filter((s) => s.route === r.id && s.resource === g).reduce((a, s) => a + s.amount, 0),
        );
  });

  it('is deterministic and notifies (next, prev) until unsubscribed', () => {
    expect(fakeView(opts, 7)).toEqual(fakeView(opts, 7));
    const src = createFakeSource(opts, 1);
    const seen: Array<[number, number]> = [];
    const off = src.subscribe((next, prev) => seen.push([prev.turn, next.turn]));
    src.advance();
    src.advance();
    off();
    src.advance();
    expect(seen).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(src.getView().turn).toBe(4);
    expect(src.listenerCount()).toBe(0);
  });
});
