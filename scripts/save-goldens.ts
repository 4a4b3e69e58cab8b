/**
 * Writes the golden saves in tests/fixtures/saves, the 40-turn test scenario they use
 * (tests/fixtures/scenarios/drill-40.json) and the pinned hashes and sizes
 * (tests/save/pins.ts), from the shipped scenario and the benchmark's realistic orders.
 * Run it only when a change of the rules, the state or the shipped scenario is meant to
 * move the hashes (bump ENGINE_VERSION for a rule change), and review the diff:
 *
 *   npx tsx scripts/save-goldens.ts          # rewrite the files (about a minute: see `slow`)
 *   npx tsx scripts/save-goldens.ts --check  # exit 1 if a file differs from what it would write
 *
 * Every game is written in the current formats (save format 3, share format 2) and in the
 * older ones a program of that time wrote (save formats 1 and 2, share format 1), as inputs
 * for the migrations: the same game, so the tests can say that each old file loads to exactly
 * the current one. The older files carry today's hashes (they are regenerated with the
 * rules), so they keep verifying after a rule change.
 *
 * Two games are slow to make and live in their own files: `long-200` (200 turns with bots in
 * every seat: the largest legitimate game, which must verify) and `deals-200` (a 39,000-
 * character link whose deals pile up to thousands: what the replay budget must refuse).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realisticOrders } from '../src/sim/index.ts';
import type { GameState, Order } from '../src/engine/index.ts';
import { ACTORS, ENGINE_VERSION, playTurns } from '../src/engine/index.ts';
import type { Players, SaveDoc } from '../src/save/index.ts';
import {
  ALL_HOLD,
  EMPTY_CATALOG,
  catalogFromTexts,
  encodeShareCode,
  saveOfPlay,
  serializeSave,
} from '../src/save/index.ts';
import { encodeBase64url } from '../src/save/base64url.ts';
import { ByteWriter, fromHex } from '../src/save/bytes.ts';
import { deflate } from '../src/save/inflate.ts';
import { StringTable, packValue } from '../src/save/packing.ts';
import type { ScenarioCatalog } from '../src/save/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';
import { botsFor } from '../src/ai/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}tests/`;

export const GOLDEN_PLAYERS: Players = {
  RUS: { kind: 'human', name: 'Anna' },
  PRK: { kind: 'human', name: 'Ben' },
  CHN: { kind: 'bot', name: 'steady' },
  UNSC: { kind: 'none' },
};

/** The engine version the golden version 1 files claim (an old program wrote them). */
export const V1_ENGINE = '0.0.9';

function load(path: string): { scenario: Scenario; text: string } {
  const text = readFileSync(path, 'utf8');
  const r = loadScenarioText(text);
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.error)}`);
  return { scenario: r.value, text };
}

/** Realistic orders whose amounts change every turn, as a person's would. */
export function variedOrders(s: GameState): readonly Order[] {
  return realisticOrders(s).map((o) =>
    o.kind === 'ship' ? { ...o, amount: Math.max(1, o.amount - ((s.turn * 37 + o.amount) % 50)) } : o,
  );
}

/** Version 1 of a save (see src/save/v1.ts), as an older program would have written it. */
export function asV1(save: SaveDoc, engine = V1_ENGINE): string {
  const players = Object.fromEntries(Object.entries(save.players).map(([a, p]) => [a, p.kind]));
  return `${JSON.stringify(
    {
      format: 'veto-save',
      version: 1,
      engine,
      scenario: save.scenario,
      seed: save.seed,
      players,
      orders: save.turns.map((t) => t.orders),
      hashes: save.turns.map((t) => t.hash),
    },
    null,
    1,
  )}\n`;
}

/** Version 2 of a save (see src/save/v2.ts): version 3 without the hash chain. */
export function asV2(save: SaveDoc): string {
  const head = [
    '  "format": "veto-save"',
    '  "version": 2',
    `  "engine": ${JSON.stringify(save.engine)}`,
    `  "seed": ${save.seed}`,
    `  "players": ${JSON.stringify(save.players)}`,
    `  "scenarioHash": ${JSON.stringify(save.scenarioHash)}`,
  ];
  const turns = `  "turns": [\n${save.turns.map((t) => `    ${JSON.stringify({ orders: t.orders, hash: t.hash })}`).join(',\n')}\n  ]`;
  const scenario = `  "scenario": ${JSON.stringify(save.scenario, null, 2).replace(/\n/g, '\n  ')}`;
  return `{\n${[...head, turns, scenario].join(',\n')}\n}\n`;
}

/** A share code of format 1 (before the chain; src/save/linkPayload.ts), as an older program
 * made it: no content hash for an embedded scenario, 8 bytes of each state hash, the last
 * state's full hash. */
export function asLink1(save: SaveDoc, catalog: ScenarioCatalog): string {
  const w = new ByteWriter();
  w.string(save.engine);
  const shipped = catalog.get(save.scenario.id);
  if (shipped !== undefined && shipped.hash === save.scenarioHash) {
    w.byte(0);
    w.string(save.scenario.id);
    w.bytes(fromHex(save.scenarioHash));
  } else {
    w.byte(1);
    w.string(JSON.stringify(save.scenario));
  }
  w.varint(save.seed);
  const table = new StringTable();
  table.collect(save.players);
  for (const t of save.turns) table.collect(t.orders);
  table.write(w);
  packValue(w, table, save.players);
  w.varint(save.turns.length);
  for (const t of save.turns) {
    packValue(w, table, t.orders);
    w.bytes(fromHex(t.hash.slice(0, 16)));
  }
  const last = save.turns.at(-1);
  if (last === undefined) throw new Error('asLink1: a golden game has turns');
  w.bytes(fromHex(last.hash));
  return `1${encodeBase64url(deflate(w.finish()))}`;
}

/** The 40-turn test scenario: the shipped 2023 scenario played for forty quarters. Derived,
 * not hand-written, so that it follows every change of the scenario format. */
export function drillScenarioText(summit: Scenario): string {
  const drill = {
    ...summit,
    id: 'drill-40',
    title: 'Drill: forty quarters from the Vostochny summit (test scenario)',
    summary:
      'A test scenario: the 2023 setting played for forty quarters, to measure how long a long save takes to verify.',
    turns: 40,
    seed: 40,
  };
  return `${JSON.stringify(drill, null, 2)}\n`;
}

/** The 2023 setting stretched to the longest game a scenario may have (200 turns). */
export function longScenario(summit: Scenario, id: string): Scenario {
  return {
    ...summit,
    id,
    title: `${id}: two hundred quarters from the Vostochny summit (test scenario)`,
    turns: 200,
  };
}

/** 20 standing deals proposed and 20 accepted every turn (each to run 400 turns), and 216
 * orders that change nothing: 256 orders a turn, and by turn 200 about 3,840 deals running. */
export function dealFlood(s: GameState): readonly Order[] {
  const o: Order[] = [];
  for (let i = 0; i < 20; i++) {
    o.push({
      kind: 'proposeDeal',
      actor: 'RUS',
      to: 'PRK',
      give: { resource: 'currency', amount: 1 },
      get: { resource: 'currency', amount: 1 },
      mode: 'declared',
      turns: 400,
    });
  }
  for (let i = 1; i <= 20; i++) o.push({ kind: 'acceptDeal', actor: 'PRK', deal: `D${s.turn - 1}-${i}` });
  while (o.length < 256) o.push({ kind: 'setPriorities', actor: 'PRK', munitions: 50, labourAbroad: 40 });
  return o;
}

function summitAndCatalog(): { summit: Scenario; catalog: ScenarioCatalog } {
  const summit = load(`${root}scenarios/summit-2023.json`);
  const { catalog } = catalogFromTexts([{ name: 'summit-2023.json', text: summit.text }]);
  return { summit: summit.scenario, catalog };
}

export function goldenFiles(): Record<string, string> {
  const { summit, catalog } = summitAndCatalog();
  const drillText = drillScenarioText(summit);
  const drillParsed = loadScenarioText(drillText);
  if (!drillParsed.ok) throw new Error(`drill-40: ${JSON.stringify(drillParsed.error)}`);
  const drill = drillParsed.value;
  const game = (s: Scenario, seed: number): SaveDoc =>
    saveOfPlay(s, seed, GOLDEN_PLAYERS, playTurns(initialState(s, seed), s.turns, realisticOrders));
  const summitSave = game(summit, summit.seed);
  const drillSave = game(drill, 40);
  const summitCode = encodeShareCode(summitSave, catalog);
  const variedSave = saveOfPlay(summit, summit.seed, GOLDEN_PLAYERS, playTurns(initialState(summit), 12, variedOrders));
  const last = (s: SaveDoc): { hash: string; chain: string } => {
    const t = s.turns.at(-1);
    if (t === undefined) throw new Error('a golden game has turns');
    return t;
  };
  const pins = `/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '${summitSave.scenarioHash}';
/** Final state of the golden 12-turn game (realistic orders, seed ${summit.seed}). */
export const SUMMIT_FINAL = '${last(summitSave).hash}';
/** The golden 12-turn game's identity: its chain's last link. */
export const SUMMIT_GAME = '${last(summitSave).chain}';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '${last(drillSave).hash}';
/** The golden 40-turn drill's identity: its chain's last link. */
export const DRILL_GAME = '${last(drillSave).chain}';
/** Share code lengths of the 12-turn game (characters after \`#s=\`), in share format 2 and,
 * for comparison, format 1. */
export const LINK_LENGTH = { realistic: ${summitCode.length}, varied: ${encodeShareCode(variedSave, catalog).length}, embedded: ${encodeShareCode(summitSave, EMPTY_CATALOG).length} };
export const LINK1_LENGTH = { realistic: ${asLink1(summitSave, catalog).length}, varied: ${asLink1(variedSave, catalog).length}, embedded: ${asLink1(summitSave, EMPTY_CATALOG).length} };
`;
  return {
    'fixtures/scenarios/drill-40.json': drillText,
    'fixtures/saves/summit-2023.v3.json': serializeSave(summitSave),
    'fixtures/saves/summit-2023.v2.json': asV2(summitSave),
    'fixtures/saves/summit-2023.v1.json': asV1(summitSave),
    'fixtures/saves/summit-2023.link2.txt': `${summitCode}\n`,
    'fixtures/saves/summit-2023.link1.txt': `${asLink1(summitSave, catalog)}\n`,
    'fixtures/saves/drill-40.v3.json': serializeSave(drillSave),
    'fixtures/saves/drill-40.v2.json': asV2(drillSave),
    'fixtures/saves/drill-40.link2.txt': `${encodeShareCode(drillSave, catalog)}\n`,
    'fixtures/saves/drill-40.link1.txt': `${asLink1(drillSave, catalog)}\n`,
    'save/pins.ts': pins,
  };
}

/** The slow games (tens of seconds): only `--slow` (and a plain run) writes or checks them. */
export function slowGoldenFiles(): Record<string, string> {
  const { summit } = summitAndCatalog();
  const long = longScenario(summit, 'long-200');
  const bot = { kind: 'bot' as const, name: 'veto heuristic bot' };
  const bots = saveOfPlay(
    long,
    long.seed,
    { RUS: bot, PRK: bot, CHN: bot, UNSC: bot },
    playTurns(initialState(long), 200, botsFor(ACTORS)),
  );
  const flood = longScenario(summit, 'deals-200');
  const deals = saveOfPlay(flood, flood.seed, ALL_HOLD, playTurns(initialState(flood), 200, dealFlood));
  return {
    'fixtures/saves/long-200.link2.txt': `${encodeShareCode(bots, EMPTY_CATALOG)}\n`,
    'fixtures/saves/deals-200.link2.txt': `${encodeShareCode(deals, EMPTY_CATALOG)}\n`,
  };
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const check = process.argv.includes('--check');
  const slow = !check || process.argv.includes('--slow');
  const files = { ...goldenFiles(), ...(slow ? slowGoldenFiles() : {}) };
  let differ = 0;
  for (const [name, text] of Object.entries(files)) {
    if (check) {
      let old = '';
      try {
        old = readFileSync(out + name, 'utf8');
      } catch {
        /* missing counts as different */
      }
      if (old !== text) {
        differ++;
        console.error(`${name}: differs from what the engine now produces`);
      }
    } else {
      writeFileSync(out + name, text);
      console.log(`wrote ${name} (${text.length} characters)`);
    }
  }
  console.log(`engine ${ENGINE_VERSION}`);
  process.exitCode = differ > 0 ? 1 : 0;
}
