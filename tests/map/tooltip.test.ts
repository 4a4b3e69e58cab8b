import { describe, expect, it } from 'vitest';
import { placeTooltip, routeTooltip, shipmentLabel } from '../../src/map/tooltip.ts';
import { ENGLISH } from '../../src/map/words.ts';
import { scenarioLayout, scenarioRoutes, ship, view } from './mapFixtures.ts';

const layout = scenarioLayout();

describe('tooltips (the English fallback words)', () => {
  it('a route before any turn: what it carries per good, with units', () => {
    const r = scenarioRoutes().find((x) => x.id === 'khasan-tumangang')!;
    expect(routeTooltip(r, view(0, []), ENGLISH)).toEqual([
      'Khasan–Tumangang rail bridge (railway, open)',
      'Carries each turn:',
      '  oil: 300 thousand barrels',
      '  food: 400 thousand tonnes',
      '  munitions: 4,000 shipping containers',
      '  workers: 10 thousand workers',
    ]);
  });

  it("a closed route in a turn: this turn's seen flows against what it can carry, spotted shipments", () => {
    const r = { ...scenarioRoutes({ munitions: 2500 }).find((x) => x.id === 'khasan-tumangang')!, open: false };
    const v = view(4, [ship('4:0', { amount: 2500 }), ship('4:1', { mode: 'covert', detected: true })]);
    expect(routeTooltip(r, v, ENGLISH)).toEqual([
      'Khasan–Tumangang rail bridge (railway, closed)',
      'Turn 4: seen moving, of what it can carry:',
      '  oil: 0 of 300 thousand barrels',
      '  food: 0 of 400 thousand tonnes',
      '  munitions: 2,500 of 4,000 shipping containers',
      '  workers: 0 of 10 thousand workers',
      '1 secret shipment spotted on this route',
    ]);
  });

  it.each([
    ['pyongyang', ['Pyongyang (North Korea)']],
    ['khasan', ['Khasan (Russia)', 'Routes: Khasan–Tumangang rail bridge']],
    ['moscow', ['Moscow (Russia)', 'Off the map: 6,410 km from Khasan']],
    ['new-york', ['New York (UN)', 'Seat of the UN Security Council']],
  ])('place %s', (id, lines) => {
    expect(placeTooltip(layout.places.find((p) => p.id === id)!, view(1, []), ENGLISH)).toEqual(lines);
  });

  it.each([
    [
      ship('1:0', { amount: 1200, mode: 'covert', detected: true }),
      '1,200 shipping containers of munitions, in secret, spotted',
    ],
    [ship('1:1', { amount: 1 }), '1 shipping container of munitions, openly'],
    [ship('1:2', { amount: 300, resource: 'oil' }), '300 thousand barrels of oil, openly'],
  ])('a shipment line: %#', (s, line) => {
    expect(shipmentLabel(s, ENGLISH)).toBe(line);
  });
});
