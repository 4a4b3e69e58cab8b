/**
 * Invariants of the store's council and debrief views over random council play: the chamber
 * always shows fifteen seats and every vote's fifteen ballots, the verdict agrees with the
 * outcome, the record grows by exactly the drafts voted, and the debrief's series have one
 * value per state.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GameState, Order } from '../../src/engine/index.ts';
import { MEASURES, VOTES, hashState, resolveTurn } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import type { Game } from '../../src/store/index.ts';
import { gameHash, newGame } from '../../src/store/index.ts';
import { turnHash } from '../../src/save/index.ts';
import { councilView, debriefView, draftsOf } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

const SC = loadScenario();
const voter = fc.constantFrom('RUS' as const, 'CHN' as const);
const turnOrders: fc.Arbitrary<Order[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('draft' as const),
      actor: fc.constant('UNSC'),
      measure: fc.constantFrom(...MEASURES),
      value: fc.integer({ min: 0, max: 6 }),
    }),
    fc.record({
      kind: fc.constant('vote' as const),
      actor: voter,
      draft: fc.constantFrom('R1-1', 'R2-1', 'R3-1', 'R3-2'),
      vote: fc.constantFrom(...VOTES),
    }),
    fc.record({ kind: fc.constant('launch' as const), actor: fc.constant('PRK') }),
  ),
  { maxLength: 4 },
);

describe('store views over random council play', () => {
  it('chamber and debrief stay consistent with the engine', () => {
    fc.assert(
      fc.property(fc.array(turnOrders, { minLength: 1, maxLength: 5 }), (turns) => {
        const initial = initialState(SC, 11);
        const g: Game = newGame(SC, 11, { RUS: 'human', PRK: 'bot', CHN: 'human', UNSC: 'human' });
        let s: GameState = initial;
        for (const orders of turns) {
          const before = councilView(s, null);
          const due = draftsOf(s).length;
          const r = resolveTurn(s, orders);
          const v = councilView(r.state, r.report);
          expect(v.seats).toHaveLength(15);
          expect(v.lastVotes).toHaveLength(due);
          expect(v.record).toHaveLength(before.record.length + due);
          for (const x of v.lastVotes) {
            expect(x.votes).toHaveLength(15);
            expect(x.votes.filter((b) => b.permanent)).toHaveLength(5);
            // A veto names the permanent members that voted no.
            if (x.outcome === 'vetoed') expect(x.vetoedBy.length).toBeGreaterThan(0);
          }
          const hash = hashState(r.state);
          g.turns.push({ orders, report: r.report, state: r.state, hash, chain: turnHash(gameHash(g), orders, hash) });
          s = r.state;
        }
        const d = debriefView(g);
        expect(d.indicators.prkStability.game).toHaveLength(turns.length + 1);
        expect(d.scores.UNSC.history).toHaveLength(SC.turns + 1);
        for (const c of d.comparison) expect(c.difference).toBe(c.score - c.historical);
      }),
      { numRuns: 60, seed: 20231013 },
    );
  });
});
