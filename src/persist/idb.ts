/**
 * KeyValueStore on IndexedDB: one database, one object store of strings. `putAll` is one
 * readwrite transaction, so IndexedDB's atomicity gives "all or nothing": when the quota
 * runs out half-way, the transaction aborts and the old values stay.
 */
import { err, ok } from '../engine/index.ts';
import type { KeyValueStore, StoreError, StoreResult } from './store.ts';
import { storeError } from './store.ts';

const DB_NAME = 'veto';
const STORE = 'saves';
const VERSION = 1;

function classify(e: unknown, doing: string): StoreError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError')
    return { kind: 'quota', message: `${doing}: the browser's storage for this site is full` };
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return { kind: 'unavailable', message: `${doing}: the browser does not allow storage here (private browsing?)` };
  }
  return { kind: 'failed', message: `${doing}: ${name !== '' ? name : 'storage error'}` };
}

/** Opens (creating if needed) the database. `factory` is `globalThis.indexedDB` in a page. */
export function openIdbStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<StoreResult<KeyValueStore>> {
  if (factory === undefined)
    return Promise.resolve(storeError('unavailable', 'this browser has no IndexedDB (private browsing?)'));
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, VERSION);
    } catch (e) {
      resolve(err(classify(e, 'opening storage')));
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onerror = () => resolve(err(classify(req.error, 'opening storage')));
    req.onblocked = () =>
      resolve(storeError('unavailable', 'opening storage: another tab holds an older version open'));
    req.onsuccess = () => resolve(ok(idbStore(req.result)));
  });
}

function idbStore(db: IDBDatabase): KeyValueStore {
  return {
    get(key) {
      return new Promise((resolve) => {
        try {
          const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
          req.onsuccess = () => {
            const v: unknown = req.result;
            resolve(ok(typeof v === 'string' ? v : undefined));
          };
          req.onerror = () => resolve(err(classify(req.error, 'reading storage')));
        } catch (e) {
          resolve(err(classify(e, 'reading storage')));
        }
      });
    },
    putAll(entries) {
      return new Promise((resolve) => {
        let tx: IDBTransaction | undefined;
        try {
          const t = db.transaction(STORE, 'readwrite');
          tx = t;
          const os = t.objectStore(STORE);
          for (const e of entries) {
            if (e.value === undefined) os.delete(e.key);
            else os.put(e.value, e.key);
          }
          t.oncomplete = () => resolve(ok(undefined));
          // An aborted transaction (quota) reports through onabort with its error set.
          t.onabort = () => resolve(err(classify(t.error, 'saving')));
        } catch (e) {
          // A put that throws leaves the transaction open: abort it, or the puts before it
          // would commit and break "all or nothing".
          try {
            if (tx !== undefined) {
              tx.onabort = null;
              tx.abort();
            }
          } catch {
            /* already finished */
          }
          resolve(err(classify(e, 'saving')));
        }
      });
    },
  };
}
