/**
 * Issue 9's strong-player lines, found by `balance --probe` on today's rules: the search bot
 * (the hard level) plays one seat against the heuristic bots the exploits were found against,
 * and its line is flagged (EXPLOIT: it beats its heuristic bot and history; PINNED: it drives an
 * objective indicator to its limit where the bot does not), with the orders that made the
 * difference. Pinned exactly (the search is deterministic), on one seed and a small rollout
 * budget so the test stays short; the rules' issue (10) will make these lines go away and
 * update the pins.
 *
 * Against hard opponents (`--bots hard`) none of these lines beats the heuristic bot on seed 1
 * at this budget: the search bots in the other seats close them (North Korea's heuristic bot
 * scores 100 in pandemic-2020 when Russia and China search). The Council's line in summit-2023
 * (a Panel renewal and a condemnation tabled every turn, authority driven to 100) needs a
 * larger budget: its score is capped by the programme objective, so only the margins show it,
 * and a turn has some 26 options to screen; at 64 or 128 rollouts it is missed, at 200 found.
 * It was missed at any budget while each draft measure was its own decision: with two drafts a
 * turn allowed and the heuristic plan's two places taken, a new draft was always rejected.
 */
import { describe, expect, test } from 'vitest';
import type { ActorId } from '../../src/engine/index.ts';
import type { SearchLine } from '../../src/sim/index.ts';
import { main } from '../../src/cli/main.ts';
import type { BalanceReport } from '../../src/sim/index.ts';
import { SCENARIO_DIR } from '../fixtures.ts';

/** Rollouts of each of the search line's decisions here (the hard level plays more: HARD_BUDGET). */
const BUDGET = '64';

interface Case {
  name: string;
  scenario: string;
  actor: ActorId;
  line: Pick<SearchLine, 'median' | 'bot' | 'history' | 'verdict' | 'pinned'> & { top: string[] };
  /** Rollouts of each decision when not BUDGET. */
  budget?: string;
}

const CASES: Case[] = [
  {
    name: 'North Korea, pandemic-2020: oil before the border shuts, industry off munitions',
    scenario: 'pandemic-2020',
    actor: 'PRK',
    line: {
      median: 100,
      bot: 25,
      history: 76,
      verdict: 'exploit',
      pinned: [],
      top: ['cancel a deal', 'launch', 'munitions 0%, workers abroad 0%'],
    },
  },
  {
    name: 'Russia, visit-2000: spare food to Pyongyang',
    scenario: 'visit-2000',
    actor: 'RUS',
    line: {
      median: 72,
      bot: 54,
      history: 69,
      verdict: 'exploit',
      pinned: [],
      top: ['cancel a deal', 'ship food declared', 'ship food covert'],
    },
  },
  {
    name: 'Russia, summit-2023: fuel the partner',
    scenario: 'summit-2023',
    actor: 'RUS',
    line: {
      median: 96,
      bot: 91,
      history: 82,
      verdict: 'exploit',
      pinned: [],
      top: ['ship oil covert', 'cancel a deal', 'no offer currency for munitions (covert)'],
    },
  },
  {
    name: 'Russia, split-2022: oil to Pyongyang and a yes on sanctions',
    scenario: 'split-2022',
    actor: 'RUS',
    line: {
      median: 92,
      bot: 89,
      history: 88,
      verdict: 'exploit',
      pinned: [],
      top: ['ship oil covert', 'ship oil declared', 'vote yes'],
    },
  },
  {
    name: 'the Council, summit-2023: a renewal and a condemnation every turn, authority pinned at 100',
    scenario: 'summit-2023',
    actor: 'UNSC',
    budget: '200',
    line: {
      median: 93,
      bot: 93,
      history: 82,
      verdict: 'pinned',
      pinned: ['unscAuthority'],
      top: ['draft condemn', 'draft renewPanel', 'draft armsEmbargo'],
    },
  },
];

function probe(c: Case): SearchLine {
  const r = main([
    'balance',
    `${SCENARIO_DIR}${c.scenario}.json`,
    '--probe',
    '--runs',
    '1',
    '--search-runs',
    '1',
    '--search-budget',
    c.budget ?? BUDGET,
    '--actor',
    c.actor,
    '--json',
  ]);
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout) as BalanceReport;
  const line = doc.searchLines[0];
  if (line === undefined) throw new Error('no search line');
  return line;
}

describe('balance --probe finds the strong-player lines of issue 9', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const line = probe(c);
    expect({
      median: line.median,
      bot: line.bot,
      history: line.history,
      verdict: line.verdict,
      pinned: line.pinned,
      top: line.top.map((t) => t.label),
    }).toEqual(c.line);
  });
});
