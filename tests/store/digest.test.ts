/**
 * The turn digest against the report: on a whole game of the shipped scenario (North Korea's
 * orders from the browser tests, bots elsewhere), for every turn and every actor's view:
 * the digest's entries are changes of that report; the changes that moved the score come
 * first, largest first, and none that moved it more is left out; the effects of all the
 * score-moving changes add up to the score the engine reports; and named turns are pinned.
 */
import { describe, expect, test } from 'vitest';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { ACTORS, achievement, playTurns, viewReport, viewState } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import { DIGEST_MAX, DIGEST_MIN, assembleOrders, digestOf, scoreEffect } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

const SC = loadScenario();
const PRK: Record<number, Order[]> = {
  1: [
    { kind: 'setPriorities', actor: 'PRK', munitions: 55, labourAbroad: 40 },
    {
      kind: 'ship',
      actor: 'PRK',
      to: 'RUS',
      resource: 'munitions',
      amount: 1500,
      route: 'khasan-tumangang',
      mode: 'covert',
    },
  ],
  5: [{ kind: 'launch', actor: 'PRK' }],
};
const controllers = { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' } as const;
const start = initialState(SC, 2023);
const states: (typeof start)[] = [];
const game = playTurns(start, SC.turns, (s) => {
  states.push(s);
  return assembleOrders(s, controllers, { RUS: [], PRK: PRK[s.turn] ?? [], CHN: [], UNSC: [] }, botOrders);
});

/** The score before rounding down: Σ weight × achievement / Σ weight. */
function exactScore(s: typeof start, a: ActorId): number {
  const os = s.rules.objectives[a];
  const w = os.reduce((n, o) => n + o.weight, 0);
  return (
    os.reduce((n, o) => n + o.weight * achievement(s.indicators[o.indicator], o, s.rules.design.targetAchievement), 0) /
    w
  );
}

describe('the digest names the changes that moved the score', () => {
  test.each(ACTORS.flatMap((a) => game.turns.map((_, i) => [a, i + 1] as const)))('%s, turn %i', (actor, turn) => {
    const before = states[turn - 1]!;
    const report = viewReport(game.turns[turn - 1]!.report, actor);
    const d = digestOf(viewState(before, actor), report, actor);
    // Every entry is the report's own change, at its own index.
    for (const e of d.entries) expect(report.changes[e.index]).toBe(e.change);
    expect(d.entries.length).toBeLessThanOrEqual(DIGEST_MAX);
    expect(d.entries.length).toBeGreaterThanOrEqual(Math.min(DIGEST_MIN, report.changes.length));
    // The score-moving changes, from the report alone.
    const effects = report.changes.map((c) =>
      c.target.kind === 'indicator' ? scoreEffect(before.rules, actor, c.target.indicator, c.before, c.after) : 0,
    );
    const movers = effects.filter((x) => x !== 0).map(Math.abs);
    const shown = d.entries.filter((e) => e.effect !== 0);
    expect(shown.length).toBe(Math.min(DIGEST_MAX, movers.length));
    // Largest first, and nothing larger left out.
    const sorted = [...movers].sort((x, y) => y - x);
    expect(shown.map((e) => Math.abs(e.effect))).toEqual(sorted.slice(0, shown.length));
    // The effects add up to the engine's score: exact before the turn plus every effect,
    // rounded down, is the score the report gives.
    const sum = effects.reduce((n, x) => n + x, 0);
    expect(Math.floor(exactScore(before, actor) + sum + 1e-9)).toBe(game.turns[turn - 1]!.report.scores[actor]);
    expect(d.scoreAfter).toBe(game.turns[turn - 1]!.report.scores[actor]);
  });

  test('turn 1, North Korea: pinned', () => {
    const d = digestOf(viewState(start, 'PRK'), viewReport(game.turns[0]!.report, 'PRK'), 'PRK');
    expect({ before: d.scoreBefore, after: d.scoreAfter }).toEqual({ before: 81, after: 85 });
    expect(
      d.entries.map((e) => [
        e.change.target,
        e.change.before,
        e.change.after,
        e.change.cause.rule,
        Math.round(e.effect * 10) / 10,
      ]),
    ).toEqual(PINNED_TURN1);
  });
});

/** Turn 1 for North Korea: a satellite event lifts the programme 40 → 43 (achievement 66% →
 * 71%, weight 2 of 5: +2 points); food and oil needs met lift stability 55 → 56 → 57 (91% →
 * 93% → 95%, weight 3 of 5: +1.2 each). */
const PINNED_TURN1: unknown[] = [
  [{ kind: 'indicator', indicator: 'prkProgramme' }, 40, 43, 'event', 2],
  [{ kind: 'indicator', indicator: 'prkStability' }, 55, 56, 'needMet', 1.2],
  [{ kind: 'indicator', indicator: 'prkStability' }, 56, 57, 'needMet', 1.2],
];
