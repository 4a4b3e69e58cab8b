/**
 * North Korea's provocations are its own orders, and China's levers are China's, with exact
 * values at TEST_DESIGN's parameters:
 * - a launch order of n missiles: programme +2, n evidence items, 10 hard currency a missile,
 *   relations with China −2 and the Council −2; up to 40 missiles; know-how in stock is put to
 *   use, one package a launch, +3 each (the cause private to North Korea);
 * - a nuclear test: programme +15, weighs with the seats as 5 launches, 30 currency, China −10,
 *   the Council −10;
 * - China holds back its fuel: its oil deals wait a turn (no default), influence +3, standing
 *   +2, the border −2, relations with Pyongyang −5;
 * - China tightens customs on one of its routes: +1500 odds there this turn only, influence +1,
 *   standing +1, the border −1, relations with Pyongyang −2.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { detectionOdds, resolveTurn, weighedEvidence } from '../../src/engine/index.ts';
import { quietState } from './councilWorld.ts';

function quiet(adjust?: (s: GameState) => void): GameState {
  return quietState((x) => {
    x.deals = [];
    x.regime.panel.mandateEnd = 0;
    adjust?.(x);
  });
}

const diff = (a: GameState, b: GameState) => ({
  programme: b.indicators.prkProgramme - a.indicators.prkProgramme,
  currency: b.actors.PRK.stocks.currency - a.actors.PRK.stocks.currency,
  china: b.relations['PRK-CHN'] - a.relations['PRK-CHN'],
  council: b.relations['PRK-UNSC'] - a.relations['PRK-UNSC'],
  knowhow: b.actors.PRK.stocks.knowhow - a.actors.PRK.stocks.knowhow,
  weighed: weighedEvidence(b, b.turn - 1).launches,
});

describe('launches and tests are North Korea’s orders', () => {
  // PRK makes 50 currency a turn in the 2023 scenario; the table subtracts it.
  const cases: { name: string; orders: Order[]; knowhow: number; expected: ReturnType<typeof diff> }[] = [
    {
      name: 'one missile',
      orders: [{ kind: 'launch', actor: 'PRK' }],
      knowhow: 0,
      expected: { programme: 2, currency: -10, china: -2, council: -2, knowhow: 0, weighed: 1 },
    },
    {
      name: 'a salvo of 12: one step for the programme, twelve items of evidence, 120 spent',
      orders: [{ kind: 'launch', actor: 'PRK', count: 12 }],
      knowhow: 0,
      expected: { programme: 2, currency: -120, china: -2, council: -2, knowhow: 0, weighed: 12 },
    },
    {
      name: 'one missile with Russian know-how in stock: one package used, +3 more',
      orders: [{ kind: 'launch', actor: 'PRK' }],
      knowhow: 2,
      expected: { programme: 5, currency: -10, china: -2, council: -2, knowhow: -1, weighed: 1 },
    },
    {
      name: 'a nuclear test',
      orders: [{ kind: 'nuclearTest', actor: 'PRK' }],
      knowhow: 0,
      expected: { programme: 15, currency: -30, china: -10, council: -10, knowhow: 0, weighed: 5 },
    },
    {
      name: 'a nuclear test and a missile the same turn',
      orders: [
        { kind: 'nuclearTest', actor: 'PRK' },
        { kind: 'launch', actor: 'PRK' },
      ],
      knowhow: 0,
      expected: { programme: 17, currency: -40, china: -12, council: -12, knowhow: 0, weighed: 6 },
    },
  ];
  it.each(cases)('$name', ({ orders, knowhow, expected }) => {
    const s = quiet((x) => {
      x.actors.PRK.stocks.knowhow = knowhow;
    });
    const r = resolveTurn(s, orders);
    expect(r.report.rejections).toEqual([]);
    const d = diff(s, r.state);
    expect({ ...d, currency: d.currency - 50 }).toEqual(expected);
  });

  it('the programme gained from know-how is North Korea’s secret; the launch is public', () => {
    const s = quiet((x) => {
      x.actors.PRK.stocks.knowhow = 1;
    });
    const r = resolveTurn(s, [{ kind: 'launch', actor: 'PRK' }]);
    const programme = r.report.changes.filter(
      (c) => c.target.kind === 'indicator' && c.target.indicator === 'prkProgramme',
    );
    expect(programme.map((c) => [c.cause.rule, c.after - c.before, c.visibleTo])).toEqual([
      ['launch', 2, 'all'],
      ['knowHowUsed', 3, ['PRK']],
    ]);
    // The note says so to North Korea alone.
    expect(r.report.notes.filter((n) => n.kind === 'knowHowUsed')).toEqual([
      {
        kind: 'knowHowUsed',
        actor: 'PRK',
        resource: 'knowhow',
        amount: 1,
        numbers: { points: 3, odds: 10_000 },
        visibleTo: ['PRK'],
      },
    ]);
  });

  const refusals: { name: string; orders: Order[]; reason: string }[] = [
    { name: 'a launch by China', orders: [{ kind: 'launch', actor: 'CHN' }], reason: 'notYourOrder' },
    { name: 'a nuclear test by Russia', orders: [{ kind: 'nuclearTest', actor: 'RUS' }], reason: 'notYourOrder' },
    { name: '41 missiles', orders: [{ kind: 'launch', actor: 'PRK', count: 41 }], reason: 'tooManyLaunches' },
    {
      name: 'a second launch order',
      orders: [
        { kind: 'launch', actor: 'PRK' },
        { kind: 'launch', actor: 'PRK', count: 3 },
      ],
      reason: 'duplicateOrder',
    },
    {
      name: 'a second nuclear test',
      orders: [
        { kind: 'nuclearTest', actor: 'PRK' },
        { kind: 'nuclearTest', actor: 'PRK' },
      ],
      reason: 'duplicateOrder',
    },
  ];
  it.each(refusals)('refused: $name', ({ orders, reason }) => {
    expect(resolveTurn(quiet(), orders).report.rejections.map((x) => x.reason)).toEqual([reason]);
  });
});

describe('China’s levers are China’s orders', () => {
  const withFuelDeal = () =>
    quietState((x) => {
      x.regime.panel.mandateEnd = 0;
      // The 2023 scenario's two Chinese deals: food (D0-1) and fuel (D0-2) for cash.
    });

  it('holding back fuel: the fuel deal waits a turn, the food deal delivers', () => {
    const s = withFuelDeal();
    const r = resolveTurn(s, [{ kind: 'holdFuel', actor: 'CHN' }]);
    expect(r.report.deals.map((d) => [d.deal, d.kind])).toEqual([
      ['D0-1', 'delivered'],
      ['D0-2', 'held'],
    ]);
    expect(r.state.deals.map((d) => [d.id, d.remaining])).toEqual([
      ['D0-1', 11],
      ['D0-2', 11],
    ]);
    expect(r.report.notes.filter((n) => n.kind === 'fuelHeld')).toEqual([
      { kind: 'fuelHeld', actor: 'CHN', amount: 100, visibleTo: 'all' },
    ]);
    const d = (k: 'chnInfluence' | 'chnStanding') => r.state.indicators[k] - s.indicators[k];
    expect([d('chnInfluence'), d('chnStanding')]).toEqual([3 + 3, 2]);
    // The border: −2 for the holdback, then its drift toward the regime's stability.
    expect(
      r.report.changes.filter((c) => c.cause.rule === 'holdFuel').map((c) => [c.target, c.after - c.before]),
    ).toEqual([
      [{ kind: 'indicator', indicator: 'chnInfluence' }, 3],
      [{ kind: 'indicator', indicator: 'chnStanding' }, 2],
      [{ kind: 'indicator', indicator: 'chnBorderStability' }, -2],
      [{ kind: 'relation', pair: 'PRK-CHN' }, -5],
    ]);
  });

  it('holding back fuel with none due is refused', () => {
    const r = resolveTurn(quiet(), [{ kind: 'holdFuel', actor: 'CHN' }]);
    expect(r.report.rejections.map((x) => [x.reason, x.message])).toEqual([
      ['nothingToHold', 'no running Chinese deal delivers fuel to North Korea this turn'],
    ]);
  });

  it('tightening customs at Dandong: +1500 odds this turn only', () => {
    const s = quiet((x) => {
      for (const r of x.routes) r.detectionBp = 500;
    });
    const r = resolveTurn(s, [{ kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' }]);
    const dandong = (st: GameState) => st.routes.find((x) => x.id === 'dandong-sinuiju');
    const during = dandong(r.state);
    if (during === undefined) throw new Error('no route');
    expect(detectionOdds({ ...r.state, turn: 1 }, during)).toBe(2000);
    expect(r.report.notes.filter((n) => n.kind === 'customsTightened')).toEqual([
      { kind: 'customsTightened', actor: 'CHN', routes: ['dandong-sinuiju'], amount: 1500, visibleTo: 'all' },
    ]);
    const next = dandong(resolveTurn(r.state, []).state);
    if (next === undefined) throw new Error('no route');
    expect(detectionOdds(r.state, next)).toBe(500);
    expect(
      r.report.changes.filter((c) => c.cause.rule === 'customs').map((c) => [c.target, c.after - c.before]),
    ).toEqual([
      [{ kind: 'indicator', indicator: 'chnInfluence' }, 1],
      [{ kind: 'indicator', indicator: 'chnStanding' }, 1],
      [{ kind: 'indicator', indicator: 'chnBorderStability' }, -1],
      [{ kind: 'relation', pair: 'PRK-CHN' }, -2],
    ]);
  });

  const refusals: { name: string; order: Order; reason: string }[] = [
    { name: 'fuel held back by Russia', order: { kind: 'holdFuel', actor: 'RUS' }, reason: 'notYourOrder' },
    {
      name: 'customs by North Korea',
      order: { kind: 'customs', actor: 'PRK', route: 'dandong-sinuiju' },
      reason: 'notYourOrder',
    },
    {
      name: 'customs on an unknown route',
      order: { kind: 'customs', actor: 'CHN', route: 'x' },
      reason: 'unknownRoute',
    },
    {
      name: 'customs on the Russian rail bridge',
      order: { kind: 'customs', actor: 'CHN', route: 'khasan-tumangang' },
      reason: 'notYourRoute',
    },
  ];
  it.each(refusals)('refused: $name', ({ order, reason }) => {
    expect(resolveTurn(withFuelDeal(), [order]).report.rejections.map((x) => x.reason)).toEqual([reason]);
  });

  it('refused: customs twice on one route, fuel held back twice', () => {
    const r = resolveTurn(withFuelDeal(), [
      { kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' },
      { kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' },
      { kind: 'holdFuel', actor: 'CHN' },
      { kind: 'holdFuel', actor: 'CHN' },
    ]);
    expect(r.report.rejections.map((x) => [x.order, x.reason])).toEqual([
      [1, 'duplicateOrder'],
      [3, 'duplicateOrder'],
    ]);
  });
});
