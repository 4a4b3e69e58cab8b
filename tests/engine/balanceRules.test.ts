/**
 * Balance rules with exact values, at the design parameters of tests/fixtures.ts (TEST_DESIGN):
 * - a launch PRK orders spends launchCurrency (10) of its hard currency, or what is left, and
 *   strains relations with China by launchChinaRelation (2) and the Council by 2;
 * - an adopted oil cap, worker ban or arms embargo costs the regime sanctionStability (3);
 *   a yes on it costs the voter 4 with Pyongyang and 2 with its fellow permanent member, and
 *   China 2 influence (it still earns 2 standing);
 * - sanctions integrity is scored on outcomes: it drifts toward the share of the value of goods
 *   to or from North Korea that keeps to the measures in force (a quarter of the way, at most 3
 *   a turn); the public figure counts declared and detected cargo, the hidden true one
 *   everything; seized cargo was stopped. A detected breach builds the Council's case (+1).
 */
import { describe, expect, it } from 'vitest';
import type { GameState, IndicatorId, Order, PairKey, Vote } from '../../src/engine/index.ts';
import { resolveTurn } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

const launch: Order = { kind: 'launch', actor: 'PRK' };

describe('a launch PRK orders costs hard currency and Beijing’s patience', () => {
  const cases: { name: string; currency: number; spent: number }[] = [
    { name: 'with 300 in hand it spends 10', currency: 300, spent: 10 },
    { name: 'with exactly 10 it spends 10', currency: 10, spent: 10 },
    { name: 'with 4 it spends what is left', currency: 4, spent: 4 },
    { name: 'with nothing it still launches and spends nothing', currency: 0, spent: 0 },
  ];
  it.each(cases)('$name', ({ currency, spent }) => {
    const s = quietState((x) => {
      x.deals = [];
      x.actors.PRK.stocks.currency = currency;
    });
    const r = resolveTurn(s, [launch]);
    expect(r.report.rejections).toEqual([]);
    // The launch's own entry (production and deals move the stock later in the turn).
    const paid = r.report.changes.filter((c) => c.cause.rule === 'launch' && c.target.kind === 'stock');
    expect(
      paid.map((c) => (c.target.kind === 'stock' ? [c.target.actor, c.target.resource, c.before - c.after] : [])),
    ).toEqual(spent === 0 ? [] : [['PRK', 'currency', spent]]);
    expect(r.state.indicators.prkProgramme - s.indicators.prkProgramme).toBe(2);
    expect(r.state.relations['PRK-CHN'] - s.relations['PRK-CHN']).toBe(-2);
    expect(r.state.relations['PRK-UNSC'] - s.relations['PRK-UNSC']).toBe(-2);
  });
});

/** Enough recent evidence that every elected seat votes yes on any sanction. */
function pressed(): GameState {
  return quietState((x) => {
    x.deals = [];
    x.regime.bans = [];
    for (let i = 0; i < 20; i++)
      x.council.evidence = [...x.council.evidence, { turn: 1, kind: 'detected', against: ['PRK'] }];
  });
}

const WATCH: (IndicatorId | PairKey)[] = [
  'prkStability',
  'chnInfluence',
  'chnStanding',
  'rusReputation',
  'PRK-CHN',
  'RUS-PRK',
  'RUS-CHN',
];

function deltas(start: GameState, end: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of WATCH) {
    const d = k.includes('-')
      ? end.relations[k as PairKey] - start.relations[k as PairKey]
      : end.indicators[k as IndicatorId] - start.indicators[k as IndicatorId];
    if (d !== 0) out[k] = d;
  }
  return out;
}

describe('an adopted sanction bites, and a yes costs the voter', () => {
  const cases: {
    name: string;
    measure: 'oilCap' | 'armsEmbargo' | 'condemn';
    rus: Vote;
    chn: Vote;
    outcome: string;
    expected: Record<string, number>;
  }[] = [
    {
      name: 'oil cap, both abstain: the regime loses 3',
      measure: 'oilCap',
      rus: 'abstain',
      chn: 'abstain',
      outcome: 'adopted',
      expected: { prkStability: -3 },
    },
    {
      name: 'oil cap, China votes yes: 2 standing earned, 2 influence, 4 with Pyongyang and 2 with Moscow lost',
      measure: 'oilCap',
      rus: 'abstain',
      chn: 'yes',
      outcome: 'adopted',
      expected: { prkStability: -3, chnInfluence: -2, chnStanding: 2, 'PRK-CHN': -4, 'RUS-CHN': -2 },
    },
    {
      name: 'arms embargo, both vote yes: each pays Pyongyang, and Moscow and Beijing each cost the pair 2',
      measure: 'armsEmbargo',
      rus: 'yes',
      chn: 'yes',
      outcome: 'adopted',
      expected: {
        prkStability: -3,
        chnInfluence: -2,
        chnStanding: 2,
        rusReputation: 2,
        'PRK-CHN': -4,
        'RUS-PRK': -4,
        'RUS-CHN': -4,
      },
    },
    {
      name: 'oil cap vetoed by China: nothing bites; China pays 3 standing, gains 3 with Pyongyang',
      measure: 'oilCap',
      rus: 'abstain',
      chn: 'no',
      outcome: 'vetoed',
      expected: { chnStanding: -3, 'PRK-CHN': 3 },
    },
    {
      name: 'a condemnation is not a sanction: no stability lost, no price for a yes',
      measure: 'condemn',
      rus: 'abstain',
      chn: 'yes',
      outcome: 'adopted',
      expected: {},
    },
  ];
  it.each(cases)('$name', ({ measure, rus, chn, outcome, expected }) => {
    const start = pressed();
    const draft: Order =
      measure === 'oilCap'
        ? { kind: 'draft', actor: 'UNSC', measure, value: 300 }
        : { kind: 'draft', actor: 'UNSC', measure };
    const tabled = resolveTurn(start, [draft]).state;
    const r = resolveTurn(tabled, [
      { kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: rus },
      { kind: 'vote', actor: 'CHN', draft: 'R1-1', vote: chn },
    ]);
    expect(r.report.council[0]!.outcome).toBe(outcome);
    expect(deltas(tabled, r.state)).toEqual(expected);
  });
});

describe('sanctions integrity follows the share of trade that keeps to the measures', () => {
  const oil = (mode: 'declared' | 'covert'): Order => ({
    kind: 'ship',
    actor: 'RUS',
    to: 'PRK',
    resource: 'oil',
    amount: 100,
    route: 'vladivostok-rajin',
    mode,
  });
  // Integrity starts at 60 (seen and true); 50 thousand barrels are left under the cap.
  const cases: {
    name: string;
    mode: 'declared' | 'covert';
    odds: number;
    seize: number;
    seen: number;
    truth: number;
    authority: number;
    reputation: number;
  }[] = [
    {
      name: 'declared 100, 50 over the cap: 50% kept, both figures move trunc((50 − 60) / 4) = −2',
      mode: 'declared',
      odds: 0,
      seize: 0,
      seen: -2,
      truth: -2,
      authority: 0,
      reputation: -2,
    },
    {
      name: 'covert 100, detected and delivered: 0% kept, −3 both (at most 3 a turn); the case is built',
      mode: 'covert',
      odds: 10_000,
      seize: 0,
      seen: -3,
      truth: -3,
      authority: 1,
      reputation: -2,
    },
    {
      name: 'covert 100, detected and seized: stopped, 100% kept, +3 both',
      mode: 'covert',
      odds: 10_000,
      seize: 10_000,
      seen: 3,
      truth: 3,
      authority: 1,
      reputation: -2,
    },
    {
      name: 'covert 100, unseen: the world sees nothing move; the true figure falls 3',
      mode: 'covert',
      odds: 0,
      seize: 0,
      seen: 0,
      truth: -3,
      authority: 0,
      reputation: 0,
    },
  ];
  it.each(cases)('$name', ({ mode, odds, seize, seen, truth, authority, reputation }) => {
    const start = quietState((s) => {
      s.deals = [];
      s.turn = 2;
      s.regime.panel.mandateEnd = 0;
      s.regime.caps[0]!.year = 2024;
      s.regime.caps[0]!.declared = 450;
      s.indicators.unscSanctionsIntegrity = 60;
      s.hidden.integrity = 60;
      s.rules = { ...s.rules, design: { ...s.rules.design, seizeBp: seize } };
      for (const r of s.routes) r.detectionBp = odds;
    });
    const { state } = play(start, [[oil(mode)]]);
    expect(state.indicators.unscSanctionsIntegrity - 60).toBe(seen);
    expect(state.hidden.integrity - 60).toBe(truth);
    expect(state.indicators.unscAuthority - start.indicators.unscAuthority).toBe(authority);
    expect(state.indicators.rusReputation - start.indicators.rusReputation).toBe(reputation);
  });
});
