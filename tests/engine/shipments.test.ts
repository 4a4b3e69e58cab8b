import { describe, expect, it } from 'vitest';
import type { GameState, Order, RejectReason } from '../../src/engine/index.ts';
import { resolveTurn } from '../../src/engine/index.ts';
import { type Overrides, testState, withOverrides } from '../fixtures.ts';

const rail = 'khasan-tumangang';
const bridge = 'dandong-sinuiju';

type ShipOrder = Extract<Order, { kind: 'ship' }>;

function ship(over: Overrides<ShipOrder> = {}): Order {
  const base: ShipOrder = {
    kind: 'ship',
    actor: 'RUS',
    to: 'PRK',
    resource: 'oil',
    amount: 100,
    route: rail,
    mode: 'declared',
  };
  return withOverrides(base, over);
}

/** A quiet state: no production, no standing deals, so only the shipment moves stocks. */
function quiet(adjust?: (s: GameState) => void): GameState {
  return testState((s) => {
    s.deals = [];
    s.rules = { ...s.rules, economy: zeroEconomy(s) };
    adjust?.(s);
  });
}

function zeroEconomy(s: GameState): GameState['rules']['economy'] {
  const z = { oil: 0, food: 0, munitions: 0, labour: 0, currency: 0, knowhow: 0 };
  const e = { base: z, flex: { munitions: 0, food: 0, labour: 0, homeFood: 0 } };
  return { RUS: e, PRK: e, CHN: e, UNSC: e } satisfies typeof s.rules.economy;
}

describe('a legal shipment', () => {
  it('moves exactly the amount from sender to receiver and says why', () => {
    const s = quiet();
    const { state, report } = resolveTurn(s, [ship({ amount: 120 })]);
    expect(state.actors.RUS.stocks.oil).toBe(s.actors.RUS.stocks.oil - 120);
    expect(state.actors.PRK.stocks.oil).toBe(s.actors.PRK.stocks.oil + 120);
    expect(report.rejections).toEqual([]);
    expect(report.shipments).toEqual([
      {
        order: 0,
        deal: undefined,
        from: 'RUS',
        to: 'PRK',
        resource: 'oil',
        amount: 120,
        delivered: 120,
        route: rail,
        mode: 'declared',
        detected: false,
        seized: false,
        visibleTo: 'all',
      },
    ]);
    const stockChanges = report.changes.filter((c) => c.target.kind === 'stock');
    expect(stockChanges.map((c) => [c.before, c.after, c.cause.rule, c.cause.order])).toEqual([
      [50000, 49880, 'shipment', 0],
      [150, 270, 'shipment', 0],
    ]);
  });

  it('uses route capacity per good: two shipments fill the rail bridge exactly', () => {
    const s = quiet();
    const { report } = resolveTurn(s, [ship({ amount: 200 }), ship({ amount: 100 }), ship({ amount: 1 })]);
    expect(report.rejections.map((r) => [r.order, r.reason])).toEqual([[2, 'overCapacity']]);
    expect(report.rejections[0]!.message).toBe(
      'Khasan–Tumangang rail bridge has 0 of 300 thousand barrels of oil left this turn; 1 asked',
    );
  });

  it('currency moves without a route', () => {
    const { state, report } = resolveTurn(quiet(), [ship({ resource: 'currency', amount: 30, route: undefined })]);
    expect(report.rejections).toEqual([]);
    expect(state.actors.PRK.stocks.currency).toBe(330);
  });

  it('a covert shipment is visible only to the two parties unless detected', () => {
    const s = quiet((x) => {
      x.routes = x.routes.map((r) => (r.id === rail ? { ...r, detectionBp: 0 } : r));
    });
    const { report } = resolveTurn(s, [ship({ mode: 'covert' })]);
    expect(report.shipments[0]!.visibleTo).toEqual(['RUS', 'PRK']);
    expect(report.shipments[0]!.detected).toBe(false);
  });

  it('a covert shipment on a route watched with certainty is detected, public, and costs both sides 3 points with the council', () => {
    const s = quiet((x) => {
      x.routes = x.routes.map((r) => (r.id === rail ? { ...r, detectionBp: 10_000 } : r));
    });
    const { state, report } = resolveTurn(s, [ship({ mode: 'covert' })]);
    expect(report.shipments[0]!.detected).toBe(true);
    expect(report.shipments[0]!.visibleTo).toBe('all');
    expect(state.relations['RUS-UNSC']).toBe(s.relations['RUS-UNSC'] - 3);
    expect(state.relations['PRK-UNSC']).toBe(s.relations['PRK-UNSC'] - 3);
  });
});

describe('illegal shipments are rejected with a typed reason and change nothing', () => {
  const cases: [string, Order, RejectReason, string, ((s: GameState) => void)?][] = [
    ['unknown sender', ship({ actor: 'USA' }), 'unknownActor', 'unknown actor "USA"'],
    ['unknown receiver', ship({ to: 'KOR' }), 'unknownActor', 'unknown actor "KOR"'],
    ['to itself', ship({ to: 'RUS' }), 'selfTarget', 'RUS cannot ship to itself'],
    ['unknown resource', ship({ resource: 'gold' }), 'unknownResource', 'unknown resource "gold"'],
    ['zero amount', ship({ amount: 0 }), 'malformed', 'amount 0 is not a positive whole number'],
    ['fractional amount', ship({ amount: 1.5 }), 'malformed', 'amount 1.5 is not a positive whole number'],
    ['goods without a route', ship({ route: undefined }), 'routeRequired', 'oil must travel along a route'],
    [
      'currency with a route',
      ship({ resource: 'currency', amount: 5 }),
      'routeNotApplicable',
      'currency moves through banks, not along a route',
    ],
    ['unknown route', ship({ route: 'bering-strait' }), 'unknownRoute', 'there is no route "bering-strait"'],
    [
      'route joining others',
      ship({ route: bridge }),
      'routeDoesNotJoin',
      'Dandong–Sinuiju Friendship Bridge joins CHN and PRK, not RUS and PRK',
    ],
    [
      'closed route',
      ship(),
      'routeClosed',
      'Khasan–Tumangang rail bridge is closed',
      (s) => {
        s.routes = s.routes.map((r) => (r.id === rail ? { ...r, open: false } : r));
      },
    ],
    [
      'good the route does not carry',
      ship(),
      'goodNotCarried',
      'Khasan–Tumangang rail bridge does not carry oil',
      (s) => {
        s.routes = s.routes.map((r) => (r.id === rail ? { ...r, capacity: { munitions: 10 } } : r));
      },
    ],
    [
      'over capacity',
      ship({ amount: 301 }),
      'overCapacity',
      'Khasan–Tumangang rail bridge has 300 of 300 thousand barrels of oil left this turn; 301 asked',
    ],
    [
      'more than the stock',
      ship({ actor: 'PRK', to: 'RUS', amount: 151 }),
      'insufficientStock',
      'PRK has 150 thousand barrels of oil; 151 asked',
    ],
  ];
  it.each(cases)('%s', (_name, order, reason, message, adjust) => {
    const s = quiet(adjust);
    const withOrder = resolveTurn(s, [order]);
    const without = resolveTurn(s, []);
    expect(withOrder.report.rejections).toEqual([{ order: 0, actor: order.actor, reason, message }]);
    expect(withOrder.state).toEqual(without.state);
  });
});
