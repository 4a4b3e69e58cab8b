import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Order, Vote } from '../../src/engine/index.ts';
import {
  INDICATORS,
  MEASURES,
  OrderListSchema,
  REJECT_REASONS,
  VOTES,
  explainReason,
  hashState,
  outcomeOf,
  resolveTurn,
} from '../../src/engine/index.ts';
import { quietState } from './councilWorld.ts';
import { loadScenario } from '../fixtures.ts';
import { initialState } from '../../src/scenario/index.ts';

const actor = fc.constantFrom('RUS', 'PRK', 'CHN', 'UNSC', 'XXX');
const draftId = fc.constantFrom('R1-1', 'R1-2', 'R2-1', 'nope');
const routeId = fc.constantFrom('khasan-tumangang', 'vladivostok-rajin', 'dandong-sinuiju', 'nowhere');

const councilOrder: fc.Arbitrary<Order> = fc.oneof(
  // Optional fields are left out (not set to undefined), as JSON and the schema have them.
  fc.record(
    {
      kind: fc.constant('draft' as const),
      actor,
      measure: fc.constantFrom(...MEASURES),
      value: fc.integer({ min: 0, max: 2000 }),
    },
    { requiredKeys: ['kind', 'actor', 'measure'] },
  ),
  fc.record({ kind: fc.constant('vote' as const), actor, draft: draftId, vote: fc.constantFrom(...VOTES) }),
  fc.record({ kind: fc.constant('monitor' as const), actor, routes: fc.array(routeId, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('launch' as const), actor }),
  fc.record(
    {
      kind: fc.constant('ship' as const),
      actor,
      to: actor,
      resource: fc.constantFrom('oil', 'food', 'munitions', 'labour', 'currency'),
      amount: fc.integer({ min: 1, max: 5000 }),
      route: routeId,
      mode: fc.constantFrom('declared' as const, 'covert' as const),
    },
    { requiredKeys: ['kind', 'actor', 'to', 'resource', 'amount', 'mode'] },
  ),
);

describe('invariants of the council, regime and events phases', () => {
  const base = initialState(loadScenario());

  it('any schema-valid order lists: no throw, the input state untouched, indicators in range, deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.array(councilOrder, { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (turns) => {
        let s = base;
        for (const orders of turns) {
          expect(OrderListSchema.safeParse(orders).success).toBe(true);
          const before = hashState(s);
          const a = resolveTurn(s, orders);
          const b = resolveTurn(s, orders);
          expect(hashState(s)).toBe(before);
          expect(hashState(a.state)).toBe(hashState(b.state));
          for (const i of INDICATORS) {
            expect(a.state.indicators[i]).toBeGreaterThanOrEqual(0);
            expect(a.state.indicators[i]).toBeLessThanOrEqual(100);
          }
          for (const r of a.report.rejections) expect(REJECT_REASONS).toContain(r.reason);
          for (const c of a.report.council) {
            expect(c.yes + c.no + c.abstain).toBe(15);
            if (c.outcome === 'adopted') expect(c.yes >= 9 && c.vetoedBy.length === 0).toBe(true);
          }
          s = a.state;
        }
      }),
      { numRuns: 150, seed: 20240328 },
    );
  });

  it('the adoption rule: adopted exactly when nine or more are in favour and no permanent member is against', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Vote>('yes', 'no', 'abstain'), { minLength: 15, maxLength: 15 }),
        (votes) => {
          const ballot = votes.map((vote, i) => ({ vote, permanent: i < 5, seat: `S${i}` }));
          const r = outcomeOf(ballot);
          const yes = votes.filter((v) => v === 'yes').length;
          const permanentNo = votes.slice(0, 5).some((v) => v === 'no');
          expect(r.outcome === 'adopted').toBe(yes >= 9 && !permanentNo);
          expect(r.outcome === 'vetoed').toBe(yes >= 9 && permanentNo);
        },
      ),
      { numRuns: 500, seed: 1945 },
    );
  });

  it('every reject reason has an explanation', () => {
    for (const r of REJECT_REASONS) expect(explainReason(r).length).toBeGreaterThan(5);
  });

  it('a covert shipment never changes the public cap count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 2 ** 31 }), (amount, seed) => {
        // No standing deals: China's declared oil would count against the cap.
        const s = quietState((x) => {
          x.deals = [];
        }, 1);
        const r = resolveTurn({ ...s, rng: [seed >>> 0, 1, 2, 3] }, [
          {
            kind: 'ship',
            actor: 'RUS',
            to: 'PRK',
            resource: 'oil',
            amount,
            route: 'vladivostok-rajin',
            mode: 'covert',
          },
        ]);
        expect(r.state.regime.caps[0]!.declared).toBe(s.regime.caps[0]!.declared);
      }),
      { numRuns: 50, seed: 3 },
    );
  });
});
