/**
 * Keeps the pending orders of the game on screen beside the autosave, and puts them back when
 * that game is continued after a reload (the store's `restoreFor`). Writes follow the orders
 * (at most one every 300 ms); a failed write is ignored: the autosave of the last turn, which
 * matters more, reports its own failures.
 */
import type { KeyValueStore, StoreResult } from '../persist/index.ts';
import { keepPending, readPending } from '../persist/index.ts';
import type { GameData, GameStore } from '../store/index.ts';
import { currentHash } from '../store/index.ts';

export function keepPendingOrders(store: GameStore, storage: Promise<StoreResult<KeyValueStore>>): () => void {
  let last: GameData['pending'] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    const d = store.getState();
    if (d.game === null || d.restoreFor !== null) return;
    const kept = { hash: currentHash(d.game), pending: d.pending };
    void storage.then((st) => (st.ok ? keepPending(st.value, kept) : undefined));
  };
  let restoring: string | null = null;
  const restore = (hash: string): void => {
    restoring = hash;
    void storage.then(async (st) => {
      const kept = st.ok ? await readPending(st.value) : undefined;
      restoring = null;
      // Orders kept for another state are dropped (restorePending checks the hash).
      store.getState().restorePending(hash, kept?.hash === hash ? kept.pending : {});
    });
  };
  return store.subscribe((d) => {
    if (d.restoreFor !== null) {
      if (restoring !== d.restoreFor) restore(d.restoreFor);
      return;
    }
    if (d.game === null || (d.mode !== 'play' && d.mode !== 'handoff') || d.pending === last) return;
    last = d.pending;
    if (timer === undefined) timer = setTimeout(write, 300);
  });
}
