/**
 * The saved-games controller: everything the saves bar does, without a DOM widget, so it runs
 * (and is tested) in Node. It opens files, links and the autosave through a Verifier (a Web
 * Worker in the page: the replay never blocks it, a progress report comes back each turn, and
 * Cancel stops it), downloads saves, makes share links, autosaves after every turn and offers
 * "Continue" only for an autosave that has verified.
 *
 * Every load reaches the store only once verified; a refusal is one message naming what and
 * where, and the game on screen is left as it was. The messages are worded by saveWords.ts
 * from the catalogue; what the controller's own state says is data (`CheckSubject`, the link
 * and its fingerprint), worded by the bar.
 */
import { fingerprint } from '../engine/index.ts';
import type { Continuation, KeyValueStore, ReadableFile, StoreResult, Verifier } from '../persist/index.ts';
import type { ClipboardLike, HistoryLike, LocationLike } from '../persist/index.ts';
import { codeFromHash, copyText, readSaveFile, saveFileName, shareUrl, writeCodeToAddress } from '../persist/index.ts';
import type { LoadedGame, SaveError, ScenarioCatalog } from '../save/index.ts';
import { encodeShareCode, serializeSave } from '../save/index.ts';
import type { GameStore } from '../store/index.ts';
import { currentHash, gameHash, saveOfGame } from '../store/index.ts';
import { watchAutosave } from './autosaveWriter.ts';
import { t } from './i18n/index.ts';
import type { Job, Progress } from './saveJobs.ts';
import { autosaveJob, verifyJob } from './saveJobs.ts';
import type { CheckSubject } from './saveWords.ts';
import { openedText, refusedText, skippedText, stoppedText } from './saveWords.ts';

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
  checking: { what: CheckSubject; done: number; total: number } | null;
  link: { url: string; fingerprint: string } | null;
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
  const check = async <T>(what: CheckSubject, run: (onProgress: Progress) => Job<T>): Promise<T | null> => {
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

  /** A refused load: one message, nothing else changes. */
  const refused = (subject: CheckSubject, error: SaveError): void =>
    store.getState().setSaveNotice('error', refusedText(subject, error));

  const openFile = async (file: ReadableFile): Promise<void> => {
    const subject: CheckSubject = {
      kind: 'file',
      name: file.name === undefined || file.name === '' ? null : file.name,
    };
    const text = await readSaveFile(file);
    if (!text.ok) {
      refused(subject, text.error);
      return;
    }
    const r = await check(subject, (p) => verifyJob(env.verifier, { kind: 'text', text: text.value }, p));
    if (r === null) return;
    if (r.ok) store.getState().openLoaded(r.value, 'file', openedText(subject, r.value, lastMs));
    else refused(subject, r.error);
  };

  // A link is opened once: the code is then taken out of the address (without a history
  // entry or a hashchange), so reloading the page offers "Continue" rather than the old link,
  // and the same link pasted again opens again.
  const openFromAddress = async (): Promise<void> => {
    const code = codeFromHash(env.location.hash);
    if (code === undefined) return;
    const checked = check({ kind: 'link' }, (p) => verifyJob(env.verifier, { kind: 'link', code }, p));
    // In a task of its own: with a long link, each costs the page a few milliseconds.
    await new Promise((r) => setTimeout(r, 0));
    writeCodeToAddress(env.history, env.location, undefined);
    const r = await checked;
    if (r === null) return;
    if (r.ok) store.getState().openLoaded(r.value, 'link', openedText({ kind: 'link' }, r.value, lastMs));
    else refused({ kind: 'link' }, r.error);
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

  /** "Continued the autosave: …", and why the newest one was skipped when it was. */
  const continued = (c: Continuation, ms: number): string => {
    const note = openedText({ kind: 'autosave' }, c.game, ms);
    return c.skipped === undefined ? note : `${note} ${skippedText(c.skipped)}`;
  };

  const continueGame = async (): Promise<void> => {
    if (verified !== null) {
      const { c, ms } = verified;
      verified = null;
      store.getState().openLoaded(c.game, 'autosave', continued(c, ms));
      return;
    }
    const st = await env.storage;
    if (!st.ok) {
      store.getState().setSaveNotice('error', t('saves.autosaveUnreadable', { why: st.error.message }));
      return;
    }
    const r = await check({ kind: 'autosave' }, (p) => autosaveJob(env.verifier, st.value, p));
    if (r === null) return;
    if (r.ok) {
      store.getState().openLoaded(r.value.game, 'autosave', continued(r.value, lastMs));
      return;
    }
    const miss = r.error;
    switch (miss.reason) {
      case 'none':
        store.getState().setContinueOffer(null);
        store.getState().setSaveNotice('error', t('saves.noAutosave'));
        return;
      case 'storage':
        store.getState().setSaveNotice('error', t('saves.autosaveUnreadable', { why: miss.error.message }));
        return;
      case 'invalid':
        store.getState().setContinueOffer(null);
        refused({ kind: 'autosave' }, miss.error);
        return;
      case 'cancelled':
        return;
    }
  };

  const download = (): void => {
    const g = store.getState().game;
    if (g === null) return;
    const save = saveOfGame(g);
    const file = saveFileName(save);
    const r = env.download(file, serializeSave(save));
    if (r.ok)
      store.getState().setSaveNotice(
        'info',
        t('saves.saved', {
          file,
          turns: save.turns.length,
          fingerprint: fingerprint(currentHash(g)),
          game: fingerprint(gameHash(g)),
        }),
      );
    else store.getState().setSaveNotice('error', t('saves.notDownloaded', { why: r.error }));
  };

  const copyLink = async (): Promise<void> => {
    const g = store.getState().game;
    if (g === null) return;
    const url = shareUrl(env.location.href, encodeShareCode(saveOfGame(g), env.catalog()));
    const print = fingerprint(currentHash(g));
    setState({ link: { url, fingerprint: print } });
    const r = await copyText(env.clipboard(), url);
    if (r.ok) store.getState().setSaveNotice('info', t('saves.copied', { chars: url.length, fingerprint: print }));
    else store.getState().setSaveNotice('error', t('saves.notCopied', { why: r.error }));
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
      refused({ kind: 'lastGame' }, r.error.error);
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
      if (what !== undefined) store.getState().setSaveNotice('info', stoppedText(what));
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
