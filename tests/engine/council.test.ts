import { describe, expect, it } from 'vitest';
import type { GameState, Order, Vote } from '../../src/engine/index.ts';
import { explainCouncil, outcomeOf, resolveTurn, vetoedUntil } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';
import { play, quietState } from './councilWorld.ts';

/** Fifteen votes: the five permanent members first (USA GBR FRA RUS CHN), then ten elected. */
function ballot(
  permanent: [Vote, Vote, Vote, Vote, Vote],
  elected: Vote[],
): { vote: Vote; permanent: boolean; seat: string }[] {
  const ids = ['USA', 'GBR', 'FRA', 'RUS', 'CHN'];
  return [
    ...permanent.map((vote, i) => ({ vote, permanent: true, seat: ids[i]! })),
    ...elected.map((vote, i) => ({ vote, permanent: false, seat: `E${i}` })),
  ];
}
const n = (k: number, v: Vote): Vote[] => Array.from({ length: k }, () => v);

describe('adoption rule: nine in favour and no permanent member against', () => {
  const cases: { name: string; votes: ReturnType<typeof ballot>; outcome: string; vetoedBy: string[]; yes: number }[] =
    [
      {
        name: 'unanimous',
        votes: ballot(['yes', 'yes', 'yes', 'yes', 'yes'], n(10, 'yes')),
        outcome: 'adopted',
        vetoedBy: [],
        yes: 15,
      },
      {
        name: 'exactly nine, rest abstain',
        votes: ballot(['yes', 'yes', 'yes', 'abstain', 'abstain'], [...n(6, 'yes'), ...n(4, 'abstain')]),
        outcome: 'adopted',
        vetoedBy: [],
        yes: 9,
      },
      {
        name: 'short of nine (eight)',
        votes: ballot(['yes', 'yes', 'yes', 'abstain', 'abstain'], [...n(5, 'yes'), ...n(5, 'abstain')]),
        outcome: 'short',
        vetoedBy: [],
        yes: 8,
      },
      {
        name: 'vetoed by one (13–1–1, March 2024)',
        votes: ballot(['yes', 'yes', 'yes', 'no', 'abstain'], n(10, 'yes')),
        outcome: 'vetoed',
        vetoedBy: ['RUS'],
        yes: 13,
      },
      {
        name: 'vetoed by two (13–2, May 2022)',
        votes: ballot(['yes', 'yes', 'yes', 'no', 'no'], n(10, 'yes')),
        outcome: 'vetoed',
        vetoedBy: ['RUS', 'CHN'],
        yes: 13,
      },
      {
        name: 'abstention is not a veto',
        votes: ballot(['yes', 'yes', 'yes', 'abstain', 'abstain'], n(10, 'yes')),
        outcome: 'adopted',
        vetoedBy: [],
        yes: 13,
      },
      {
        name: 'elected members against do not veto',
        votes: ballot(['yes', 'yes', 'yes', 'yes', 'yes'], [...n(4, 'yes'), ...n(6, 'no')]),
        outcome: 'adopted',
        vetoedBy: [],
        yes: 9,
      },
      {
        name: 'short of nine with a permanent no is short, not vetoed',
        votes: ballot(['yes', 'yes', 'yes', 'no', 'abstain'], [...n(3, 'yes'), ...n(7, 'abstain')]),
        outcome: 'short',
        vetoedBy: ['RUS'],
        yes: 6,
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const r = outcomeOf(c.votes);
      expect(r.outcome).toBe(c.outcome);
      expect(r.vetoedBy).toEqual(c.vetoedBy);
      expect(r.yes).toBe(c.yes);
      expect(r.yes + r.no + r.abstain).toBe(15);
    });
  }
});

const draftPanel: Order = { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 };

describe('a draft tabled on turn t is voted on turn t+1', () => {
  it('records the draft, then votes it with orders and seat rules, and explains a veto', () => {
    const { state, reports } = play(quietState(), [
      [draftPanel],
      [
        { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' },
        { kind: 'vote', actor: 'CHN', draft: 'R1-1', vote: 'abstain' },
      ],
    ]);
    expect(reports[0]!.council).toEqual([]);
    expect(reports[0]!.notes).toContainEqual({
      kind: 'draftTabled',
      rule: 'R1-1',
      measure: 'renewPanel',
      amount: 4,
      visibleTo: 'all',
    });
    const rec = reports[1]!.council[0]!;
    expect([rec.yes, rec.no, rec.abstain, rec.outcome]).toEqual([13, 1, 1, 'vetoed']);
    expect(rec.votes.find((v) => v.seat === 'RUS')).toEqual({ seat: 'RUS', vote: 'no', by: 'order' });
    expect(rec.votes.find((v) => v.seat === 'MOZ')).toEqual({ seat: 'MOZ', vote: 'yes', by: 'rule', score: 55 });
    expect(explainCouncil(rec)).toBe(
      "R1-1 (renew the Panel of Experts' mandate, value 4): not adopted: it had the nine votes needed (13 in favour, 1 against, 1 abstaining) but RUS voted against as permanent member(s), which is a veto",
    );
    expect(state.council.drafts).toEqual([]);
    expect(state.council.decisions.at(-1)).toEqual({
      draft: 'R1-1',
      measure: 'renewPanel',
      turn: 2,
      outcome: 'vetoed',
      yes: 13,
      no: 1,
      abstain: 1,
      vetoedBy: ['RUS'],
    });
  });

  it('remembers a veto: authority, the vetoer’s reputation and relations', () => {
    const start = quietState();
    const { state } = play(start, [
      [draftPanel],
      [
        { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' },
        { kind: 'vote', actor: 'CHN', draft: 'R1-1', vote: 'abstain' },
      ],
    ]);
    expect(state.indicators.unscAuthority - start.indicators.unscAuthority).toBe(-4);
    expect(state.indicators.rusReputation - start.indicators.rusReputation).toBe(-3);
    expect(state.relations['RUS-UNSC'] - start.relations['RUS-UNSC']).toBe(-5);
    expect(state.relations['RUS-PRK'] - start.relations['RUS-PRK']).toBe(3);
    expect(state.indicators.chnStanding).toBe(start.indicators.chnStanding);
  });

  it('casts the scenario default for RUS and CHN when they give no vote', () => {
    // Enough fresh evidence that the elected seats back the cap; the defaults then veto it.
    const pressed = quietState((x) => {
      for (let i = 0; i < 8; i++) x.council.evidence.push({ turn: 1, kind: 'detected', against: ['PRK'] });
    });
    const { reports } = play(pressed, [[{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }], []]);
    const rec = reports[1]!.council[0]!;
    expect(rec.votes.filter((v) => v.by === 'default')).toEqual([
      { seat: 'RUS', vote: 'no', by: 'default' },
      { seat: 'CHN', vote: 'no', by: 'default' },
    ]);
    expect(rec.outcome).toBe('vetoed');
    expect(rec.vetoedBy).toEqual(['RUS', 'CHN']);
  });

  it('adopts with both abstaining and changes the regime from the next turn', () => {
    const start = quietState((s) => {
      s.regime.panel.mandateEnd = 2;
    });
    const { state, reports } = play(start, [
      [draftPanel],
      [
        { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'abstain' },
        { kind: 'vote', actor: 'CHN', draft: 'R1-1', vote: 'abstain' },
      ],
    ]);
    expect(reports[1]!.council[0]!.outcome).toBe('adopted');
    expect(state.regime.panel.mandateEnd).toBe(6);
    expect(state.indicators.unscAuthority - start.indicators.unscAuthority).toBe(3);
    expect(reports[1]!.notes).toContainEqual({
      kind: 'measureInForce',
      rule: 'R1-1',
      measure: 'renewPanel',
      amount: 4,
      numbers: { fromTurn: 3 },
      visibleTo: 'all',
    });
  });

  const evidenceCases: { name: string; evidence: number; launches: number; score: number; vote: Vote }[] = [
    { name: 'no evidence', evidence: 0, launches: 0, score: 30, vote: 'abstain' },
    { name: 'five breaches and a launch', evidence: 5, launches: 1, score: 47, vote: 'abstain' },
    { name: 'six breaches and a launch', evidence: 6, launches: 1, score: 50, vote: 'yes' },
  ];
  for (const c of evidenceCases) {
    it(`Mozambique's score on an oil cap: ${c.name}`, () => {
      const s = quietState((x) => {
        for (let i = 0; i < c.evidence; i++) x.council.evidence.push({ turn: 1, kind: 'detected', against: ['PRK'] });
        for (let i = 0; i < c.launches; i++) x.council.evidence.push({ turn: 1, kind: 'launch', against: ['PRK'] });
      });
      const { reports } = play(s, [[{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }], []]);
      const rec = reports[1]!.council[0]!;
      // base 40 + bias −10 + 3 × evidence + 2 × launches; yes at 50, no below 0
      expect(rec.votes.find((v) => v.seat === 'MOZ')).toEqual({
        seat: 'MOZ',
        vote: c.vote,
        by: 'rule',
        score: c.score,
      });
      expect([rec.evidence, rec.launches]).toEqual([c.evidence, c.launches]);
    });
  }

  it('evidence older than the window is forgotten', () => {
    const s = quietState((x) => {
      x.turn = 6;
      for (let i = 0; i < 6; i++) x.council.evidence.push({ turn: 1, kind: 'detected', against: ['PRK'] });
    });
    const { reports } = play(s, [[{ kind: 'draft', actor: 'UNSC', measure: 'condemn' }], []]);
    expect(reports[1]!.council[0]!.evidence).toBe(0);
  });
});

describe('council orders that are rejected', () => {
  const s0 = (): GameState => play(quietState(), [[draftPanel]]).state;
  const cases: { name: string; orders: Order[]; reason: string }[] = [
    {
      name: 'a vote by PRK',
      orders: [{ kind: 'vote', actor: 'PRK', draft: 'R1-1', vote: 'yes' }],
      reason: 'notYourOrder',
    },
    {
      name: 'a vote on an unknown draft',
      orders: [{ kind: 'vote', actor: 'RUS', draft: 'R9-9', vote: 'no' }],
      reason: 'unknownDraft',
    },
    {
      name: 'a second vote by the same actor',
      orders: [
        { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' },
        { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'yes' },
      ],
      reason: 'duplicateOrder',
    },
    {
      name: 'a draft by North Korea',
      orders: [{ kind: 'draft', actor: 'PRK', measure: 'condemn' }],
      reason: 'notYourOrder',
    },
    {
      name: 'a condemnation tabled by Russia (it tables only relief)',
      orders: [{ kind: 'draft', actor: 'RUS', measure: 'condemn' }],
      reason: 'notYourMeasure',
    },
    {
      name: 'sanctions relief tabled by the Council majority',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'relief', value: 0 }],
      reason: 'notYourMeasure',
    },
    {
      name: 'a second relief draft by China in one turn',
      orders: [
        { kind: 'draft', actor: 'CHN', measure: 'relief', value: 0 },
        { kind: 'draft', actor: 'CHN', measure: 'relief', value: 800 },
      ],
      reason: 'duplicateOrder',
    },
    {
      name: 'an arms embargo while one is in force',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'armsEmbargo' }],
      reason: 'alreadyInForce',
    },
    {
      name: 'a worker ban while one is in force',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'workerBan', value: 4 }],
      reason: 'alreadyInForce',
    },
    {
      name: 'an oil cap no lower than the 500 in force',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 500 }],
      reason: 'alreadyInForce',
    },
    {
      name: 'a renewal that ends before the mandate does (turn 2 + 1 ≤ 3)',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 1 }],
      reason: 'alreadyInForce',
    },
    {
      name: 'two drafts of the same measure in one turn',
      orders: [
        { kind: 'draft', actor: 'UNSC', measure: 'condemn' },
        { kind: 'draft', actor: 'UNSC', measure: 'condemn' },
      ],
      reason: 'duplicateOrder',
    },
    {
      name: 'a Panel renewal of zero turns',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 0 }],
      reason: 'badMeasureValue',
    },
    {
      name: 'an oil cap without a value',
      orders: [{ kind: 'draft', actor: 'UNSC', measure: 'oilCap' }],
      reason: 'badMeasureValue',
    },
    {
      name: 'a third draft in one turn',
      orders: [
        { kind: 'draft', actor: 'UNSC', measure: 'condemn' },
        { kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 },
        { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 },
      ],
      reason: 'tooManyDrafts',
    },
    { name: 'a launch by Russia', orders: [{ kind: 'launch', actor: 'RUS' }], reason: 'notYourOrder' },
    { name: 'monitoring by China', orders: [{ kind: 'monitor', actor: 'CHN', routes: [] }], reason: 'notYourOrder' },
    {
      name: 'monitoring three routes',
      orders: [
        { kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin', 'dandong-sinuiju'] },
      ],
      reason: 'tooManyRoutes',
    },
    {
      name: 'monitoring an unknown route',
      orders: [{ kind: 'monitor', actor: 'UNSC', routes: ['nowhere'] }],
      reason: 'unknownRoute',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveTurn(s0(), c.orders);
      expect(r.report.rejections.map((x) => x.reason)).toEqual([c.reason]);
    });
  }

  it('monitoring after the mandate has ended', () => {
    const s = quietState((x) => {
      x.regime.panel.mandateEnd = 0;
    });
    const r = resolveTurn(s, [{ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang'] }]);
    expect(r.report.rejections).toEqual([
      { order: 0, actor: 'UNSC', reason: 'panelInactive', message: 'there is no Panel of Experts in this game' },
    ]);
  });
});

describe('a vetoed measure stays off the table for vetoCooldown turns', () => {
  /** The Panel renewal of turn 1, vetoed by Russia on turn 2; then the majority tables it again
   * on each later turn. With a cooldown of 3 the council takes it up from turn 5 (2 + 3). */
  const start = (): GameState =>
    quietState((s) => {
      s.rules = { ...s.rules, design: { ...s.rules.design, vetoCooldown: 3 } };
    });
  const veto: Order = { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' };

  it('refuses the draft on turns 3 and 4, takes it on turn 5', () => {
    const { reports } = play(start(), [[draftPanel], [veto], [draftPanel], [draftPanel], [draftPanel]]);
    expect(reports[1]!.council[0]!.outcome).toBe('vetoed');
    expect(reports.slice(2).map((r) => r.rejections.map((x) => [x.reason, x.message]))).toEqual([
      [['recentlyVetoed', 'a renewPanel draft was vetoed lately; the council takes one up again from turn 5']],
      [['recentlyVetoed', 'a renewPanel draft was vetoed lately; the council takes one up again from turn 5']],
      [],
    ]);
    expect(reports[4]!.notes.filter((n) => n.kind === 'draftTabled').map((n) => n.rule)).toEqual(['R5-1']);
  });

  it('holds only the vetoed measure: a condemnation may be tabled at once', () => {
    const { reports } = play(start(), [[draftPanel], [veto], [{ kind: 'draft', actor: 'UNSC', measure: 'condemn' }]]);
    expect(reports[2]!.rejections).toEqual([]);
  });

  it('a veto before the game (turn 0) counts from turn 0', () => {
    const s = start();
    s.council.decisions = [
      {
        draft: 'R0-9',
        measure: 'renewPanel',
        turn: 0,
        outcome: 'vetoed',
        yes: 13,
        no: 1,
        abstain: 1,
        vetoedBy: ['RUS'],
      },
    ];
    expect(vetoedUntil(s, 'renewPanel')).toBe(3);
    expect(vetoedUntil(s, 'condemn')).toBeNull();
    expect(vetoedUntil({ ...s, turn: 3 }, 'renewPanel')).toBeNull();
  });

  it('with a cooldown of 0 a vetoed draft may come back on the next turn', () => {
    const { reports } = play(quietState(), [[draftPanel], [veto], [draftPanel]]);
    expect(reports[2]!.rejections).toEqual([]);
  });
});

describe('a veto before the game counts from its date', () => {
  const at = (id: string) => initialState(loadScenario(id), 1);

  it('the May 2022 oil-cap veto, six quarters before summit-2023, holds nothing off', () => {
    const s = at('summit-2023');
    expect(
      s.council.decisions.filter((d) => d.outcome === 'vetoed').map((d) => [d.measure, d.turn, d.turnsBefore]),
    ).toEqual([['oilCap', 0, 5]]);
    expect(vetoedUntil(s, 'oilCap')).toBeNull();
  });

  it('the March 2024 Panel veto, the quarter before pyongyang-2024, holds a renewal off until turn 4', () => {
    const s = at('pyongyang-2024');
    expect(s.council.decisions.filter((d) => d.outcome === 'vetoed').map((d) => [d.measure, d.turnsBefore])).toEqual([
      ['oilCap', 8],
      ['renewPanel', undefined],
    ]);
    expect(vetoedUntil(s, 'renewPanel')).toBe(4);
    expect(vetoedUntil({ ...s, turn: 4 }, 'renewPanel')).toBeNull();
  });
});
