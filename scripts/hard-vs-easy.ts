/**
 * Hard against easy, per scenario and seat: seeds 1..N with the heuristic bot in every seat,
 * then the same seeds with the search bot (hard) in one seat and heuristic bots in the others;
 * the seat's final score each time. Writes the raw scores to docs/hard-vs-easy.json and the
 * table between the markers in docs/bots.md.
 *
 *   npx tsx scripts/hard-vs-easy.ts [--seeds 100] [--jobs 2] [--budget N] [--minutes M]
 *
 * Games are shared out to `--jobs` child processes (each plays whole games; the results do
 * not depend on the split), seed by seed across the scenarios, so a run cut short by
 * `--minutes` (no new game after M minutes) still covers every scenario. A game already in
 * docs/hard-vs-easy.json with the same budget is not played again, so a run resumes; `--fresh`
 * starts over. The table counts, per scenario, the seeds whose five games are all played.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ActorId } from '../src/engine/index.ts';
import { ACTORS, actorScore, playTurns } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState } from '../src/scenario/index.ts';
import { HARD_BUDGET } from '../src/ai/index.ts';
import { allSeats, seatsSource } from '../src/sim/index.ts';
import {
  ROOT,
  aligned,
  arg,
  runPool,
  serveTasks,
  shippedScenarios,
  timedSave,
  writeBetweenMarkers,
} from './game-pool.ts';

const OUT = `${ROOT}docs/hard-vs-easy.json`;
const DOC = `${ROOT}docs/bots.md`;

/** One game: the scenario, the seed, and the hard seat (null: every seat easy). */
interface Task {
  scenario: string;
  seed: number;
  hard: ActorId | null;
}

/** The search's version: games played by an older search are not reused (2: the budget scaled
 * to the turns left, and the Council's drafts as one decision). */
const SEARCH = 2;

interface Results {
  budget: number;
  search?: number;
  seeds: number;
  /** `${scenario}|${seed}|${hard ?? 'easy'}` → the four scores (ACTORS order). */
  games: Record<string, number[]>;
  /** Seconds of wall time the run took, and the jobs it used (for the documentation). */
  seconds?: number;
  jobs?: number;
}

function keyOf(t: Task): string {
  return `${t.scenario}|${t.seed}|${t.hard ?? 'easy'}`;
}

function play(s: Scenario, t: Task, budget: number): number[] {
  const seats = allSeats('easy');
  if (t.hard !== null) seats[t.hard] = 'hard';
  const r = playTurns(initialState(s, t.seed), s.turns, seatsSource(s, t.seed, seats, budget));
  return ACTORS.map((a) => actorScore(r.state, a));
}

/** A child: play the tasks it is sent, answer each with its scores. */
function child(budget: number): void {
  const byId = new Map(shippedScenarios().map((s) => [s.id, s]));
  serveTasks((t: Task) => {
    const s = byId.get(t.scenario);
    if (s === undefined) throw new Error(`unknown scenario ${t.scenario}`);
    return { key: keyOf(t), scores: play(s, t, budget) };
  });
}

function mean(xs: number[]): string {
  return xs.length === 0 ? '-' : (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}

/** Seeds 1..n of a scenario whose five games (every seat easy, and each seat hard) are played. */
function seedsOf(res: Results, scenario: string): number {
  let n = 0;
  while (
    n < res.seeds &&
    [null, ...ACTORS].every((hard) => res.games[keyOf({ scenario, seed: n + 1, hard })] !== undefined)
  )
    n++;
  return n;
}

function table(res: Results, list: Scenario[]): string {
  const rows: string[][] = [
    [
      'scenario',
      'seeds',
      'seat',
      'easy mean',
      'hard mean',
      'gain',
      'hard better / same / worse',
      'easy median',
      'hard median',
    ],
  ];
  const lines: string[] = [];
  let seats = 0;
  let better = 0;
  let notWorse = 0;
  for (const s of list) {
    for (const a of ACTORS) {
      const i = ACTORS.indexOf(a);
      const easy: number[] = [];
      const hard: number[] = [];
      let b = 0;
      let same = 0;
      let w = 0;
      for (let seed = 1; seed <= seedsOf(res, s.id); seed++) {
        const e = res.games[keyOf({ scenario: s.id, seed, hard: null })]?.[i];
        const h = res.games[keyOf({ scenario: s.id, seed, hard: a })]?.[i];
        if (e === undefined || h === undefined) continue;
        easy.push(e);
        hard.push(h);
        if (h > e) b++;
        else if (h === e) same++;
        else w++;
      }
      const gain = Number(mean(hard)) - Number(mean(easy));
      seats++;
      if (gain > 0) better++;
      if (gain >= 0) notWorse++;
      rows.push([
        s.id,
        String(seedsOf(res, s.id)),
        a,
        String(mean(easy)),
        String(mean(hard)),
        `${gain > 0 ? '+' : ''}${gain.toFixed(1)}`,
        `${b} / ${same} / ${w}`,
        String(median(easy)),
        String(median(hard)),
      ]);
    }
  }
  lines.push(
    ...aligned(rows),
    '',
    `Seeds 1..n per scenario (column "seeds"), budget ${res.budget} rollouts a hard decision. Hard scores at least as well as easy (mean) in ${notWorse} of ${seats} seats and better in ${better}.`,
  );
  if (res.seconds !== undefined)
    lines.push(
      '',
      `Regenerate: \`npx tsx scripts/hard-vs-easy.ts --seeds ${res.seeds} --jobs ${res.jobs ?? 1}\` (${Math.round(res.seconds / 60)} minutes of play on this machine's 2 shared cores).`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const budget = Number(arg('budget') ?? HARD_BUDGET);
  if (process.argv.includes('--child')) {
    child(budget);
    return;
  }
  const seeds = Number(arg('seeds') ?? 100);
  const jobs = Math.max(1, Number(arg('jobs') ?? 2));
  const list = shippedScenarios();
  let res: Results = { budget, search: SEARCH, seeds, games: {} };
  if (!process.argv.includes('--fresh') && existsSync(OUT)) {
    const old = JSON.parse(readFileSync(OUT, 'utf8')) as Results;
    if (old.budget === budget && old.search === SEARCH) res = { ...old, seeds };
  }
  const tasks: Task[] = [];
  for (let seed = 1; seed <= seeds; seed++)
    for (const s of list)
      for (const hard of [null, ...ACTORS]) {
        const t = { scenario: s.id, seed, hard };
        if (res.games[keyOf(t)] === undefined) tasks.push(t);
      }
  const { stopAt, save } = timedSave(OUT, res, jobs);
  await runPool({
    script: import.meta.url,
    args: ['--budget', String(budget)],
    jobs,
    tasks,
    stopAt,
    result: (m: { key: string; scores: number[] }) => {
      res.games[m.key] = m.scores;
    },
    every: 10,
    progress: (done, left) => {
      save();
      console.log(`${done} of ${done + left} games`);
    },
  });
  save();
  writeBetweenMarkers(DOC, 'hard-vs-easy', table(res, list));
  console.log(table(res, list));
}

await main();
