/**
 * The search bot (`hard`): deterministic for a (game seed, turn, actor) and a budget, blind to
 * what its actor may not see, legal, no heuristic-plan change without rollouts; its order
 * generator covers every order kind of the engine; its own seed and its sampled worlds are
 * pinned, so Node and a browser can be compared against the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState, Order } from '../../src/engine/index.ts';
import { ACTORS, ORDER_KINDS, cloneState, hashState, isOver, playTurns, resolveTurn } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import {
  KINDS,
  botOrders,
  botsFor,
  decisionSeed,
  labelOf,
  openingOf,
  rolloutBudget,
  sampleWorld,
  searchFromView,
  searchOrders,
  viewFor,
} from '../../src/ai/index.ts';
import { amounts } from '../../src/ai/orderKinds.ts';
import { differences } from '../../src/sim/index.ts';
import { seedRng } from '../../src/engine/index.ts';
import { loadScenario } from '../fixtures.ts';

const SC = loadScenario();
const OPENING = openingOf(initialState(SC, 1));
/** Small budgets keep these tests fast; the behaviour does not depend on the size. */
const BUDGET = 24;

function played(seed: number, turns: number): GameState {
  return playTurns(initialState(SC, seed), turns, botsFor()).state;
}

function hard(s: GameState, a: ActorId, seed = 1, budget = BUDGET): Order[] {
  return searchOrders(s, a, { budget, seed, opening: OPENING });
}

describe('the order generator', () => {
  it('has an entry for every order kind of the engine', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...ORDER_KINDS].sort());
  });

  const cases: { name: string; max: number; out: number[] }[] = [
    { name: 'nothing available', max: 0, out: [] },
    { name: 'one unit', max: 1, out: [1] },
    { name: 'odd', max: 7, out: [3, 7] },
    { name: 'even', max: 400, out: [200, 400] },
  ];
  for (const c of cases) it(`amounts: ${c.name}`, () => expect(amounts(c.max)).toEqual(c.out));

  const labels: { order: Order; label: string }[] = [
    { order: { kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'yes' }, label: 'vote yes' },
    { order: { kind: 'launch', actor: 'PRK' }, label: 'launch' },
    {
      order: { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'food', amount: 5, route: 'x', mode: 'declared' },
      label: 'ship food declared',
    },
    { order: { kind: 'draft', actor: 'UNSC', measure: 'condemn', value: 0 }, label: 'draft condemn' },
  ];
  for (const c of labels) it(`labels: ${c.label}`, () => expect(labelOf(c.order)).toBe(c.label));

  it('names what the search changed: added orders, and dropped decisions as "no …"', () => {
    const base: Order[] = [
      { kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'no' },
      { kind: 'launch', actor: 'PRK' },
    ];
    const chosen: Order[] = [{ kind: 'vote', actor: 'RUS', draft: 'R2-1', vote: 'yes' }];
    expect(differences(base, chosen)).toEqual(['vote yes', 'no launch']);
    expect(differences(base, base)).toEqual([]);
  });
});

describe('determinism', () => {
  it("the bot's own seed is pinned for (game seed, turn, actor)", () => {
    expect([
      decisionSeed(0, 1, 'RUS'),
      decisionSeed(2023, 1, 'PRK'),
      decisionSeed(2023, 2, 'PRK'),
      decisionSeed(2 ** 40 + 5, 7, 'UNSC'),
    ]).toEqual([1_537_191_807, 3_060_101_943, 48_357_705, 4_026_283_026]);
    expect(new Set([1, 2, 3, 4].map((t) => decisionSeed(9, t, 'CHN'))).size).toBe(4);
  });

  it('a sampled world is pinned (the same values in every JavaScript engine)', () => {
    const v = viewFor(played(4, 3), 'CHN');
    const w = sampleWorld(v, OPENING, seedRng(99));
    expect(w.actors.PRK.stocks).toEqual({
      oil: 505,
      food: 341,
      munitions: 11_988,
      labour: 55,
      currency: 441,
      knowhow: 0,
    });
    expect(w.relations).toEqual({
      'RUS-PRK': 49,
      'RUS-CHN': 40,
      'RUS-UNSC': -39,
      'PRK-CHN': 38,
      'PRK-UNSC': -71,
      'CHN-UNSC': 0,
    });
    expect(w.deals.map((d) => d.id)).toEqual(['D0-1', 'D0-2']);
    expect(hashState(w)).toBe('61014e3b7d741128d290d20146dcc8268de386b5e9d17aee930e84581535cc6b');
  });

  it("the actor's own part of a sampled world is what it sees", () => {
    const s = played(4, 3);
    for (const a of ACTORS) {
      const v = viewFor(s, a);
      const w = viewFor(sampleWorld(v, OPENING, seedRng(5)), a);
      expect(w.own).toEqual(v.own);
      expect(w.relations).toEqual(v.relations);
      expect(w.indicators).toEqual(v.indicators);
      expect(w.deals).toEqual(v.deals);
      expect(w.council).toEqual(v.council);
    }
  });

  it('hard orders are pinned (summit-2023, seed 2, after two turns, budget 64)', () => {
    const s = played(2, 2);
    const orders = ACTORS.map((a) => searchOrders(s, a, { budget: 64, seed: 2, opening: OPENING }));
    expect(orders).toEqual([
      [
        {
          kind: 'proposeDeal',
          actor: 'RUS',
          to: 'PRK',
          give: { resource: 'food', amount: 16 },
          get: { resource: 'labour', amount: 4 },
          mode: 'covert',
          turns: 4,
          route: 'vladivostok-rajin',
        },
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
      [
        { kind: 'setPriorities', actor: 'PRK', munitions: 29, labourAbroad: 0 },
        { kind: 'nuclearTest', actor: 'PRK' },
        { kind: 'cancelDeal', actor: 'PRK', deal: 'D0-2' },
      ],
      [],
      [],
    ]);
  });

  it('same state, seed and budget ⇒ same orders; asking never changes the state', () => {
    const s = played(2, 2);
    const before = hashState(s);
    for (const a of ACTORS) {
      const x = hard(s, a);
      expect(hard(cloneState(s), a)).toEqual(x);
    }
    expect(hashState(s)).toBe(before);
  });

  it('a budget below two rollouts is the heuristic bot', () => {
    const s = played(6, 3);
    for (const a of ACTORS) expect(hard(s, a, 1, 1)).toEqual(botOrders(s, a));
  });

  it.each([
    { name: 'below two: the heuristic plan', budget: 1, depth: 12, rollouts: 1 },
    { name: 'rollouts of six turns: the budget', budget: 300, depth: 6, rollouts: 300 },
    { name: 'twelve turns left: half', budget: 300, depth: 12, rollouts: 150 },
    { name: 'nine turns left: two thirds', budget: 300, depth: 9, rollouts: 200 },
    { name: 'twenty-seven turns left: never below half the budget', budget: 300, depth: 27, rollouts: 150 },
    { name: 'two turns left: at most twice the budget', budget: 300, depth: 2, rollouts: 600 },
    { name: 'never below two', budget: 2, depth: 27, rollouts: 2 },
  ])('rollout budget: $name', ({ budget, depth, rollouts }) => {
    expect(rolloutBudget(budget, depth)).toBe(rollouts);
  });

  it('plays no more rollouts than its budget scaled to the turns left', () => {
    for (const turns of [1, 8]) {
      const s = played(8, turns);
      for (const a of ACTORS) {
        const r = searchFromView(viewFor(s, a), { budget: 40, seed: 3, opening: OPENING });
        expect(r.rollouts).toBeLessThanOrEqual(rolloutBudget(40, SC.turns - s.turn + 1));
      }
    }
  });

  it('no orders once the game is over', () => {
    const s = played(3, 12);
    expect(isOver(s)).toBe(true);
    for (const a of ACTORS) expect(hard(s, a)).toEqual([]);
  });
});

describe('the search bot sees only what its actor may see', () => {
  /** Change what `viewer` may not see (as in play.test.ts): others' stocks and priorities,
   * relations between others, the trade ledger, the generator. */
  function hideFrom(s: GameState, viewer: ActorId): GameState {
    const t = cloneState(s);
    for (const a of ACTORS) {
      if (a === viewer) continue;
      t.actors[a].stocks.food += 777;
      t.actors[a].stocks.oil += 55;
      t.actors[a].priorities = { munitions: 33, labourAbroad: 44 };
    }
    for (const k of Object.keys(t.relations) as (keyof GameState['relations'])[])
      if (!k.includes(viewer)) t.relations[k] += 9;
    t.trade = { 'RUS>PRK': 999_999 };
    t.rng = [1, 2, 3, 4];
    return t;
  }

  it("hidden facts never change a hard bot's orders", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...ACTORS),
        (seed, turns, viewer) => {
          const s = played(seed, turns);
          expect(hard(hideFrom(s, viewer), viewer, seed)).toEqual(hard(s, viewer, seed));
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('legal orders', () => {
  it('the engine rejects none of a hard bot’s orders over a game of hard bots', () => {
    let s = initialState(SC, 11);
    while (!isOver(s)) {
      const orders = ACTORS.flatMap((a) => hard(s, a, 11));
      const r = resolveTurn(s, orders);
      expect(r.report.rejections.map((x) => `turn ${s.turn}: ${x.actor} ${x.reason}: ${x.message}`)).toEqual([]);
      s = r.state;
    }
  });
});
