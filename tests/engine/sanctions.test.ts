import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { resolveTurn, viewReport } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

/** No standing deals, no Panel, no detection: each test sets the odds it needs. */
function regimeState(adjust?: (s: GameState) => void): GameState {
  return quietState((s) => {
    s.deals = [];
    s.regime.panel.mandateEnd = 0;
    for (const r of s.routes) r.detectionBp = 0;
    adjust?.(s);
  });
}

const oil = (amount: number, mode: 'declared' | 'covert' = 'declared'): Order => ({
  kind: 'ship',
  actor: 'RUS',
  to: 'PRK',
  resource: 'oil',
  amount,
  route: 'vladivostok-rajin',
  mode,
});

describe('caps count declared deliveries per calendar year', () => {
  it('Oct 2023 and Jan 2024 are different years: 300 + 300 breaks nothing', () => {
    const { state, reports } = play(regimeState(), [[oil(300)], [oil(300)]]);
    expect(reports.flatMap((r) => r.notes).filter((n) => n.kind === 'capExceeded')).toEqual([]);
    expect(state.regime.caps[0]).toMatchObject({ id: 'oil-cap-2397', year: 2024, declared: 300 });
  });

  it('Jan and Apr 2024 are the same year: the second 300 goes 100 over the 500 cap', () => {
    const start = regimeState((s) => {
      s.turn = 2;
    });
    const { state, reports } = play(start, [[oil(300)], [oil(300)], [oil(50)]]);
    expect(reports[1]!.notes).toEqual([
      {
        kind: 'capExceeded',
        actor: 'RUS',
        rule: 'oil-cap-2397',
        amount: 100,
        numbers: { perYear: 500, declared: 600, year: 2024 },
        visibleTo: 'all',
      },
    ]);
    // Every further declared barrel that year is over the cap.
    expect(reports[2]!.notes.map((n) => n.amount)).toEqual([50]);
    expect(state.indicators.rusReputation - start.indicators.rusReputation).toBe(-4);
    // Integrity (40) follows the share of the oil that kept to the cap: all of it (+3, the
    // most a turn), two thirds (66: +3), none (0: −3).
    expect(reports.map((r) => r.changes.filter((c) => c.cause.rule === 'integrityDrift').map((c) => c.after))).toEqual([
      [43],
      [46],
      [43],
    ]);
    expect(state.council.evidence.map((e) => [e.turn, e.kind, e.amount])).toEqual([
      [3, 'declared', 100],
      [4, 'declared', 50],
    ]);
  });

  it('covert oil is not counted against the cap; undetected, only the parties see the breach', () => {
    const r = resolveTurn(regimeState(), [oil(400, 'covert')]);
    expect(r.state.regime.caps[0]!.declared).toBe(0);
    expect(r.report.notes).toEqual([
      {
        kind: 'covertBreach',
        actor: 'RUS',
        rule: 'oil-cap-2397',
        amount: 400,
        numbers: { detected: 0 },
        visibleTo: ['RUS', 'PRK'],
      },
    ]);
    expect(viewReport(r.report, 'CHN').notes).toEqual([]);
    expect(viewReport(r.report, 'PRK').notes.length).toBe(1);
    expect(r.state.council.evidence).toEqual([]);
  });

  it('detected covert oil becomes public evidence', () => {
    const s = regimeState((x) => {
      x.routes.find((r) => r.id === 'vladivostok-rajin')!.detectionBp = 10_000;
    });
    const r = resolveTurn(s, [oil(200, 'covert')]);
    expect(r.report.notes).toEqual([
      {
        kind: 'covertBreach',
        actor: 'RUS',
        rule: 'oil-cap-2397',
        amount: 200,
        numbers: { detected: 1 },
        visibleTo: 'all',
      },
    ]);
    expect(r.state.council.evidence).toEqual([
      {
        turn: 1,
        kind: 'detected',
        against: ['RUS', 'PRK'],
        rule: 'oil-cap-2397',
        amount: 200,
        route: 'vladivostok-rajin',
      },
    ]);
  });
});

describe('bans', () => {
  it('a declared shipment of banned munitions is a breach for the whole amount', () => {
    const r = resolveTurn(regimeState(), [
      {
        kind: 'ship',
        actor: 'PRK',
        to: 'RUS',
        resource: 'munitions',
        amount: 100,
        route: 'khasan-tumangang',
        mode: 'declared',
      },
    ]);
    expect(r.report.notes).toEqual([
      { kind: 'banBroken', actor: 'PRK', rule: 'arms-1718', amount: 100, visibleTo: 'all' },
    ]);
    expect(r.report.rejections).toEqual([]);
  });

  it('the repatriation deadline reports workers still abroad', () => {
    const s = regimeState((x) => {
      x.regime.bans = [
        {
          id: 'workers',
          resource: 'labour',
          from: 'PRK',
          to: null,
          sources: ['res-2397'],
          fromTurn: 1,
          deadlineTurn: 2,
        },
      ];
      x.actors.RUS.stocks.labour = 7;
    });
    const { reports, state } = play(s, [[], []]);
    expect(reports[0]!.notes).toEqual([]);
    expect(reports[1]!.notes).toEqual([
      { kind: 'notRepatriated', actor: 'RUS', rule: 'workers', amount: 7, visibleTo: 'all' },
    ]);
    expect(state.council.evidence).toEqual([
      { turn: 2, kind: 'notRepatriated', against: ['RUS', 'PRK'], rule: 'workers', amount: 7 },
    ]);
  });

  it('before the deadline, deliveries under older deals are tolerated; from it, they are breaches', () => {
    const s = regimeState((x) => {
      x.regime.bans = [
        {
          id: 'workers',
          resource: 'labour',
          from: 'PRK',
          to: null,
          sources: ['res-2397'],
          fromTurn: 1,
          deadlineTurn: 3,
        },
      ];
      x.deals = [
        {
          id: 'D0-1',
          proposer: 'PRK',
          partner: 'RUS',
          give: { resource: 'labour', amount: 2 },
          get: { resource: 'currency', amount: 1 },
          route: 'khasan-tumangang',
          mode: 'declared',
          turns: 5,
          remaining: 5,
          status: 'active',
          proposedTurn: 0,
        },
      ];
    });
    const { reports } = play(s, [[], [], []]);
    // At the deadline (turn 3, checked after that turn's deliveries) the six thousand workers
    // delivered under the old contract are still in Russia.
    expect(reports.map((r) => r.notes.map((n) => n.kind))).toEqual([
      ['graceTolerated'],
      ['graceTolerated'],
      ['banBroken', 'notRepatriated'],
    ]);
    expect(reports[2]!.notes[1]!.amount).toBe(6);
  });
});

describe('adopted measures', () => {
  it('a tighter oil cap takes effect the turn after adoption and keeps the year’s count', () => {
    // Four pieces of evidence bring Switzerland, Ecuador and Guyana to yes: 10 in favour.
    const start = regimeState((s) => {
      s.turn = 2;
      for (let i = 0; i < 4; i++) s.council.evidence.push({ turn: 1, kind: 'report', against: ['RUS'] });
    });
    const abstain = (draft: string): Order[] => [
      { kind: 'vote', actor: 'RUS', draft, vote: 'abstain' },
      { kind: 'vote', actor: 'CHN', draft, vote: 'abstain' },
    ];
    const { state, reports } = play(start, [
      [oil(150), { kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 200 }],
      [oil(40), ...abstain('R2-1')],
      [oil(40)],
    ]);
    expect([reports[1]!.council[0]!.outcome, reports[1]!.council[0]!.yes]).toEqual(['adopted', 10]);
    expect(reports[1]!.notes.filter((n) => n.kind === 'capExceeded')).toEqual([]);
    expect(reports[2]!.notes).toEqual([
      {
        kind: 'capExceeded',
        actor: 'RUS',
        rule: 'R2-1',
        amount: 30,
        numbers: { perYear: 200, declared: 230, year: 2024 },
        visibleTo: 'all',
      },
    ]);
    expect(state.regime.caps.map((c) => [c.id, c.untilTurn])).toEqual([
      ['oil-cap-2397', 3],
      ['R2-1', null],
    ]);
  });
});
