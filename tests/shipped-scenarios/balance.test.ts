/**
 * GAME.md: "if one order is always right, the dilemma is gone", measured with the bots. For
 * each shipped scenario, `cli balance --probe` on seeds 1–40: every actor's bot against each
 * fixed policy of the probe (src/sim/probe.ts POLICIES), counting the seeds on which the
 * policy scored better, the same or worse for that actor. Exact counts are pinned, so a rule or
 * scenario change that moves the balance shows here; and no policy may DOMINATE or be NEVER
 * WORSE than the bot.
 */
import { describe, expect, test } from 'vitest';
import { balance } from '../../src/sim/index.ts';
import { loadScenario } from '../fixtures.ts';
import { SHIPPED } from './history.ts';

const SEEDS = 40;

/** [actor, policy, better, same, worse] in POLICIES order. */
type Row = [string, string, number, number, number];

const PINNED: Record<string, Row[]> = {
  'maximum-pressure-2017': [
    ['PRK', 'never launch', 0, 1, 39],
    ['PRK', 'launch every turn', 40, 0, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 2, 37, 1],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 6, 34],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 6, 34],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'pandemic-2020': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 23, 17, 0],
    ['PRK', 'refuse every deal', 19, 14, 7],
    ['RUS', 'always veto', 0, 30, 10],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 1, 39],
    ['CHN', 'always veto', 0, 27, 13],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 16, 24],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'pyongyang-2024': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 26, 1, 13],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 0, 40, 0],
    ['RUS', 'never veto (abstain)', 8, 7, 25],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 1, 2, 37],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 8, 32],
    ['UNSC', 'never draft', 2, 33, 5],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'split-2022': [
    ['PRK', 'never launch', 40, 0, 0],
    ['PRK', 'launch every turn', 40, 0, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 35, 5],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 40, 0],
    ['CHN', 'always veto', 0, 8, 32],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 4, 36],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'summit-2023': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 24, 0, 16],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 2, 35, 3],
    ['RUS', 'never veto (abstain)', 3, 0, 37],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 3, 2, 35],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 3, 37, 0],
    ['CHN', 'no food aid', 0, 39, 1],
    ['UNSC', 'never draft', 6, 19, 15],
    ['UNSC', 'never monitor', 21, 2, 17],
  ],
  'visit-2000': [
    ['PRK', 'never launch', 5, 0, 35],
    ['PRK', 'launch every turn', 5, 0, 35],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 1, 6, 33],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 37, 3],
    ['CHN', 'always veto', 23, 8, 9],
    ['CHN', 'always abstain', 13, 20, 7],
    ['CHN', 'always vote yes', 8, 15, 17],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 1, 7, 32],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'visit-2000-long': [
    ['PRK', 'never launch', 32, 4, 4],
    ['PRK', 'launch every turn', 4, 2, 34],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 3, 37],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 9, 31],
    ['CHN', 'always veto', 16, 8, 16],
    ['CHN', 'always abstain', 4, 33, 3],
    ['CHN', 'always vote yes', 13, 20, 7],
    ['CHN', 'no food aid', 0, 1, 39],
    ['UNSC', 'never draft', 0, 3, 37],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
};

/**
 * Policies flagged against the heuristic bots on these seeds (engine 0.4.0), pinned so that a
 * change shows: North Korea's heuristic bot launches too rarely where the programme's score
 * runs to its "full" value (launching every turn beats it in 2017, the pandemic and 2022; in
 * 2022 never launching also beats it, so its launch timing is the fault, not launching), and
 * China's voting yes on everything is never worse than its bot in summit-2023. These are
 * the bots' weaknesses, for the search bot (issue 9) to answer; docs/bots.md.
 */
const EXCEPTIONS: Record<string, string[]> = {
  'maximum-pressure-2017': ['PRK launch every turn'],
  'pandemic-2020': ['PRK launch every turn'],
  'split-2022': ['PRK never launch', 'PRK launch every turn'],
  'summit-2023': ['CHN always vote yes'],
};

describe(`no fixed order is always right (bots, seeds 1–${SEEDS})`, () => {
  test.each(SHIPPED.map((id) => [id] as const))(
    '%s',
    (id) => {
      // The fixed policies only (the search lines have their own test: probeSearch.test.ts).
      const r = balance(loadScenario(id), SEEDS, true, { bots: 'easy', searchRuns: 0 });
      expect(r.rejections).toBe(0);
      expect(r.probes.map((p): Row => [p.actor, p.policy, p.better, p.same, p.worse])).toEqual(PINNED[id]);
      const flagged = r.probes.filter((p) => p.verdict !== '').map((p) => `${p.actor} ${p.policy}`);
      expect(flagged).toEqual(EXCEPTIONS[id] ?? []);
    },
    120_000,
  );
});
