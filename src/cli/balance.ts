/**
 * `cli balance`: play a scenario N times with bots in every seat (seeds 1..N) and report the
 * spread of outcomes an instructor should expect before class: each actor's score and each
 * indicator at the end (min / median / max), the historical run's scores beside them, how
 * often each kind of draft was tabled, adopted, vetoed or fell short, and how many orders were
 * rejected (bots should issue none) or deals defaulted.
 *
 * With --probe it also asks GAME.md's question, "is one order always right?": for each actor it
 * replays the same seeds with one fixed policy in place of part of the bot's judgement (always
 * or never launch, veto, aid, draft, …) and counts the seeds on which that policy scored
 * better, the same or worse for that actor than the bot. A policy that never does worse and
 * usually does better dominates (and one that never does worse is suspect): the actor's
 * dilemma is gone.
 */
import type { ActorId, GameState, IndicatorId, Measure, Order, OrderSource } from '../engine/index.ts';
import { ACTORS, INDICATORS, MEASURES, actorScore, playTurns } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { historicalOrders, initialState } from '../scenario/index.ts';
import { botOrders } from '../ai/index.ts';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface DraftTally {
  tabled: number;
  adopted: number;
  vetoed: number;
  short: number;
}

export interface RunResult {
  seed: number;
  scores: Record<ActorId, number>;
  indicators: Record<IndicatorId, number>;
  drafts: Record<Measure, DraftTally>;
  rejections: number;
  defaults: number;
  detections: number;
}

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

export interface BalanceReport {
  scenario: string;
  /** Games played, with seeds 1..runs. */
  runs: number;
  scores: Record<ActorId, Spread>;
  historical: Record<ActorId, number> | null;
  indicators: Record<IndicatorId, Spread>;
  drafts: Record<Measure, DraftTally>;
  rejections: number;
  defaults: number;
  detections: Spread;
  probes: ProbeResult[];
}

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) return { min: 0, median: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  // Lower median for an even count: always one of the observed values, integer.
  return { min: s[0]!, median: s[Math.floor((s.length - 1) / 2)]!, max: s[s.length - 1]! };
}

function emptyDrafts(): Record<Measure, DraftTally> {
  const out = {} as Record<Measure, DraftTally>;
  for (const m of MEASURES) out[m] = { tabled: 0, adopted: 0, vetoed: 0, short: 0 };
  return out;
}

/** Every seat played by its bot. */
export const ALL_BOTS: OrderSource = (s) => ACTORS.flatMap((a) => botOrders(s, a));

export function playRun(scenario: Scenario, seed: number, source: OrderSource = ALL_BOTS): RunResult {
  const start = initialState(scenario, seed);
  const r = playTurns(start, scenario.turns, source);
  const drafts = emptyDrafts();
  let rejections = 0;
  let defaults = 0;
  let detections = 0;
  for (const t of r.turns) {
    rejections += t.report.rejections.length;
    for (const d of t.report.deals) if (d.kind === 'defaulted') defaults++;
    for (const s of t.report.shipments) if (s.detected) detections++;
    for (const n of t.report.notes) if (n.kind === 'draftTabled' && n.measure !== undefined) drafts[n.measure].tabled++;
    for (const c of t.report.council) drafts[c.measure][c.outcome]++;
  }
  return {
    seed,
    scores: scoresOf(r.state),
    indicators: { ...r.state.indicators },
    drafts,
    rejections,
    defaults,
    detections,
  };
}

function scoresOf(s: GameState): Record<ActorId, number> {
  const out = {} as Record<ActorId, number>;
  for (const a of ACTORS) out[a] = actorScore(s, a);
  return out;
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
];

export function policySource(p: Policy): OrderSource {
  return (s) => ACTORS.flatMap((a) => (a === p.actor ? p.apply(botOrders(s, a), s) : botOrders(s, a)));
}

export function probe(
  scenario: Scenario,
  baseline: readonly RunResult[],
  policies: readonly Policy[] = POLICIES,
): ProbeResult[] {
  const out: ProbeResult[] = [];
  for (const p of policies) {
    const scores: number[] = [];
    let better = 0;
    let same = 0;
    let worse = 0;
    for (const b of baseline) {
      const x = playRun(scenario, b.seed, policySource(p)).scores[p.actor];
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

export function balance(scenario: Scenario, runs: number, withProbe: boolean): BalanceReport {
  const results: RunResult[] = [];
  for (let seed = 1; seed <= runs; seed++) results.push(playRun(scenario, seed));
  const scores = {} as Record<ActorId, Spread>;
  for (const a of ACTORS) scores[a] = spread(results.map((r) => r.scores[a]));
  const indicators = {} as Record<IndicatorId, Spread>;
  for (const i of INDICATORS) indicators[i] = spread(results.map((r) => r.indicators[i]));
  const drafts = emptyDrafts();
  for (const r of results) {
    for (const m of MEASURES) {
      const d = drafts[m];
      const x = r.drafts[m];
      d.tabled += x.tabled;
      d.adopted += x.adopted;
      d.vetoed += x.vetoed;
      d.short += x.short;
    }
  }
  let historical: Record<ActorId, number> | null = null;
  if (scenario.historical.length > 0) {
    const byTurn = historicalOrders(scenario);
    historical = playRun(scenario, scenario.seed, (s) => byTurn.get(s.turn) ?? []).scores;
  }
  return {
    scenario: scenario.id,
    runs,
    scores,
    historical,
    indicators,
    drafts,
    rejections: results.reduce((n, r) => n + r.rejections, 0),
    defaults: results.reduce((n, r) => n + r.defaults, 0),
    detections: spread(results.map((r) => r.detections)),
    probes: withProbe ? probe(scenario, results) : [],
  };
}

function pad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : t + ' '.repeat(n - t.length);
}

function fmt(x: Spread): string {
  return `${pad(x.min, 5)}${pad(x.median, 8)}${x.max}`;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${Math.floor((n * 100) / d)}%`;
}

export function formatBalance(r: BalanceReport, title: string): string {
  const lines: string[] = [`${title}`, `${r.runs} runs with bots in every seat (seeds 1–${r.runs})`, ''];
  lines.push(`score (0-100)      min  median  max  history`);
  for (const a of ACTORS)
    lines.push(
      `  ${pad(a, 17)}${fmt(r.scores[a])}${r.historical === null ? '' : `${' '.repeat(5 - String(r.scores[a].max).length)}${r.historical[a]}`}`,
    );
  lines.push('', `indicator at the end          min  median  max`);
  for (const i of INDICATORS) lines.push(`  ${pad(i, 28)}${fmt(r.indicators[i])}`);
  lines.push('', `drafts (all runs)   tabled  adopted  vetoed  short   per run`);
  for (const m of MEASURES) {
    const d = r.drafts[m];
    const voted = d.adopted + d.vetoed + d.short;
    lines.push(
      `  ${pad(m, 18)}${pad(d.tabled, 8)}${pad(`${d.adopted} ${pct(d.adopted, voted)}`, 9)}${pad(`${d.vetoed} ${pct(d.vetoed, voted)}`, 8)}${pad(`${d.short}`, 8)}${(d.tabled / r.runs).toFixed(2)}`,
    );
  }
  lines.push(
    '',
    `detected covert transfers per run: min ${r.detections.min}, median ${r.detections.median}, max ${r.detections.max}`,
  );
  lines.push(`rejected orders: ${r.rejections}; defaulted deal deliveries: ${r.defaults}`);
  if (r.probes.length > 0) {
    lines.push('', `one fixed policy in place of the bot (same seeds): does one order dominate?`);
    lines.push(`  actor policy                  median  better  same  worse`);
    for (const p of r.probes) {
      lines.push(
        `  ${pad(p.actor, 6)}${pad(p.policy, 24)}${pad(p.median, 8)}${pad(p.better, 8)}${pad(p.same, 6)}${pad(p.worse, 6)}${p.verdict.toUpperCase()}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}
