/**
 * The games of scripts/probe-full.ts and how they are kept: the game names of one seed of one
 * scenario, the file's compact form (`encode` / `decode`), and the comparisons its table makes
 * (each game against the hard bot's score on the same seed). Pure, so that a test can check the
 * file's form and the counts without playing.
 */
import type { ActorId } from '../src/engine/index.ts';
import { ACTORS } from '../src/engine/index.ts';
import { POLICIES, spread } from '../src/sim/index.ts';

/** `hard`, `p<i>`, `l<ACTOR>` or `e<ACTOR>`: see the header. */
export type Game = string;

export interface Task {
  scenario: string;
  seed: number;
  game: Game;
}

/** A played game. `s`: the scores (ACTORS order) for `hard`, the seat's score otherwise.
 * `v` (hard): Russia's vetoes of sanctions drafts, of Panel renewals, and renewals adopted.
 * `d` (a line): the line's changes from its heuristic plan, counted over the game. */
export interface Played {
  s: number[];
  v?: [number, number, number];
  d?: Record<string, number>;
}

export interface Results {
  engine: string;
  search: number;
  budget: number;
  seeds: number;
  /** The policies' names in index order (a renamed or reordered list starts over). */
  policies: string[];
  /** Per scenario, the final hash of a cheap game (`check`): a change to the scenario, the
   * engine or the bots changes it, and that scenario's games are played again. */
  checks: Record<string, string>;
  /** The games in play, by `keyOf` (the file keeps them as `Stored`). */
  games: Record<string, Played>;
  seconds?: number;
  jobs?: number;
}

/**
 * The file's form of the games, compact (25 games × 200 seeds × 7 scenarios): per scenario and
 * game, one entry per seed (index seed − 1; null: not played). `hard`: the four scores then the
 * three veto counts; a policy or heuristic bot: the score; a line: [score, changes].
 */
export type Entry = number | number[] | [number, Record<string, number>] | null;
export type Stored = Omit<Results, 'games'> & { scenarios: Record<string, Record<Game, Entry[]>> };

export function encode(res: Results): Stored {
  const { games: _, ...rest } = res;
  const scenarios: Record<string, Record<Game, Entry[]>> = {};
  for (const k of Object.keys(res.games).sort()) {
    const g = res.games[k];
    const [scenario = '', seedText = '', game = ''] = k.split('|');
    if (g === undefined) continue;
    const byGame = scenarios[scenario] ?? {};
    scenarios[scenario] = byGame;
    const row = byGame[game] ?? [];
    byGame[game] = row;
    while (row.length < Number(seedText)) row.push(null);
    const score = g.s[0] ?? 0;
    row[Number(seedText) - 1] =
      game === 'hard' ? [...g.s, ...(g.v ?? [0, 0, 0])] : game.startsWith('l') ? [score, g.d ?? {}] : score;
  }
  return { ...rest, scenarios };
}

export function decode(stored: Stored): Results {
  const { scenarios, ...rest } = stored;
  const games: Record<string, Played> = {};
  for (const [scenario, byGame] of Object.entries(scenarios))
    for (const [game, row] of Object.entries(byGame))
      row.forEach((x, i) => {
        const key = keyOf({ scenario, seed: i + 1, game });
        if (typeof x === 'number') games[key] = { s: [x] };
        else if (Array.isArray(x) && game === 'hard') {
          const n = (x as unknown[]).filter((y): y is number => typeof y === 'number');
          games[key] = { s: n.slice(0, 4), v: [n[4] ?? 0, n[5] ?? 0, n[6] ?? 0] };
        } else if (Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'object')
          games[key] = { s: [x[0]], d: x[1] };
      });
  return { ...rest, games };
}

export function games(): Game[] {
  return ['hard', ...POLICIES.map((_, i) => `p${i}`), ...ACTORS.map((a) => `l${a}`), ...ACTORS.map((a) => `e${a}`)];
}

export function keyOf(t: Task): string {
  return `${t.scenario}|${t.seed}|${t.game}`;
}

export function actorOf(g: Game): ActorId {
  if (g.startsWith('l') || g.startsWith('e')) {
    const a = ACTORS.find((x) => x === g.slice(1));
    if (a !== undefined) return a;
  } else if (g.startsWith('p')) {
    const p = POLICIES[Number(g.slice(1))];
    if (p !== undefined) return p.actor;
  }
  throw new Error(`no actor for game ${g}`);
}

/** Seeds 1..n of a scenario whose games are all played. */
export function seedsOf(res: Results, scenario: string): number {
  const all = games();
  let n = 0;
  while (n < res.seeds && all.every((game) => res.games[keyOf({ scenario, seed: n + 1, game })] !== undefined)) n++;
  return n;
}

/** A game against the hard bot's score on the same seeds 1..n: better / same / worse, and the
 * median of the differences (the game's score − the hard bot's). */
export interface Against {
  better: number;
  same: number;
  worse: number;
  median: number;
}

export function against(res: Results, scenario: string, n: number, game: Game): Against {
  const i = ACTORS.indexOf(actorOf(game));
  const out: Against = { better: 0, same: 0, worse: 0, median: 0 };
  const diffs: number[] = [];
  for (let seed = 1; seed <= n; seed++) {
    const x = res.games[keyOf({ scenario, seed, game })]?.s[0];
    const y = res.games[keyOf({ scenario, seed, game: 'hard' })]?.s[i];
    if (x === undefined || y === undefined) continue;
    diffs.push(x - y);
    if (x > y) out.better++;
    else if (x === y) out.same++;
    else out.worse++;
  }
  out.median = spread(diffs).median;
  return out;
}

/** "11 / 2 / 2 (+3)": better / same / worse and the median difference. */
export function counts(x: Against): string {
  return `${x.better} / ${x.same} / ${x.worse} (${x.median > 0 ? '+' : ''}${x.median})`;
}
