import type { Scenario } from '../scenario/index.ts';
import { MAX_JSON_BYTES, formatProblem, loadScenarioText } from '../scenario/index.ts';
import { UsageError } from './args.ts';
import { readTextFile } from './files.ts';

/** Thrown when a scenario file is readable but invalid: the lines to print, then exit 1. */
export class InvalidInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function loadScenarioFile(path: string): Scenario {
  const text = readTextFile(path, MAX_JSON_BYTES);
  const r = loadScenarioText(text);
  if (!r.ok) throw new InvalidInput(r.problems.map((p) => formatProblem(path, p)));
  return r.value;
}

export { UsageError };
