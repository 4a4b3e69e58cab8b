/**
 * Autosave after every turn, and "Continue" on the start screen.
 *
 * Two slots: `current` and `previous`. Each autosave moves the old current to previous and
 * writes the new current in one all-or-nothing write, so a failed write (quota, private
 * mode) leaves both old saves as they were: nothing already saved is lost, and the caller
 * gets the error as a value to show with an offer to download the save instead.
 *
 * Stored records are read back as untrusted (another tab, an old version or a curious user
 * may have changed them): "Continue" verifies the save by replaying it (through a Verifier,
 * so a page does it in a worker), and falls back to the previous slot when the current one
 * does not verify. Nothing from a record is shown before it has verified: the record's own
 * summary fields are written for older versions of Veto and never read back.
 */
import { err, fingerprint, ok, type Result } from '../engine/index.ts';
import type { LoadedGame, SaveDoc, SaveError } from '../save/index.ts';
import { serializeSave } from '../save/index.ts';
import type { KeyValueStore, StoreError, StoreResult } from './store.ts';
import type { VerifyOutcome } from './verifier.ts';

export const CURRENT_KEY = 'autosave/current';
export const PREVIOUS_KEY = 'autosave/previous';

/** The summary written beside each autosave (for older versions of Veto; never read back). */
interface AutosaveSummary {
  scenarioId: string;
  title: string;
  turnsPlayed: number;
  fingerprint: string;
  /** Milliseconds since 1970, as the caller passed it (pure code never reads the clock). */
  savedAt: number;
}

interface AutosaveRecord extends AutosaveSummary {
  save: string;
}

export async function autosave(
  store: KeyValueStore,
  save: SaveDoc,
  finalHash: string,
  savedAt: number,
): Promise<StoreResult<void>> {
  const old = await store.get(CURRENT_KEY);
  if (!old.ok) return old;
  const record: AutosaveRecord = {
    scenarioId: save.scenario.id,
    title: save.scenario.title,
    turnsPlayed: save.turns.length,
    fingerprint: fingerprint(finalHash),
    savedAt,
    save: serializeSave(save),
  };
  const entries = [{ key: CURRENT_KEY, value: JSON.stringify(record) }];
  if (old.value !== undefined) entries.unshift({ key: PREVIOUS_KEY, value: old.value });
  return store.putAll(entries);
}

/** The save text and time of a stored record; the rest of it is not trusted, so not read. */
function parseRecord(text: string | undefined): { save: string; savedAt: number } | undefined {
  if (text === undefined || text.length > 4 * 1024 * 1024) return undefined;
  try {
    const r = JSON.parse(text) as Partial<AutosaveRecord> | null;
    if (r === null || typeof r !== 'object') return undefined;
    if (typeof r.save !== 'string' || typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt)) return undefined;
    return { save: r.save, savedAt: r.savedAt };
  } catch {
    return undefined;
  }
}

/** The autosave to continue: which slot, when it was written, and why a newer one was skipped. */
export interface Continuation {
  game: LoadedGame;
  from: 'current' | 'previous';
  savedAt: number;
  skipped?: SaveError;
}

/** Why there is nothing to continue: no autosave, storage failed, none verifies, or the check
 * was cancelled. */
export type NoContinuation =
  | { reason: 'none' }
  | { reason: 'storage'; error: StoreError }
  | { reason: 'invalid'; error: SaveError }
  | { reason: 'cancelled' };

export type ContinueResult = Result<Continuation, NoContinuation>;

/** Checks a save text: a Verifier's job (a worker in the page) or, by default, in this thread. */
export type VerifySave = (saveText: string) => Promise<VerifyOutcome>;

/** "Continue": the newest autosave that verifies. When the current slot does not verify but
 * the previous does, the result says why the newer one was skipped. */
export async function loadAutosave(store: KeyValueStore, verify: VerifySave): Promise<ContinueResult> {
  let firstError: SaveError | undefined;
  for (const [key, from] of [
    [CURRENT_KEY, 'current'],
    [PREVIOUS_KEY, 'previous'],
  ] as const) {
    const r = await store.get(key);
    if (!r.ok) return err({ reason: 'storage', error: r.error });
    if (r.value === undefined) continue;
    const rec = parseRecord(r.value);
    if (rec === undefined) {
      firstError ??= { kind: 'unreadable', path: key, message: 'the stored autosave is damaged', more: 0 };
      continue;
    }
    const outcome = await verify(rec.save);
    if (outcome.status === 'cancelled') return err({ reason: 'cancelled' });
    const g = outcome.result;
    if (g.ok)
      return ok(
        firstError === undefined
          ? { game: g.value, from, savedAt: rec.savedAt }
          : { game: g.value, from, savedAt: rec.savedAt, skipped: firstError },
      );
    firstError ??= g.error;
  }
  return err(firstError === undefined ? { reason: 'none' } : { reason: 'invalid', error: firstError });
}

/** Forget both autosaves (a new game the player does not want to continue). */
export function clearAutosave(store: KeyValueStore): Promise<StoreResult<void>> {
  return store.putAll([
    { key: CURRENT_KEY, value: undefined },
    { key: PREVIOUS_KEY, value: undefined },
  ]);
}
