/** Autosave keeps the previous good save until the new one is written; Continue verifies. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/persist/index.ts';
import type { VerifySave } from '../../src/persist/index.ts';
import {
  MemoryStore,
  autosave,
  clearAutosave,
  loadAutosave as loadWith,
  openIdbStore,
} from '../../src/persist/index.ts';
import { CURRENT_KEY, PREVIOUS_KEY } from '../../src/persist/autosave.ts';
import { cutSave, loadSave } from '../../src/save/index.ts';
import { realisticSave } from '../save/helpers.ts';

/** Checks in this thread, as the inline verifier does. */
const here: VerifySave = (text) => Promise.resolve({ status: 'done', result: loadSave(text) });
const loadAutosave = (store: KeyValueStore) => loadWith(store, here);

const full = realisticSave();
const at = (n: number) => cutSave(full, n);
const hashAt = (n: number) => full.turns[n - 1]!.hash;

async function played(store: KeyValueStore, turns: number): Promise<void> {
  for (let n = 1; n <= turns; n++) {
    const r = await autosave(store, at(n), hashAt(n), 1_700_000_000_000 + n);
    expect(r.ok).toBe(true);
  }
}

describe('autosave', () => {
  it('keeps the newest two saves', async () => {
    const store = new MemoryStore();
    await played(store, 3);
    const r = await loadAutosave(store);
    expect(r.ok && [r.value.from, r.value.game.finalHash, r.value.savedAt]).toEqual([
      'current',
      hashAt(3),
      1_700_000_000_003,
    ]);
    expect(JSON.parse(store.data.get(PREVIOUS_KEY)!).turnsPlayed).toBe(2);
  });

  it.each([
    { name: 'a full disk', error: { kind: 'quota' as const, message: 'storage is full' } },
    { name: 'private mode', error: { kind: 'unavailable' as const, message: 'no storage' } },
  ])('a failed write ($name) is returned and loses nothing already saved', async ({ error }) => {
    const store = new MemoryStore();
    await played(store, 2);
    const before = new Map(store.data);
    store.failNext = error;
    expect(await autosave(store, at(3), hashAt(3), 0)).toEqual({ ok: false, error });
    expect(store.data).toEqual(before);
    const r = await loadAutosave(store);
    expect(r.ok && r.value.game.save.turns.length).toBe(2);
  });

  it('a quota that a bigger save no longer fits leaves the old saves in place', async () => {
    const probe = new MemoryStore();
    await played(probe, 2);
    let used = 0;
    for (const v of probe.data.values()) used += v.length;
    const store = new MemoryStore(used + 100);
    await played(store, 2);
    const r = await autosave(store, at(3), hashAt(3), 0);
    expect(r.ok ? null : r.error.kind).toBe('quota');
    expect(JSON.parse(store.data.get(CURRENT_KEY)!).turnsPlayed).toBe(2);
  });

  it('Continue skips a current save that no longer verifies, and says why', async () => {
    const store = new MemoryStore();
    await played(store, 4);
    const rec = JSON.parse(store.data.get(CURRENT_KEY)!) as { save: string };
    rec.save = rec.save.replace('"amount":1500', '"amount":1499');
    store.data.set(CURRENT_KEY, JSON.stringify(rec));
    const r = await loadAutosave(store);
    expect(
      r.ok && [r.value.from, r.value.game.save.turns.length, r.value.skipped?.path, r.value.skipped?.kind],
    ).toEqual(['previous', 3, 'turns[0]', 'mismatch']);
  });

  it.each([
    { name: 'nothing saved', setup: () => {}, result: { ok: false, error: { reason: 'none' } } },
    {
      name: 'both slots damaged',
      setup: (s: MemoryStore) => {
        s.data.set(CURRENT_KEY, '{"oops"');
        s.data.set(PREVIOUS_KEY, 'null');
      },
      result: {
        ok: false,
        error: {
          reason: 'invalid',
          error: { kind: 'unreadable', path: CURRENT_KEY, message: 'the stored autosave is damaged', more: 0 },
        },
      },
    },
  ])('Continue with $name', async ({ setup, result }) => {
    const store = new MemoryStore();
    setup(store);
    expect(await loadAutosave(store)).toEqual(result);
  });

  it('shows nothing the record says about itself: title, turns and fingerprint come from the verified save', async () => {
    const store = new MemoryStore();
    await played(store, 2);
    const rec = JSON.parse(store.data.get(CURRENT_KEY)!) as Record<string, unknown>;
    store.data.set(
      CURRENT_KEY,
      JSON.stringify({ ...rec, title: 'Forged title', turnsPlayed: 11, fingerprint: '0000-0000', scenarioId: 'x' }),
    );
    const r = await loadAutosave(store);
    expect(r.ok && [r.value.game.save.scenario.title, r.value.game.save.turns.length]).toEqual([
      full.scenario.title,
      2,
    ]);
  });

  it('a cancelled check continues nothing', async () => {
    const store = new MemoryStore();
    await played(store, 2);
    expect(await loadWith(store, () => Promise.resolve({ status: 'cancelled' }))).toEqual({
      ok: false,
      error: { reason: 'cancelled' },
    });
  });

  it('clearAutosave forgets both slots', async () => {
    const store = new MemoryStore();
    await played(store, 2);
    await clearAutosave(store);
    expect(await loadAutosave(store)).toEqual({ ok: false, error: { reason: 'none' } });
  });

  it('works the same on IndexedDB', async () => {
    const opened = await openIdbStore(new IDBFactory());
    if (!opened.ok) throw new Error(opened.error.message);
    await played(opened.value, 3);
    const r = await loadAutosave(opened.value);
    expect(r.ok && [r.value.from, r.value.game.finalHash]).toEqual(['current', hashAt(3)]);
  });
});
