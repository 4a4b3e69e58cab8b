/**
 * A problem found in a file: where (a JSON path such as `routes[2].capacity.oil`) and what,
 * in plain English. Loaders return every problem they find, never only the first.
 */
import type { z } from 'zod';
import { err, type Result } from '../engine/index.ts';

export interface Problem {
  path: string;
  message: string;
}

/** One or more problems: a refusal always names at least one. */
export type Problems = readonly [Problem, ...Problem[]];

/** A checked value, or every problem found. */
export type Checked<T> = Result<T, Problems>;

/** The problems as a refusal, or null when there are none: `refusal(found) ?? ok(value)`. */
export function refusal(problems: readonly Problem[]): { ok: false; error: Problems } | null {
  const [first, ...rest] = problems;
  return first === undefined ? null : err([first, ...rest]);
}

/** A refusal with one problem. */
export function problem(path: string, message: string): { ok: false; error: Problems } {
  return err([{ path, message }]);
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s) ? (out === '' ? s : `.${s}`) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

export function formatProblem(file: string, p: Problem): string {
  return `${file}: ${p.path}: ${p.message}`;
}

/** Edit distance, for "did you mean …?" on misspelt field names. */
function distance(a: string, b: string): number {
  // One row of the Wagner-Fischer table; every index read below is within 0..b.length.
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] ?? 0;
      d[j] = Math.min(tmp + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] ?? 0;
}

export function suggest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of choices) {
    const dd = distance(word.toLowerCase(), c.toLowerCase());
    if (dd < bestD) {
      bestD = dd;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Keys an object at `path` in `root` may have, when the schema there is a strict object. */
type KnownKeys = (path: readonly PropertyKey[]) => readonly string[];

/** Turn zod's issues into problems, one per unknown key and per failed check. */
export function zodProblems(error: z.core.$ZodError, knownKeys?: KnownKeys): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys?.(issue.path) ?? [];
      for (const k of issue.keys) {
        const s = suggest(k, known);
        out.push({
          path: formatPath([...issue.path, k]),
          message: `unknown field "${k}"${s !== undefined ? ` (did you mean "${s}"?)` : ''}`,
        });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path), message: plainMessage(issue) });
  }
  return out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing required field (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `is longer than ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.message;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return issue.message;
    case 'invalid_key':
      return `invalid key: ${issue.message}`;
    case 'invalid_element':
      return issue.message;
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v} (whole numbers only)`;
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}
