import { describe, expect, it } from 'vitest';
import { placeTooltip, routeTooltip, shipmentLabel } from '../../src/map/tooltip.ts';
import { scenarioLayout, scenarioRoutes, ship, view } from './mapFixtures.ts';

const layout = scenarioLayout();

describe('tooltips', () => {
  it('a route before any turn: capacity per good with units', () => {
    const r = scenarioRoutes().find((x) => x.id === 'khasan-tumangang')!;
    expect(routeTooltip(r, view(0, []))).toEqual([
      'Khasan–Tumangang rail bridge (rail, open)',
      'Capacity per turn:',
      '  oil: 300 thousand barrels',
      '  food: 400 thousand tonnes',
      '  munitions: 4,000 shipping containers',
      '  labour: 10 thousand workers',
    ]);
  });

  it("a closed route in a turn: this turn's seen flows against capacity, detections", () => {
    const r = { ...scenarioRoutes({ munitions: 2500 }).find((x) => x.id === 'khasan-tumangang')!, open: false };
    const v = view(4, [ship('4:0', { amount: 2500 }), ship('4:1', { mode: 'covert', detected: true })]);
    expect(routeTooltip(r, v)).toEqual([
      'Khasan–Tumangang rail bridge (rail, CLOSED)',
      'Turn 4, moved (seen) of capacity:',
      '  oil: 0 of 300 thousand barrels',
      '  food: 0 of 400 thousand tonnes',
      '  munitions: 2,500 of 4,000 shipping containers',
      '  labour: 0 of 10 thousand workers',
      '1 violation detected on this route',
    ]);
  });

  it.each([
    ['pyongyang', ['Pyongyang (PRK)']],
    ['khasan', ['Khasan (RUS)', 'Routes: Khasan–Tumangang rail bridge']],
    ['moscow', ['Moscow (RUS)', 'Off the map: 6,410 km from Khasan']],
    ['new-york', ['New York (UN)', 'Seat of the UN Security Council']],
  ])('place %s', (id, lines) => {
    expect(placeTooltip(layout.places.find((p) => p.id === id)!, view(1, []))).toEqual(lines);
  });

  it('a shipment line', () => {
    expect(shipmentLabel(ship('1:0', { amount: 1200, mode: 'covert', detected: true }))).toBe(
      '1,200 shipping containers of munitions, covert, detected',
    );
  });
});
