/**
 * Untrusted JSON: bounded size and nesting, no prototype-polluting keys, parse errors with a
 * line and column. Everything that reads a file from someone else starts here.
 */
import { ok } from '../engine/index.ts';
import type { Checked, Problem } from './problems.ts';
import { formatPath, problem, refusal } from './problems.ts';

export const MAX_JSON_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseUntrustedJson(text: string, maxBytes = MAX_JSON_BYTES): Checked<unknown> {
  if (text.length > maxBytes) return problem('(root)', `file is ${text.length} characters; the limit is ${maxBytes}`);
  let value: unknown;
  try {
    // A byte-order mark, as some editors write at the start of a UTF-8 file, is not part of
    // the JSON (JSON.parse would call it an unexpected character).
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return problem('(root)', jsonErrorMessage(text, e));
  }
  const problems: Problem[] = [];
  walk(value, [], problems);
  return refusal(problems) ?? ok(value);
}

function walk(v: unknown, path: (string | number)[], out: Problem[]): void {
  if (path.length > MAX_DEPTH) {
    out.push({ path: formatPath(path), message: `nested more than ${MAX_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) walk(x, [...path, i], out);
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) {
        out.push({ path: formatPath([...path, k]), message: `the key "${k}" is not allowed` });
        continue;
      }
      walk((v as Record<string, unknown>)[k], [...path, k], out);
    }
  }
}

/** "invalid JSON at line 4, column 7: Unexpected token ..." from the engine's SyntaxError. */
function jsonErrorMessage(text: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(msg);
  if (m === null) return `invalid JSON: ${msg}`;
  const pos = Number(m[1]);
  let line = 1;
  let col = 1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  const reason = msg.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  return `invalid JSON at line ${line}, column ${col}: ${reason}`;
}
