/**
 * Smuggling has a price and a risk at both ends (GAME.md), with exact values at TEST_DESIGN's
 * parameters: covertMarkupPct 5, covertMarkupOddsShare 50, seizeBp 5000, knowHowDetectBp 1000.
 * - The markup: a covert delivery loses 5% plus half the route's odds of detection (in percent),
 *   at most 90%; the receiver gets the rest. Cash loses the 5%; know-how nothing.
 * - A detected covert shipment of goods is seized with odds seizeBp: neither end keeps it, and
 *   everyone sees it (a note); it still counts as a breach against both parties.
 * - Know-how takes no route; a covert transfer is seen with odds knowHowDetectBp (plus the
 *   Panel's general bonus while it works); a transfer the world sees costs the giver 3 standing
 *   and Russia 3 with China.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Order, Resource } from '../../src/engine/index.ts';
import { markupPct, resolveTurn, seedKey } from '../../src/engine/index.ts';
import { quietState } from './councilWorld.ts';

const sea = 'vladivostok-rajin';

/** No deals, no Panel; every route's odds, the seizure odds and know-how odds as given. */
function world(odds: number, seize = 0, knowHowOdds = 0): GameState {
  return quietState((s) => {
    s.deals = [];
    s.regime.panel.mandateEnd = 0;
    for (const r of s.routes) r.detectionBp = odds;
    s.rules = { ...s.rules, design: { ...s.rules.design, seizeBp: seize, knowHowDetectBp: knowHowOdds } };
    s.actors.RUS.stocks.knowhow = 5;
    // No production: a stock moves only by the transfer under test.
    const zero = { oil: 0, food: 0, munitions: 0, labour: 0, currency: 0, knowhow: 0 };
    const idle = { base: zero, flex: { munitions: 0, food: 0, labour: 0, homeFood: 0 } };
    s.rules = { ...s.rules, economy: { RUS: idle, PRK: idle, CHN: idle, UNSC: idle } };
  });
}

const ship = (resource: Resource, amount: number, mode: 'covert' | 'declared' = 'covert'): Order =>
  resource === 'currency' || resource === 'knowhow'
    ? { kind: 'ship', actor: 'RUS', to: 'PRK', resource, amount, mode }
    : { kind: 'ship', actor: 'RUS', to: 'PRK', resource, amount, route: sea, mode };

describe('the covert markup', () => {
  const cases: { name: string; odds: number; resource: Resource; amount: number; pct: number; delivered: number }[] = [
    { name: 'unwatched route: 5%', odds: 0, resource: 'oil', amount: 200, pct: 5, delivered: 190 },
    { name: '10% odds: 5 + 5 = 10%', odds: 1000, resource: 'oil', amount: 200, pct: 10, delivered: 180 },
    {
      name: '35% odds: 5 + 17 = 22% (half of 35, rounded down)',
      odds: 3500,
      resource: 'food',
      amount: 100,
      pct: 22,
      delivered: 78,
    },
    { name: 'cash through banks: 5%', odds: 9000, resource: 'currency', amount: 40, pct: 5, delivered: 38 },
    { name: 'know-how: nothing lost', odds: 9000, resource: 'knowhow', amount: 2, pct: 0, delivered: 2 },
  ];
  it.each(cases)('$name', ({ odds, resource, amount, pct, delivered }) => {
    // Odds are on the route, but the roll must miss so that nothing is seized: no detection.
    const s = world(0);
    const r = resolveTurn(s, [ship(resource, amount)]);
    expect(r.report.rejections).toEqual([]);
    const ctxOdds = resource === 'currency' || resource === 'knowhow' ? 0 : odds;
    expect(markupPct({ s } as Parameters<typeof markupPct>[0], resource, ctxOdds)).toBe(
      resource === 'currency' ? 5 : pct,
    );
    if (odds === 0 || resource === 'currency' || resource === 'knowhow') {
      expect(r.report.shipments[0]).toMatchObject({ amount, delivered, seized: false });
      expect(r.state.actors.RUS.stocks[resource] - s.actors.RUS.stocks[resource]).toBe(-amount);
      expect(r.state.actors.PRK.stocks[resource] - s.actors.PRK.stocks[resource]).toBe(delivered);
    }
  });

  it('the markup rises with the odds on the route as they stand this turn', () => {
    const s = world(3500);
    s.rules = { ...s.rules, design: { ...s.rules.design, seizeBp: 0 } };
    // Seen or not, 22% of the food goes to the middlemen: 78 of 100 arrive.
    const r = resolveTurn(s, [ship('food', 100)]);
    expect(r.report.shipments[0]).toMatchObject({ amount: 100, delivered: 78 });
    const arrived = r.report.changes.find((c) => c.target.kind === 'stock' && c.target.actor === 'PRK');
    expect(arrived?.cause).toEqual({
      rule: 'covertMarkup',
      order: 0,
      route: sea,
      numbers: { sent: 100, delivered: 78, markupPct: 22, odds: 3500 },
    });
  });

  it('declared cargo pays no markup', () => {
    const r = resolveTurn(world(9000), [ship('oil', 100, 'declared')]);
    expect(r.report.shipments[0]).toMatchObject({ amount: 100, delivered: 100 });
  });
});

describe('seizure', () => {
  it('a detected covert shipment seized: both ends lose it, everyone sees it, it is a breach of both', () => {
    const s = world(10_000, 10_000);
    const r = resolveTurn(s, [
      { kind: 'ship', actor: 'PRK', to: 'RUS', resource: 'munitions', amount: 700, route: sea, mode: 'covert' },
    ]);
    expect(r.report.shipments[0]).toMatchObject({ amount: 700, delivered: 0, detected: true, seized: true });
    expect(r.state.actors.PRK.stocks.munitions - s.actors.PRK.stocks.munitions).toBe(-700);
    expect(r.state.actors.RUS.stocks.munitions).toBe(s.actors.RUS.stocks.munitions);
    expect(r.report.notes.filter((n) => n.kind === 'seized')).toEqual([
      { kind: 'seized', actor: 'PRK', amount: 700, resource: 'munitions', to: 'RUS', routes: [sea], visibleTo: 'all' },
    ]);
    expect(r.state.council.evidence.map((e) => [e.kind, e.against, e.amount])).toEqual([
      ['detected', ['PRK', 'RUS'], 700],
    ]);
  });

  it('detected but not seized: it arrives, less the markup (5% + half of 100%: 55%)', () => {
    const r = resolveTurn(world(10_000, 0), [ship('oil', 100)]);
    expect(r.report.shipments[0]).toMatchObject({ amount: 100, delivered: 45, detected: true, seized: false });
  });
});

describe('know-how', () => {
  it('takes no route', () => {
    const r = resolveTurn(world(0), [
      { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'knowhow', amount: 1, route: sea, mode: 'covert' },
    ]);
    expect(r.report.rejections.map((x) => [x.reason, x.message])).toEqual([
      ['routeNotApplicable', 'know-how travels with engineers and delegations, not along a route'],
    ]);
  });

  const cases: { name: string; mode: 'covert' | 'declared'; odds: number; seen: boolean }[] = [
    { name: 'covert, unseen: nothing public', mode: 'covert', odds: 0, seen: false },
    { name: 'covert, seen: standing and Beijing’s comfort', mode: 'covert', odds: 10_000, seen: true },
    { name: 'declared: seen by all', mode: 'declared', odds: 0, seen: true },
  ];
  it.each(cases)('$name', ({ mode, odds, seen }) => {
    const s = world(0, 0, odds);
    const r = resolveTurn(s, [ship('knowhow', 2, mode)]);
    expect(r.state.actors.PRK.stocks.knowhow).toBe(2);
    expect(r.report.shipments[0]).toMatchObject({ detected: mode === 'covert' && seen });
    expect(r.state.indicators.rusReputation - s.indicators.rusReputation).toBe(seen ? -3 : 0);
    expect(r.state.relations['RUS-CHN'] - s.relations['RUS-CHN']).toBe(seen ? -3 : 0);
  });

  it('under a ban on know-how to North Korea, a seen transfer is a breach of both parties', () => {
    const s = world(0, 0, 10_000);
    s.regime.bans = [
      { id: 'ban-1718', resource: 'knowhow', from: null, to: 'PRK', sources: [], fromTurn: 1, deadlineTurn: null },
    ];
    const r = resolveTurn(s, [ship('knowhow', 1)]);
    expect(r.state.council.evidence.map((e) => [e.kind, e.rule, e.against])).toEqual([
      ['detected', 'ban-1718', ['RUS', 'PRK']],
    ]);
    // 3 for the transfer seen, 2 for the breach.
    expect(r.state.indicators.rusReputation - s.indicators.rusReputation).toBe(-5);
  });

  it('the Panel adds its general bonus to the odds of seeing know-how (1000 + 1000)', () => {
    const base = quietState((x) => {
      x.deals = [];
      x.actors.RUS.stocks.knowhow = 5;
    });
    let seen = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const s = { ...base, covertKey: seedKey(seed) };
      if (resolveTurn(s, [ship('knowhow', 1)]).report.shipments[0]?.detected === true) seen++;
    }
    // 20% of 400 is 80; the exact count pins the covert stream.
    expect(seen).toBe(72);
  });
});
