/**
 * The ordered chain of migrations. A save of version v passes through every step from v up
 * to CURRENT_SAVE_VERSION; each step first checks the document against its own version's
 * strict schema (so errors name paths in the file as written), then rewrites it. A version
 * newer than the program knows is refused, never guessed at.
 *
 * To add version 4: write `v3.ts`'s migration to 4, append it here, bump
 * CURRENT_SAVE_VERSION, and pin a golden version-3 file in tests/fixtures/saves.
 */
import type { z } from 'zod';
import { zodProblems } from '../scenario/index.ts';
import type { SaveResult } from './errors.ts';
import { fail, fromProblems } from './errors.ts';
import { CURRENT_SAVE_VERSION, SAVE_FORMAT } from './format.ts';
import { SaveV1Schema, migrateV1 } from './v1.ts';
import { SaveV2Schema, migrateV2 } from './v2.ts';

interface Migration {
  from: number;
  schema: z.ZodType;
  migrate: (doc: never) => SaveResult<unknown>;
}

const MIGRATIONS: readonly Migration[] = [
  { from: 1, schema: SaveV1Schema, migrate: migrateV1 },
  { from: 2, schema: SaveV2Schema, migrate: migrateV2 },
];

export const OLDEST_SAVE_VERSION = 1;

/** The format and version of a parsed document, or why it is not a Veto save. */
export function readHeader(doc: unknown): SaveResult<number> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return fail('unreadable', '(root)', 'not a Veto save (expected a JSON object)');
  }
  const d = doc as Record<string, unknown>;
  if (d.format !== SAVE_FORMAT) {
    const got =
      d.format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(d.format).slice(0, 40)}`;
    return fail('unreadable', 'format', `not a Veto save: the file ${got}, expected "${SAVE_FORMAT}"`);
  }
  const v = d.version;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < OLDEST_SAVE_VERSION) {
    return fail(
      'invalid',
      'version',
      `must be a whole number from ${OLDEST_SAVE_VERSION} to ${CURRENT_SAVE_VERSION}, got ${JSON.stringify(v) ?? 'nothing'}`,
    );
  }
  if (v > CURRENT_SAVE_VERSION) {
    return fail(
      'unsupported',
      'version',
      `this save is format version ${v}, newer than this program understands (versions ${OLDEST_SAVE_VERSION}–${CURRENT_SAVE_VERSION}); update Veto to open it`,
    );
  }
  return { ok: true, value: v };
}

/** Bring a document of `version` up to the current version (unchanged if already current). */
export function migrateToCurrent(doc: unknown, version: number): SaveResult<unknown> {
  let cur = doc;
  for (let v = version; v < CURRENT_SAVE_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (step === undefined) return fail('unsupported', 'version', `no migration from format version ${v}`);
    const parsed = step.schema.safeParse(cur, { reportInput: true });
    if (!parsed.success) return fromProblems('invalid', zodProblems(parsed.error));
    const next = step.migrate(parsed.data as never);
    if (!next.ok) return next;
    cur = next.value;
  }
  return { ok: true, value: cur };
}
