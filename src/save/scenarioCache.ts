/**
 * Checking a scenario (schema, semantics and a replay of its historical script) costs far
 * more than hashing it, and the same few scenarios arrive again and again: every autosave,
 * link and file of a class embeds the same one. The last few that passed are remembered by
 * the content hash of the value as received; any other value is checked in full. Only
 * successes are kept, and the kept values are never modified (they are shared).
 */
import { sha256Hex } from '../engine/index.ts';
import type { Checked, Scenario } from '../scenario/index.ts';
import { sortedJson, validateScenario } from '../scenario/index.ts';

const KEEP = 4;
const passed = new Map<string, Scenario>();

/** `key`, when the caller has it: sha256Hex(sortedJson(value)). */
export function validateScenarioCached(value: unknown, key?: string): Checked<Scenario> {
  let k: string;
  try {
    k = key ?? sha256Hex(sortedJson(value));
  } catch {
    return validateScenario(value);
  }
  const hit = passed.get(k);
  if (hit !== undefined) {
    // Most recently used last.
    passed.delete(k);
    passed.set(k, hit);
    return { ok: true, value: hit };
  }
  const r = validateScenario(value);
  if (r.ok) {
    passed.set(k, r.value);
    while (passed.size > KEEP) {
      const oldest = passed.keys().next().value;
      if (oldest === undefined) break;
      passed.delete(oldest);
    }
  }
  return r;
}
