/**
 * Scenario text → validated Scenario, or every problem with its JSON path.
 * Stages: bounded JSON parse → schema → semantic checks. Later stages run only when the
 * earlier ones pass, because their paths would point into data that is not there.
 */
import { z } from 'zod';
import { parseUntrustedJson } from './json.ts';
import { ok } from '../engine/index.ts';
import type { Checked, Problem } from './problems.ts';
import { problem, refusal, zodProblems } from './problems.ts';
import type { Scenario } from './schema.ts';
import { ScenarioSchema } from './schema.ts';
import { checkSemantics } from './semantics.ts';
import { checkHistorical } from './historical.ts';

export function loadScenarioText(text: string): Checked<Scenario> {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  return validateScenario(parsed.value);
}

export function validateScenario(value: unknown): Checked<Scenario> {
  const r = ScenarioSchema.safeParse(value, { reportInput: true });
  if (!r.success) {
    const found = zodProblems(r.error, (path) => knownKeysAt(ScenarioSchema, path));
    return refusal(found) ?? problem('(root)', 'is not a valid scenario');
  }
  const problems: Problem[] = checkSemantics(r.data);
  // The script is replayed only on an otherwise sound scenario: a replay of a broken one
  // would fail for reasons already reported.
  if (problems.length === 0) problems.push(...checkHistorical(r.data));
  return refusal(problems) ?? ok(r.data);
}

/** Walk the schema along a data path to list the fields an object there may have. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur: z.ZodType | undefined = schema;
  for (const seg of path) {
    cur = unwrap(cur);
    if (cur instanceof z.ZodObject) cur = (cur.shape as Record<string, z.ZodType>)[String(seg)];
    else if (cur instanceof z.ZodArray) cur = cur.element as z.ZodType;
    else return [];
  }
  cur = unwrap(cur);
  return cur instanceof z.ZodObject ? Object.keys(cur.shape) : [];
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) {
    cur = cur.unwrap() as z.ZodType;
  }
  return cur;
}
