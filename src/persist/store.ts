/**
 * The storage the browser adapters need, as a small interface so that the autosave logic
 * runs (and is tested) in Node against an in-memory fake, and in the browser against
 * IndexedDB (idb.ts). Failures are values, never exceptions: a full disk or a browser in
 * private mode is something to tell the player, not a crash.
 */
import { err, ok, type Result } from '../engine/index.ts';

export const STORE_ERROR_KINDS = ['quota', 'unavailable', 'failed'] as const;
export type StoreErrorKind = (typeof STORE_ERROR_KINDS)[number];

export interface StoreError {
  kind: StoreErrorKind;
  message: string;
}

export type StoreResult<T> = Result<T, StoreError>;

export interface KeyValueStore {
  get(key: string): Promise<StoreResult<string | undefined>>;
  /** Writes every entry (a value of `undefined` deletes the key) or, on failure, none. */
  putAll(entries: readonly { key: string; value: string | undefined }[]): Promise<StoreResult<void>>;
}

export function storeError(kind: StoreErrorKind, message: string): { ok: false; error: StoreError } {
  return err({ kind, message });
}

/**
 * An in-memory store for tests and for browsers without storage. `quotaBytes` limits the
 * total length of stored values; `failNext` makes the next write fail with that error.
 */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  failNext: StoreError | undefined;

  constructor(private readonly quotaBytes = Infinity) {}

  get(key: string): Promise<StoreResult<string | undefined>> {
    return Promise.resolve(ok(this.data.get(key)));
  }

  putAll(entries: readonly { key: string; value: string | undefined }[]): Promise<StoreResult<void>> {
    if (this.failNext !== undefined) {
      const error = this.failNext;
      this.failNext = undefined;
      return Promise.resolve(err(error));
    }
    const next = new Map(this.data);
    for (const e of entries) {
      if (e.value === undefined) next.delete(e.key);
      else next.set(e.key, e.value);
    }
    let size = 0;
    for (const v of next.values()) size += v.length;
    if (size > this.quotaBytes)
      return Promise.resolve(storeError('quota', `storage is full (${size} of ${this.quotaBytes} bytes)`));
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return Promise.resolve(ok(undefined));
  }
}
