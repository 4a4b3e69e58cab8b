/**
 * The heuristic bots give the orders of engine 0.4.0 (lobbying, relief, know-how, nuclear
 * tests, China's fuel and customs) in named situations, with the orders and reasons expected.
 * The rules world and TEST_DESIGN's parameters (tests/ai/world.ts) supply the numbers.
 */
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState, Order } from '../../src/engine/index.ts';
import { botPlan } from '../../src/ai/index.ts';
import { proposed, scenarioState } from './world.ts';

interface Case {
  name: string;
  state: () => GameState;
  actor: ActorId;
  /** Orders of these kinds the bot must give (others it gives are not checked here). */
  kinds: Order['kind'][];
  orders: Order[];
  why?: RegExp;
}

/**
 * Turn 3, a cap of 300 before the council, `evidence` detected items on record, no vetoes on
 * record and Russia and China abstaining by default (neither expects the other to veto), and
 * Guyana's base lowered to 40. Scores on the cap (base + bias −10 + 3 an item): at 4 items the
 * USA, UK, France, Japan, Korea, Malta, Slovenia, Switzerland (57) and Ecuador (52) vote yes:
 * exactly nine. At 5 items Guyana (45) stays below 50 but Sierra Leone (50) joins: ten.
 */
function capVote(evidence: number, adjust?: (s: GameState) => void): GameState {
  return scenarioState((s) => {
    s.turn = 3;
    s.council.drafts = [{ id: 'R2-1', measure: 'oilCap', value: 300, tabledTurn: 2, by: 'UNSC' }];
    s.council.decisions = [];
    for (let i = 0; i < evidence; i++) s.council.evidence.push({ turn: 2, kind: 'detected', against: ['PRK'] });
    const c = s.rules.council;
    s.rules = {
      ...s.rules,
      council: {
        ...c,
        seats: c.seats.map((x) => (x.id === 'GUY' ? { ...x, base: 40 } : x)),
        defaults: { RUS: { vote: 'abstain', byMeasure: {} }, CHN: { vote: 'abstain', byMeasure: {} } },
      },
    };
    adjust?.(s);
  });
}

const CASES: Case[] = [
  {
    name: 'Russia, too low in reputation to veto, courts nobody when ten seats back a cap',
    state: () =>
      capVote(5, (s) => {
        s.indicators.rusReputation = 10;
      }),
    actor: 'RUS',
    kinds: ['vote', 'lobby'],
    orders: [{ kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'abstain' }],
  },
  {
    // Ecuador (52) is the yes vote closest to the threshold: courted, it falls to 37.
    name: 'Russia, too low in reputation to veto, courts the seat that leaves a nine-vote cap short',
    state: () =>
      capVote(4, (s) => {
        s.indicators.rusReputation = 10;
      }),
    actor: 'RUS',
    kinds: ['vote', 'lobby'],
    orders: [
      { kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'abstain' },
      { kind: 'lobby', actor: 'RUS', seat: 'ECU' },
    ],
    why: /^courts Ecuador: R2-1 has exactly 9 votes in favour/,
  },
  {
    name: 'Russia votes for a relief draft',
    state: () =>
      scenarioState((s) => {
        s.turn = 3;
        s.council.drafts = [{ id: 'R2-1', measure: 'relief', value: 0, tabledTurn: 2, by: 'CHN' }];
      }),
    actor: 'RUS',
    kinds: ['vote'],
    orders: [{ kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'yes' }],
  },
  {
    name: 'Russia tables relief on an odd turn when the regime falters and workers are banned',
    state: () =>
      scenarioState((s) => {
        s.turn = 3;
        s.indicators.prkStability = 35;
      }),
    actor: 'RUS',
    kinds: ['draft'],
    orders: [{ kind: 'draft', actor: 'RUS', measure: 'relief', value: 0 }],
  },
  {
    name: 'Russia offers a package of know-how a turn for shells (¶5)',
    state: () =>
      scenarioState((s) => {
        s.turn = 1;
        s.actors.RUS.stocks.knowhow = 3;
      }),
    actor: 'RUS',
    kinds: ['proposeDeal'],
    orders: [
      {
        kind: 'proposeDeal',
        actor: 'RUS',
        to: 'PRK',
        give: { resource: 'currency', amount: 223 },
        get: { resource: 'munitions', amount: 1300 },
        mode: 'covert',
        turns: 3,
        route: 'khasan-tumangang',
      },
      {
        kind: 'proposeDeal',
        actor: 'RUS',
        to: 'PRK',
        give: { resource: 'knowhow', amount: 1 },
        get: { resource: 'munitions', amount: 334 },
        mode: 'covert',
        turns: 3,
        route: 'khasan-tumangang',
      },
      {
        kind: 'proposeDeal',
        actor: 'RUS',
        to: 'PRK',
        give: { resource: 'food', amount: 34 },
        get: { resource: 'labour', amount: 10 },
        mode: 'covert',
        turns: 4,
        route: 'khasan-tumangang',
      },
    ],
  },
  {
    name: 'North Korea takes know-how for shells while its programme is short of target',
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.relations['PRK-CHN'] = 5;
        s.deals = [
          proposed(s, {
            id: 'C1-RUS-PRK-1',
            proposer: 'RUS',
            partner: 'PRK',
            give: { resource: 'knowhow', amount: 1 },
            get: { resource: 'munitions', amount: 334 },
            route: 'vladivostok-rajin',
            mode: 'covert',
            turns: 3,
          }),
        ];
      }),
    actor: 'PRK',
    kinds: ['acceptDeal'],
    orders: [{ kind: 'acceptDeal', actor: 'PRK', deal: 'C1-RUS-PRK-1' }],
  },
  {
    name: 'North Korea tests a nuclear device when far short of its target and able to pay',
    state: () =>
      scenarioState((s) => {
        s.turn = 5;
        s.indicators.prkProgramme = 30;
        s.actors.PRK.stocks.currency = 900;
      }),
    actor: 'PRK',
    kinds: ['nuclearTest', 'launch'],
    orders: [{ kind: 'nuclearTest', actor: 'PRK' }],
  },
  {
    name: 'China holds back its fuel when Pyongyang has worn out its patience',
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.relations['PRK-CHN'] = 15;
      }),
    actor: 'CHN',
    kinds: ['holdFuel'],
    orders: [{ kind: 'holdFuel', actor: 'CHN' }],
  },
  {
    name: 'China does not hold back fuel from a regime near breaking',
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.relations['PRK-CHN'] = 15;
        s.indicators.prkStability = 30;
      }),
    actor: 'CHN',
    kinds: ['holdFuel'],
    orders: [],
  },
  {
    name: 'China tightens customs at Dandong when its standing is below target and the border can spare it',
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.indicators.chnStanding = 45;
        s.indicators.chnBorderStability = 66;
      }),
    actor: 'CHN',
    kinds: ['customs'],
    orders: [{ kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' }],
  },
  {
    name: 'China tables relief on an even turn when the regime falters and its border is below target',
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.indicators.prkStability = 30;
        s.indicators.chnBorderStability = 50;
      }),
    actor: 'CHN',
    kinds: ['draft'],
    orders: [{ kind: 'draft', actor: 'CHN', measure: 'relief', value: 0 }],
  },
  {
    name: 'China, abstaining on a cap Russia is not expected to veto, courts the seat that leaves it short',
    state: () =>
      capVote(4, (s) => {
        s.indicators.chnStanding = 45;
        s.council.decisions = [];
        s.rules = {
          ...s.rules,
          council: {
            ...s.rules.council,
            defaults: { ...s.rules.council.defaults, RUS: { vote: 'abstain', byMeasure: {} } },
          },
        };
      }),
    actor: 'CHN',
    kinds: ['vote', 'lobby'],
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'abstain' },
      { kind: 'lobby', actor: 'CHN', seat: 'ECU' },
    ],
  },
];

describe('the bots give 0.4.0’s orders', () => {
  it.each(CASES)('$name', (c) => {
    const plan = botPlan(c.state(), c.actor).filter((m) => c.kinds.includes(m.order.kind));
    expect(plan.map((m) => m.order)).toEqual(c.orders);
    if (c.why !== undefined) expect(plan.at(-1)?.why).toMatch(c.why);
  });
});
