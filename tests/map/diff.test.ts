import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffViews } from '../../src/map/diff.ts';
import { scenarioRoutes, ship, view } from './mapFixtures.ts';
import type { MapView } from '../../src/store/index.ts';

const keys = (d: ReturnType<typeof diffViews>) => ({
  add: d.add.map((s) => s.key),
  move: d.move.map((s) => s.key),
  remove: d.remove,
  flash: d.flash,
  travel: d.travel,
  routesChanged: d.routesChanged,
  placesChanged: d.placesChanged,
});

describe('diffViews: previous → next view', () => {
  const closed = scenarioRoutes().map((r) => (r.id === 'dandong-sinuiju' ? { ...r, open: false } : r));
  const cases: Array<[string, MapView | null, MapView, ReturnType<typeof keys>]> = [
    [
      'first view: everything is new, nothing travels',
      null,
      view(3, [ship('3:0')]),
      { add: ['3:0'], move: [], remove: [], flash: [], travel: false, routesChanged: true, placesChanged: true },
    ],
    [
      'same view: nothing',
      view(1, [ship('1:0')]),
      view(1, [ship('1:0')]),
      { add: [], move: [], remove: [], flash: [], travel: false, routesChanged: false, placesChanged: false },
    ],
    [
      'next turn: old markers go, new ones travel',
      view(1, [ship('1:0'), ship('1:1')]),
      view(2, [ship('2:0')]),
      {
        add: ['2:0'],
        move: [],
        remove: ['1:0', '1:1'],
        flash: [],
        travel: true,
        routesChanged: false,
        placesChanged: false,
      },
    ],
    [
      'a detected shipment flashes',
      view(1, []),
      view(2, [ship('2:0', { mode: 'covert', detected: true }), ship('2:1')]),
      {
        add: ['2:0', '2:1'],
        move: [],
        remove: [],
        flash: ['2:0'],
        travel: true,
        routesChanged: false,
        placesChanged: false,
      },
    ],
    [
      'detected later in the same turn: flash without moving',
      view(2, [ship('2:0', { mode: 'covert' })]),
      view(2, [ship('2:0', { mode: 'covert', detected: true })]),
      { add: [], move: [], remove: [], flash: ['2:0'], travel: false, routesChanged: false, placesChanged: false },
    ],
    [
      'same key, other amount: move',
      view(2, [ship('2:0')]),
      view(2, [ship('2:0', { amount: 5 })]),
      { add: [], move: ['2:0'], remove: [], flash: [], travel: false, routesChanged: false, placesChanged: false },
    ],
    [
      'viewer switch hides a covert shipment (hot-seat): removed, no travel',
      view(2, [ship('2:0'), ship('2:1', { mode: 'covert' })]),
      { ...view(2, [ship('2:0')]), viewer: 'CHN' },
      { add: [], move: [], remove: ['2:1'], flash: [], travel: false, routesChanged: false, placesChanged: false },
    ],
    [
      'a route closes: route layer redrawn',
      view(2, []),
      view(3, [], closed),
      { add: [], move: [], remove: [], flash: [], travel: true, routesChanged: true, placesChanged: false },
    ],
    [
      'going back a turn (a loaded save): no travel',
      view(5, [ship('5:0')]),
      view(4, [ship('4:0')]),
      { add: ['4:0'], move: [], remove: ['5:0'], flash: [], travel: false, routesChanged: false, placesChanged: false },
    ],
  ];
  it.each(cases)('%s', (_name, prev, next, expected) => {
    expect(keys(diffViews(prev, next))).toEqual(expected);
  });

  it('every next key is added, moved or unchanged; every removed key is gone (property)', () => {
    const shipment = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      amount: fc.integer({ min: 1, max: 3 }),
      detected: fc.boolean(),
    });
    const list = fc.uniqueArray(shipment, { selector: (s) => s.key, maxLength: 5 });
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (a, b, ta, tb) => {
        const prev = view(
          ta,
          a.map((s) => ship(s.key, s)),
        );
        const next = view(
          tb,
          b.map((s) => ship(s.key, s)),
        );
        const d = diffViews(prev, next);
        const nextKeys = new Set<string>(b.map((s) => s.key));
        const prevKeys = new Set<string>(a.map((s) => s.key));
        const added = d.add.map((s) => s.key);
        return (
          added.every((k) => nextKeys.has(k) && !prevKeys.has(k)) &&
          d.move.every((s) => nextKeys.has(s.key) && prevKeys.has(s.key)) &&
          d.remove.every((k) => prevKeys.has(k) && !nextKeys.has(k)) &&
          [...nextKeys].every((k) => prevKeys.has(k) || added.includes(k)) &&
          d.flash.every((k) => b.find((s) => s.key === k)!.detected) &&
          d.travel === tb > ta
        );
      }),
    );
  });
});
