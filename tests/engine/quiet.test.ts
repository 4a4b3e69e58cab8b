/**
 * The report-free resolution (`advanceQuiet`, `resolveTurnQuiet`) that bots' rollouts use
 * changes the state exactly as `resolveTurn` does: the same canonical hash after every turn,
 * over random games on every shipped scenario (bot orders mixed with random orders of every
 * kind, legal and illegal), and the input state is never changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import {
  ACTORS,
  MEASURES,
  RESOURCES,
  VOTES,
  advanceQuiet,
  advanceRollout,
  cloneState,
  emptyTally,
  hashState,
  isOver,
  resolveTurn,
  resolveTurnQuiet,
  rolloutCopy,
} from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import { loadScenario } from '../fixtures.ts';
import { SHIPPED } from '../shipped-scenarios/history.ts';

const actorId = fc.constantFrom(...ACTORS, 'USA');
const resource = fc.constantFrom(...RESOURCES, 'gold');
const route = fc.option(fc.constantFrom('khasan-tumangang', 'vladivostok-rajin', 'dandong-sinuiju', 'nowhere'), {
  nil: undefined,
});
const amount = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 8000 }));
const mode = fc.constantFrom('declared' as const, 'covert' as const);
const deal = fc.constantFrom('D1-1', 'D2-1', 'D3-1', 'D4-1', 'D5-1', 'X');
const draft = fc.constantFrom('R1-1', 'R2-1', 'R3-1', 'R4-1', 'R5-1', 'R6-1');

/** Orders of every kind, for any actor (so many are rejected: the quiet path must agree there too). */
const order: fc.Arbitrary<Order> = fc
  .oneof(
    fc.record({ kind: fc.constant('ship' as const), actor: actorId, to: actorId, resource, amount, route, mode }),
    fc.record({
      kind: fc.constant('proposeDeal' as const),
      actor: actorId,
      to: actorId,
      give: fc.record({ resource, amount }),
      get: fc.record({ resource, amount }),
      route,
      mode,
      turns: fc.integer({ min: 1, max: 6 }),
    }),
    fc.record({ kind: fc.constant('acceptDeal' as const), actor: actorId, deal }),
    fc.record({ kind: fc.constant('cancelDeal' as const), actor: actorId, deal }),
    fc.record({
      kind: fc.constant('setPriorities' as const),
      actor: actorId,
      munitions: fc.integer({ min: 0, max: 100 }),
      labourAbroad: fc.integer({ min: 0, max: 100 }),
    }),
    fc.record({
      kind: fc.constant('draft' as const),
      actor: fc.constantFrom('UNSC', 'RUS'),
      measure: fc.constantFrom(...MEASURES),
      value: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant('vote' as const), actor: actorId, draft, vote: fc.constantFrom(...VOTES) }),
    fc.record({
      kind: fc.constant('monitor' as const),
      actor: fc.constantFrom('UNSC', 'CHN'),
      routes: fc.array(fc.constantFrom('khasan-tumangang', 'dandong-sinuiju', 'nowhere'), { maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('launch' as const), actor: fc.constantFrom('PRK', 'PRK', 'RUS') }),
  )
  .map((o) => JSON.parse(JSON.stringify(o)) as Order); // drop undefined fields, as a file would

const game = fc.record({
  scenario: fc.constantFrom(...SHIPPED),
  seed: fc.nat(),
  /** Per turn: random orders mixed into the bots' orders. */
  extra: fc.array(fc.array(order, { maxLength: 6 }), { minLength: 1, maxLength: 14 }),
});

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

function botTurn(s: GameState): Order[] {
  return ACTORS.flatMap((a) => botOrders(s, a));
}

describe('report-free resolution', () => {
  it('gives the same state hash as resolveTurn after every turn of random games, and changes no input', () => {
    fc.assert(
      fc.property(game, (g) => {
        let s = initialState(loadScenario(g.scenario), g.seed);
        // One private copy advanced in place the whole game, as a rollout does.
        const inPlace = cloneState(s);
        for (const extra of g.extra) {
          const orders = [...botTurn(s), ...extra];
          const frozen = deepFreeze(s);
          const full = resolveTurn(frozen, orders).state;
          const quiet = resolveTurnQuiet(frozen, orders);
          advanceQuiet(inPlace, orders);
          const h = hashState(full);
          if (hashState(quiet) !== h || hashState(inPlace) !== h) return false;
          s = full;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('every shipped scenario played by bots to the end: same hash each turn', () => {
    for (const id of SHIPPED) {
      for (const seed of [1, 2, 3]) {
        let s = initialState(loadScenario(id), seed);
        const inPlace = cloneState(s);
        while (!isOver(s)) {
          const orders = botTurn(s);
          s = resolveTurn(s, orders).state;
          advanceQuiet(inPlace, orders);
          expect(hashState(inPlace), `${id} seed ${seed} turn ${s.turn - 1}`).toBe(hashState(s));
        }
      }
    }
  });

  it("a rollout's turns change the state as quiet turns do, but for the tally and the trade ledgers, and leave the original alone", () => {
    // The parts advanceRollout leaves as they were, compared apart.
    const rest = (s: GameState): string => hashState({ ...s, tally: emptyTally(0), trade: {}, recorded: {} });
    for (const id of SHIPPED) {
      for (const seed of [1, 2]) {
        const start = initialState(loadScenario(id), seed);
        const before = hashState(start);
        const quiet = cloneState(start);
        const fast = rolloutCopy(start);
        while (!isOver(quiet)) {
          const orders = botTurn(quiet);
          advanceQuiet(quiet, orders);
          advanceRollout(fast, orders);
          expect(rest(fast), `${id} seed ${seed} turn ${quiet.turn - 1}`).toBe(rest(quiet));
        }
        expect(fast.tally).toBe(start.tally);
        expect(hashState(start)).toBe(before);
      }
    }
  });

  it('a game that is over is left as it is', () => {
    const s = initialState(loadScenario(), 5);
    s.turn = s.rules.turns + 1;
    const h = hashState(s);
    expect(resolveTurnQuiet(s, [{ kind: 'launch', actor: 'PRK' }])).toBe(s);
    advanceQuiet(s, [{ kind: 'launch', actor: 'PRK' }]);
    expect(hashState(s)).toBe(h);
  });
});
