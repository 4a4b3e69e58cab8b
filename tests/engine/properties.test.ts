/**
 * Invariants of resolveTurn over random seeds and random order lists (fast-check).
 * Orders are drawn from a mix of valid and invalid ids and amounts, so most lists hold both
 * legal and illegal orders, and every list passes OrderListSchema (the engine's contract).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Order, TurnReport } from '../../src/engine/index.ts';
import { ACTORS, OrderListSchema, RESOURCES, hashState, resolveTurn } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';

const scenario = loadScenario();
const actorId = fc.constantFrom(...ACTORS, 'USA', 'KOR');
const resource = fc.constantFrom(...RESOURCES, 'gold');
const route = fc.option(fc.constantFrom('khasan-tumangang', 'vladivostok-rajin', 'dandong-sinuiju', 'nowhere'), {
  nil: undefined,
});
const amount = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.integer({ min: 0, max: 5000 }),
  fc.constant(Number.MAX_SAFE_INTEGER),
);
const mode = fc.constantFrom('declared' as const, 'covert' as const);
const dealId = fc.constantFrom('D0-1', 'D0-2', 'D1-1', 'D1-2', 'D2-1', 'D3-1', 'C1-RUS-PRK-1', 'C2-PRK-RUS-1', 'X');
const measure = fc.constantFrom('oilCap', 'workerBan', 'armsEmbargo', 'renewPanel', 'condemn', 'relief');
const seat = fc.constantFrom('MOZ', 'DZA', 'USA', 'RUS', 'XYZ');

const order: fc.Arbitrary<Order> = fc
  .oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('ship' as const),
        actor: actorId,
        to: actorId,
        resource,
        amount,
        route,
        mode,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('proposeDeal' as const),
        actor: actorId,
        to: actorId,
        give: fc.record({ resource, amount }),
        get: fc.record({ resource, amount }),
        route,
        mode,
        turns: fc.integer({ min: 1, max: 12 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('acceptDeal' as const), actor: actorId, deal: dealId }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelDeal' as const), actor: actorId, deal: dealId }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('setPriorities' as const),
        actor: actorId,
        munitions: fc.integer({ min: 0, max: 100 }),
        labourAbroad: fc.integer({ min: 0, max: 100 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('draft' as const),
        actor: actorId,
        measure,
        value: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('launch' as const),
        actor: actorId,
        count: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('nuclearTest' as const), actor: actorId }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('lobby' as const), actor: actorId, seat }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('holdFuel' as const), actor: actorId }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('customs' as const),
        actor: actorId,
        route: fc.constantFrom('khasan-tumangang', 'dandong-sinuiju', 'nowhere'),
      }),
    },
  )
  .map((o) => JSON.parse(JSON.stringify(o)) as Order); // drop undefined routes, as a file would

const game = fc.record({
  seed: fc.nat(),
  turns: fc.array(fc.array(order, { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
});

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

function play(seed: number, turns: Order[][]): { states: GameState[]; reports: TurnReport[] } {
  const states = [initialState(scenario, seed)];
  const reports: TurnReport[] = [];
  for (const orders of turns) {
    const r = resolveTurn(deepFreeze(states.at(-1)!), orders);
    states.push(r.state);
    reports.push(r.report);
  }
  return { states, reports };
}

const RUNS = { numRuns: 150 };

/** The only rules that may create or destroy goods; every other stock change is a transfer. */
const CREATING_RULES = new Set<string>([
  'production',
  'harvestVariance',
  'consumption',
  'event',
  'launch',
  'nuclearTest',
  'lobbying',
  'knowHowUsed',
]);
/** A transfer's stock changes: what leaves the sender and what reaches the receiver. */
const TRANSFER_RULES = new Set<string>(['shipment', 'dealDelivery', 'covertMarkup']);

describe('resolveTurn invariants', () => {
  it('generated order lists pass the orders schema (the engine contract applies)', () => {
    fc.assert(
      fc.property(game, (g) => g.turns.every((t) => OrderListSchema.safeParse(t).success)),
      RUNS,
    );
  });

  it('same seed and orders give the same hash; the input state is never mutated (frozen)', () => {
    fc.assert(
      fc.property(game, (g) => {
        const a = play(g.seed, g.turns);
        const b = play(g.seed, g.turns);
        return hashState(a.states.at(-1)!) === hashState(b.states.at(-1)!);
      }),
      RUNS,
    );
  });

  it('no stock goes negative; every quantity stays a safe integer; indicators and relations stay in range', () => {
    fc.assert(
      fc.property(game, (g) => {
        for (const s of play(g.seed, g.turns).states) {
          for (const a of ACTORS)
            for (const r of RESOURCES) {
              const v = s.actors[a].stocks[r];
              if (!Number.isSafeInteger(v) || v < 0) return false;
            }
          if (!Object.values(s.indicators).every((v) => Number.isSafeInteger(v) && v >= 0 && v <= 100)) return false;
          if (!Object.values(s.relations).every((v) => Number.isSafeInteger(v) && v >= -100 && v <= 100)) return false;
          if (!Object.values(s.trade).every((v) => Number.isSafeInteger(v))) return false;
          hashState(s); // throws on any non-integer anywhere in the state
        }
        return true;
      }),
      RUNS,
    );
  });

  it('the report accounts for every stock change, and transfers conserve goods but for the markup and seizures', () => {
    fc.assert(
      fc.property(game, (g) => {
        const { states, reports } = play(g.seed, g.turns);
        for (let t = 0; t < reports.length; t++) {
          const before = states[t]!;
          const after = states[t + 1]!;
          const transferNet = new Map<string, number>();
          for (const a of ACTORS)
            for (const r of RESOURCES) {
              const explained = reports[t]!.changes.filter(
                (c) => c.target.kind === 'stock' && c.target.actor === a && c.target.resource === r,
              ).reduce((sum, c) => sum + (c.after - c.before), 0);
              if (after.actors[a].stocks[r] - before.actors[a].stocks[r] !== explained) return false;
            }
          for (const c of reports[t]!.changes) {
            if (c.target.kind !== 'stock') continue;
            const rule = c.cause.rule;
            if (TRANSFER_RULES.has(rule)) {
              transferNet.set(c.target.resource, (transferNet.get(c.target.resource) ?? 0) + c.after - c.before);
            } else if (!CREATING_RULES.has(rule)) return false;
          }
          // What the covert markup took and what was seized left the game; nothing else did.
          for (const sh of reports[t]!.shipments)
            transferNet.set(sh.resource, (transferNet.get(sh.resource) ?? 0) + sh.amount - sh.delivered);
          if ([...transferNet.values()].some((v) => v !== 0)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('removing the orders a turn rejected gives the same state (a rejected order changes nothing)', () => {
    fc.assert(
      fc.property(game, (g) => {
        let s = initialState(scenario, g.seed);
        for (const orders of g.turns) {
          const r = resolveTurn(s, orders);
          const rejected = new Set(r.report.rejections.map((x) => x.order));
          const kept = orders.filter((_, i) => !rejected.has(i));
          const again = resolveTurn(s, kept);
          if (hashState(again.state) !== hashState(r.state)) return false;
          if (again.report.rejections.length !== 0) return false;
          s = r.state;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('a different seed gives a different game when the scenario has chance', () => {
    const a = play(1, [[], [], []]).states.at(-1)!;
    const b = play(2, [[], [], []]).states.at(-1)!;
    expect(hashState(a)).not.toBe(hashState(b));
  });
});
