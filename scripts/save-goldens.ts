/**
 * Writes the golden saves in tests/fixtures/saves, the 40-turn test scenario they use
 * (tests/fixtures/scenarios/drill-40.json) and the pinned hashes and sizes
 * (tests/save/pins.ts), from the shipped scenario and the benchmark's realistic orders.
 * Run it only when a change of the rules, the state or the shipped scenario is meant to
 * move the hashes (bump ENGINE_VERSION for a rule change), and review the diff:
 *
 *   npx tsx scripts/save-goldens.ts          # rewrite the files
 *   npx tsx scripts/save-goldens.ts --check  # exit 1 if a file differs from what it would write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realisticOrders } from '../src/sim/index.ts';
import type { GameState, Order } from '../src/engine/index.ts';
import { playTurns } from '../src/engine/index.ts';
import type { Players, SaveDoc } from '../src/save/index.ts';
import { EMPTY_CATALOG, catalogFromTexts, encodeShareCode, saveOfPlay, serializeSave } from '../src/save/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}tests/`;

export const GOLDEN_PLAYERS: Players = {
  RUS: { kind: 'human', name: 'Anna' },
  PRK: { kind: 'human', name: 'Ben' },
  CHN: { kind: 'bot', name: 'steady' },
  UNSC: { kind: 'none' },
};

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

/** Version 1 of a save (see src/save/v1.ts), made from the same game, as an older program
 * would have written it. */
function asV1(save: SaveDoc, engine: string): string {
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

export function goldenFiles(): Record<string, string> {
  const summit = load(`${root}scenarios/summit-2023.json`);
  const drillText = drillScenarioText(summit.scenario);
  const drillParsed = loadScenarioText(drillText);
  if (!drillParsed.ok) throw new Error(`drill-40: ${JSON.stringify(drillParsed.error)}`);
  const drill = { scenario: drillParsed.value };
  const { catalog } = catalogFromTexts([{ name: 'summit-2023.json', text: summit.text }]);
  const game = (s: Scenario, seed: number): SaveDoc =>
    saveOfPlay(s, seed, GOLDEN_PLAYERS, playTurns(initialState(s, seed), s.turns, realisticOrders));
  const summitSave = game(summit.scenario, summit.scenario.seed);
  const drillSave = game(drill.scenario, 40);
  const summitCode = encodeShareCode(summitSave, catalog);
  const variedSave = saveOfPlay(
    summit.scenario,
    summit.scenario.seed,
    GOLDEN_PLAYERS,
    playTurns(initialState(summit.scenario), 12, variedOrders),
  );
  const pins = `/**
 * Every hash and size the save tests pin, written by scripts/save-goldens.ts together with
 * the golden files. They move only when the rules, the state's shape or the shipped
 * scenario change; review the diff when they do.
 */

/** scenarioContentHash of scenarios/summit-2023.json. */
export const SUMMIT_SCENARIO_HASH = '${summitSave.scenarioHash}';
/** Final state of the golden 12-turn game (realistic orders, seed ${summit.scenario.seed}). */
export const SUMMIT_FINAL = '${summitSave.turns.at(-1)!.hash}';
/** Final state of the golden 40-turn drill (seed 40). */
export const DRILL_FINAL = '${drillSave.turns.at(-1)!.hash}';
/** Share code lengths of the 12-turn game (characters after \`#s=\`). */
export const LINK_LENGTH = { realistic: ${summitCode.length}, varied: ${encodeShareCode(variedSave, catalog).length}, embedded: ${encodeShareCode(summitSave, EMPTY_CATALOG).length} };
`;
  return {
    'fixtures/scenarios/drill-40.json': drillText,
    'fixtures/saves/summit-2023.v2.json': serializeSave(summitSave),
    'fixtures/saves/summit-2023.v1.json': asV1(summitSave, '0.0.9'),
    'fixtures/saves/summit-2023.link.txt': `${summitCode}\n`,
    'fixtures/saves/drill-40.v2.json': serializeSave(drillSave),
    'fixtures/saves/drill-40.link.txt': `${encodeShareCode(drillSave, catalog)}\n`,
    'save/pins.ts': pins,
  };
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const check = process.argv.includes('--check');
  let differ = 0;
  for (const [name, text] of Object.entries(goldenFiles())) {
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
  process.exitCode = differ > 0 ? 1 : 0;
}
