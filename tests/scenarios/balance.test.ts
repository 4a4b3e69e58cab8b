/**
 * GAME.md: "if one order is always right, the dilemma is gone", measured with the bots. For
 * each shipped scenario, `cli balance --probe` on seeds 1–40: every actor's bot against each
 * fixed policy of the probe (src/cli/balance.ts POLICIES), counting the seeds on which the
 * policy scored better, the same or worse for that actor. Exact counts are pinned, so a rule or
 * scenario change that moves the balance shows here; and no policy may DOMINATE or be NEVER
 * WORSE than the bot, except the exceptions below, each explained (docs/bots.md).
 */
import { describe, expect, test } from 'vitest';
import { balance } from '../../src/cli/balance.ts';
import { loadScenario } from '../fixtures.ts';
import { SHIPPED } from './history.ts';

const SEEDS = 40;

/** [actor, policy, better, same, worse] in POLICIES order. */
type Row = [string, string, number, number, number];

const PINNED: Record<string, Row[]> = {
  'maximum-pressure-2017': [
    ['PRK', 'never launch', 19, 16, 5],
    ['PRK', 'launch every turn', 29, 0, 11],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 7, 4, 29],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 4, 23, 13],
    ['CHN', 'always vote yes', 0, 8, 32],
    ['CHN', 'no food aid', 4, 17, 19],
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
    ['PRK', 'never launch', 27, 3, 10],
    ['PRK', 'launch every turn', 37, 0, 3],
    ['PRK', 'refuse every deal', 18, 3, 19],
    ['RUS', 'always veto', 30, 6, 4],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 21, 6, 13],
    ['CHN', 'always veto', 3, 4, 33],
    ['CHN', 'always abstain', 16, 20, 4],
    ['CHN', 'always vote yes', 5, 3, 32],
    ['CHN', 'no food aid', 2, 0, 38],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 13, 10, 17],
  ],
  'split-2022': [
    ['PRK', 'never launch', 10, 30, 0], // never worse
    ['PRK', 'launch every turn', 40, 0, 0], // dominates
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 40, 0],
    ['CHN', 'always veto', 16, 13, 11],
    ['CHN', 'always abstain', 0, 0, 40],
    ['CHN', 'always vote yes', 0, 0, 40],
    ['CHN', 'no food aid', 3, 16, 21],
    ['UNSC', 'never draft', 0, 3, 37],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
  'summit-2023': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 14, 18, 8],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 1, 2, 37],
    ['RUS', 'never veto (abstain)', 24, 3, 13],
    ['RUS', 'no one-off shipments', 23, 4, 13],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 4, 6, 30],
    ['CHN', 'always vote yes', 2, 2, 36],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 15, 18, 7],
  ],
  'visit-2000': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 7, 4, 29],
    ['CHN', 'always veto', 0, 0, 40],
    ['CHN', 'always abstain', 1, 4, 35],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 1, 1, 38],
    ['UNSC', 'never monitor', 0, 40, 0],
  ],
};

/**
 * Historically right exceptions (docs/bots.md, "Exceptions"):
 * - split-2022, PRK: 2022 was a record year of launches (¶10) while Russia, with China, blocked
 *   new measures (¶8), so a launch cost Pyongyang nothing the council could do; launching every
 *   turn is right in that year, and the bot (which stops once relations with China fall to 10)
 *   is the weaker player. On these 40 seeds never launching is also never worse (on 200 seeds
 *   it is worse once): the bot's middle course is the one that does worst.
 */
const EXCEPTIONS: Record<string, string[]> = {
  'split-2022': ['PRK never launch', 'PRK launch every turn'],
};

describe(`no fixed order is always right (bots, seeds 1–${SEEDS})`, () => {
  test.each(SHIPPED.map((id) => [id] as const))('%s', (id) => {
    const r = balance(loadScenario(id), SEEDS, true);
    expect(r.rejections).toBe(0);
    expect(r.probes.map((p): Row => [p.actor, p.policy, p.better, p.same, p.worse])).toEqual(PINNED[id]);
    const flagged = r.probes.filter((p) => p.verdict !== '').map((p) => `${p.actor} ${p.policy}`);
    expect(flagged).toEqual(EXCEPTIONS[id] ?? []);
  }, 120_000);
});
