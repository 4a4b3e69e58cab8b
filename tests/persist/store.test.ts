/** The IndexedDB store (on fake-indexeddb) and the in-memory store behave alike. */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/persist/index.ts';
import { MemoryStore, openIdbStore } from '../../src/persist/index.ts';

async function idb(): Promise<KeyValueStore> {
  const r = await openIdbStore(new IDBFactory());
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe.each([
  { name: 'IndexedDB', make: idb },
  { name: 'memory', make: () => Promise.resolve(new MemoryStore()) },
])('$name store', ({ make }) => {
  it('reads what it wrote, and nothing for a missing key', async () => {
    const s = await make();
    expect(await s.get('a')).toEqual({ ok: true, value: undefined });
    expect(
      await s.putAll([
        { key: 'a', value: 'one' },
        { key: 'b', value: 'two' },
      ]),
    ).toEqual({ ok: true, value: undefined });
    expect(await s.get('a')).toEqual({ ok: true, value: 'one' });
    expect(await s.putAll([{ key: 'a', value: undefined }])).toEqual({ ok: true, value: undefined });
    expect(await s.get('a')).toEqual({ ok: true, value: undefined });
    expect(await s.get('b')).toEqual({ ok: true, value: 'two' });
  });
});

describe('IndexedDB failures are values', () => {
  it('no IndexedDB at all (old private browsing)', async () => {
    expect(await openIdbStore(undefined)).toEqual({
      ok: false,
      error: { kind: 'unavailable', message: 'this browser has no IndexedDB (private browsing?)' },
    });
  });

  it('opening refused by the browser', async () => {
    const factory = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await openIdbStore(factory)).toEqual({
      ok: false,
      error: {
        kind: 'unavailable',
        message: 'opening storage: the browser does not allow storage here (private browsing?)',
      },
    });
  });

  it('a quota error half-way through a write keeps every old value', async () => {
    const s = await idb();
    await s.putAll([{ key: 'current', value: 'old' }]);
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls++;
      if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    } as IDBObjectStore['put'];
    const r = await s.putAll([
      { key: 'previous', value: 'old' },
      { key: 'current', value: 'new' },
    ]);
    expect(r).toEqual({
      ok: false,
      error: { kind: 'quota', message: "saving: the browser's storage for this site is full" },
    });
    IDBObjectStore.prototype.put = realPut;
    expect(await s.get('current')).toEqual({ ok: true, value: 'old' });
    expect(await s.get('previous')).toEqual({ ok: true, value: undefined });
  });
});
