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
    ['PRK', 'never launch', 30, 0, 10],
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 11, 24, 5],
    ['CHN', 'always vote yes', 0, 18, 22],
    ['CHN', 'no food aid', 0, 25, 15],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'pandemic-2020': [
    ['PRK', 'never launch', 0, 40, 0],
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 1, 2, 37],
    ['CHN', 'always vote yes', 0, 0, 40],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 2, 36, 2],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'pyongyang-2024': [
    ['PRK', 'never launch', 21, 5, 14],
    ['PRK', 'launch every turn', 35, 0, 5],
    ['PRK', 'refuse every deal', 17, 1, 22],
    ['RUS', 'always veto', 32, 3, 5],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 21, 6, 13],
    ['CHN', 'always veto', 0, 6, 34],
    ['CHN', 'always abstain', 16, 21, 3],
    ['CHN', 'always vote yes', 5, 3, 32],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'split-2022': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 40, 0],
    ['CHN', 'always veto', 12, 9, 19],
    ['CHN', 'always abstain', 0, 0, 40],
    ['CHN', 'always vote yes', 0, 0, 40],
    ['CHN', 'no food aid', 0, 14, 26],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'summit-2023': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 4, 26, 10],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 1, 2, 37],
    ['RUS', 'never veto (abstain)', 21, 5, 14],
    ['RUS', 'no one-off shipments', 21, 4, 15],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 4, 11, 25],
    ['CHN', 'always vote yes', 1, 3, 36],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 6, 33, 1],
  ],
  'visit-2000': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 0, 3, 37],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
};

/**
 * Policies allowed to be flagged, by scenario: none on these seeds. (On 200 seeds one is, and
 * it is history: in visit-2000 Russia never vetoing is never worse, 2/198/0, since in
 * 2000–2006 Moscow had nothing on the Council to shield and voted for 1718 (15–0);
 * docs/bots.md.)
 */
const EXCEPTIONS: Record<string, string[]> = {};

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
