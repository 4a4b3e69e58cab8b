/**
 * GAME.md: "if one order is always right, the dilemma is gone". Each row takes one order an
 * actor might give every time it can, plays the historical script with that actor's orders
 * rewritten (everyone else as in history, each scenario's own seed), and shows a scenario where
 * the order beats the historical choice and one where it loses to it, by the engine's score
 * for that actor (exact values).
 *
 * The counterparts do not react here (they replay history), so these rows are a floor: with
 * a human or a bot on the other side, each order carries at least these costs.
 */
import { describe, expect, test } from 'vitest';
import type { ActorId } from '../../src/engine/index.ts';
import { loadScenario } from '../fixtures.ts';
import type { Policy } from './variants.ts';
import {
  HISTORY,
  LAUNCH_EVERY_TURN,
  NO_DRAFTS,
  declareAll,
  extraShipment,
  scoreWith,
  voteAll,
  withhold,
} from './variants.ts';

interface Case {
  scenario: string;
  /** Score with the order, then with the historical orders. */
  scores: [number, number];
}

interface Row {
  actor: ActorId;
  order: string;
  policy: Policy;
  why: string;
  right: Case;
  wrong: Case;
}

const ROWS: Row[] = [
  {
    actor: 'PRK',
    order: 'launch a missile every turn',
    policy: LAUNCH_EVERY_TURN,
    why: "the programme advances, but every launch spends hard currency and Beijing's patience",
    right: { scenario: 'summit-2023', scores: [72, 70] },
    wrong: { scenario: 'visit-2000', scores: [58, 68] },
  },
  {
    actor: 'RUS',
    order: 'vote no on every draft (veto)',
    policy: voteAll('RUS', 'no'),
    why: 'a veto shields the partner and costs reputation',
    right: { scenario: 'summit-2023', scores: [73, 73] },
    wrong: { scenario: 'maximum-pressure-2017', scores: [64, 84] },
  },
  {
    actor: 'RUS',
    order: 'send no oil to North Korea',
    policy: withhold('RUS', 'oil'),
    why: 'no breach to be caught in; but a partner short of fuel sends fewer shells and costs Russia too',
    right: { scenario: 'split-2022', scores: [62, 62] },
    wrong: { scenario: 'summit-2023', scores: [63, 73] },
  },
  {
    actor: 'RUS',
    order: 'vote yes on every draft',
    policy: voteAll('RUS', 'yes'),
    why: "standing in the West against Pyongyang's goodwill and the shells it opens up",
    right: { scenario: 'pandemic-2020', scores: [48, 47] },
    wrong: { scenario: 'summit-2023', scores: [70, 73] },
  },
  {
    actor: 'CHN',
    order: 'send 100 thousand barrels more fuel every turn, declared',
    policy: extraShipment('CHN', 'PRK', 'oil', 100, 'dandong-sinuiju'),
    why: 'a fed, fuelled neighbour keeps the border calm; under the cap every extra barrel is a breach',
    right: { scenario: 'pandemic-2020', scores: [85, 75] },
    wrong: { scenario: 'maximum-pressure-2017', scores: [72, 76] },
  },
  {
    actor: 'CHN',
    order: 'vote no on every draft (veto)',
    policy: voteAll('CHN', 'no'),
    why: 'a veto keeps Pyongyang close and costs standing',
    right: { scenario: 'split-2022', scores: [59, 59] },
    wrong: { scenario: 'maximum-pressure-2017', scores: [75, 76] },
  },
  {
    actor: 'UNSC',
    order: 'table no drafts',
    policy: NO_DRAFTS,
    why: 'a draft that is vetoed costs authority; one that passes builds it',
    right: { scenario: 'split-2022', scores: [79, 79] },
    wrong: { scenario: 'maximum-pressure-2017', scores: [51, 65] },
  },
  {
    actor: 'RUS',
    order: 'declare every shipment',
    policy: declareAll('RUS'),
    why: 'declared deliveries over the cap or under a ban are breaches for all to see',
    right: { scenario: 'visit-2000', scores: [85, 85] },
    wrong: { scenario: 'summit-2023', scores: [68, 73] },
  },
];

function score(c: Case, actor: ActorId, policy: Policy): [number, number] {
  const seed = loadScenario(c.scenario).seed;
  return [scoreWith(c.scenario, seed, actor, policy), scoreWith(c.scenario, seed, actor, HISTORY)];
}

describe('no single order is always right', () => {
  test.each(ROWS.map((r) => [`${r.actor}: ${r.order} (${r.why})`, r] as const))('%s', (_name, r) => {
    const right = score(r.right, r.actor, r.policy);
    const wrong = score(r.wrong, r.actor, r.policy);
    expect({ [r.right.scenario]: right, [r.wrong.scenario]: wrong }).toEqual({
      [r.right.scenario]: r.right.scores,
      [r.wrong.scenario]: r.wrong.scores,
    });
    // At least as good as history in one scenario, strictly worse in another.
    expect(right[0]).toBeGreaterThanOrEqual(right[1]);
    expect(wrong[0]).toBeLessThan(wrong[1]);
  });
});
