/**
 * `cli bench`: throughput of the engine alone (resolveTurn with realistic orders, against the
 * naive immer-per-order way), of the engine with four heuristic bots (bots-only games), and of
 * the search bot's rollouts (six turns from mid-game worlds; against the same six turns played
 * with resolveTurn, a copy per turn and the bots, as before the report-free mode).
 *
 * Times are the process's CPU time (user + system), not the wall clock: the machines this runs
 * on are shared, and a busy neighbour stretches wall time without changing the work done. Each
 * figure is the median of `runs` measurements of about `ms` milliseconds.
 */
import { cpuUsage } from 'node:process';
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { ACTORS, cloneState, hashState, isOver, resolveTurn, seedRng } from '../engine/index.ts';
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

export function runBench(scenarioPath: string, runs = 5, ms = 600): string {
  const scenario = loadScenarioFile(scenarioPath);
  const start = initialState(scenario);
  const f = (x: number): string => Math.round(x).toLocaleString('en-US');

  // The engine alone. The fast way is measured before the naive way ever runs: the naive way
  // feeds the same engine functions immer's Proxy drafts, which would leave their call sites
  // polymorphic and slow the fast way down for the rest of the process (a measurement
  // artefact, not the engine).
  const fast = hashState(playGame(start, resolveTurn));
  const game = (): number => {
    playGame(start, resolveTurn);
    return scenario.turns;
  };
  measure(game, 300); // warm-up
  const engine = median(Array.from({ length: runs }, () => measure(game, ms)));

  // The engine and four heuristic bots: bots-only games from eight seeds.
  const seeds = Array.from({ length: 8 }, (_, i) => initialState(scenario, i + 1));
  let g = 0;
  const botGame = (): number => {
    let s = seeds[g++ % seeds.length] ?? start;
    let n = 0;
    while (!isOver(s)) {
      s = resolveTurn(s, botTurn(s)).state;
      n++;
    }
    return n;
  };
  measure(botGame, 300);
  const withBots = median(Array.from({ length: runs }, () => measure(botGame, ms)));

  // Rollouts: sixteen mid-game worlds (each with its own dice), the searching actor playing its
  // heuristic plan on the first turn, bots after. The search's way: the other actors' first
  // orders computed once per world (every candidate of a decision shares them), one private
  // copy advanced in place without a report. Before: a copy, a report and four bots each turn.
  const worlds: { w: World; me: ActorId; mine: Order[] }[] = positions((seed) => initialState(scenario, seed), 16).map(
    ({ state, me }, i) => {
      const s = cloneState(state);
      s.rng = seedRng(i + 1);
      return { w: worldOf(s, me), me, mine: botOrders(s, me) };
    },
  );
  const searchWay = (): number => {
    for (const x of worlds) rollout(x.w, x.me, x.mine, ROLLOUT_TURNS);
    return worlds.length;
  };
  const oldWay = (): number => {
    for (const x of worlds) {
      let s = x.w.state;
      for (let t = 0; t < ROLLOUT_TURNS && !isOver(s); t++) s = resolveTurn(s, botTurn(s)).state;
    }
    return worlds.length;
  };
  measure(searchWay, 300);
  const rollouts = median(Array.from({ length: runs }, () => measure(searchWay, ms)));
  measure(oldWay, 300);
  const before = median(Array.from({ length: runs }, () => measure(oldWay, ms)));

  const slow = hashState(playGame(start, resolveTurnNaive));
  if (fast !== slow) throw new Error(`bench: the two ways disagree (${fast} vs ${slow})`);
  measure(() => {
    playGame(start, resolveTurnNaive);
    return scenario.turns;
  }, 200);
  const naive = median(
    Array.from({ length: runs }, () =>
      measure(() => {
        playGame(start, resolveTurnNaive);
        return scenario.turns;
      }, ms),
    ),
  );
  const orders = realisticOrders(start).length;
  return [
    `scenario ${scenario.id}: ${scenario.turns} turns a game, ${orders} orders a turn, final hash ${fast.slice(0, 16)}…`,
    `figures per second of CPU time, median of ${runs}`,
    `engine (resolveTurn, one copy per turn):  ${f(engine)} turns/s`,
    `naive (immer produce per order):          ${f(naive)} turns/s (the engine is ${(engine / naive).toFixed(1)}× faster)`,
    `engine + four heuristic bots:             ${f(withBots)} turns/s`,
    `search rollouts (${ROLLOUT_TURNS} turns, report-free):   ${f(rollouts)} rollouts/s`,
    `the same rollouts with resolveTurn:       ${f(before)} rollouts/s (the search's way is ${(rollouts / before).toFixed(1)}× faster)`,
  ].join('\n');
}
