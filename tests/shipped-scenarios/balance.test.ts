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
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 40, 0, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 3, 36, 1],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 6, 34],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 5, 35],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 27, 10, 3],
    ['RUS', 'yes on every sanction', 5, 35, 0],
    ['UNSC', 'renewal and condemnation every turn', 0, 2, 38],
  ],
  'pandemic-2020': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 35, 5, 0],
    ['PRK', 'refuse every deal', 13, 19, 8],
    ['RUS', 'always veto', 0, 30, 10],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 1, 39],
    ['CHN', 'always veto', 0, 27, 13],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 18, 22],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 40, 0, 0],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 8, 4, 28],
  ],
  'pyongyang-2024': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 24, 4, 12],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 22, 8, 10],
    ['RUS', 'never veto (abstain)', 26, 14, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 3, 10, 27],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 8, 32],
    ['UNSC', 'never draft', 0, 0, 40],
    ['UNSC', 'never monitor', 1, 21, 18],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 0, 2, 38],
    ['RUS', 'yes on every sanction', 26, 14, 0],
    ['UNSC', 'renewal and condemnation every turn', 1, 4, 35],
  ],
  'split-2022': [
    ['PRK', 'never launch', 39, 1, 0],
    ['PRK', 'launch every turn', 40, 0, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 35, 5],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 40, 0],
    ['CHN', 'always veto', 0, 8, 32],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 7, 33],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 12, 8, 20],
    ['RUS', 'spare food and oil to Pyongyang', 40, 0, 0],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 0, 0, 40],
  ],
  'summit-2023': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 25, 0, 15],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 0, 35, 5],
    ['RUS', 'never veto (abstain)', 1, 0, 39],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 2, 0, 38],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 39, 1],
    ['UNSC', 'never draft', 9, 21, 10],
    ['UNSC', 'never monitor', 21, 2, 17],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 2, 2, 36],
    ['RUS', 'yes on every sanction', 1, 0, 39],
    ['UNSC', 'renewal and condemnation every turn', 11, 6, 23],
  ],
  'visit-2000': [
    ['PRK', 'never launch', 27, 3, 10],
    ['PRK', 'launch every turn', 6, 1, 33],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 2, 22, 16],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 1, 35, 4],
    ['CHN', 'always veto', 2, 25, 13],
    ['CHN', 'always abstain', 0, 39, 1],
    ['CHN', 'always vote yes', 0, 39, 1],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 1, 22, 17],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 6, 1, 33],
    ['RUS', 'spare food and oil to Pyongyang', 40, 0, 0],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 4, 1, 35],
  ],
  'visit-2000-long': [
    ['PRK', 'never launch', 40, 0, 0],
    ['PRK', 'launch every turn', 37, 1, 2],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 21, 19],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 7, 17, 16],
    ['CHN', 'always veto', 7, 21, 12],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 39, 1],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 20, 20],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 40, 0, 0],
    ['RUS', 'spare food and oil to Pyongyang', 28, 7, 5],
    ['RUS', 'yes on every sanction', 2, 38, 0],
    ['UNSC', 'renewal and condemnation every turn', 16, 5, 19],
  ],
};

/**
 * Policies flagged against the heuristic (easy) bots on these seeds (engine 0.4.0), pinned so
 * that a change shows. They are the heuristic bots' weaknesses, which the search bot answers
 * (issue 10 measures the rules against the hard bot: docs/bots.md): North Korea's heuristic bot
 * times its launches badly where the programme scores up to its "full" value over the whole
 * game (launching every turn beats it in 2017, the pandemic and 2022, where never launching
 * does too); Russia's heuristic bot ships its partner less than it could spare, now that North
 * Korea's stability is one of Russia's objectives (issue 9's "spare food and oil" line beats it
 * in 2000, the pandemic and 2022), and its vetoes cost it more than they save in 2017, the
 * long 2000s and 2024 (in 2024 the Panel, vetoed in March, cannot come back before turn 4, so
 * the heuristic bot's later vetoes buy little). Issue 9's lines against the hard bot: tests/shipped-scenarios/exploits.test.ts.
 */
const EXCEPTIONS: Record<string, string[]> = {
  'maximum-pressure-2017': ['PRK launch every turn', 'RUS yes on every sanction'],
  'pandemic-2020': ['PRK launch every turn', 'RUS spare food and oil to Pyongyang'],
  'pyongyang-2024': ['RUS never veto (abstain)', 'RUS yes on every sanction'],
  'split-2022': ['PRK never launch', 'PRK launch every turn', 'RUS spare food and oil to Pyongyang'],
  'visit-2000': ['RUS spare food and oil to Pyongyang'],
  'visit-2000-long': ['PRK never launch', 'PRK oil first, fed at home, never launch', 'RUS yes on every sanction'],
};

describe(`no fixed order is always right (bots, seeds 1–${SEEDS})`, () => {
  test.each(SHIPPED.map((id) => [id] as const))(
    '%s',
    (id) => {
      // The fixed policies only (the search lines have their own test: exploits.test.ts).
      const r = balance(loadScenario(id), SEEDS, true, { bots: 'easy', searchRuns: 0 });
      expect(r.rejections).toBe(0);
      expect(r.probes.map((p): Row => [p.actor, p.policy, p.better, p.same, p.worse])).toEqual(PINNED[id]);
      const flagged = r.probes.filter((p) => p.verdict !== '').map((p) => `${p.actor} ${p.policy}`);
      expect(flagged).toEqual(EXCEPTIONS[id] ?? []);
    },
    120_000,
  );
});
