/**
 * The council's politics, with exact values at TEST_DESIGN's parameters:
 * - authority on outcomes: an adoption adds adoptedAuthority (3) less capitalCost (2) for each
 *   draft the majority adopted in the previous capitalTurns (4) turns; a veto of the majority's
 *   draft costs vetoAuthority (4), a draft that falls short shortAuthority (1);
 * - sanctions relief, tabled by Russia or China: the sponsor gains reliefPrkRelation (5) with
 *   Pyongyang and loses reliefReputation (1); adopted, it lifts the worker ban, raises the oil
 *   cap, gives the regime reliefStability (5) and costs the Council adoptedAuthority;
 * - lobbying: Russia or China spends lobbyCost (20) to move an elected seat lobbyPoints (15)
 *   against sanctions (for relief) for lobbyTurns (2) turns, this one included.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { lobbyShift, resolveTurn } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

/** No deals, no Panel to lapse, and `n` items of fresh evidence. */
function council(n: number, adjust?: (s: GameState) => void): GameState {
  return quietState((x) => {
    x.deals = [];
    x.regime.panel.mandateEnd = 0;
    for (let i = 0; i < n; i++) x.council.evidence.push({ turn: 1, kind: 'detected', against: ['PRK'] });
    adjust?.(x);
  });
}

const abstain = (draft: string): Order[] => [
  { kind: 'vote', actor: 'RUS', draft, vote: 'abstain' },
  { kind: 'vote', actor: 'CHN', draft, vote: 'abstain' },
];

describe('the Council’s authority is scored on outcomes, and adopting spends political capital', () => {
  it('three adoptions in a row: +3, then +3 − 2, then +3 − 4', () => {
    const s = council(10, (x) => {
      x.regime.bans = [];
      x.regime.caps = [];
    });
    const { reports } = play(s, [
      [{ kind: 'draft', actor: 'UNSC', measure: 'armsEmbargo' }],
      [...abstain('R1-1'), { kind: 'draft', actor: 'UNSC', measure: 'workerBan', value: 0 }],
      [...abstain('R2-1'), { kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 400 }],
      abstain('R3-1'),
    ]);
    const authority = reports.map((r) =>
      r.changes
        .filter((c) => c.target.kind === 'indicator' && c.target.indicator === 'unscAuthority')
        .map((c) => [c.cause.rule, c.after - c.before]),
    );
    expect(authority).toEqual([
      [],
      [['resolutionAdopted', 3]],
      [
        ['resolutionAdopted', 3],
        ['adoptionCapital', -2],
      ],
      [
        ['resolutionAdopted', 3],
        ['adoptionCapital', -4],
      ],
    ]);
  });

  it('a draft that falls short costs 1; one vetoed costs 4', () => {
    const short = play(council(0), [[{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }], []]);
    expect(short.reports[1]?.council[0]?.outcome).toBe('short');
    expect(short.state.indicators.unscAuthority - council(0).indicators.unscAuthority).toBe(-1);
    const vetoed = play(council(10), [[{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }], []]);
    expect(vetoed.reports[1]?.council[0]?.outcome).toBe('vetoed');
    expect(vetoed.state.indicators.unscAuthority - council(10).indicators.unscAuthority).toBe(-4);
  });
});

describe('sanctions relief', () => {
  /** The West's seats oppose relief: USA, UK and France can veto it. */
  const western = (x: GameState): void => {
    x.rules = {
      ...x.rules,
      council: {
        ...x.rules.council,
        seats: x.rules.council.seats.map((seat) =>
          ['USA', 'GBR', 'FRA'].includes(seat.id) ? { ...seat, bias: { ...seat.bias, relief: -100 } } : seat,
        ),
      },
    };
  };

  it('tabling it: Pyongyang thanks the sponsor, the West notes it', () => {
    const s = council(0, western);
    const r = resolveTurn(s, [{ kind: 'draft', actor: 'CHN', measure: 'relief', value: 800 }]);
    expect(r.report.notes.filter((n) => n.kind === 'draftTabled')).toEqual([
      { kind: 'draftTabled', actor: 'CHN', rule: 'R1-1', measure: 'relief', amount: 800, visibleTo: 'all' },
    ]);
    expect(r.state.relations['PRK-CHN'] - s.relations['PRK-CHN']).toBe(5);
    expect(r.state.indicators.chnStanding - s.indicators.chnStanding).toBe(-1);
  });

  it('the United States, the United Kingdom and France veto it; the Council loses no authority', () => {
    const s = council(0, western);
    const { state, reports } = play(s, [[{ kind: 'draft', actor: 'RUS', measure: 'relief', value: 800 }], []]);
    const rec = reports[1]?.council[0];
    // Yes: Russia and China (their default on relief), Japan, Korea, Malta, Slovenia (no bias),
    // Switzerland, Ecuador, Guyana (at 50 or more); Algeria, Mozambique, Sierra Leone abstain.
    expect([rec?.outcome, rec?.vetoedBy, rec?.yes]).toEqual(['vetoed', ['USA', 'GBR', 'FRA'], 9]);
    expect(state.indicators.unscAuthority).toBe(s.indicators.unscAuthority);
    expect(state.regime.bans.map((b) => b.id)).toEqual(['arms-1718', 'workers-2397']);
  });

  it('adopted: workers may go abroad, the cap rises to 800, the regime breathes, the Council loses 3', () => {
    const s = council(0);
    const { state } = play(s, [[{ kind: 'draft', actor: 'RUS', measure: 'relief', value: 800 }], []]);
    expect(state.regime.bans.map((b) => b.id)).toEqual(['arms-1718']);
    expect(state.regime.caps.filter((c) => c.untilTurn === null).map((c) => [c.id, c.perYear])).toEqual([
      ['R1-1', 800],
    ]);
    expect(state.indicators.prkStability - s.indicators.prkStability).toBe(5);
    expect(state.indicators.unscAuthority - s.indicators.unscAuthority).toBe(-3);
  });
});

describe('lobbying an elected seat', () => {
  it('moves the seat 15 points against sanctions and for relief, this turn and the next', () => {
    const s = council(0);
    const moz = s.rules.council.seats.find((x) => x.id === 'MOZ');
    if (moz === undefined) throw new Error('no MOZ');
    const r = resolveTurn(s, [{ kind: 'lobby', actor: 'RUS', seat: 'MOZ' }]);
    expect(r.state.council.lobbying).toEqual([{ seat: 'MOZ', by: 'RUS', turn: 1, until: 2 }]);
    expect(r.state.actors.RUS.stocks.currency - s.actors.RUS.stocks.currency).toBe(-20 + 5000);
    const shifts = (st: GameState) => [lobbyShift(st, moz, 'oilCap'), lobbyShift(st, moz, 'relief')];
    expect(shifts({ ...r.state, turn: 1 })).toEqual([-15, 15]);
    expect(shifts(r.state)).toEqual([-15, 15]);
    expect(shifts({ ...r.state, turn: 3 })).toEqual([0, 0]);
    // China courts the seat on turn 2: both count on turn 2, China's alone on turn 3.
    const both = resolveTurn(r.state, [{ kind: 'lobby', actor: 'CHN', seat: 'MOZ' }]).state;
    expect(shifts({ ...both, turn: 2 })).toEqual([-30, 30]);
    expect(shifts(both)).toEqual([-15, 15]);
  });

  it('swings a vote: a seat at 50 on a cap abstains when courted', () => {
    const s = council(5);
    const vote = (orders: Order[]) =>
      play(s, [
        [{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }],
        orders,
      ]).reports[1]?.council[0]?.votes.find((v) => v.seat === 'MOZ');
    // Mozambique: base 40, oil cap −10, 5 items of evidence × 3 = 45.
    expect(vote([])).toEqual({ seat: 'MOZ', vote: 'abstain', by: 'rule', score: 45 });
    expect(vote([{ kind: 'lobby', actor: 'CHN', seat: 'MOZ' }])).toEqual({
      seat: 'MOZ',
      vote: 'abstain',
      by: 'rule',
      score: 30,
    });
  });

  const refusals: { name: string; order: Order; reason: string }[] = [
    { name: 'by North Korea', order: { kind: 'lobby', actor: 'PRK', seat: 'MOZ' }, reason: 'notYourOrder' },
    { name: 'by the Council', order: { kind: 'lobby', actor: 'UNSC', seat: 'MOZ' }, reason: 'notYourOrder' },
    { name: 'an unknown seat', order: { kind: 'lobby', actor: 'RUS', seat: 'XYZ' }, reason: 'unknownSeat' },
    { name: 'a permanent seat', order: { kind: 'lobby', actor: 'RUS', seat: 'USA' }, reason: 'notElectedSeat' },
    {
      name: 'a seat that votes by order',
      order: { kind: 'lobby', actor: 'RUS', seat: 'CHN' },
      reason: 'notElectedSeat',
    },
  ];
  it.each(refusals)('refused: $name', ({ order, reason }) => {
    const r = resolveTurn(council(0), [order]);
    expect(r.report.rejections.map((x) => x.reason)).toEqual([reason]);
    expect(r.state.council.lobbying).toEqual([]);
  });

  it('refused: a second seat the same turn, or too little currency', () => {
    const twice = resolveTurn(council(0), [
      { kind: 'lobby', actor: 'CHN', seat: 'MOZ' },
      { kind: 'lobby', actor: 'CHN', seat: 'DZA' },
    ]);
    expect(twice.report.rejections.map((x) => [x.order, x.reason])).toEqual([[1, 'duplicateOrder']]);
    const poor = resolveTurn(
      council(0, (x) => {
        x.actors.CHN.stocks.currency = 19;
      }),
      [{ kind: 'lobby', actor: 'CHN', seat: 'MOZ' }],
    );
    expect(poor.report.rejections.map((x) => [x.reason, x.message])).toEqual([
      ['insufficientStock', 'courting a seat costs 20 USD million of hard currency; CHN has 19'],
    ]);
  });
});
