/**
 * How a save or link is refused: one error, naming where and what. `kind` lets callers
 * choose their answer (the command line exits 2 for `unreadable`, 1 for the rest):
 *   unreadable  not a Veto save or link at all: too large, not JSON, bad encoding, cut short
 *   unsupported a newer format than this program knows
 *   invalid     a Veto save whose content breaks the format (schema, scenario, bounds)
 *   mismatch    well-formed, but replaying it does not give the hashes it claims
 */
import { err, type Result } from '../engine/index.ts';
import type { Problem } from '../scenario/index.ts';

export const SAVE_ERROR_KINDS = ['unreadable', 'unsupported', 'invalid', 'mismatch'] as const;
export type SaveErrorKind = (typeof SAVE_ERROR_KINDS)[number];

export interface SaveError {
  kind: SaveErrorKind;
  /** Where: a JSON path into the save (`turns[3].orders[0].amount`), or `(root)`, `link`. */
  path: string;
  message: string;
  /** How many further problems were found and not shown (schema errors come in groups). */
  more: number;
}

export type SaveResult<T> = Result<T, SaveError>;

/** The longest path and message a refusal carries: a path is built from the input's own keys,
 * and a message may quote its text, so a hostile input could otherwise fill a screen. */
export const MAX_PATH_CHARS = 200;
export const MAX_MESSAGE_CHARS = 1000;

export function fail<T>(kind: SaveErrorKind, path: string, message: string, more = 0): SaveResult<T> {
  return err({ kind, path: clip(path, MAX_PATH_CHARS), message: clip(message, MAX_MESSAGE_CHARS), more });
}

/** `s` cut to at most `max` characters, ending in "…" when cut (never inside a surrogate pair). */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** The first of several problems, prefixed with where they sit in the save. */
export function fromProblems<T>(kind: SaveErrorKind, problems: readonly Problem[], prefix = ''): SaveResult<T> {
  const p = problems[0] ?? { path: '(root)', message: 'invalid' };
  return fail(kind, joinPath(prefix, p.path), p.message, Math.max(0, problems.length - 1));
}

/**
 * A save's embedded scenario that this program cannot read. When the save was made by another
 * engine, that is almost always why (the scenario format grows with the rules), and the message
 * says so before naming the first problem.
 */
export function scenarioRefused<T>(problems: readonly Problem[], engine: string, current: string): SaveResult<T> {
  if (engine === current) return fromProblems('invalid', problems, 'scenario');
  const p = problems[0] ?? { path: '(root)', message: 'invalid' };
  return fail(
    'invalid',
    joinPath('scenario', p.path),
    `the save was made by engine ${engine}, and its scenario is in that engine's format, which this engine (${current}) cannot read: ${p.message}`,
    Math.max(0, problems.length - 1),
  );
}

export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '(root)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * The last line of defence of the public entry points: the checks are meant to catch every
 * bad input, but if one slips through and something throws (a bug), the caller still gets a
 * refusal, never an exception. Tests assert that no input ever reaches this.
 */
export function guarded<T>(f: () => SaveResult<T>): SaveResult<T> {
  try {
    return f();
  } catch (e) {
    const what = e instanceof Error ? e.name : 'error';
    return fail('invalid', '(root)', `${INTERNAL_ERROR} (${what}); please report it with the file`);
  }
}

export const INTERNAL_ERROR = 'this input could not be checked: internal error';

/** "turns[2].hash: not a hash (and 3 more problems)" — the one line shown to people. */
export function formatSaveError(e: SaveError): string {
  const more = e.more > 0 ? ` (and ${e.more} more problem${e.more === 1 ? '' : 's'})` : '';
  return `${e.path}: ${e.message}${more}`;
}
