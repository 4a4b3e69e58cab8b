/**
 * The first gate for a save file: size, JSON syntax, nesting depth and forbidden keys (the
 * scenario loader's `parseUntrustedJson`), then what a save adds: every number finite
 * (`1e999` parses to Infinity) and no list longer than MAX_LIST_ITEMS. Runs before any
 * schema, migration or replay.
 */
import { parseUntrustedJson } from '../scenario/index.ts';
import { formatPath } from '../scenario/index.ts';
import type { SaveResult } from './errors.ts';
import { fail } from './errors.ts';

export const MAX_SAVE_BYTES = 1024 * 1024;
export const MAX_LIST_ITEMS = 10_000;

export function parseSaveJson(text: string): SaveResult<unknown> {
  if (text.length > MAX_SAVE_BYTES) {
    return fail(
      'unreadable',
      '(root)',
      `the file is ${text.length} characters; a save may have at most ${MAX_SAVE_BYTES}`,
    );
  }
  // A byte-order mark, as some editors write, is not part of the JSON.
  const parsed = parseUntrustedJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, MAX_SAVE_BYTES);
  if (!parsed.ok) {
    const [p] = parsed.error;
    // Syntax errors mean "not a save"; a forbidden key or deep nesting in valid JSON is an
    // invalid save.
    const kind = p.message.startsWith('invalid JSON') ? 'unreadable' : 'invalid';
    return fail(kind, p.path, p.message, parsed.error.length - 1);
  }
  const bad = findBadValue(parsed.value, []);
  if (bad !== undefined) return fail('invalid', bad.path, bad.message);
  return { ok: true, value: parsed.value };
}

function findBadValue(v: unknown, path: (string | number)[]): { path: string; message: string } | undefined {
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? undefined
      : { path: formatPath(path), message: `the number ${String(v)} is not finite` };
  }
  if (Array.isArray(v)) {
    if (v.length > MAX_LIST_ITEMS)
      return { path: formatPath(path), message: `the list has ${v.length} items; the limit is ${MAX_LIST_ITEMS}` };
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const b = findBadValue(v[i], path);
      path.pop();
      if (b !== undefined) return b;
    }
    return undefined;
  }
  if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      path.push(k);
      const b = findBadValue((v as Record<string, unknown>)[k], path);
      path.pop();
      if (b !== undefined) return b;
    }
  }
  return undefined;
}
