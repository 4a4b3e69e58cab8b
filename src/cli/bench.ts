/**
 * `cli bench`: throughput of the engine alone (resolveTurn with realistic orders, against the
 * naive immer-per-order way), of the engine with four heuristic bots (bots-only games), and of
 * the search bot's rollouts (six turns from mid-game worlds; against the same six turns played
 * with resolveTurn, a copy per turn and the bots, as before the report-free mode).
 *
 * Times are the process's CPU time (user + system), not the wall clock: the machines this runs
 * on are shared, and a busy neighbour stretches wall time without changing the work done. Each
 * figure is the median of `runs` measurements of about `ms` milliseconds, after a warm-up that
 * lasts until the rate stops rising (see `warmUp`).
 *
 * Each figure is measured in a process of its own (`bench --part NAME`, spawned by `runBench`):
 * in one process the first measurements leave the engine's and the bots' call sites
 * specialised for what they saw (immer's Proxy drafts, report-writing turns), which slowed
 * whatever was measured later by up to half, so the order of the lines decided the ratios.
 */
import { spawnSync } from 'node:child_process';
import { cpuUsage, execArgv, execPath } from 'node:process';
import type { ActorId, GameState, Order } from '../engine/index.ts';
import {
  ACTORS,
  advanceQuiet,
  advanceRollout,
  assertNever,
  cloneState,
  hashState,
  isOver,
  resolveTurn,
  rolloutCopy,
  seedRng,
} from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import type { World } from '../ai/index.ts';
import { botOrders, rollout, worldOf } from '../ai/index.ts';
import { realisticOrders } from '../sim/index.ts';
import { resolveTurnNaive } from './naive.ts';
import { loadScenarioFile } from './scenarioFile.ts';

type Resolver = (s: GameState, o: readonly Order[]) => { state: GameState };

/** Turns a bench rollout plays (the search plays up to DEFAULT_HORIZON). */
export const ROLLOUT_TURNS = 6;

function cpuMs(): number {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Units of work per CPU second: `work` returns the units it did. */
function measure(work: () => number, ms: number): number {
  let units = 0;
  const t0 = cpuMs();
  let t = t0;
  while (t - t0 < ms) {
    units += work();
    t = cpuMs();
  }
  return (units * 1000) / (t - t0);
}

/**
 * Run `work` until its rate stops rising: V8 compiles the hot functions in the background for
 * seconds (the bots' plans inline into large graphs, and on a loaded two-core machine the
 * compiler waits its turn), and the process's CPU time counts the compiler too. Rates measured
 * in the first seconds were a tenth of the steady ones and rose run after run, so a fixed short
 * warm-up made every figure a measure of the compiler, and the ratios between parts noise.
 * Stops after `calm` slices without a new best (by more than 5%), within 1.5 to 15 s.
 */
function warmUp(work: () => number, slice = 400, calm = 3): void {
  let best = 0;
  let since = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < 15_000) {
    const rate = measure(work, slice);
    if (rate > best * 1.05) {
      best = rate;
      since = 0;
    } else since++;
    if (since >= calm && cpuMs() - t0 >= 1_500) return;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function playGame(start: GameState, resolve: Resolver): GameState {
  let s = start;
  while (s.turn <= s.rules.turns) s = resolve(s, realisticOrders(s)).state;
  return s;
}

function botTurn(s: GameState): Order[] {
  const out: Order[] = [];
  for (const a of ACTORS) for (const o of botOrders(s, a)) out.push(o);
  return out;
}

/** Mid-game positions (bots-only play to turn 5) and a searching actor for each, by seed. */
function positions(start: (seed: number) => GameState, count: number): { state: GameState; me: ActorId }[] {
  const out: { state: GameState; me: ActorId }[] = [];
  for (let seed = 1; seed <= count; seed++) {
    let s = start(seed);
    for (let t = 0; t < 4 && !isOver(s); t++) s = resolveTurn(s, botTurn(s)).state;
    const me = ACTORS[seed % ACTORS.length] ?? 'RUS';
    out.push({ state: s, me });
  }
  return out;
}

/** The figures `runBench` prints, each measured alone in its own process. */
export const BENCH_PARTS = ['engine', 'naive', 'bots', 'rollouts', 'before', 'rolloutBots', 'rolloutEngine'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export function isBenchPart(x: string): x is BenchPart {
  return (BENCH_PARTS as readonly string[]).includes(x);
}

/** Rollout worlds: sixteen mid-game positions (each with its own dice), the searching actor's
 * heuristic plan as its first-turn orders. */
function rolloutWorlds(scenario: Scenario): { w: World; me: ActorId; mine: Order[] }[] {
  return positions((seed) => initialState(scenario, seed), 16).map(({ state, me }, i) => {
    const s = cloneState(state);
    s.rng = seedRng(i + 1);
    return { w: worldOf(s, me), me, mine: botOrders(s, me) };
  });
}

/** The bench's rollouts played once, kept turn by turn: the position before each turn and the
 * four actors' orders for it (the first turn's as `rollout` gives them), to time the bots and
 * the engine of a rollout apart. */
function rolloutTurns(scenario: Scenario): { start: GameState; turns: { before: GameState; orders: Order[] }[] }[] {
  return rolloutWorlds(scenario).map(({ w, me, mine }) => {
    const s = cloneState(w.state);
    const turns: { before: GameState; orders: Order[] }[] = [];
    for (let t = 0; t < ROLLOUT_TURNS && !isOver(s); t++) {
      const orders: Order[] = [];
      if (t === 0) for (const a of ACTORS) for (const o of a === me ? mine : w.first[a]) orders.push(o);
      else for (const o of botTurn(s)) orders.push(o);
      turns.push({ before: cloneState(s), orders });
      advanceQuiet(s, orders);
    }
    return { start: w.state, turns };
  });
}

/** One figure (units per CPU second), measured in this process. */
export function benchPart(scenarioPath: string, part: BenchPart, runs = 5, ms = 600): number {
  const scenario = loadScenarioFile(scenarioPath);
  const start = initialState(scenario);
  const timed = (work: () => number): number => {
    warmUp(work);
    return median(Array.from({ length: runs }, () => measure(work, ms)));
  };
  switch (part) {
    case 'engine':
      return timed(() => {
        playGame(start, resolveTurn);
        return scenario.turns;
      });
    case 'naive':
      return timed(() => {
        playGame(start, resolveTurnNaive);
        return scenario.turns;
      });
    case 'bots': {
      // The engine and four heuristic bots: bots-only games from eight seeds.
      const seeds = Array.from({ length: 8 }, (_, i) => initialState(scenario, i + 1));
      let g = 0;
      return timed(() => {
        let s = seeds[g++ % seeds.length] ?? start;
        let n = 0;
        while (!isOver(s)) {
          s = resolveTurn(s, botTurn(s)).state;
          n++;
        }
        return n;
      });
    }
    case 'rollouts': {
      // The search's way: the other actors' first orders computed once per world (every
      // candidate of a decision shares them), one private copy advanced in place, no report.
      const worlds = rolloutWorlds(scenario);
      return timed(() => {
        for (const x of worlds) rollout(x.w, x.me, x.mine, ROLLOUT_TURNS);
        return worlds.length;
      });
    }
    case 'before': {
      // Before the report-free mode: a copy, a report and four bots each turn.
      const worlds = rolloutWorlds(scenario);
      return timed(() => {
        for (const x of worlds) {
          let s = x.w.state;
          for (let t = 0; t < ROLLOUT_TURNS && !isOver(s); t++) s = resolveTurn(s, botTurn(s)).state;
        }
        return worlds.length;
      });
    }
    case 'rolloutBots': {
      // The four bots' orders on the positions of the rollouts' later turns (the first turn's
      // orders are computed once per world, outside the rollout).
      const positions = rolloutTurns(scenario).flatMap((r) => r.turns.slice(1).map((t) => t.before));
      return timed(() => {
        for (const s of positions) for (const a of ACTORS) botOrders(s, a);
        return positions.length;
      });
    }
    case 'rolloutEngine': {
      // The engine's part of the rollouts: a rollout's copy of each world, then its turns'
      // recorded orders resolved in place as a rollout resolves them.
      const rollouts = rolloutTurns(scenario);
      return timed(() => {
        let n = 0;
        for (const r of rollouts) {
          const s = rolloutCopy(r.start);
          for (const t of r.turns) advanceRollout(s, t.orders);
          n += r.turns.length;
        }
        return n;
      });
    }
    default:
      return assertNever(part);
  }
}

/** `part` measured in a fresh process running this same command line's program. */
function measuredAlone(scenarioPath: string, part: BenchPart): number {
  const r = spawnSync(execPath, [...execArgv, process.argv[1] ?? '', 'bench', scenarioPath, '--part', part], {
    encoding: 'utf8',
  });
  const x = Number(r.stdout.trim());
  if (r.status !== 0 || !Number.isFinite(x))
    throw new Error(`bench: measuring "${part}" failed (exit ${r.status}): ${r.stderr.trim().slice(0, 400)}`);
  return x;
}

export function runBench(scenarioPath: string): string {
  const scenario = loadScenarioFile(scenarioPath);
  const start = initialState(scenario);
  const f = (x: number): string => Math.round(x).toLocaleString('en-US');
  const us = (perSecond: number): string => (1e6 / perSecond).toFixed(1);
  const fast = hashState(playGame(start, resolveTurn));
  const slow = hashState(playGame(start, resolveTurnNaive));
  if (fast !== slow) throw new Error(`bench: the two ways disagree (${fast} vs ${slow})`);
  const x = {} as Record<BenchPart, number>;
  for (const p of BENCH_PARTS) x[p] = measuredAlone(scenarioPath, p);
  const orders = realisticOrders(start).length;
  return [
    `scenario ${scenario.id}: ${scenario.turns} turns a game, ${orders} orders a turn, final hash ${fast.slice(0, 16)}…`,
    `figures per second of CPU time, median of 5 after a warm-up to a steady rate, each measured in a process of its own`,
    `engine (resolveTurn, one copy per turn):  ${f(x.engine)} turns/s`,
    `naive (immer produce per order):          ${f(x.naive)} turns/s (the engine is ${(x.engine / x.naive).toFixed(1)}× faster)`,
    `engine + four heuristic bots:             ${f(x.bots)} turns/s (${ROLLOUT_TURNS} such turns: ${f(x.bots / ROLLOUT_TURNS)}/s)`,
    `search rollouts (${ROLLOUT_TURNS} turns, report-free):   ${f(x.rollouts)} rollouts/s (${(x.rollouts / (x.bots / ROLLOUT_TURNS)).toFixed(1)}× ${ROLLOUT_TURNS} turns of engine + bots)`,
    `the same rollouts with resolveTurn:       ${f(x.before)} rollouts/s (the search's way is ${(x.rollouts / x.before).toFixed(1)}× faster)`,
    `a rollout turn, measured apart:           four bots ${us(x.rolloutBots)} µs, engine ${us(x.rolloutEngine)} µs (report-free, copy included)`,
  ].join('\n');
}
