/**
 * The replay budget: what a game costs to check is priced from its orders before any turn is
 * replayed, measured again while replaying, and a game over the limit is refused with the
 * numbers. The deals link (the 39k link of the report, rebuilt) is refused before its replay;
 * the largest legitimate game (200 turns, bots in every seat) verifies.
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index.ts';
import { canonicalJson, resolveTurn } from '../../src/engine/index.ts';
import { MAX_REPLAY_UNITS, RECORD_BYTES, replayCost } from '../../src/save/budget.ts';
import { EMPTY_CATALOG, loadSave, loadShareCode } from '../../src/save/index.ts';
import { initialState, validateScenario } from '../../src/scenario/index.ts';
import { golden, ok } from './helpers.ts';

const propose = (turns: number): Order => ({
  kind: 'proposeDeal',
  actor: 'RUS',
  to: 'PRK',
  give: { resource: 'currency', amount: 1 },
  get: { resource: 'currency', amount: 1 },
  mode: 'declared',
  turns,
});
const accept = (deal: string): Order => ({ kind: 'acceptDeal', actor: 'PRK', deal });
const hold = (n: number) => Array.from({ length: n }, () => ({ orders: [] as Order[] }));

describe('replayCost: the price of a replay, from the orders alone', () => {
  it.each([
    {
      name: 'no orders: the starting state, turn after turn',
      bytes: 1000,
      deals: 0,
      turns: hold(3),
      cost: { units: 12, stateUnits: 4, peakDeals: 0, peakTurn: 0 },
    },
    {
      name: "the scenario's own deals are in the starting state",
      bytes: 1000,
      deals: 5,
      turns: hold(2),
      cost: { units: 8, stateUnits: 4, peakDeals: 5, peakTurn: 0 },
    },
    {
      name: 'a proposal lives one turn; accepted, it runs for its term',
      bytes: 250,
      deals: 0,
      turns: [{ orders: [propose(2)] }, { orders: [accept('D1-1')] }, { orders: [] }, { orders: [] }],
      // turn 1: 1 + 1 proposal + 1 order; turn 2: 1 + 1 running + 1 order; turn 3: 1 + 1 (a term
      // of 2 may still run then: the bound is a turn longer than the engine); turn 4: 1
      cost: { units: 9, stateUnits: 1, peakDeals: 1, peakTurn: 1 },
    },
    {
      name: 'accepts beyond what was proposed start nothing',
      bytes: 250,
      deals: 0,
      turns: [{ orders: [propose(10)] }, { orders: [accept('D1-1'), accept('D1-2'), accept('D1-3')] }],
      // turn 1: 1 + 1 proposal + 1 order; turn 2: 1 + 1 running + 3 orders
      cost: { units: 8, stateUnits: 1, peakDeals: 1, peakTurn: 1 },
    },
    {
      name: 'deals pile up: 2 new ones a turn for 4 turns',
      bytes: 250,
      deals: 0,
      turns: Array.from({ length: 4 }, (_, t) => ({
        orders: [propose(100), propose(100), ...(t > 0 ? [accept(`D${t}-1`), accept(`D${t}-2`)] : [])],
      })),
      // running after turn t (1-based): 2(t-1); proposals 2; orders 2 or 4
      cost: { units: 4 * 1 + (0 + 2 + 4 + 6) + 4 * 2 + (2 + 4 + 4 + 4), peakDeals: 8, peakTurn: 4, stateUnits: 1 },
    },
  ])('$name', ({ bytes, deals, turns, cost }) => {
    expect(replayCost(bytes, deals, turns)).toEqual(cost);
  });
});

describe('games over the budget are refused, with the numbers', () => {
  it('the deals link: 200 turns of 256 orders, refused before a single turn is replayed', () => {
    const r = loadShareCode(golden('deals-200.link2.txt'), EMPTY_CATALOG);
    // 20 deals proposed and accepted each turn, each to run 400 turns: 4,000 by turn 200 at
    // most (the engine reaches about 3,840). The megabytes also count the starting state.
    expect(r.ok ? null : [r.error.kind, r.error.path, r.error.message]).toEqual([
      'invalid',
      'turns',
      expect.stringMatching(
        /^this game is too big to check safely: replaying it means working through about \d+ MB of game records \(up to 4,000 deals could be running at once, by turn 200\), and Veto checks at most 25 MB$/,
      ),
    ]);
  });

  it('a game whose estimate passes is stopped where the measured work passes the limit', () => {
    const text = golden('summit-2023.v3.json');
    const full = ok(loadSave(text));
    const { units, spent } = full.cost;
    expect(spent).toBeGreaterThan(units);
    // The turn at which the measured work first passes a limit between the two, replayed here.
    const limit = Math.floor((units + spent) / 2);
    const sc = validateScenario((JSON.parse(text) as { scenario: unknown }).scenario);
    if (!sc.ok) throw new Error('scenario');
    let s = initialState(sc.value, full.save.seed);
    let sum = 0;
    let turn = 0;
    let bytes = 0;
    for (const t of full.save.turns) {
      s = resolveTurn(s, t.orders).state;
      bytes = canonicalJson(s).length;
      sum += Math.ceil(bytes / RECORD_BYTES) + t.orders.length;
      turn++;
      if (sum > limit) break;
    }
    const r = loadSave(text, { budget: limit });
    expect(r.ok ? null : [r.error.path, r.error.message]).toEqual([
      'turns',
      `this game is too big to check safely: by turn ${turn} replaying it has worked through more than ${Math.round((limit * RECORD_BYTES) / 1e6)} MB of game records (the state after turn ${turn} alone is ${Math.round(bytes / 1000)} KB), the most Veto checks`,
    ]);
  });

  it('the largest legitimate game verifies with room to spare (if not, revisit the limit)', () => {
    const g = ok(loadShareCode(golden('long-200.link2.txt'), EMPTY_CATALOG));
    expect(g.save.turns).toHaveLength(200);
    expect(g.cost.spent).toBeLessThan(MAX_REPLAY_UNITS / 2);
  });
});
