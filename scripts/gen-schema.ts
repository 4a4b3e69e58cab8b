/**
 * Writes scenarios/schema.json (JSON Schema, draft 2020-12) from the zod ScenarioSchema, so an
 * editor completes and checks scenario fields as an instructor types. `--check` writes nothing
 * and exits 1 when the checked-in file differs from what the schema generates (CI runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCENARIO_SCHEMA_ID, ScenarioSchema } from '../src/scenario/schema.ts';

const OUT = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));

export function generateSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<
    string,
    unknown
  >;
  const doc = { ...schema, $id: SCENARIO_SCHEMA_ID, title: 'Veto scenario' };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const text = generateSchemaText();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      process.stderr.write('scenarios/schema.json is out of date: run `npx tsx scripts/gen-schema.ts`\n');
      process.exitCode = 1;
    } else process.stdout.write('scenarios/schema.json is up to date\n');
  } else {
    writeFileSync(OUT, text);
    process.stdout.write(`wrote ${OUT}\n`);
  }
}
