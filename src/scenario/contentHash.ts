/**
 * A scenario's content hash: SHA-256 (hex) of its JSON with object keys sorted at every
 * level. Saves carry it so that a save names exactly the scenario it was played on, and share
 * links refer to a shipped scenario by id and this hash instead of embedding it.
 *
 * Not `canonicalJson`: scenarios hold fractional coordinates, which canonical JSON refuses.
 * Numbers are written by `JSON.stringify`, whose output is fixed by the ECMAScript spec
 * (shortest round-trip form), so every engine produces the same bytes.
 */
import { sha256Hex } from '../engine/index.ts';
import type { Scenario } from './schema.ts';

export function scenarioContentHash(scenario: Scenario): string {
  return sha256Hex(sortedJson(scenario));
}

/** JSON text with object keys sorted by code unit; `undefined` fields are left out as
 * JSON.stringify does. Callers pass validated data (no cycles, no exotic objects). */
export function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : sortedJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(obj[k])}`).join(',')}}`;
}
