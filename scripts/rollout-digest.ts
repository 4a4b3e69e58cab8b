/**
 * Identity digest for speed work on the engine and the bots: games over every shipped
 * scenario (seeds 1..5, 1..3 for the long one), one seat played by the search bot on a small
 * budget and the others by the heuristic bots, hashing every order, every explained plan
 * (the bots' sentences), every report, every state hash, whether the report-free turn ends on
 * the same hash, and the values of rollouts on sampled worlds (horizons 3, 6 and 60, with and
 * without margins). A change that only makes things faster must leave every line unchanged:
 * run it before and after and compare.
 *
 *   npx tsx scripts/rollout-digest.ts [scenario-name-part]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GameState, Order } from '../src/engine/index.ts';
import { ACTORS, advanceQuiet, cloneState, hashState, isOver, resolveTurn, seedRng } from '../src/engine/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';
import { botPlan, openingOf, rollout, sampleWorld, searchOrders, viewFor, worldOf } from '../src/ai/index.ts';

const PARTS = ['orders', 'why', 'report', 'state', 'quiet', 'rollout'] as const;
type Part = (typeof PARTS)[number];

const all = createHash('sha256');
const parts = new Map<Part, ReturnType<typeof createHash>>(PARTS.map((p) => [p, createHash('sha256')]));

function put(part: Part, x: unknown): void {
  const text = typeof x === 'string' ? x : JSON.stringify(x);
  all.update(text);
  parts.get(part)?.update(text);
}

/** One game: bots in every seat, the search bot (budget 40) in seat seed mod 4. */
function play(start: GameState, seed: number): void {
  let s = start;
  const opening = openingOf(s);
  const hard = ACTORS[seed % ACTORS.length] ?? 'RUS';
  while (!isOver(s)) {
    const orders: Order[] = [];
    for (const a of ACTORS) {
      const plan = botPlan(s, a);
      put(
        'why',
        plan.map((m) => m.why),
      );
      const mine = a === hard ? searchOrders(s, a, { budget: 40, seed, opening }) : plan.map((m) => m.order);
      put('orders', mine);
      orders.push(...mine);
    }
    // Rollout values on two sampled worlds of one actor's view.
    const me = ACTORS[s.turn % ACTORS.length] ?? 'RUS';
    const rng = seedRng(seed * 1000 + s.turn);
    const v = viewFor(s, me);
    const mine = orders.filter((o) => o.actor === me);
    for (let k = 0; k < 2; k++) {
      const w = worldOf(sampleWorld(v, opening, rng), me);
      put('rollout', [rollout(w, me, mine, 6), rollout(w, me, mine, 60, true), rollout(w, me, [], 3, false)]);
    }
    const quiet = cloneState(s);
    advanceQuiet(quiet, orders);
    const r = resolveTurn(s, orders);
    put('report', r.report);
    s = r.state;
    const h = hashState(s);
    put('state', h);
    put('quiet', hashState(quiet) === h ? 'same' : `differs: ${hashState(quiet)}`);
  }
}

const only = process.argv[2];
const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
let games = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .sort()) {
  if (only !== undefined && !file.includes(only)) continue;
  const loaded = loadScenarioText(readFileSync(dir + file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: does not load`);
  const seeds = file.startsWith('visit-2000-long') ? [1, 2, 3] : [1, 2, 3, 4, 5];
  for (const seed of seeds) {
    play(initialState(loaded.value, seed), seed);
    games++;
  }
}
for (const [k, h] of parts) console.log(k.padEnd(8), h.digest('hex').slice(0, 16));
console.log(`games ${games} digest ${all.digest('hex')}`);
