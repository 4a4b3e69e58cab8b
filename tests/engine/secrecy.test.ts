/**
 * GAME.md, "Secrets": two games that differ only in the undetected covert orders of one pair of
 * actors give every actor that is not a party to them identical views, turn by turn: the
 * engine's view of the state and the report (viewFor), the dashboard's data and the map's data
 * (the store's dashboardView and mapViewOf).
 *
 * The property is about information, so the world of the test makes covert cargo physically
 * inert: every actor holds far more of everything than any need or order could move, and no
 * scripted event waits on a condition. In play a covert delivery does have consequences others
 * may notice (a fed regime is steadier, a supplied army fights on), as analysts infer them from
 * the world; what must never happen is a figure, a line of a report, a random draw or an id that
 * tells them. Every kind of covert order is generated: shipments of every good and of cash, in
 * both directions, on every route between the pair, and covert deals proposed, accepted and
 * cancelled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState, Order, Resource, Viewer } from '../../src/engine/index.ts';
import { GOODS, RESOURCES, VIEWERS, hashState, resolveTurn } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { turnHash } from '../../src/save/index.ts';
import type { Game } from '../../src/store/index.ts';
import { gameHash, localGameView, mapViewOf, newGame as storeGame } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

const scenario = loadScenario('summit-2023');
const PLENTY = 1_000_000_000;

/** The 2023 scenario with covert cargo made physically inert (see the header). `odds`: keep the
 * routes' and the Panel's detection odds (the test then keeps only runs where nothing covert was
 * seen), or set them to zero. */
function inertWorld(seed: number, odds: boolean): GameState {
  const s = initialState(scenario, seed);
  for (const a of Object.keys(s.actors) as ActorId[]) for (const r of RESOURCES) s.actors[a].stocks[r] = PLENTY;
  s.rules = { ...s.rules, events: s.rules.events.filter((e) => e.at !== null) };
  if (!odds) {
    for (const r of s.routes) r.detectionBp = 0;
    s.regime.panel.mandateEnd = 0;
  }
  return s;
}

interface Pair {
  a: ActorId;
  b: ActorId;
  routes: string[];
  /** Deal legs (what the proposer gives, what it gets) that a route between them carries. */
  legs: [Resource, Resource][];
}

const PAIRS: Pair[] = [
  {
    a: 'RUS',
    b: 'PRK',
    routes: ['khasan-tumangang', 'vladivostok-rajin'],
    legs: [
      ['oil', 'munitions'],
      ['food', 'labour'],
      ['currency', 'munitions'],
      ['currency', 'labour'],
    ],
  },
  {
    a: 'CHN',
    b: 'PRK',
    routes: ['dandong-sinuiju'],
    legs: [
      ['food', 'currency'],
      ['oil', 'currency'],
      ['currency', 'munitions'],
    ],
  },
];

type Move =
  | { kind: 'ship'; forward: boolean; resource: Resource; amount: number; route: number }
  | { kind: 'propose'; forward: boolean; leg: number; give: number; get: number; turns: number; route: number }
  | { kind: 'accept' }
  | { kind: 'cancel' };

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({
    kind: fc.constant('ship' as const),
    forward: fc.boolean(),
    resource: fc.constantFrom(...RESOURCES),
    amount: fc.integer({ min: 1, max: 400 }),
    route: fc.nat(1),
  }),
  fc.record({
    kind: fc.constant('propose' as const),
    forward: fc.boolean(),
    leg: fc.nat(3),
    give: fc.integer({ min: 1, max: 300 }),
    get: fc.integer({ min: 1, max: 300 }),
    turns: fc.integer({ min: 1, max: 4 }),
    route: fc.nat(1),
  }),
  fc.constant({ kind: 'accept' as const }),
  fc.constant({ kind: 'cancel' as const }),
);

/** The covert orders a move stands for in game `s` (accept and cancel read the pair's deals). */
function ordersOf(p: Pair, m: Move, s: GameState): Order[] {
  const route = p.routes[m.kind === 'ship' || m.kind === 'propose' ? m.route % p.routes.length : 0] ?? '';
  switch (m.kind) {
    case 'ship': {
      const [from, to] = m.forward ? [p.a, p.b] : [p.b, p.a];
      const base = { kind: 'ship', actor: from, to, resource: m.resource, amount: m.amount, mode: 'covert' } as const;
      return [(GOODS as readonly string[]).includes(m.resource) ? { ...base, route } : base];
    }
    case 'propose': {
      const [give, get] = p.legs[m.leg % p.legs.length] ?? ['currency', 'currency'];
      const [from, to] = m.forward ? [p.a, p.b] : [p.b, p.a];
      const needsRoute = give !== 'currency' || get !== 'currency';
      const o: Order = {
        kind: 'proposeDeal',
        actor: from,
        to,
        give: { resource: give, amount: m.give },
        get: { resource: get, amount: m.get },
        mode: 'covert',
        turns: m.turns,
      };
      return [needsRoute ? { ...o, route } : o];
    }
    case 'accept':
      return s.deals
        .filter((d) => d.mode === 'covert' && d.status === 'proposed' && d.proposedTurn === s.turn - 1)
        .map((d) => ({ kind: 'acceptDeal', actor: d.partner, deal: d.id }));
    case 'cancel': {
      const d = s.deals.find((x) => x.mode === 'covert' && x.status === 'active');
      return d === undefined ? [] : [{ kind: 'cancelDeal', actor: d.proposer, deal: d.id }];
    }
  }
}

function newGame(s: GameState, seed: number): Game {
  const g = storeGame(scenario, seed, { RUS: 'human', PRK: 'human', CHN: 'human', UNSC: 'human' });
  return { ...g, initial: s, initialHash: hashState(s) };
}

function play(g: Game, orders: Order[]): Game {
  const before = g.turns.at(-1)?.state ?? g.initial;
  const r = resolveTurn(before, orders);
  const hash = hashState(r.state);
  const chain = turnHash(g.turns.at(-1)?.chain ?? gameHash(g), orders, hash);
  return { ...g, turns: [...g.turns, { orders, report: r.report, state: r.state, hash, chain }] };
}

/** What a viewer's screen reads: the GameView's turns (states, reports and the orders it may
 * see) and the map's data. The canonical hashes are left out: a hash names the whole state,
 * so two different games have different ones, but it reveals nothing a player can read. */
function views(g: Game, v: Viewer): unknown {
  const gv = localGameView(g, v);
  return {
    turns: gv.turns.map(({ hash: _, ...seen }) => seen),
    map: mapViewOf(gv),
  };
}

/** Orders both games give every turn, after game B's secret ones: a declared proposal and a
 * declared payment between the pair (their ids and lines are public and must not move). Cash
 * takes no route: a declared cargo could find its route filled by the pair's own covert cargo,
 * which is their choice and not a leak. */
function background(p: Pair): Order[] {
  return [
    {
      kind: 'proposeDeal',
      actor: p.a,
      to: p.b,
      give: { resource: 'currency', amount: 5 },
      get: { resource: 'currency', amount: 4 },
      mode: 'declared',
      turns: 2,
    },
    { kind: 'ship', actor: p.a, to: p.b, resource: 'currency', amount: 7, mode: 'declared' },
  ];
}

/** Plays both games; returns false (the run does not count) if game B's covert cargo was seen. */
function compare(p: Pair, seed: number, turns: Move[][], odds: boolean): boolean {
  const outsiders = VIEWERS.filter((v) => v !== p.a && v !== p.b && v !== 'instructor');
  let a = newGame(inertWorld(seed, odds), seed);
  let b = newGame(inertWorld(seed, odds), seed);
  for (const moves of turns) {
    const s = b.turns.at(-1)?.state ?? b.initial;
    const secret = moves.flatMap((m) => ordersOf(p, m, s));
    a = play(a, background(p));
    b = play(b, [...secret, ...background(p)]);
    const report = b.turns.at(-1)?.report;
    if (report?.shipments.some((x) => x.mode === 'covert' && x.detected)) return false;
    for (const v of outsiders) expect(views(b, v), `turn ${s.turn}, seen by ${v}`).toEqual(views(a, v));
  }
  return true;
}

describe('secrecy of undetected covert orders', () => {
  const turns = (max: number) => fc.array(fc.array(move, { maxLength: 3 }), { minLength: 1, maxLength: max });

  for (const p of PAIRS) {
    it(`${p.a}–${p.b} covert orders (no detection at all) change nothing the others see`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), turns(5), (seed, moves) => {
          compare(p, seed, moves, false);
        }),
        { numRuns: 40 },
      );
    });

    it(`${p.a}–${p.b} covert orders that the Panel and the routes happened not to see change nothing the others see`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), turns(3), (seed, moves) => {
          fc.pre(compare(p, seed, moves, true));
        }),
        { numRuns: 30 },
      );
    });
  }

  it('the lead’s draft: PRK → RUS munitions and workers by rail, undetectable', () => {
    const covertShip = fc.record({
      kind: fc.constant('ship' as const),
      forward: fc.constant(false),
      resource: fc.constantFrom('munitions' as const, 'labour' as const),
      amount: fc.integer({ min: 1, max: 400 }),
      route: fc.constant(0),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.array(covertShip, { maxLength: 2 }), { minLength: 1, maxLength: 4 }),
        (seed, moves) => {
          compare(PAIRS[0] as Pair, seed, moves, false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
