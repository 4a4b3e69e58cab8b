import type { Scenario } from '../scenario/index.ts';
import {
  MAX_JSON_BYTES,
  SCENARIO_SCHEMA_ID,
  formatProblem,
  loadScenarioText,
  parseUntrustedJson,
} from '../scenario/index.ts';
import { UsageError } from './args.ts';
import { readTextFile } from './files.ts';

/** Thrown when a scenario file is readable but invalid: the lines to print, then exit 1. */
export class InvalidInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Is this the generated JSON Schema (scenarios/schema.json) rather than a scenario? It sits
 * beside the scenarios, so `validate scenarios/*.json` skips it instead of failing on it. */
export function isSchemaFile(path: string): boolean {
  const parsed = parseUntrustedJson(readTextFile(path, MAX_JSON_BYTES));
  return (
    parsed.ok &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    (parsed.value as { $id?: unknown }).$id === SCENARIO_SCHEMA_ID
  );
}

export function loadScenarioFile(path: string): Scenario {
  const text = readTextFile(path, MAX_JSON_BYTES);
  const r = loadScenarioText(text);
  if (!r.ok) throw new InvalidInput(r.error.map((p) => formatProblem(path, p)));
  return r.value;
}

export { UsageError };
