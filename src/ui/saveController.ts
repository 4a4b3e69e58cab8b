/**
 * The saved-games controller: everything the saves bar does, without a DOM widget, so it runs
 * (and is tested) in Node. It opens files, links and the autosave through a Verifier (a Web
 * Worker in the page: the replay never blocks it, a progress report comes back each turn, and
 * Cancel stops it), downloads saves, makes share links, autosaves after every turn and offers
 * "Continue" only for an autosave that has verified.
 *
 * Every load reaches the store only once verified; a refusal is one message naming what and
 * where, and the game on screen is left as it was. Names and titles from files are wrapped in
 * Unicode isolates (bidi.ts) inside the messages, so a right-to-left override in them cannot
 * reorder the rest of the sentence.
 */
import { fingerprint } from '../engine/index.ts';
import type { Continuation, KeyValueStore, ReadableFile, StoreResult, Verifier } from '../persist/index.ts';
import type { ClipboardLike, HistoryLike, LocationLike } from '../persist/index.ts';
import { codeFromHash, copyText, readSaveFile, saveFileName, shareUrl, writeCodeToAddress } from '../persist/index.ts';
import type { LoadedGame, ScenarioCatalog } from '../save/index.ts';
import { encodeShareCode, formatSaveError, serializeSave } from '../save/index.ts';
import type { GameStore } from '../store/index.ts';
import { currentHash, gameHash, saveOfGame } from '../store/index.ts';
import { watchAutosave } from './autosaveWriter.ts';
import { isolate } from './bidi.ts';
import type { Job, Progress } from './saveJobs.ts';
import { autosaveJob, plural, verifiedNote, verifyJob } from './saveJobs.ts';

export interface SaveControllerEnv {
  /** The autosave storage (IndexedDB in a page), or why there is none. */
  storage: Promise<StoreResult<KeyValueStore>>;
  /** Milliseconds since 1970 (autosave times). */
  now(): number;
  /** A monotonic clock in milliseconds (how long a check took). */
  clock(): number;
  verifier: Verifier;
  catalog(): ScenarioCatalog;
  location: LocationLike;
  history: HistoryLike;
  clipboard(): ClipboardLike | undefined;
  /** Offer a file download; an error message when the page cannot. */
  download(fileName: string, text: string): { ok: true } | { ok: false; error: string };
}

/** A check under way (what is being opened and how far it has got), and the last link made. */
export interface SaveControllerState {
  checking: { what: string; done: number; total: number } | null;
  link: { url: string; info: string } | null;
}

export interface SaveController {
  getState(): SaveControllerState;
  subscribe(listener: (s: SaveControllerState) => void): () => void;
  /** Check the autosave (then offer Continue) and open a link in the address. */
  start(): Promise<void>;
  openFile(file: ReadableFile): Promise<void>;
  openFromAddress(): Promise<void>;
  continueGame(): Promise<void>;
  /** Stop the check under way; nothing is opened. */
  cancel(): void;
  download(): void;
  copyLink(): Promise<void>;
  destroy(): void;
}

export function createSaveController(store: GameStore, env: SaveControllerEnv): SaveController {
  let state: SaveControllerState = { checking: null, link: null };
  const listeners = new Set<(s: SaveControllerState) => void>();
  const setState = (next: Partial<SaveControllerState>): void => {
    state = { ...state, ...next };
    for (const l of [...listeners]) l(state);
  };
  let job: Job<unknown> | null = null;
  let active: object | null = null;
  let background: Job<unknown> | null = null;
  /** The autosave verified at start, kept for an instant Continue until the next autosave. */
  let verified: { c: Continuation; ms: number } | null = null;
  let destroyed = false;

  /** One check at a time: a new one cancels the one under way. Null when cancelled. */
  const check = async <T>(what: string, run: (onProgress: Progress) => Job<T>): Promise<T | null> => {
    job?.cancel();
    const t0 = env.clock();
    // A token, not the job itself: an inline verifier reports progress before it returns.
    const token = {};
    active = token;
    setState({ checking: { what, done: 0, total: 0 } });
    const mine = run((done, total) => {
      if (active === token && !destroyed) setState({ checking: { what, done, total } });
    });
    job = mine;
    const outcome = await mine.result;
    if (active !== token) return null;
    active = null;
    job = null;
    setState({ checking: null });
    if (outcome.status === 'cancelled') return null;
    lastMs = Math.round(env.clock() - t0);
    return outcome.value;
  };
  let lastMs = 0;

  const openFile = async (file: ReadableFile): Promise<void> => {
    const name = isolate(file.name ?? 'the file');
    const text = await readSaveFile(file);
    if (!text.ok) {
      store.getState().loadFailed(`The file ${name}`, text.error);
      return;
    }
    const r = await check(`the file ${name}`, (p) => verifyJob(env.verifier, { kind: 'text', text: text.value }, p));
    if (r === null) return;
    if (r.ok) store.getState().openLoaded(r.value, 'file', verifiedNote(`Opened ${name}`, r.value, lastMs));
    else store.getState().loadFailed(`The file ${name}`, r.error);
  };

  // A link is opened once: the code is then taken out of the address (without a history
  // entry or a hashchange), so reloading the page offers "Continue" rather than the old link,
  // and the same link pasted again opens again.
  const openFromAddress = async (): Promise<void> => {
    const code = codeFromHash(env.location.hash);
    if (code === undefined) return;
    const checked = check('the link', (p) => verifyJob(env.verifier, { kind: 'link', code }, p));
    // In a task of its own: with a long link, each costs the page a few milliseconds.
    await new Promise((r) => setTimeout(r, 0));
    writeCodeToAddress(env.history, env.location, undefined);
    const r = await checked;
    if (r === null) return;
    if (r.ok) store.getState().openLoaded(r.value, 'link', verifiedNote('Opened the link', r.value, lastMs));
    else store.getState().loadFailed('The link', r.error);
  };

  /** The offer on the start screen: only what has verified (or the game this page played). */
  const offer = (g: LoadedGame, savedAt: number): void => {
    store.getState().setContinueOffer({
      title: g.save.scenario.title,
      turnsPlayed: g.save.turns.length,
      fingerprint: fingerprint(g.finalHash),
      savedAt,
    });
  };

  const skippedNote = (c: Continuation): string =>
    c.skipped === undefined
      ? ''
      : ` The newest autosave was skipped (${formatSaveError(c.skipped)}); this is the one before it.`;

  const continueGame = async (): Promise<void> => {
    if (verified !== null) {
      const { c, ms } = verified;
      verified = null;
      store
        .getState()
        .openLoaded(c.game, 'autosave', `${verifiedNote('Continued the autosave', c.game, ms)}${skippedNote(c)}`);
      return;
    }
    const st = await env.storage;
    if (!st.ok) {
      store.getState().setSaveNotice('error', `The autosave cannot be read: ${st.error.message}.`);
      return;
    }
    const r = await check('your last game', (p) => autosaveJob(env.verifier, st.value, p));
    if (r === null) return;
    if (r.ok) {
      store
        .getState()
        .openLoaded(
          r.value.game,
          'autosave',
          `${verifiedNote('Continued the autosave', r.value.game, lastMs)}${skippedNote(r.value)}`,
        );
      return;
    }
    const miss = r.error;
    switch (miss.reason) {
      case 'none':
        store.getState().setContinueOffer(null);
        store.getState().setSaveNotice('error', 'There is no autosave to continue.');
        return;
      case 'storage':
        store.getState().setSaveNotice('error', `The autosave cannot be read: ${miss.error.message}.`);
        return;
      case 'invalid':
        store.getState().setContinueOffer(null);
        store.getState().loadFailed('The autosave', miss.error);
        return;
      case 'cancelled':
        return;
    }
  };

  const download = (): void => {
    const g = store.getState().game;
    if (g === null) return;
    const save = saveOfGame(g);
    const r = env.download(saveFileName(save), serializeSave(save));
    if (r.ok)
      store
        .getState()
        .setSaveNotice(
          'info',
          `Saved ${saveFileName(save)} (${plural(save.turns.length, 'turn')}, fingerprint ${fingerprint(currentHash(g))}, game ${fingerprint(gameHash(g))}).`,
        );
    else store.getState().setSaveNotice('error', `The save could not be downloaded: ${r.error}.`);
  };

  const copyLink = async (): Promise<void> => {
    const g = store.getState().game;
    if (g === null) return;
    const url = shareUrl(env.location.href, encodeShareCode(saveOfGame(g), env.catalog()));
    setState({ link: { url, info: `${url.length} characters · fingerprint ${fingerprint(currentHash(g))}` } });
    const r = await copyText(env.clipboard(), url);
    if (r.ok)
      store
        .getState()
        .setSaveNotice(
          'info',
          `Link copied (${url.length} characters). The receiver's game verifies to fingerprint ${fingerprint(currentHash(g))}.`,
        );
    else store.getState().setSaveNotice('error', `The link was not copied: ${r.error}.`);
  };

  const writer = watchAutosave(store, env, () => {
    verified = null;
  });

  const start = async (): Promise<void> => {
    const st = await env.storage;
    if (!st.ok || destroyed) return;
    const t0 = env.clock();
    const mine = autosaveJob(env.verifier, st.value);
    background = mine;
    const outcome = await mine.result;
    background = null;
    // A game played or continued meanwhile has its own offer: leave it.
    if (outcome.status === 'cancelled' || destroyed) return;
    if (store.getState().continueOffer !== null || store.getState().game !== null) return;
    const r = outcome.value;
    if (r.ok) {
      verified = { c: r.value, ms: Math.round(env.clock() - t0) };
      offer(r.value.game, r.value.savedAt);
    } else if (r.error.reason === 'invalid') {
      store.getState().loadFailed('Your last game (the autosave)', r.error.error);
    }
  };

  return {
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    start,
    openFile,
    openFromAddress,
    continueGame,
    cancel() {
      const what = state.checking?.what;
      active = null;
      job?.cancel();
      job = null;
      setState({ checking: null });
      if (what !== undefined) store.getState().setSaveNotice('info', `Stopped checking ${what}. Nothing was opened.`);
    },
    download,
    copyLink,
    destroy() {
      destroyed = true;
      job?.cancel();
      background?.cancel();
      writer.destroy();
      listeners.clear();
    },
  };
}
