/**
 * Figures for saves and links: share-code sizes for every shipped scenario (a full game with
 * the benchmark's realistic orders, and with orders that vary every turn) in share format 2
 * and, for comparison, format 1; save file sizes; verification times (median of 21, Node) for
 * 12-, 40- and 200-turn games; the replay budget's numbers; and the answer to each kind of bad
 * input.
 *
 *   npx tsx scripts/save-figures.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { JsonDoc } from '../tests/fixtures.ts';
import { realisticOrders } from '../src/sim/index.ts';
import type { GameState, Order } from '../src/engine/index.ts';
import { HOLD, playTurns } from '../src/engine/index.ts';
import {
  ALL_HOLD,
  EMPTY_CATALOG,
  catalogFromTexts,
  encodeShareCode,
  formatSaveError,
  loadSave,
  loadShareCode,
  saveOfPlay,
  serializeSave,
} from '../src/save/index.ts';
import type { LoadedGame, SaveResult } from '../src/save/index.ts';
import { MAX_REPLAY_UNITS, RECORD_BYTES } from '../src/save/index.ts';
import { encodeBase64url } from '../src/save/base64url.ts';
import { deflate } from '../src/save/inflate.ts';
import { initialState } from '../src/scenario/index.ts';
import { asLink1, variedOrders } from './save-goldens.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = `${root}scenarios/`;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));
const { catalog } = catalogFromTexts(files);

function median(f: () => void, n = 21): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[n >> 1]!;
}

console.log('share codes (characters after #s=), full games:');
for (const id of catalog.ids()) {
  const s = catalog.get(id)!.scenario;
  const sizes = [
    ['hold', HOLD],
    ['realistic', realisticOrders],
    ['varied', variedOrders],
  ].map(([label, orders]) => {
    const save = saveOfPlay(s, s.seed, ALL_HOLD, playTurns(initialState(s), s.turns, orders as typeof HOLD));
    return `${label as string} ${encodeShareCode(save, catalog).length} [format 1: ${asLink1(save, catalog).length}] (embedded ${encodeShareCode(save, EMPTY_CATALOG).length} [${asLink1(save, EMPTY_CATALOG).length}]; file ${serializeSave(save).length})`;
  });
  console.log(`  ${id} (${s.turns} turns): ${sizes.join(', ')}`);
}

const fixture = (name: string): string => readFileSync(`${root}tests/fixtures/saves/${name}`, 'utf8');
const text40 = fixture('drill-40.v3.json');
const text12 = fixture('summit-2023.v3.json');
const link40 = fixture('drill-40.link2.txt');
const link200 = fixture('long-200.link2.txt');
const deals = fixture('deals-200.link2.txt');
loadSave(text40);
console.log(
  `verify (Node, median of 21; 200 turns: median of 3): 12-turn file ${median(() => loadSave(text12)).toFixed(1)} ms, 40-turn file ${median(() => loadSave(text40)).toFixed(1)} ms, 40-turn link ${median(() => loadShareCode(link40, catalog)).toFixed(1)} ms, 200-turn bots link ${median(() => loadShareCode(link200, catalog), 3).toFixed(0)} ms`,
);
{
  const g = loadShareCode(link200, catalog);
  const t0 = performance.now();
  const d = loadShareCode(deals, catalog);
  const ms = performance.now() - t0;
  console.log(
    `budget (limit ${MAX_REPLAY_UNITS} records of ${RECORD_BYTES} bytes): 200-turn bots game ${g.ok ? `estimate ${g.value.cost.units}, measured ${g.value.cost.spent}` : formatSaveError(g.error)}; deals link (${deals.trim().length} characters) ${d.ok ? 'LOADED?!' : `refused in ${ms.toFixed(0)} ms: ${formatSaveError(d.error)}`}`,
  );
}

const good = JSON.parse(text12) as JsonDoc;
const edit = (f: (d: typeof good) => void): string => {
  const d = structuredClone(good);
  f(d);
  return JSON.stringify(d);
};
const code = fixture('summit-2023.link2.txt').trim();
const bad: [string, string, (x: string) => SaveResult<LoadedGame>][] = [
  ['file over 1 MiB', ' '.repeat(1024 * 1024 + 1), loadSave],
  ['not JSON', '{"format": veto}', loadSave],
  ['JSON, not a save', '{"id":"x"}', loadSave],
  ['newer format', edit((d) => (d.version = 4)), loadSave],
  ['__proto__ key', text12.replace('"players": {', '"players": {"__proto__":1,'), loadSave],
  ['nesting 40 deep', `${'['.repeat(40)}${']'.repeat(40)}`, loadSave],
  ['1e999', text12.replace('"seed": 2023', '"seed": 1e999'), loadSave],
  ['list of 10,001', edit((d) => (d.turns = new Array(10_001).fill(0))), loadSave],
  ['bad order field', edit((d) => (d.turns[3].orders[1].amount = -5)), loadSave],
  ['edited scenario', edit((d) => (d.scenario.turns = 13)), loadSave],
  ['edited order', edit((d) => (d.turns[4].orders[1].amount = 1499)), loadSave],
  ['edited hash', edit((d) => (d.turns[6].hash = '0'.repeat(64))), loadSave],
  ['code over 64 KiB', `1${'A'.repeat(65 * 1024)}`, (x) => loadShareCode(x, catalog)],
  ['code from newer program', `3${code.slice(1)}`, (x) => loadShareCode(x, catalog)],
  ['code with a bad character', `${code.slice(0, 9)}*${code.slice(10)}`, (x) => loadShareCode(x, catalog)],
  ['code cut short', code.slice(0, 300), (x) => loadShareCode(x, catalog)],
  [
    'decompression bomb',
    `2${encodeBase64url(deflate(new Uint8Array(40 * 1024 * 1024)))}`,
    (x) => loadShareCode(x, catalog),
  ],
  ['unknown shipped scenario', code, (x) => loadShareCode(x, EMPTY_CATALOG)],
];
console.log('bad input:');
for (const [name, input, load] of bad) {
  const t0 = performance.now();
  const r = load(input);
  const ms = performance.now() - t0;
  console.log(`  ${name}: ${r.ok ? 'LOADED?!' : `${r.error.kind}, ${formatSaveError(r.error)}`} (${ms.toFixed(1)} ms)`);
}

// Worst cases that verify: the longest game the scenario schema allows (200 turns) with the
// most orders a turn may have (256), as a file (if it fits in 1 MiB) and as a link.
{
  const base = catalog.get('summit-2023')!.scenario;
  const long = { ...base, id: 'worst-case', turns: 200 };
  const many = (s: GameState, n = 256): readonly Order[] =>
    Array.from({ length: n }, () => ({ kind: 'acceptDeal', actor: 'PRK', deal: `D${s.turn}-1` }) as Order);
  const save = saveOfPlay(long, 1, ALL_HOLD, playTurns(initialState(long, 1), 200, many));
  const linkText = encodeShareCode(save, catalog);
  // The most such orders a 1 MiB file holds: 90 a turn.
  const fileText = serializeSave(
    saveOfPlay(
      long,
      1,
      ALL_HOLD,
      playTurns(initialState(long, 1), 200, (s) => many(s, 90)),
    ),
  );
  const t0 = performance.now();
  const r = loadShareCode(linkText, catalog);
  const t1 = performance.now();
  const f = loadSave(fileText);
  const t2 = performance.now();
  console.log(
    `worst case, 200 turns × 256 orders (link) and × 90 orders (file): link ${linkText.length} characters verifies ${r.ok} in ${(t1 - t0).toFixed(0)} ms; file ${fileText.length} characters: ${f.ok ? 'verifies' : formatSaveError(f.error)} in ${(t2 - t1).toFixed(0)} ms`,
  );
}
