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
    ['PRK', 'launch every turn', 0, 40, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 1, 21, 18],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 26, 14],
    ['CHN', 'always abstain', 3, 34, 3],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 9, 31],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 25, 9, 6],
    ['RUS', 'yes on every sanction', 4, 36, 0],
    ['UNSC', 'renewal and condemnation every turn', 0, 9, 31],
  ],
  'pandemic-2020': [
    ['PRK', 'never launch', 0, 2, 38],
    ['PRK', 'launch every turn', 27, 13, 0],
    ['PRK', 'refuse every deal', 3, 37, 0],
    ['RUS', 'always veto', 0, 34, 6],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 0, 35, 5],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 0, 40],
    ['UNSC', 'never draft', 0, 14, 26],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 40, 0, 0],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 6, 21, 13],
  ],
  'pyongyang-2024': [
    ['PRK', 'never launch', 7, 7, 26],
    ['PRK', 'launch every turn', 23, 7, 10],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 1, 38, 1],
    ['RUS', 'never veto (abstain)', 9, 9, 22],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 5, 4, 31],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 20, 20],
    ['UNSC', 'never draft', 5, 30, 5],
    ['UNSC', 'never monitor', 0, 39, 1],
    ['PRK', 'oil first, fed at home, never launch', 6, 2, 32],
    ['RUS', 'spare food and oil to Pyongyang', 5, 0, 35],
    ['RUS', 'yes on every sanction', 9, 9, 22],
    ['UNSC', 'renewal and condemnation every turn', 19, 4, 17],
  ],
  'split-2022': [
    ['PRK', 'never launch', 13, 10, 17],
    ['PRK', 'launch every turn', 18, 22, 0],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 0, 40],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 40, 0],
    ['CHN', 'always veto', 0, 38, 2],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 40, 0],
    ['UNSC', 'never draft', 0, 21, 19],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 9, 5, 26],
    ['RUS', 'spare food and oil to Pyongyang', 40, 0, 0],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 0, 5, 35],
  ],
  'summit-2023': [
    ['PRK', 'never launch', 0, 0, 40],
    ['PRK', 'launch every turn', 30, 5, 5],
    ['PRK', 'refuse every deal', 0, 0, 40],
    ['RUS', 'always veto', 1, 35, 4],
    ['RUS', 'never veto (abstain)', 1, 1, 38],
    ['RUS', 'no one-off shipments', 0, 0, 40],
    ['CHN', 'always veto', 8, 0, 32],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 12, 28],
    ['UNSC', 'never draft', 9, 21, 10],
    ['UNSC', 'never monitor', 25, 5, 10],
    ['PRK', 'oil first, fed at home, never launch', 0, 0, 40],
    ['RUS', 'spare food and oil to Pyongyang', 0, 2, 38],
    ['RUS', 'yes on every sanction', 1, 1, 38],
    ['UNSC', 'renewal and condemnation every turn', 7, 10, 23],
  ],
  'visit-2000': [
    ['PRK', 'never launch', 40, 0, 0],
    ['PRK', 'launch every turn', 0, 1, 39],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 27, 13],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 10, 30],
    ['CHN', 'always veto', 1, 31, 8],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 11, 29],
    ['UNSC', 'never draft', 0, 26, 14],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 40, 0, 0],
    ['RUS', 'spare food and oil to Pyongyang', 16, 3, 21],
    ['RUS', 'yes on every sanction', 1, 39, 0],
    ['UNSC', 'renewal and condemnation every turn', 2, 4, 34],
  ],
  'visit-2000-long': [
    ['PRK', 'never launch', 40, 0, 0],
    ['PRK', 'launch every turn', 0, 1, 39],
    ['PRK', 'refuse every deal', 0, 40, 0],
    ['RUS', 'always veto', 0, 26, 14],
    ['RUS', 'never veto (abstain)', 0, 40, 0],
    ['RUS', 'no one-off shipments', 0, 3, 37],
    ['CHN', 'always veto', 1, 30, 9],
    ['CHN', 'always abstain', 0, 40, 0],
    ['CHN', 'always vote yes', 0, 40, 0],
    ['CHN', 'no food aid', 0, 1, 39],
    ['UNSC', 'never draft', 0, 26, 14],
    ['UNSC', 'never monitor', 0, 40, 0],
    ['PRK', 'oil first, fed at home, never launch', 39, 0, 1],
    ['RUS', 'spare food and oil to Pyongyang', 12, 13, 15],
    ['RUS', 'yes on every sanction', 0, 40, 0],
    ['UNSC', 'renewal and condemnation every turn', 1, 5, 34],
  ],
};

/**
 * Policies flagged against the heuristic (easy) bots on these seeds (engine 0.5.0), pinned so
 * that a change shows. They are the heuristic bots' weaknesses, which the search bot answers
 * (issue 10 measures the rules against the hard bot: docs/bots.md): North Korea's heuristic bot
 * times its launches badly (launching every turn beats it in the pandemic and 2022, never
 * launching in the 2000s, where the objectives are now set on the hard bot's games); Russia's
 * heuristic bot ships its partner less than it could spare (issue 9's "spare food and oil" line
 * beats it in the pandemic and 2022), and votes no where yes pays in 2017 and 2000. (Its
 * vetoing too seldom in 2024 stopped showing once China's objectives there were re-set in round
 * four: "always veto" now beats it on 1 seed of 40 and loses on 1.) Issue
 * 9's lines against the hard bot: tests/shipped-scenarios/exploits.test.ts.
 */
const EXCEPTIONS: Record<string, string[]> = {
  'maximum-pressure-2017': ['RUS yes on every sanction'],
  'pandemic-2020': ['PRK launch every turn', 'PRK refuse every deal', 'RUS spare food and oil to Pyongyang'],
  'split-2022': ['PRK launch every turn', 'RUS spare food and oil to Pyongyang'],
  'visit-2000': ['PRK never launch', 'PRK oil first, fed at home, never launch', 'RUS yes on every sanction'],
  'visit-2000-long': ['PRK never launch'],
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
