/**
 * Bots over whole games: same state ⇒ same orders, no bot reads what its actor may not see,
 * and over a fixed list of seeds and every shipped scenario a bots-only game reaches the last
 * turn with zero rejected orders and no defaulted deal.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState } from '../../src/engine/index.ts';
import {
  ACTORS,
  OrderListSchema,
  cloneState,
  detectionOdds,
  hashState,
  isOver,
  playTurns,
  resolveTurn,
} from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders, botsFor, viewFor } from '../../src/ai/index.ts';
import { oddsOn } from '../../src/ai/ledger.ts';
import { SCENARIO_DIR, loadScenario } from '../fixtures.ts';

const SHIPPED = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const SEEDS = [1, 2, 3, 7, 42, 99, 1234, 2023, 65_535, 1_000_003];

/** The state after `turns` turns of bots-only play from `seed`. */
function playedState(id: string, seed: number, turns: number): GameState {
  return playTurns(initialState(loadScenario(id), seed), turns, botsFor()).state;
}

/**
 * A delivery that fails for lack of route capacity is no fault of the bots when a scripted event
 * narrowed a route after the deal was proposed (pandemic-2020 seals the Yalu tighter in 2021):
 * the bots, like players, do not know the script. Deal ids read D<turn proposed>-<n>.
 */
function narrowedSince(scenario: Scenario, deal: string, turn: number, reason: string | undefined): boolean {
  if (reason !== 'overCapacity') return false;
  const proposed = Number(/^D(\d+)-/.exec(deal)?.[1] ?? Number.NaN);
  return scenario.events.some(
    (e) =>
      e.at !== undefined &&
      e.at >= proposed &&
      e.at < turn &&
      e.effects.some((x) => x.kind === 'route' && x.capacity !== undefined),
  );
}

describe('bots-only games on every shipped scenario', () => {
  it('there is at least one shipped scenario', () => {
    expect(SHIPPED.length).toBeGreaterThan(0);
  });
  for (const id of SHIPPED) {
    it(`${id}: every seed reaches the last turn with no rejection and no default`, () => {
      const scenario = loadScenario(id);
      for (const seed of SEEDS) {
        const r = playTurns(initialState(scenario, seed), scenario.turns + 5, botsFor());
        expect(r.turns.length, `seed ${seed}`).toBe(scenario.turns);
        expect(isOver(r.state)).toBe(true);
        const rejections = r.turns.flatMap((t) =>
          t.report.rejections.map((x) => `turn ${t.report.turn} ${x.actor} ${x.reason}: ${x.message}`),
        );
        expect(rejections, `seed ${seed}`).toEqual([]);
        const defaults = r.turns.flatMap((t) =>
          t.report.deals
            .filter((d) => d.kind === 'defaulted' && !narrowedSince(scenario, d.deal, t.report.turn, d.reason))
            .map((d) => `turn ${t.report.turn} ${d.deal} ${d.reason ?? ''}`),
        );
        expect(defaults, `seed ${seed}`).toEqual([]);
        for (const t of r.turns) expect(OrderListSchema.safeParse(t.orders).success).toBe(true);
      }
    });
  }
});

describe('determinism', () => {
  it('same state ⇒ same orders, and asking never changes the state or its generator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 11 }), (seed, turns) => {
        const s = playedState('summit-2023', seed, turns);
        const before = hashState(s);
        for (const a of ACTORS) {
          const x = botOrders(s, a);
          expect(botOrders(cloneState(s), a)).toEqual(x);
          expect(botOrders(s, a)).toEqual(x);
        }
        expect(hashState(s)).toBe(before);
      }),
      { numRuns: 25 },
    );
  });

  it('two bots-only games from the same seed end in the same state', () => {
    expect(hashState(playedState('summit-2023', 5, 12))).toBe(hashState(playedState('summit-2023', 5, 12)));
  });

  it('no orders once the game is over', () => {
    const s = playedState('summit-2023', 3, 12);
    for (const a of ACTORS) expect(botOrders(s, a)).toEqual([]);
  });
});

describe('bots see only what their actor may see', () => {
  /** Change what `viewer` may not see: the others' stocks and priorities, relations between
   * others, the trade ledger, the generator, and covert deals between others. */
  function hideFrom(s: GameState, viewer: ActorId): GameState {
    const t = cloneState(s);
    for (const a of ACTORS) {
      if (a === viewer) continue;
      t.actors[a].stocks.food += 777;
      t.actors[a].stocks.munitions += 1234;
      t.actors[a].priorities = { munitions: 33, labourAbroad: 44 };
    }
    for (const k of Object.keys(t.relations) as (keyof GameState['relations'])[])
      if (!k.includes(viewer)) t.relations[k] += 9;
    t.trade = { 'RUS>PRK': 999_999 };
    t.rng = [1, 2, 3, 4];
    if (viewer !== 'RUS' && viewer !== 'PRK') {
      t.deals.push({
        id: 'DX-1',
        proposer: 'RUS',
        partner: 'PRK',
        give: { resource: 'oil', amount: 300 },
        get: { resource: 'munitions', amount: 2000 },
        route: 'khasan-tumangang',
        mode: 'covert',
        turns: 4,
        remaining: 4,
        status: 'active',
        proposedTurn: 1,
      });
    }
    return t;
  }

  it("hidden facts never change a bot's orders", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...ACTORS),
        (seed, turns, viewer) => {
          const s = playedState('summit-2023', seed, turns);
          expect(botOrders(hideFrom(s, viewer), viewer)).toEqual(botOrders(s, viewer));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a covert deal between Russia and North Korea is not in China's or the Council's view", () => {
    const s = scenarioWithCovertDeal();
    expect(viewFor(s, 'CHN').deals.map((d) => d.id)).toEqual(['D0-1', 'D0-2']);
    expect(viewFor(s, 'UNSC').deals.map((d) => d.id)).toEqual(['D0-1', 'D0-2']);
    expect(viewFor(s, 'RUS').deals.map((d) => d.id)).toEqual(['D0-1', 'D0-2', 'DX-1']);
  });

  function scenarioWithCovertDeal(): GameState {
    const s = initialState(loadScenario(), 1);
    s.deals.push({
      id: 'DX-1',
      proposer: 'RUS',
      partner: 'PRK',
      give: { resource: 'oil', amount: 300 },
      get: { resource: 'munitions', amount: 2000 },
      route: 'khasan-tumangang',
      mode: 'covert',
      turns: 4,
      remaining: 4,
      status: 'active',
      proposedTurn: 1,
    });
    return s;
  }
});

describe("the bots' reading of the rules agrees with the engine", () => {
  it('detection odds on every route, with and without the Panel and monitoring', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.subarray(['khasan-tumangang', 'vladivostok-rajin', 'dandong-sinuiju']),
        (turn, mandateEnd, monitored) => {
          const s = initialState(loadScenario(), 1);
          s.turn = turn;
          s.regime.panel.mandateEnd = mandateEnd;
          s.regime.panel.monitored = monitored;
          const v = viewFor(s, 'RUS');
          for (const r of s.routes) expect(oddsOn(v, r)).toBe(detectionOdds(s, r));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('the orders of one turn resolve without rejection from any mid-game state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 11 }), (seed, turns) => {
        const s = playedState('summit-2023', seed, turns);
        expect(resolveTurn(s, botsFor()(s)).report.rejections).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
