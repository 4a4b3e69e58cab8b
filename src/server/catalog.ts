/** The shipped scenarios (scenarios/*.json), read once when the server starts. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScenarioCatalog } from '../save/index.ts';
import { catalogFromTexts, isScenarioFileName } from '../save/index.ts';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function shippedScenarios(dir = SCENARIOS_DIR): { catalog: ScenarioCatalog; problems: string[] } {
  const names = readdirSync(dir).filter(isScenarioFileName).sort();
  return catalogFromTexts(names.map((name) => ({ name, text: readFileSync(dir + name, 'utf8') })));
}
