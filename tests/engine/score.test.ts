/**
 * Scores (src/engine/score.ts): an objective's achievement per turn, with headroom above the
 * target (meeting it is worth targetAchievement, 70 in TEST_DESIGN; its `full` value 100), and
 * an actor's score as the mean over the turns played, from the world's figures (seen) or with
 * the hidden truths (true).
 */
import { describe, expect, it } from 'vitest';
import type { Objective } from '../../src/engine/index.ts';
import { achievement, actorScore, resolveTurn, scores, turnScore } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

const at = (op: 'atLeast' | 'atMost', target: number, full: number): Objective => ({
  indicator: 'prkStability',
  op,
  target,
  full,
  weight: 1,
});

const zeroAt = (op: 'atLeast' | 'atMost', target: number, full: number, zero: number): Objective => ({
  ...at(op, target, full),
  zero,
});

describe('achievement of one objective on one turn (target worth 70)', () => {
  const cases: { name: string; value: number; o: Objective; pct: number }[] = [
    { name: 'at least 60, full at 90: at the target', value: 60, o: at('atLeast', 60, 90), pct: 70 },
    { name: 'at least 60, full at 90: half way to full', value: 75, o: at('atLeast', 60, 90), pct: 85 },
    { name: 'at least 60, full at 90: at full', value: 90, o: at('atLeast', 60, 90), pct: 100 },
    { name: 'at least 60, full at 90: beyond full', value: 97, o: at('atLeast', 60, 90), pct: 100 },
    { name: 'at least 60: half the target', value: 30, o: at('atLeast', 60, 90), pct: 35 },
    { name: 'at least 60: rounded down', value: 20, o: at('atLeast', 60, 90), pct: 23 },
    { name: 'at least 0: always in full', value: 0, o: at('atLeast', 0, 0), pct: 100 },
    { name: 'at least 60, full = target: a step at the target', value: 60, o: at('atLeast', 60, 60), pct: 100 },
    { name: 'at most 40, full at 20: at the target', value: 40, o: at('atMost', 40, 20), pct: 70 },
    { name: 'at most 40, full at 20: half way to full', value: 30, o: at('atMost', 40, 20), pct: 85 },
    { name: 'at most 40, full at 20: at full', value: 20, o: at('atMost', 40, 20), pct: 100 },
    { name: 'at most 40: overshot to 70', value: 70, o: at('atMost', 40, 20), pct: 35 },
    { name: 'at most 40: at the ceiling', value: 100, o: at('atMost', 40, 20), pct: 0 },
    // A `zero` makes the climb to the target start there, not at 0 (or 100).
    { name: 'at least 60, zero 50: at the target', value: 60, o: zeroAt('atLeast', 60, 90, 50), pct: 70 },
    { name: 'at least 60, zero 50: half way up', value: 55, o: zeroAt('atLeast', 60, 90, 50), pct: 35 },
    { name: 'at least 60, zero 50: rounded down', value: 53, o: zeroAt('atLeast', 60, 90, 50), pct: 21 },
    { name: 'at least 60, zero 50: at zero', value: 50, o: zeroAt('atLeast', 60, 90, 50), pct: 0 },
    { name: 'at least 60, zero 50: below zero', value: 12, o: zeroAt('atLeast', 60, 90, 50), pct: 0 },
    { name: 'at least 60, zero 50: above the target as before', value: 75, o: zeroAt('atLeast', 60, 90, 50), pct: 85 },
    { name: 'at most 40, zero 60: half way up', value: 50, o: zeroAt('atMost', 40, 20, 60), pct: 35 },
    { name: 'at most 40, zero 60: at zero', value: 60, o: zeroAt('atMost', 40, 20, 60), pct: 0 },
    { name: 'at most 40, zero 60: beyond zero', value: 95, o: zeroAt('atMost', 40, 20, 60), pct: 0 },
    { name: 'at most 40, zero 60: below the target as before', value: 30, o: zeroAt('atMost', 40, 20, 60), pct: 85 },
  ];
  it.each(cases)('$name: $pct', ({ value, o, pct }) => expect(achievement(value, o, 70)).toBe(pct));

  it('a zero at the default (0 for atLeast, 100 for atMost) scores as no zero at all', () => {
    for (let v = 0; v <= 100; v++) {
      expect(achievement(v, zeroAt('atLeast', 60, 90, 0), 70)).toBe(achievement(v, at('atLeast', 60, 90), 70));
      expect(achievement(v, zeroAt('atMost', 40, 20, 100), 70)).toBe(achievement(v, at('atMost', 40, 20), 70));
    }
  });
});

describe('an actor’s score', () => {
  const unsc = (integrity: number, authority: number, programme: number) =>
    quietState((x) => {
      // Nothing moves by itself: no deals (their trade would move integrity), no Panel to lapse.
      x.deals = [];
      x.regime.panel.mandateEnd = 0;
      x.rules = {
        ...x.rules,
        objectives: {
          ...x.rules.objectives,
          UNSC: [
            { indicator: 'unscSanctionsIntegrity', op: 'atLeast', target: 50, full: 100, weight: 2 },
            { indicator: 'unscAuthority', op: 'atLeast', target: 50, full: 100, weight: 2 },
            { indicator: 'prkProgramme', op: 'atMost', target: 40, full: 0, weight: 1 },
          ],
        },
      };
      x.indicators.unscSanctionsIntegrity = integrity;
      x.hidden.integrity = integrity;
      x.indicators.unscAuthority = authority;
      x.indicators.prkProgramme = programme;
    });

  it('on one turn: the weighted mean, rounded down', () => {
    // integrity 25 → 35%, authority 75 → 85%, programme 70 → 35%: (70 + 170 + 35) / 5 = 55
    expect(turnScore(unsc(25, 75, 70), 'UNSC', true)).toBe(55);
  });

  it('before the first turn: the opening position; after: the mean over the turns played', () => {
    const s = unsc(25, 75, 70);
    expect(actorScore(s, 'UNSC')).toBe(55);
    const one = resolveTurn(s, []).state;
    one.indicators.unscAuthority = 100;
    one.indicators.unscSanctionsIntegrity = 100;
    one.hidden.integrity = 100;
    const two = resolveTurn(one, []).state;
    // Turn 1 scores 55 (nothing moved); turn 2 scores (200 + 200 + 35) / 5 = 87: mean 71.
    expect(two.tally.turns).toBe(2);
    expect(actorScore(two, 'UNSC')).toBe(71);
  });

  it('a last-turn gain counts for one turn, not the whole game', () => {
    const s = unsc(50, 50, 40);
    const { state } = play(s, [[], [], []]);
    const late = resolveTurn({ ...state }, []).state;
    late.indicators.unscAuthority = 100;
    expect(turnScore(late, 'UNSC', true)).toBe(82);
    expect(actorScore(state, 'UNSC')).toBe(70);
  });

  it('seen and true differ where an objective reads sanctions integrity', () => {
    const s = unsc(60, 60, 40);
    s.hidden.integrity = 20;
    // seen: integrity 60 → 76%, authority 76%, programme 70%: (152 + 152 + 70) / 5 = 74
    // true: integrity 20 → 28%: (56 + 152 + 70) / 5 = 55
    expect([turnScore(s, 'UNSC', false), turnScore(s, 'UNSC', true)]).toEqual([74, 55]);
    const r = resolveTurn(s, []);
    expect([r.report.scores.UNSC, r.report.trueScores.UNSC]).toEqual([74, 55]);
    expect(scores(r.state, false).UNSC).toBe(74);
    expect(scores(r.state).UNSC).toBe(55);
  });
});
