/**
 * The autosave after every turn: when the store's game grows by one turn (the same game, not
 * in the replay viewer), its save is written to storage, in order, and the start screen's
 * "Continue" offer follows it. A failed write is shown with its reason; the earlier autosave
 * stays (src/persist/autosave.ts).
 */
import { fingerprint } from '../engine/index.ts';
import type { KeyValueStore, StoreResult } from '../persist/index.ts';
import { autosave } from '../persist/index.ts';
import type { Game, GameData, GameStore } from '../store/index.ts';
import { currentHash, gameHash, saveOfGame } from '../store/index.ts';
import { t } from './i18n/index.ts';

export interface AutosaveWriter {
  /** Stop watching; a write under way finishes but reports nothing. */
  destroy(): void;
}

export function watchAutosave(
  store: GameStore,
  env: { storage: Promise<StoreResult<KeyValueStore>>; now(): number },
  onWritten: () => void,
): AutosaveWriter {
  let destroyed = false;
  let lastSaved: string | undefined;
  let prevStart: string | null = null;
  let prevTurns = 0;
  let queue: Promise<void> = Promise.resolve();
  const write = (g: Game): void => {
    const hash = currentHash(g);
    const id = gameHash(g);
    const save = saveOfGame(g);
    const turn = save.turns.length;
    store.getState().setAutosave('saving');
    queue = queue.then(async () => {
      const st = await env.storage;
      const r: StoreResult<void> = st.ok ? await autosave(st.value, save, hash, env.now()) : st;
      if (destroyed) return;
      if (r.ok) {
        lastSaved = id;
        onWritten();
        // What was stored is this page's own game: the offer may show it; Continue checks the
        // stored copy again (another tab may change it).
        store.getState().setAutosave('saved', t('saves.autosaved', { turn }));
        store.getState().setContinueOffer({
          title: save.scenario.title,
          turnsPlayed: turn,
          fingerprint: fingerprint(hash),
          savedAt: env.now(),
        });
      } else {
        store.getState().setAutosave('failed', t('saves.autosaveFailed', { turn, why: r.error.message }));
      }
    });
  };
  const watch = (d: GameData): void => {
    const g = d.game;
    if (g === null) {
      prevStart = null;
      prevTurns = 0;
      return;
    }
    // The same game (same start) with one more turn: a turn was just played.
    const grew = g.start === prevStart && g.turns.length === prevTurns + 1;
    prevStart = g.start;
    prevTurns = g.turns.length;
    if (grew && d.mode !== 'replay' && gameHash(g) !== lastSaved) write(g);
  };
  watch(store.getState());
  const unsubscribe = store.subscribe(watch);
  return {
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
