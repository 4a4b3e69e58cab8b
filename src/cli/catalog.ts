/** The command line's scenario catalog: every `scenarios/*.json` shipped with the program,
 * each checked only when a link names it. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScenarioCatalog } from '../save/index.ts';
import { isScenarioFileName, lazyCatalogFromTexts } from '../save/index.ts';
import { MAX_JSON_BYTES } from '../scenario/index.ts';
import { readTextFile } from './files.ts';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function shippedCatalog(dir = SCENARIOS_DIR): ScenarioCatalog {
  const names = readdirSync(dir).filter(isScenarioFileName).sort();
  return lazyCatalogFromTexts(names.map((name) => ({ name, text: readTextFile(dir + name, MAX_JSON_BYTES) })));
}
