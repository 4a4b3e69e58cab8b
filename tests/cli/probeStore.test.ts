/**
 * scripts/probe-store.ts: the games of the full-size probe kept compactly (docs/probe-full.json)
 * come back exactly as played, and the table's comparisons count seeds as the issue measures them
 * (each game against the actor's own hard bot on the same seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/sim/index.ts';
import type { Played, Results } from '../../scripts/probe-store.ts';
import { actorOf, against, counts, decode, encode, games, keyOf, seedsOf } from '../../scripts/probe-store.ts';

function results(played: Record<string, Played>, seeds = 3): Results {
  return {
    engine: '0.5.0',
    search: 2,
    budget: 300,
    seeds,
    policies: POLICIES.map((p) => `${p.actor} ${p.name}`),
    checks: { s: 'abc' },
    games: played,
  };
}

describe('the probe store', () => {
  it('names 25 games a seed: the hard bots, each policy, each line, each heuristic bot', () => {
    const g = games();
    expect(g).toHaveLength(1 + POLICIES.length + 8);
    expect(g.slice(0, 2)).toEqual(['hard', 'p0']);
    expect(g.slice(-8)).toEqual(['lRUS', 'lPRK', 'lCHN', 'lUNSC', 'eRUS', 'ePRK', 'eCHN', 'eUNSC']);
    expect(actorOf('lCHN')).toBe('CHN');
    expect(actorOf('eUNSC')).toBe('UNSC');
    expect(actorOf(`p${POLICIES.findIndex((p) => p.actor === 'RUS')}`)).toBe('RUS');
    expect(() => actorOf('x')).toThrow('no actor for game x');
  });

  it('keeps a row per scenario and game, a slot per seed, null where none was played', () => {
    const stored = encode(
      results({
        [keyOf({ scenario: 's', seed: 2, game: 'hard' })]: { s: [70, 80, 60, 50], v: [1, 0, 2] },
        [keyOf({ scenario: 's', seed: 1, game: 'p3' })]: { s: [66] },
        [keyOf({ scenario: 's', seed: 3, game: 'lRUS' })]: { s: [71], d: { 'vote no': 2 } },
      }),
    );
    expect(stored.scenarios).toEqual({
      s: { hard: [null, [70, 80, 60, 50, 1, 0, 2]], p3: [66], lRUS: [null, null, [71, { 'vote no': 2 }]] },
    });
    expect('games' in stored).toBe(false);
    expect(stored.checks).toEqual({ s: 'abc' });
  });

  it('gives back exactly the games it kept', () => {
    const game = fc.constantFrom(...games());
    const score = fc.integer({ min: 0, max: 100 });
    const entry = fc.record({
      scenario: fc.constantFrom('a-2000', 'b-2022'),
      seed: fc.integer({ min: 1, max: 9 }),
      game,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            entry,
            fc.tuple(score, score, score, score),
            fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
            fc.dictionary(fc.constantFrom('vote no', 'ship food declared', 'launch'), fc.integer({ min: 1, max: 12 })),
          ),
        ),
        (xs) => {
          const played: Record<string, Played> = {};
          for (const [t, s, v, d] of xs)
            played[keyOf(t)] =
              t.game === 'hard' ? { s: [...s], v } : t.game.startsWith('l') ? { s: [s[0]], d } : { s: [s[0]] };
          const back = decode(JSON.parse(JSON.stringify(encode(results(played)))));
          expect(back.games).toEqual(played);
        },
      ),
    );
  });

  it('counts a game against the hard bot seed by seed, with the median difference', () => {
    const r = results({});
    const hard = [
      [70, 80, 60, 50],
      [65, 80, 60, 50],
      [72, 80, 60, 50],
    ];
    const line = [74, 65, 72];
    hard.forEach((s, i) => {
      r.games[keyOf({ scenario: 's', seed: i + 1, game: 'hard' })] = { s, v: [0, 0, 0] };
      r.games[keyOf({ scenario: 's', seed: i + 1, game: 'lRUS' })] = { s: [line[i] ?? 0] };
    });
    const x = against(r, 's', 3, 'lRUS');
    expect(x).toEqual({ better: 1, same: 2, worse: 0, median: 0 });
    expect(counts(x)).toBe('1 / 2 / 0 (0)');
    expect(counts({ better: 3, same: 0, worse: 1, median: 2 })).toBe('3 / 0 / 1 (+2)');
    // Only seeds whose 25 games are all played count.
    expect(seedsOf(r, 's')).toBe(0);
    for (const game of games()) r.games[keyOf({ scenario: 's', seed: 1, game })] ??= { s: [1] };
    expect(seedsOf(r, 's')).toBe(1);
  });
});
