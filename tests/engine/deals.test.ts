import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { resolveTurn } from '../../src/engine/index.ts';
import { type Overrides, testState, withOverrides } from '../fixtures.ts';

const sea = 'vladivostok-rajin';

const propose: Order = {
  kind: 'proposeDeal',
  actor: 'RUS',
  to: 'PRK',
  give: { resource: 'oil', amount: 50 },
  get: { resource: 'munitions', amount: 800 },
  route: sea,
  mode: 'declared',
  turns: 2,
};

function noDeals(): GameState {
  return testState((s) => {
    s.deals = [];
  });
}

function play(
  s: GameState,
  ...turns: Order[][]
): { states: GameState[]; reports: ReturnType<typeof resolveTurn>['report'][] } {
  const states = [s];
  const reports = [];
  for (const orders of turns) {
    const r = resolveTurn(states.at(-1)!, orders);
    states.push(r.state);
    reports.push(r.report);
  }
  return { states, reports };
}

describe('standing deals', () => {
  it('propose on turn 1, accept on turn 2: delivers on turns 2 and 3, then completes', () => {
    const { states, reports } = play(noDeals(), [propose], [{ kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' }], []);
    expect(states[1]!.deals.map((d) => [d.id, d.status, d.remaining])).toEqual([['D1-1', 'proposed', 2]]);
    expect(reports[1]!.deals.map((d) => d.kind)).toEqual(['accepted', 'delivered']);
    expect(reports[2]!.deals.map((d) => d.kind)).toEqual(['delivered', 'completed']);
    expect(states[3]!.deals).toEqual([]);
    // Two deliveries of 800 containers reached Russia (plus its own production and needs: none in this fixture).
    const munitionsToRussia = reports
      .flatMap((r) => r.shipments)
      .filter((x) => x.deal === 'D1-1' && x.resource === 'munitions');
    expect(munitionsToRussia.map((x) => x.amount)).toEqual([800, 800]);
    // Acceptance: +2 relations; each turn with trade: +1.
    expect(
      reports[1]!.changes
        .filter((c) => c.target.kind === 'relation' && c.target.pair === 'RUS-PRK')
        .map((c) => [c.cause.rule, c.after - c.before]),
    ).toEqual([
      ['dealAccepted', 2],
      ['tradeTies', 1],
    ]);
  });

  it('an unanswered proposal expires at the end of the next turn', () => {
    const { states, reports } = play(noDeals(), [propose], []);
    expect(reports[1]!.deals.map((d) => [d.deal, d.kind])).toEqual([['D1-1', 'expired']]);
    expect(states[2]!.deals).toEqual([]);
  });

  it('cannot be accepted on the turn it is proposed, nor by the proposer, nor twice', () => {
    const { reports } = play(
      noDeals(),
      [propose, { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' }],
      [
        { kind: 'acceptDeal', actor: 'RUS', deal: 'D1-1' },
        { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' },
        { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' },
      ],
    );
    expect(reports[0]!.rejections.map((r) => [r.order, r.reason])).toEqual([[1, 'unknownDeal']]);
    expect(reports[1]!.rejections.map((r) => [r.order, r.reason, r.message])).toEqual([
      [0, 'notProposedToYou', 'deal D1-1 was proposed to PRK, not RUS'],
      [2, 'dealNotPending', 'deal D1-1 is not awaiting an answer'],
    ]);
  });

  it('cancelling an active deal costs 5 points of relations; refusing a proposal costs nothing', () => {
    const { states, reports } = play(
      noDeals(),
      [propose, { ...propose, give: { resource: 'food', amount: 10 } }],
      [
        { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' },
        { kind: 'cancelDeal', actor: 'PRK', deal: 'D1-2' },
      ],
      [{ kind: 'cancelDeal', actor: 'RUS', deal: 'D1-1' }],
    );
    expect(reports[1]!.deals.map((d) => [d.deal, d.kind])).toEqual([
      ['D1-2', 'cancelled'],
      ['D1-1', 'accepted'],
      ['D1-1', 'delivered'],
    ]);
    const cancel = reports[2]!.changes.find((c) => c.cause.rule === 'dealCancelled')!;
    expect(cancel.after - cancel.before).toBe(-5);
    expect(states[3]!.deals).toEqual([]);
  });

  it('a delivery that cannot be made defaults: nothing moves, relations fall by 2', () => {
    const s = noDeals();
    const poor = { ...propose, get: { resource: 'munitions', amount: 4000 } };
    const { states, reports } = play(s, [poor], [{ kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' }]);
    expect(reports[1]!.deals.map((d) => [d.kind, d.reason])).toEqual([
      ['accepted', undefined],
      ['defaulted', 'overCapacity'],
    ]);
    expect(reports[1]!.shipments).toEqual([]);
    expect(states[2]!.actors.PRK.stocks.munitions).toBe(
      s.actors.PRK.stocks.munitions + 2 * 1500 /* two turns of production at 40%: 500 + 2500 × 40% */,
    );
    const d = reports[1]!.changes.find((c) => c.cause.rule === 'dealDefaulted')!;
    expect(d.after - d.before).toBe(-2);
  });

  it('deal ids count accepted proposals only, in order-list order', () => {
    const bad: Order = { ...propose, route: 'nowhere' };
    const { states } = play(noDeals(), [bad, propose, { ...propose, turns: 5 }]);
    expect(states[1]!.deals.map((d) => [d.id, d.turns])).toEqual([
      ['D1-1', 2],
      ['D1-2', 5],
    ]);
  });

  const rejected: [string, Overrides<Extract<Order, { kind: 'proposeDeal' }>>, string][] = [
    ['nothing moves', { give: { resource: 'oil', amount: 0 }, get: { resource: 'food', amount: 0 } }, 'malformed'],
    ['with itself', { to: 'RUS' }, 'selfTarget'],
    ['unknown partner', { to: 'USA' }, 'unknownActor'],
    ['unknown resource', { give: { resource: 'gold', amount: 1 } }, 'unknownResource'],
    ['goods with no route', { route: undefined }, 'routeRequired'],
    [
      'currency only, with a route',
      { give: { resource: 'currency', amount: 5 }, get: { resource: 'currency', amount: 0 } },
      'routeNotApplicable',
    ],
    ['route that joins others', { route: 'dandong-sinuiju' }, 'routeDoesNotJoin'],
  ];
  it.each(rejected)('a proposal is rejected when %s', (_n, over, reason) => {
    const { reports, states } = play(noDeals(), [
      withOverrides(propose as Extract<Order, { kind: 'proposeDeal' }>, over),
    ]);
    expect(reports[0]!.rejections.map((r) => r.reason)).toEqual([reason]);
    expect(states[1]!.deals).toEqual([]);
  });
});
