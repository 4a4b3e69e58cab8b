/**
 * The map's words: the page builds them from the catalogue (src/ui/mapWords.ts); the map's
 * own English (src/map/words.ts, for the map harness and tests) says the same; neither lets
 * an identifier or a code reach what a player reads or hears on the map.
 */
import { describe, expect, test } from 'vitest';
import { GOODS, ROUTE_KINDS } from '../../src/engine/index.ts';
import { placeTooltip, routeTooltip, shipmentLabel } from '../../src/map/tooltip.ts';
import { ENGLISH, type MapWords } from '../../src/map/words.ts';
import { mapWords } from '../../src/ui/mapWords.ts';
import { loadScenario } from '../fixtures.ts';
import { identifierTokens, scenarioIds } from '../identifiers.ts';
import { scenarioLayout, scenarioRoutes, ship, view } from '../map/mapFixtures.ts';

const layout = scenarioLayout();
const SHIPS = [
  ship('4:0', { amount: 2500 }),
  ship('4:1', { amount: 1, mode: 'covert', detected: true }),
  ship('4:2', { amount: 300, resource: 'oil', mode: 'covert' }),
  ship('4:3', { amount: 12, resource: 'labour', detected: true }),
];

/** Everything the map can paint or say about the shared scenario, in one set of words. */
function everything(w: MapWords): string[] {
  const opening = view(0, []);
  const later = view(4, SHIPS, scenarioRoutes({ munitions: 2500, oil: 300 }));
  return [
    w.canvasLabel,
    ...Object.values(w.actor),
    ...GOODS.map((g) => w.good[g]),
    ...ROUTE_KINDS.map((k) => w.kind[k]),
    ...Object.values(w.legend),
    ...Object.values(w.inset),
    ...opening.routes.flatMap((r) => routeTooltip(r, opening, w)),
    ...later.routes.flatMap((r) => routeTooltip({ ...r, open: false }, later, w)),
    ...layout.places.flatMap((p) => placeTooltip(p, later, w)),
    ...SHIPS.map((s) => shipmentLabel(s, w)),
    w.spotted(1),
    w.spotted(2),
    w.distance(6410, 'Khasan'),
    w.offMap(''),
  ];
}

describe('the map words', () => {
  test('the catalogue and the English fallback say the same, line by line', () => {
    expect(everything(mapWords())).toEqual(everything(ENGLISH));
  });

  test.each([
    ['from the catalogue', mapWords()],
    ['English fallback', ENGLISH],
  ])('no identifier or code on the map (%s)', (_, w) => {
    const text = everything(w);
    expect(text.length).toBe(91);
    expect(identifierTokens(text.join('\n'), scenarioIds(loadScenario()))).toEqual([]);
  });

  test('real plurals and grouped numbers', () => {
    const w = mapWords();
    expect([
      w.spotted(1),
      w.spotted(3),
      w.capacityLine('munitions', 1),
      w.flowLine('munitions', 2500, 4000),
      shipmentLabel(SHIPS[1]!, w),
      w.placeHead('Moscow', 'RUS'),
      w.routes(['A', 'B', 'C']),
    ]).toEqual([
      '1 secret shipment spotted on this route',
      '3 secret shipments spotted on this route',
      'munitions: 1 shipping container',
      'munitions: 2,500 of 4,000 shipping containers',
      '1 shipping container of munitions, in secret, spotted',
      'Moscow (Russia)',
      'Routes: A, B and C',
    ]);
  });
});
