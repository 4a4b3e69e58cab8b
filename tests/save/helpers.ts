/** Shared pieces for the save tests: golden files, the shipped catalog, realistic games. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realisticOrders } from '../../src/sim/index.ts';
import type { Order } from '../../src/engine/index.ts';
import { fingerprint, hashState, playTurns, resolveTurn } from '../../src/engine/index.ts';
import type { LoadedGame, Players, SaveDoc, SaveResult } from '../../src/save/index.ts';
import { catalogFromTexts, saveOfPlay } from '../../src/save/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { initialState, validateScenario } from '../../src/scenario/index.ts';
import { loadScenario, scenarioText } from '../fixtures.ts';

export const SAVES_DIR = fileURLToPath(new URL('../fixtures/saves/', import.meta.url));

export function golden(name: string): string {
  return readFileSync(SAVES_DIR + name, 'utf8');
}

export const shipped = catalogFromTexts([{ name: 'summit-2023.json', text: scenarioText('summit-2023') }]).catalog;

export const PLAYERS: Players = {
  RUS: { kind: 'human', name: 'Anna' },
  PRK: { kind: 'human', name: 'Ben' },
  CHN: { kind: 'bot', name: 'steady' },
  UNSC: { kind: 'none' },
};

export function realisticSave(turns = 12, scenario: Scenario = loadScenario(), seed = scenario.seed): SaveDoc {
  return saveOfPlay(scenario, seed, PLAYERS, playTurns(initialState(scenario, seed), turns, realisticOrders));
}

/** The game, or a failed assertion with the refusal in its message. */
export function ok(r: SaveResult<LoadedGame>): LoadedGame {
  if (!r.ok) throw new Error(`expected the save to load: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The fingerprint after `turns` turns of a save file's orders, replayed by the engine alone
 * (no save code), to state what a refusal must report. Reads format 1 and 2. */
export function replayedFingerprint(text: string, turns: number): string {
  const d = JSON.parse(text) as {
    version: number;
    seed: number;
    scenario: unknown;
    orders?: Order[][];
    turns?: { orders: Order[] }[];
  };
  const sc = validateScenario(d.scenario);
  if (!sc.ok) throw new Error('replayedFingerprint: invalid scenario');
  const orders = d.version === 1 ? d.orders! : d.turns!.map((t) => t.orders);
  let s = initialState(sc.value, d.seed);
  for (let i = 0; i < turns; i++) s = resolveTurn(s, orders[i]!).state;
  return fingerprint(hashState(s));
}
