/**
 * Each bot does what its actor should in named situations, with the exact orders expected.
 * The shipped scenario supplies the rules (needs, prices, routes, regime, council); each case
 * sets the facts its orders depend on.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { botOrders, botPlan } from '../../src/ai/index.ts';
import { decision, evidence, proposed, scenarioState } from './world.ts';

const rusFullMunitions: Order = { kind: 'setPriorities', actor: 'RUS', munitions: 100, labourAbroad: 0 };

/** Turn 2, with a Russian proposal from turn 1 on the table and relations with China at 5
 * (below the launch floor, so no launch clutters the orders). */
function offerToPyongyang(food: number, give: number, get: number): GameState {
  return scenarioState((s) => {
    s.turn = 2;
    s.actors.PRK.stocks.food = food;
    s.relations['PRK-CHN'] = 5;
    s.deals = [
      proposed(s, {
        id: 'D1-1',
        proposer: 'RUS',
        partner: 'PRK',
        give: { resource: 'food', amount: give },
        get: { resource: 'munitions', amount: get },
        route: 'khasan-tumangang',
        mode: 'covert',
        turns: 3,
      }),
    ];
  });
}

function pendingDraft(measure: 'oilCap' | 'renewPanel', standing: number, reputation: number): GameState {
  return scenarioState((s) => {
    s.turn = 3;
    // Two caps adopted without a Russian veto: Russia is not expected to veto this one.
    s.council.decisions = [decision('oilCap', 1, []), decision('oilCap', 2, [])];
    s.council.drafts = [{ id: 'R2-1', measure, value: measure === 'oilCap' ? 300 : 4, tabledTurn: 2, by: 'UNSC' }];
    s.indicators.chnStanding = standing;
    s.indicators.rusReputation = reputation;
  });
}

/** Turn 2: the Panel's renewal before the council, Russia's two covert proposals of turn 1
 * (shells for cash, workers for food, by rail) about to start, the Panel watching `monitored`. */
function panelVote(monitored: string[], reputation: number): GameState {
  return scenarioState((s) => {
    s.turn = 2;
    s.council.drafts = [{ id: 'R1-1', measure: 'renewPanel', value: 4, tabledTurn: 1, by: 'UNSC' }];
    s.regime.panel.monitored = monitored;
    s.indicators.rusReputation = reputation;
    s.deals.push(
      proposed(s, {
        id: 'D1-1',
        proposer: 'RUS',
        partner: 'PRK',
        give: { resource: 'currency', amount: 229 },
        get: { resource: 'munitions', amount: 1300 },
        route: 'khasan-tumangang',
        mode: 'covert',
        turns: 3,
      }),
      proposed(s, {
        id: 'D1-2',
        proposer: 'RUS',
        partner: 'PRK',
        give: { resource: 'food', amount: 34 },
        get: { resource: 'labour', amount: 10 },
        route: 'khasan-tumangang',
        mode: 'covert',
        turns: 4,
      }),
    );
  });
}

const cases: { name: string; state: () => GameState; actor: 'RUS' | 'PRK' | 'CHN' | 'UNSC'; orders: Order[] }[] = [
  {
    name: 'PRK with no food accepts Russian food for shells, and shifts industry to food',
    state: () => offerToPyongyang(0, 300, 1000),
    actor: 'PRK',
    orders: [
      { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' },
      { kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 0 },
    ],
  },
  {
    name: "PRK with no food or fuel accepts 200 Russian oil for 400 shells by sea: oil worth double when short (36,000), shells it does not use 40% of list plus 35% for the monitored lane's risk (32,400)",
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.actors.PRK.stocks.food = 0;
        s.actors.PRK.stocks.oil = 0;
        s.relations['PRK-CHN'] = 5;
        s.deals.push(
          proposed(s, {
            id: 'D1-1',
            proposer: 'RUS',
            partner: 'PRK',
            give: { resource: 'oil', amount: 200 },
            get: { resource: 'munitions', amount: 400 },
            route: 'vladivostok-rajin',
            mode: 'covert',
            turns: 3,
          }),
        );
      }),
    actor: 'PRK',
    orders: [
      { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' },
      { kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 0 },
    ],
  },
  {
    name: 'PRK refuses 200 oil for 500 shells on the same lane (40,500 > 36,000)',
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.actors.PRK.stocks.food = 0;
        s.actors.PRK.stocks.oil = 0;
        s.relations['PRK-CHN'] = 5;
        s.deals.push(
          proposed(s, {
            id: 'D1-1',
            proposer: 'RUS',
            partner: 'PRK',
            give: { resource: 'oil', amount: 200 },
            get: { resource: 'munitions', amount: 500 },
            route: 'vladivostok-rajin',
            mode: 'covert',
            turns: 3,
          }),
        );
      }),
    actor: 'PRK',
    orders: [{ kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 0 }],
  },
  {
    name: 'PRK refuses 3,000 shells for 10 thousand tonnes of food',
    state: () => offerToPyongyang(400, 10, 3000),
    actor: 'PRK',
    orders: [{ kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 0 }],
  },
  {
    name: 'PRK on turn 1 (programme 40 < 60, China relation 45) holds its launch: its hard currency (300) falls every turn until Russia pays, and a launch (10) would leave too little for its deals to the end of the game; a stockpile of 6,000 shells lets industry grow food',
    state: () => scenarioState(),
    actor: 'PRK',
    orders: [{ kind: 'setPriorities', actor: 'PRK', munitions: 10, labourAbroad: 0 }],
  },
  {
    name: "RUS on turn 1 buys 1,300 shells covertly by rail for cash at 120% of list (60 + 25 for the seller's risk + 30 for a war effort 15 below target + 5 drawn), and 10 thousand workers for food; no fuel before a deal runs",
    state: () => scenarioState(),
    actor: 'RUS',
    orders: [
      rusFullMunitions,
      {
        kind: 'proposeDeal',
        actor: 'RUS',
        to: 'PRK',
        give: { resource: 'currency', amount: 234 },
        get: { resource: 'munitions', amount: 1300 },
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
    name: "RUS fuels its supplier while a deal runs: North Korea's oil need (150) less China's declared 100, plus 50, declared within the cap",
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.deals.push({
          id: 'D1-1',
          proposer: 'RUS',
          partner: 'PRK',
          give: { resource: 'currency', amount: 180 },
          get: { resource: 'munitions', amount: 1300 },
          route: 'khasan-tumangang',
          mode: 'covert',
          turns: 3,
          remaining: 3,
          status: 'active',
          proposedTurn: 1,
        });
      }),
    actor: 'RUS',
    orders: [
      rusFullMunitions,
      {
        kind: 'ship',
        actor: 'RUS',
        to: 'PRK',
        resource: 'oil',
        amount: 100,
        route: 'vladivostok-rajin',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'RUS vetoes the Panel when it would watch both routes of its two covert deals: 2 legs × 25% × 4 turns × 2 points = 4 > 3 for a veto',
    state: () => panelVote(['khasan-tumangang', 'vladivostok-rajin'], 25),
    actor: 'RUS',
    orders: [{ kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' }, rusFullMunitions],
  },
  {
    name: 'RUS vetoes the Panel even when it does not yet watch its rail route: a renewed Panel can be pointed anywhere (2 legs × 25% × 4 turns × 2 points = 4 > 3)',
    state: () => panelVote(['vladivostok-rajin'], 25),
    actor: 'RUS',
    orders: [{ kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'no' }, rusFullMunitions],
  },
  {
    name: 'RUS abstains on the Panel with reputation 10: a veto would cost too much',
    state: () => panelVote(['khasan-tumangang', 'vladivostok-rajin'], 10),
    actor: 'RUS',
    orders: [{ kind: 'vote', actor: 'RUS', draft: 'R1-1', vote: 'abstain' }, rusFullMunitions],
  },
  {
    name: 'CHN vetoes a cap Russia will not block, with standing 60 (target 50)',
    state: () => pendingDraft('oilCap', 60, 25),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'no' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 280,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN abstains rather than vetoes when its standing is low (45)',
    state: () => pendingDraft('oilCap', 45, 25),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'abstain' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 330,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN votes for the cap when its standing is far below target (38)',
    state: () => pendingDraft('oilCap', 38, 25),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'yes' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 290,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN vetoes a harsh cap (300, a 40% cut) at standing 48, accepting a dip to 45 to shield a friendly Pyongyang',
    state: () => pendingDraft('oilCap', 48, 25),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'no' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 300,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN lets a mild cap (400, a 20% cut) through at standing 48',
    state: () =>
      scenarioState((s) => {
        s.turn = 3;
        s.council.decisions = [decision('oilCap', 1, []), decision('oilCap', 2, [])];
        s.council.drafts = [{ id: 'R2-1', measure: 'oilCap', value: 400, tabledTurn: 2, by: 'UNSC' }];
        s.indicators.chnStanding = 48;
      }),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'abstain' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 300,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN abstains on the Panel while relations with Pyongyang are good',
    state: () => pendingDraft('renewPanel', 60, 25),
    actor: 'CHN',
    orders: [
      { kind: 'vote', actor: 'CHN', draft: 'R2-1', vote: 'abstain' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 280,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN ends its declared oil deal when the cap has 50 of 500 left for the year',
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.regime.caps[0]!.year = 2024;
        s.regime.caps[0]!.declared = 450;
      }),
    actor: 'CHN',
    orders: [
      { kind: 'cancelDeal', actor: 'CHN', deal: 'D0-2' },
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 310,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN sends aid only from what its running food deal (400 a turn) leaves of a stock of 600',
    state: () =>
      scenarioState((s) => {
        s.actors.CHN.stocks.food = 600;
      }),
    actor: 'CHN',
    orders: [
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 200,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'CHN sends no more aid than the bridge has left after its deals (1,000 − 400 food)',
    state: () =>
      scenarioState((s) => {
        s.indicators.chnInfluence = 40;
      }),
    actor: 'CHN',
    orders: [
      {
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 600,
        route: 'dandong-sinuiju',
        mode: 'declared',
      },
    ],
  },
  {
    name: 'UNSC on turn 1 tables the Panel renewal and points the Panel at both Russian routes',
    state: () => scenarioState(),
    actor: 'UNSC',
    orders: [
      { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 },
      { kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin'] },
    ],
  },
  {
    name: 'UNSC does not table a draft RUS has vetoed twice without new evidence',
    state: () =>
      scenarioState((s) => {
        s.turn = 3;
        s.council.decisions.push(decision('renewPanel', 1, ['RUS']), decision('renewPanel', 2, ['RUS']));
      }),
    actor: 'UNSC',
    orders: [{ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin'] }],
  },
  {
    name: "UNSC does not table it again within the seats' window of a veto, even with two new items of evidence: it would only invite another veto",
    state: () =>
      scenarioState((s) => {
        s.turn = 3;
        s.council.decisions.push(decision('renewPanel', 1, ['RUS']), decision('renewPanel', 2, ['RUS']));
        s.council.evidence.push(evidence(2), evidence(2));
      }),
    actor: 'UNSC',
    orders: [{ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin'] }],
  },
  {
    name: "UNSC tables it again once the vetoes are older than the seats' window (four turns) and two new items of evidence are on record",
    state: () =>
      scenarioState((s) => {
        s.turn = 6;
        s.council.decisions.push(decision('renewPanel', 1, ['RUS']), decision('renewPanel', 2, ['RUS']));
        s.council.evidence.push(evidence(5), evidence(5));
      }),
    actor: 'UNSC',
    orders: [{ kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 }],
  },
  {
    name: "UNSC, with six items of evidence and China's 2022 veto of a cap on record, tables no cap: 11 seats would vote yes, so a veto would not isolate the vetoer, and adoption (23%) earns authority, not integrity (23% × 3 < 77% × 4)",
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.regime.panel.mandateEnd = 8;
        for (let i = 0; i < 6; i++) s.council.evidence.push(evidence(2));
      }),
    actor: 'UNSC',
    orders: [{ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin'] }],
  },
  {
    name: 'UNSC with the same evidence and no veto on record tables no cap either (the priors still expect a veto)',
    state: () =>
      scenarioState((s) => {
        s.turn = 4;
        s.regime.panel.mandateEnd = 8;
        s.council.decisions = [];
        for (let i = 0; i < 6; i++) s.council.evidence.push(evidence(2));
      }),
    actor: 'UNSC',
    orders: [{ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'vladivostok-rajin'] }],
  },
  {
    name: 'UNSC moves the Panel to the route with three detections',
    state: () =>
      scenarioState((s) => {
        s.turn = 2;
        s.council.evidence.push(
          evidence(1, 'dandong-sinuiju'),
          evidence(1, 'dandong-sinuiju'),
          evidence(1, 'dandong-sinuiju'),
        );
      }),
    actor: 'UNSC',
    orders: [
      { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 },
      { kind: 'monitor', actor: 'UNSC', routes: ['dandong-sinuiju', 'khasan-tumangang'] },
    ],
  },
  {
    name: 'UNSC does not monitor once the Panel has lapsed',
    state: () =>
      scenarioState((s) => {
        s.turn = 5;
        s.council.decisions.push(decision('renewPanel', 2, ['RUS']), decision('renewPanel', 4, ['RUS']));
      }),
    actor: 'UNSC',
    orders: [],
  },
];

describe('bots in named situations', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(botOrders(c.state(), c.actor)).toEqual(c.orders);
    });
  }
});

describe('bots say why', () => {
  const reasons: { name: string; state: () => GameState; actor: 'RUS' | 'PRK' | 'CHN' | 'UNSC'; why: string[] }[] = [
    {
      name: 'China abstains and lets Russia carry a veto it expects',
      state: () =>
        scenarioState((s) => {
          s.turn = 3;
          s.council.drafts = [{ id: 'R2-1', measure: 'oilCap', value: 300, tabledTurn: 2, by: 'UNSC' }];
          s.indicators.chnStanding = 60;
        }),
      actor: 'CHN',
      why: [
        'abstains on R2-1: Russia is expected to veto it (odds 80%), so China need not pay for a veto (standing 60 (10 above target), relations with Pyongyang 45)',
        "sends food aid: influence is 75 and border stability 60, within 5 of or below their targets (70 and 60); aid raises China's share of North Korea's imports and steadies the regime",
      ],
    },
    {
      name: 'Russia weighs the Panel against the veto',
      state: () => panelVote(['khasan-tumangang', 'vladivostok-rajin'], 25),
      actor: 'RUS',
      why: [
        'vetoes R1-1: the Panel would cost about 7.00 reputation points in detected breaches and seized cargo over 4 turns of its covert deals, against 3 for a veto',
        'puts all industry into munitions: food stocks (20000) cover four turns of its food deliveries and aid',
      ],
    },
    {
      name: 'the Council gives its forecast',
      state: () => scenarioState(),
      actor: 'UNSC',
      why: [
        'tables renewPanel (value 4): 13 of the 13 seats that vote by rule should vote yes on the evidence; odds 24% adopted, 76% vetoed (Russia "no" 70%, China "no" 20%)',
        'points the Panel at khasan-tumangang and vladivostok-rajin: the routes with most public evidence of breaches, then most sanctioned capacity into North Korea',
      ],
    },
  ];
  for (const c of reasons) {
    it(c.name, () => {
      const s = c.state();
      const plan = botPlan(s, c.actor);
      expect(plan.map((m) => m.why)).toEqual(c.why);
      expect(plan.map((m) => m.order)).toEqual(botOrders(s, c.actor));
    });
  }
});
