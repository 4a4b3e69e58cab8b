/**
 * Bot move time: microseconds per actor per turn, over bots-only games of every shipped
 * scenario (seeds 1..N). Run: npx tsx scripts/bench-bots.ts [runs]. Prints one line per actor
 * and scenario with the median and the 95th percentile of single calls, and the mean.
 * Measured here (a script), never asserted in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ActorId, GameState, Order } from '../src/engine/index.ts';
import { ACTORS, isOver, resolveTurn } from '../src/engine/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';
import { botOrders } from '../src/ai/index.ts';

const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const runs = Number(process.argv[2] ?? 200);

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .sort()) {
  const r = loadScenarioText(readFileSync(dir + file, 'utf8'));
  if (!r.ok) throw new Error(`${file} invalid`);
  const times: Record<ActorId, number[]> = { RUS: [], PRK: [], CHN: [], UNSC: [] };
  let resolveTotal = 0;
  let turns = 0;
  for (let seed = 1; seed <= runs; seed++) {
    let s: GameState = initialState(r.value, seed);
    while (!isOver(s)) {
      const orders: Order[] = [];
      for (const a of ACTORS) {
        const t0 = performance.now();
        const o = botOrders(s, a);
        times[a].push((performance.now() - t0) * 1000);
        orders.push(...o);
      }
      const t0 = performance.now();
      s = resolveTurn(s, orders).state;
      resolveTotal += (performance.now() - t0) * 1000;
      turns++;
    }
  }
  console.log(`${r.value.id}: ${runs} games, ${turns} turns; resolveTurn mean ${(resolveTotal / turns).toFixed(1)} µs`);
  for (const a of ACTORS) {
    const xs = times[a].slice(2000 < times[a].length ? 2000 : 0).sort((x, y) => x - y); // skip warm-up
    const mean = xs.reduce((p, x) => p + x, 0) / xs.length;
    console.log(
      `  ${a}: median ${xs[Math.floor(xs.length / 2)]!.toFixed(1)} µs, p95 ${xs[Math.floor(xs.length * 0.95)]!.toFixed(1)} µs, mean ${mean.toFixed(1)} µs per turn`,
    );
  }
}
