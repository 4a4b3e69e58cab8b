/**
 * Orders given but not yet played, kept beside the autosave so that a reload loses nothing:
 * one record, the hash of the game state they were given at and each actor's list. Read back
 * as untrusted (the store checks every order against the engine's schema before using it).
 */
import type { KeyValueStore, StoreResult } from './store.ts';

export const PENDING_KEY = 'autosave/pending';
const MAX_BYTES = 256 * 1024;

export interface KeptOrders {
  hash: string;
  /** Each actor's orders, as given (unchecked when read back). */
  pending: Readonly<Record<string, readonly unknown[]>>;
}

export function keepPending(store: KeyValueStore, kept: KeptOrders): Promise<StoreResult<void>> {
  return store.putAll([{ key: PENDING_KEY, value: JSON.stringify(kept) }]);
}

/** The kept orders, or undefined when there are none or the record is damaged. */
export async function readPending(store: KeyValueStore): Promise<KeptOrders | undefined> {
  const r = await store.get(PENDING_KEY);
  if (!r.ok || r.value === undefined || r.value.length > MAX_BYTES) return undefined;
  try {
    const v = JSON.parse(r.value) as unknown;
    if (typeof v !== 'object' || v === null) return undefined;
    const { hash, pending } = v as { hash?: unknown; pending?: unknown };
    if (typeof hash !== 'string' || typeof pending !== 'object' || pending === null) return undefined;
    const out: Record<string, readonly unknown[]> = {};
    for (const [k, list] of Object.entries(pending)) if (Array.isArray(list)) out[k] = list;
    return { hash, pending: out };
  } catch {
    return undefined;
  }
}
