/**
 * GAME.md's question, "is one order always right?": for each actor, replay the same seeds with
 * one fixed policy in place of part of the bot's judgement (always or never launch, veto, aid,
 * draft, …) and count the seeds on which that policy scored better, the same or worse for that
 * actor than the bot. A policy that never does worse and usually does better dominates (and
 * one that never does worse is suspect): the actor's dilemma is gone.
 */
import type { ActorId, GameState, Order, OrderSource } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import type { Level } from '../ai/index.ts';
import { LEVEL_BUDGET, budgetOrders, openingOf } from '../ai/index.ts';
import { oilFirstNoLaunch, renewAndCondemn, spareToPyongyang, yesOnSanctions } from './exploits.ts';
import { type RunResult, playRun, spread } from './run.ts';

/** The probe's names of issue 9's lines. */
export const EXPLOIT = {
  oilFirst: 'oil first, fed at home, never launch',
  spare: 'spare food and oil to Pyongyang',
  yes: 'yes on every sanction',
  renew: 'renewal and condemnation every turn',
} as const;

export interface ProbeResult {
  actor: ActorId;
  policy: string;
  median: number;
  better: number;
  same: number;
  worse: number;
  /** 'dominates': never worse and better on most seeds; 'never worse': never worse, better on
   * some; '' otherwise. */
  verdict: '' | 'never worse' | 'dominates';
}

/** A fixed policy for one actor: the bot's orders, transformed. */
export interface Policy {
  actor: ActorId;
  name: string;
  apply: (bot: Order[], s: GameState) => Order[];
}

const withoutKind =
  (k: Order['kind']) =>
  (os: Order[]): Order[] =>
    os.filter((o) => o.kind !== k);
const votesAs =
  (vote: 'yes' | 'no' | 'abstain') =>
  (os: Order[]): Order[] =>
    os.map((o) => (o.kind === 'vote' ? { ...o, vote } : o));

export const POLICIES: readonly Policy[] = [
  { actor: 'PRK', name: 'never launch', apply: withoutKind('launch') },
  {
    actor: 'PRK',
    name: 'launch every turn',
    apply: (os) => (os.some((o) => o.kind === 'launch') ? os : [...os, { kind: 'launch', actor: 'PRK' }]),
  },
  { actor: 'PRK', name: 'refuse every deal', apply: withoutKind('acceptDeal') },
  { actor: 'RUS', name: 'always veto', apply: votesAs('no') },
  { actor: 'RUS', name: 'never veto (abstain)', apply: votesAs('abstain') },
  { actor: 'RUS', name: 'no one-off shipments', apply: withoutKind('ship') },
  { actor: 'CHN', name: 'always veto', apply: votesAs('no') },
  { actor: 'CHN', name: 'always abstain', apply: votesAs('abstain') },
  { actor: 'CHN', name: 'always vote yes', apply: votesAs('yes') },
  { actor: 'CHN', name: 'no food aid', apply: withoutKind('ship') },
  { actor: 'UNSC', name: 'never draft', apply: withoutKind('draft') },
  { actor: 'UNSC', name: 'never monitor', apply: withoutKind('monitor') },
  // Issue 9's strong-player lines (exploits.ts).
  { actor: 'PRK', name: EXPLOIT.oilFirst, apply: oilFirstNoLaunch },
  { actor: 'RUS', name: EXPLOIT.spare, apply: spareToPyongyang },
  { actor: 'RUS', name: EXPLOIT.yes, apply: yesOnSanctions },
  { actor: 'UNSC', name: EXPLOIT.renew, apply: (os) => renewAndCondemn(os) },
];

/** Options of the probe: the other seats' level, and a hard decision's rollouts. */
export interface ProbeOptions {
  bots: Level;
  budget?: number;
}

/** The policy's actor plays its heuristic bot's orders transformed by the policy; the other
 * seats play bots of the given level. */
export function policySource(
  p: Policy,
  scenario: Scenario,
  seed: number,
  opts: ProbeOptions = { bots: 'easy' },
): OrderSource {
  const game = { seed, opening: openingOf(initialState(scenario, seed)) };
  const budget = opts.bots === 'easy' ? 0 : (opts.budget ?? LEVEL_BUDGET[opts.bots]);
  return (s) =>
    ACTORS.flatMap((a) => (a === p.actor ? p.apply(budgetOrders(s, a, 0, game), s) : budgetOrders(s, a, budget, game)));
}

export function probe(
  scenario: Scenario,
  baseline: readonly RunResult[],
  policies: readonly Policy[] = POLICIES,
  opts: ProbeOptions = { bots: 'easy' },
): ProbeResult[] {
  const out: ProbeResult[] = [];
  for (const p of policies) {
    const scores: number[] = [];
    let better = 0;
    let same = 0;
    let worse = 0;
    for (const b of baseline) {
      const x = playRun(scenario, b.seed, policySource(p, scenario, b.seed, opts)).scores[p.actor];
      scores.push(x);
      const y = b.scores[p.actor];
      if (x > y) better++;
      else if (x === y) same++;
      else worse++;
    }
    const verdict = worse > 0 || better === 0 ? '' : better * 2 > baseline.length ? 'dominates' : 'never worse';
    out.push({ actor: p.actor, policy: p.name, median: spread(scores).median, better, same, worse, verdict });
  }
  return out;
}
