/**
 * The one shared builder for test states: the shipped 2023 scenario, optionally adjusted.
 * Tests state the numbers they depend on through `overrides`, so a retuned scenario file
 * does not silently change a rule test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GameState } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';

/**
 * A parsed JSON document (a scenario, a save) that a test edits at any path to break it on
 * purpose. The code base's one `any`: the edits reach arbitrary depths, and a wrong path makes
 * the test fail, which is what a type would otherwise catch.
 */
// biome-ignore lint/suspicious/noExplicitAny: edits at arbitrary paths of parsed JSON, see above
export type JsonDoc = Record<string, any>;

/** Overrides where `undefined` means "leave the field out" (optional fields are exact). */
export type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

/** `base` with `over` applied; a field overridden with `undefined` is removed. */
export function withOverrides<T extends object>(base: T, over: Overrides<T>): T {
  const out: Record<string, unknown> = { ...base, ...over };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as T;
}

export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

export function scenarioText(id: string): string {
  return readFileSync(`${SCENARIO_DIR}${id}.json`, 'utf8');
}

export function loadScenario(id = 'summit-2023'): Scenario {
  const r = loadScenarioText(scenarioText(id));
  if (!r.ok) throw new Error(`fixture ${id} invalid: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A state with every stock, need and variance under the test's control. */
export function testState(adjust?: (s: GameState) => void, seed = 7): GameState {
  const s = initialState(loadScenario(), seed);
  // Rule tests default to no chance, no consumption and no events: each test adds what it
  // checks. (The sanctions regime and the council stay as the scenario sets them.)
  s.rules = { ...s.rules, needs: [], variance: [], events: [], deck: { drawBp: 0, cards: [] } };
  adjust?.(s);
  return s;
}

/** Every shipped scenario file as the browser fetches it (the schema excluded), read from disk. */
export function shippedFiles(): { name: string; text: string }[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((name) => ({ name, text: readFileSync(`${SCENARIO_DIR}${name}`, 'utf8') }));
}
