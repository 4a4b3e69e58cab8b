/**
 * `cli bench`: resolveTurn throughput on the shipped scenario with realistic orders, against
 * the naive immer-per-order way. Each measurement plays whole games (12 turns) from the start
 * for about `ms` milliseconds; the figure is the median of `runs` measurements.
 */
import { performance } from 'node:perf_hooks';
import type { GameState, Order } from '../engine/index.ts';
import { hashState, resolveTurn } from '../engine/index.ts';
import { initialState } from '../scenario/index.ts';
import { realisticOrders } from '../sim/index.ts';
import { resolveTurnNaive } from './naive.ts';
import { loadScenarioFile } from './scenarioFile.ts';

type Resolver = (s: GameState, o: readonly Order[]) => { state: GameState };

function playGame(start: GameState, resolve: Resolver): GameState {
  let s = start;
  while (s.turn <= s.rules.turns) s = resolve(s, realisticOrders(s)).state;
  return s;
}

function measure(start: GameState, resolve: Resolver, ms: number): number {
  let turns = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < 20; i++) {
      playGame(start, resolve);
      turns += start.rules.turns;
    }
    t = performance.now();
  }
  return (turns * 1000) / (t - t0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function runBench(scenarioPath: string, runs = 5, ms = 600): string {
  const scenario = loadScenarioFile(scenarioPath);
  const start = initialState(scenario);
  // The fast way is measured before the naive way ever runs: the naive way feeds the same
  // engine functions immer's Proxy drafts, which would leave their call sites polymorphic and
  // slow the fast way down for the rest of the process (a measurement artefact, not the engine).
  const fast = hashState(playGame(start, resolveTurn));
  measure(start, resolveTurn, 300); // warm-up
  const a = median(Array.from({ length: runs }, () => measure(start, resolveTurn, ms)));
  const slow = hashState(playGame(start, resolveTurnNaive));
  if (fast !== slow) throw new Error(`bench: the two ways disagree (${fast} vs ${slow})`);
  measure(start, resolveTurnNaive, 200);
  const b = median(Array.from({ length: runs }, () => measure(start, resolveTurnNaive, ms)));
  const orders = realisticOrders(start).length;
  return [
    `scenario ${scenario.id}: ${scenario.turns} turns a game, ${orders} orders a turn, final hash ${fast.slice(0, 16)}…`,
    `resolveTurn (one copy per turn):   ${Math.round(a).toLocaleString('en-US')} turns/s (median of ${runs})`,
    `naive (immer produce per order):   ${Math.round(b).toLocaleString('en-US')} turns/s (median of ${runs})`,
    `speed-up: ${(a / b).toFixed(1)}×`,
  ].join('\n');
}
