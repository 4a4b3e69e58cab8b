/**
 * Issue 10's measure at full size, played a piece at a time: `balance <s> --runs N --probe
 * --bots hard` for every scenario, as games kept in docs/probe-full.json so that a run cut short
 * resumes where it stopped, in this session or the next. The whole probe is 25 games of
 * 1–3 s per seed and scenario, some 18 hours of one core for 200 seeds of all seven scenarios:
 * more than a sitting of this machine.
 *
 *   npx tsx scripts/probe-full.ts [--seeds 200] [--jobs 2] [--minutes M] [--fresh] [--table]
 *
 * `--table` plays nothing and writes the table from the games in the file; `--file F` keeps the
 * games in F instead of docs/probe-full.json.
 *
 * Per scenario and seed it plays the games the probe plays, each exactly as `balance` plays it:
 *  - `hard`: the hard bot in every seat (the baseline: its scores, Russia's vetoes of sanctions
 *    drafts and of the Panel's renewal, the Panel renewals adopted);
 *  - `p<i>`: fixed policy i of POLICIES (src/sim/probe.ts) in its actor's seat, hard bots in
 *    the others (the policy actor's score);
 *  - `l<ACTOR>`: the actor's search line (src/sim/searchLine.ts: the search at the hard budget,
 *    ties broken by margins, fixed rollouts), hard bots in the others (its score and the orders
 *    it changed from its heuristic plan);
 *  - `e<ACTOR>`: the actor's heuristic bot, hard bots in the others (its score): every policy is
 *    the heuristic bot's orders transformed, so this tells a policy's own effect from the
 *    heuristic bot's standing against the hard one.
 * The table compares each policy and each search line with the actor's own hard bot on the same
 * seed (issue 10: none may beat it on more than 60% of seeds), and gives the hard games' score
 * spread and Russia's vetoes. It is written between the markers in docs/bots.md and counts, per
 * scenario, the seeds 1..n whose games are all played.
 *
 * Games are shared out to `--jobs` child processes seed by seed across the scenarios, so a run
 * cut short by `--minutes` (no new game after M minutes) covers every scenario alike. A game in
 * the file is reused while the engine version, the search's version, the budget and the list of
 * policies match, and its scenario's `check` is unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ACTORS, ENGINE_VERSION, SANCTIONS, hashState, playTurns } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState } from '../src/scenario/index.ts';
import { HARD_BUDGET } from '../src/ai/index.ts';
import type { RunResult } from '../src/sim/index.ts';
import { POLICIES, allSeats, playRun, policySource, searchLineGame, seatsSource, spread } from '../src/sim/index.ts';
import type { Played, Results, Stored, Task } from './probe-store.ts';
import { actorOf, against, counts, decode, encode, games, keyOf, seedsOf } from './probe-store.ts';
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

/** The games' file (`--file` for another). */
const OUT = arg('file') ?? `${ROOT}docs/probe-full.json`;
const DOC = `${ROOT}docs/bots.md`;
/** The search's version (as in scripts/hard-vs-easy.ts): games of an older search are not reused. */
const SEARCH = 2;

/** Seed 1 with hard bots at a budget of 12 in every seat: plays the scenario's rules, the
 * heuristic bots and the search in a fraction of a second. */
function check(s: Scenario): string {
  return hashState(playTurns(initialState(s, 1), s.turns, seatsSource(s, 1, allSeats('hard'), 12)).state);
}

/** Russia's vetoes of sanctions drafts and of Panel renewals, and the renewals adopted. */
function vetoes(s: Scenario, r: RunResult): [number, number, number] {
  const rus = s.council.seats.find((x) => x.actor === 'RUS')?.id ?? 'RUS';
  let sanctions = 0;
  for (const m of SANCTIONS) sanctions += r.drafts[m].vetoedBy[rus] ?? 0;
  return [sanctions, r.drafts.renewPanel.vetoedBy[rus] ?? 0, r.drafts.renewPanel.adopted];
}

function play(s: Scenario, t: Task, budget: number): Played {
  if (t.game === 'hard') {
    const r = playRun(s, t.seed, seatsSource(s, t.seed, allSeats('hard'), budget));
    return { s: ACTORS.map((a) => r.scores[a]), v: vetoes(s, r) };
  }
  const actor = actorOf(t.game);
  if (t.game.startsWith('p')) {
    const p = POLICIES[Number(t.game.slice(1))];
    if (p === undefined) throw new Error(`no policy ${t.game}`);
    const r = playRun(s, t.seed, policySource(p, s, t.seed, { bots: 'hard', budget }));
    return { s: [r.scores[actor]] };
  }
  if (t.game.startsWith('e')) {
    const r = playRun(s, t.seed, seatsSource(s, t.seed, { ...allSeats('hard'), [actor]: 'easy' }, budget));
    return { s: [r.scores[actor]] };
  }
  const tally = new Map<string, number>();
  const r = searchLineGame(s, t.seed, actor, { bots: 'hard', budget, searchBudget: budget }, tally);
  return { s: [r.scores[actor]], d: Object.fromEntries([...tally.entries()].sort()) };
}

/** A child: play the tasks it is sent, answer each with what it found. */
function child(budget: number): void {
  const byId = new Map(shippedScenarios().map((s) => [s.id, s]));
  serveTasks((t: Task) => {
    const s = byId.get(t.scenario);
    if (s === undefined) throw new Error(`unknown scenario ${t.scenario}`);
    return { key: keyOf(t), played: play(s, t, budget) };
  });
}

const pct = (k: number, n: number): string => (n === 0 ? '-' : `${Math.round((k * 100) / n)}%`);

function table(res: Results, list: Scenario[]): string {
  const rows: string[][] = [
    [
      'scenario',
      'seeds',
      'seat',
      'hard p10 / median / p90',
      'spread',
      'best fixed policy: better / same / worse (median difference)',
      'heuristic bot',
      'search line',
      'the line changed most',
    ],
  ];
  const vetoRows: string[][] = [
    ['scenario', 'seeds', 'Russia vetoes a sanction', 'a sanction or the Panel', 'Panel renewed'],
  ];
  const over: string[] = [];
  const narrow: string[] = [];
  const hundred: string[] = [];
  for (const s of list) {
    const n = seedsOf(res, s.id);
    if (n === 0) continue;
    const hard = Array.from({ length: n }, (_, k) => res.games[keyOf({ scenario: s.id, seed: k + 1, game: 'hard' })]);
    for (const a of ACTORS) {
      const i = ACTORS.indexOf(a);
      const scores = hard.map((g) => g?.s[i] ?? 0);
      const { p10, median: med, p90 } = spread(scores);
      if (p90 - p10 < 15) narrow.push(`${s.id} ${a} (${p90 - p10})`);
      if (med >= 100) hundred.push(`${s.id} ${a}`);
      let best = '-';
      let bestBetter = -1;
      POLICIES.forEach((p, k) => {
        if (p.actor !== a) return;
        const x = against(res, s.id, n, `p${k}`);
        if (x.better * 100 > 60 * n) over.push(`${s.id} ${a} "${p.name}" ${pct(x.better, n)}`);
        if (x.better > bestBetter) {
          bestBetter = x.better;
          best = `${p.name}: ${counts(x)}`;
        }
      });
      const easy = against(res, s.id, n, `e${a}`);
      const line = against(res, s.id, n, `l${a}`);
      if (line.better * 100 > 60 * n) over.push(`${s.id} ${a} search line ${pct(line.better, n)}`);
      const tally = new Map<string, number>();
      for (let seed = 1; seed <= n; seed++)
        for (const [k, c] of Object.entries(res.games[keyOf({ scenario: s.id, seed, game: `l${a}` })]?.d ?? {}))
          tally.set(k, (tally.get(k) ?? 0) + c);
      const top = [...tally.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, 2)
        .map(([k, c]) => `${k} (${c})`)
        .join(', ');
      rows.push([
        s.id,
        String(n),
        a,
        `${p10} / ${med} / ${p90}`,
        String(p90 - p10),
        best,
        counts(easy),
        counts(line),
        top,
      ]);
    }
    const v = hard.map((g): [number, number, number] => g?.v ?? [0, 0, 0]);
    const games = (f: (x: [number, number, number]) => boolean): string => {
      const k = v.filter(f).length;
      return `${k} (${pct(k, n)})`;
    };
    vetoRows.push([s.id, String(n), games((x) => x[0] > 0), games((x) => x[0] + x[1] > 0), games((x) => x[2] > 0)]);
  }
  const lines = [
    ...aligned(rows),
    '',
    ...aligned(vetoRows),
    '',
    `Budget ${res.budget} rollouts a hard decision, engine ${res.engine}; each policy and search line is compared with the actor's own hard bot on the same seed.`,
    `Beating the hard bot on more than 60% of seeds: ${over.length === 0 ? 'none' : over.join('; ')}.`,
    `Spread (p90 − p10) under 15: ${narrow.length === 0 ? 'none' : narrow.join(', ')}. Median of 100: ${hundred.length === 0 ? 'none' : hundred.join(', ')}.`,
  ];
  if (res.seconds !== undefined)
    lines.push(
      '',
      `Resume or extend: \`npx tsx scripts/probe-full.ts --seeds ${res.seeds} --jobs ${res.jobs ?? 1} --minutes M\` (${Math.round(res.seconds / 60)} minutes of play so far on this machine's 2 shared cores).`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const budget = Number(arg('budget') ?? HARD_BUDGET);
  if (process.argv.includes('--child')) {
    child(budget);
    return;
  }
  const seeds = Number(arg('seeds') ?? 200);
  const jobs = Math.max(1, Number(arg('jobs') ?? 2));
  const list = shippedScenarios();
  const policies = POLICIES.map((p) => `${p.actor} ${p.name}`);
  const checks = Object.fromEntries(list.map((s) => [s.id, check(s)]));
  let res: Results = { engine: ENGINE_VERSION, search: SEARCH, budget, seeds, policies, checks, games: {} };
  if (!process.argv.includes('--fresh') && existsSync(OUT)) {
    const old = decode(JSON.parse(readFileSync(OUT, 'utf8')) as Stored);
    const same =
      old.engine === ENGINE_VERSION &&
      old.search === SEARCH &&
      old.budget === budget &&
      old.policies.join('\n') === policies.join('\n');
    if (same) {
      const games: Record<string, Played> = {};
      for (const [k, g] of Object.entries(old.games)) {
        const id = k.slice(0, k.indexOf('|'));
        if (old.checks[id] === checks[id]) games[k] = g;
        else if (old.checks[id] !== undefined)
          console.log(`${id} changed since its games were played: playing them again`);
      }
      res = { ...old, seeds: Math.max(seeds, old.seeds), checks, games };
    }
  }
  // --table: write the table from the games already played, playing none.
  const tableOnly = process.argv.includes('--table');
  const tasks: Task[] = [];
  for (let seed = 1; seed <= (tableOnly ? 0 : seeds); seed++)
    for (const s of list)
      for (const game of games()) {
        const t = { scenario: s.id, seed, game };
        if (res.games[keyOf(t)] === undefined) tasks.push(t);
      }
  const { stopAt, save } = timedSave(OUT, res, jobs, encode);
  await runPool({
    script: import.meta.url,
    args: ['--budget', String(budget)],
    jobs,
    tasks,
    stopAt,
    result: (m: { key: string; played: Played }) => {
      res.games[m.key] = m.played;
    },
    every: 20,
    progress: (done, left) => {
      save();
      console.log(`${done} of ${done + left} games`);
    },
  });
  if (!tableOnly) save();
  writeBetweenMarkers(DOC, 'probe-full', table(res, list));
  console.log(table(res, list));
}

await main();
