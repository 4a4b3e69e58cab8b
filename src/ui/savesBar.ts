/**
 * The saved-games bar and its input/output: "Save game" (download), "Open a saved game"
 * (file picker, and drag-and-drop anywhere on the page), "Copy link" (with the link's length,
 * the fingerprint to read out loud, and the link in a text field when the clipboard is
 * refused), "Continue" on the start screen, the autosave after every turn, and opening a
 * `#s=` link on page load and on `hashchange`.
 *
 * Every load goes through src/persist → src/save (bounds, schemas, full replay) and reaches
 * the store only once verified; a refusal is one message naming what and where, and the game
 * on screen is left as it was. The bar is built once and updated in place (focus stays).
 */
import { fingerprint } from '../engine/index.ts';
import type { KeyValueStore, StoreResult } from '../persist/index.ts';
import {
  autosave,
  browserDownloadEnv,
  codeFromHash,
  copyText,
  downloadText,
  droppedFile,
  gameFromHash,
  loadAutosave,
  openSaveFile,
  peekAutosave,
  saveFileName,
  shareUrl,
  shippedCatalog,
  writeCodeToAddress,
} from '../persist/index.ts';
import type { ReadableFile } from '../persist/index.ts';
import type { LoadedGame } from '../save/index.ts';
import { encodeShareCode, formatSaveError, serializeSave } from '../save/index.ts';
import type { Game, GameData, GameStore } from '../store/index.ts';
import { currentHash, saveOfGame } from '../store/index.ts';
import { button, h, uid } from './dom.ts';

export interface SavesEnv {
  /** The autosave storage (IndexedDB in a page), or why there is none. */
  storage: Promise<StoreResult<KeyValueStore>>;
  now(): number;
  /** The page (location, hashchange, drops); `window` in the browser. */
  win: Window;
}

export interface SavesBar {
  el: HTMLElement;
  update(d: GameData): void;
  destroy(): void;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "2026-11-28 02:31 UTC": the same in every locale. */
function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Run a verification and time it (the time is shown to the player and read by the tests). */
async function timed<T>(f: () => T | Promise<T>): Promise<{ r: T; ms: number }> {
  const t0 = performance.now();
  const r = await f();
  return { r, ms: Math.round(performance.now() - t0) };
}

function verifiedNote(what: string, g: LoadedGame, ms: number): string {
  const engine = g.sameEngine ? '' : ` It was made by engine ${g.save.engine}; this engine replays it identically.`;
  return `${what}: ${plural(g.save.turns.length, 'turn')} replayed and verified in ${ms} ms. Fingerprint ${fingerprint(g.finalHash)}.${engine}`;
}

export function mountSavesBar(store: GameStore, env: SavesEnv): SavesBar {
  const { win } = env;
  const doc = win.document;
  const catalog = shippedCatalog();

  // ---- loading -------------------------------------------------------------------------
  const openFile = async (file: ReadableFile): Promise<void> => {
    const name = file.name ?? 'the file';
    const { r, ms } = await timed(() => openSaveFile(file, catalog));
    if (r.ok) store.getState().openLoaded(r.value, 'file', verifiedNote(`Opened ${name}`, r.value, ms));
    else store.getState().loadFailed(`The file ${name}`, r.error);
  };

  // A link is opened once: the code is then taken out of the address (without a history
  // entry or a hashchange), so reloading the page offers "Continue" rather than the old link,
  // and the same link pasted again opens again.
  const openFromAddress = async (): Promise<void> => {
    const hash = win.location.hash;
    if (codeFromHash(hash) === undefined) return;
    writeCodeToAddress(win.history, win.location, undefined);
    const { r, ms } = await timed(() => gameFromHash(hash, catalog));
    if (r === undefined) return; // checked above: the address holds a code
    if (r.ok) store.getState().openLoaded(r.value, 'link', verifiedNote('Opened the link', r.value, ms));
    else store.getState().loadFailed('The link', r.error);
  };

  const continueGame = async (): Promise<void> => {
    const st = await env.storage;
    if (!st.ok) {
      store.getState().setSaveNotice('error', `The autosave cannot be read: ${st.error.message}.`);
      return;
    }
    const t0 = performance.now();
    const r = await loadAutosave(st.value);
    const ms = Math.round(performance.now() - t0);
    if (r.ok) {
      const c = r.value;
      lastSaved = c.game.finalHash;
      const skipped =
        c.skipped === undefined
          ? ''
          : ` The newest autosave was skipped (${formatSaveError(c.skipped)}); this is the one before it.`;
      store
        .getState()
        .openLoaded(c.game, 'autosave', `${verifiedNote('Continued the autosave', c.game, ms)}${skipped}`);
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
        store.getState().loadFailed('The autosave', miss.error);
        return;
    }
  };

  // ---- saving ----------------------------------------------------------------------------
  const download = (): void => {
    const g = store.getState().game;
    if (g === null) return;
    const save = saveOfGame(g);
    const r = downloadText(browserDownloadEnv(doc), saveFileName(save), serializeSave(save));
    if (r.ok)
      store
        .getState()
        .setSaveNotice(
          'info',
          `Saved ${saveFileName(save)} (${plural(save.turns.length, 'turn')}, fingerprint ${fingerprint(currentHash(g))}).`,
        );
    else store.getState().setSaveNotice('error', `The save could not be downloaded: ${r.error}.`);
  };

  const linkId = uid('share-link');
  const linkField = h('input', { id: linkId, type: 'text', readonly: true, class: 'share-link', spellcheck: 'false' });
  const linkInfo = h('span', { class: 'hint', 'data-testid': 'link-info' });
  const linkBox = h(
    'p',
    { class: 'link-box', hidden: true },
    h('label', { for: linkId }, 'Share link '),
    linkField,
    ' ',
    linkInfo,
  );
  const copyLink = async (): Promise<void> => {
    const g = store.getState().game;
    if (g === null) return;
    const url = shareUrl(win.location.href, encodeShareCode(saveOfGame(g), catalog));
    linkField.value = url;
    linkBox.hidden = false;
    linkInfo.textContent = `${url.length} characters · fingerprint ${fingerprint(currentHash(g))}`;
    const r = await copyText(win.navigator.clipboard, url);
    if (r.ok)
      store
        .getState()
        .setSaveNotice(
          'info',
          `Link copied (${url.length} characters). The receiver's game verifies to fingerprint ${fingerprint(currentHash(g))}.`,
        );
    else {
      store.getState().setSaveNotice('error', `The link was not copied: ${r.error}.`);
      linkField.focus();
      linkField.select();
    }
  };

  // Autosave: after every resolved turn (the game's turns grew by one, same game), in order.
  let lastSaved: string | undefined;
  let prevInitial: unknown = null;
  let prevTurns = 0;
  let chain: Promise<void> = Promise.resolve();
  const writeAutosave = (g: Game): void => {
    const hash = currentHash(g);
    const save = saveOfGame(g);
    const t = save.turns.length;
    store.getState().setAutosave('saving');
    chain = chain.then(async () => {
      const st = await env.storage;
      const r: StoreResult<void> = st.ok ? await autosave(st.value, save, hash, env.now()) : st;
      if (r.ok) {
        lastSaved = hash;
        store.getState().setAutosave('saved', `Autosaved after turn ${t}.`);
        store.getState().setContinueOffer({
          title: save.scenario.title,
          turnsPlayed: t,
          fingerprint: fingerprint(hash),
          savedAt: env.now(),
        });
      } else {
        store
          .getState()
          .setAutosave(
            'failed',
            `Autosave after turn ${t} failed: ${r.error.message}. Your earlier autosave is kept; download this save to keep turn ${t}.`,
          );
      }
    });
  };
  const watch = (d: GameData): void => {
    const g = d.game;
    if (g === null) {
      prevInitial = null;
      prevTurns = 0;
      return;
    }
    const grew = g.initial === prevInitial && g.turns.length === prevTurns + 1;
    prevInitial = g.initial;
    prevTurns = g.turns.length;
    if (grew && d.mode !== 'replay' && currentHash(g) !== lastSaved) writeAutosave(g);
  };

  // ---- the bar ---------------------------------------------------------------------------
  const fileInput = h('input', {
    type: 'file',
    accept: '.json,.txt,application/json,text/plain',
    class: 'sr-only',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    fileInput.value = '';
    if (f !== undefined) void openFile(f);
  });
  const openButton = button('Open a saved game', () => fileInput.click());
  const continueButton = button('Continue', () => void continueGame(), { class: 'primary' });
  const continueText = h('span', { 'data-testid': 'continue-info' });
  const continueRow = h('p', { class: 'continue-row', hidden: true }, continueText, ' ', continueButton);
  const saveButton = button('Save game', download);
  const copyButton = button('Copy link', () => void copyLink());
  const replayButton = button('Replay viewer', () => store.getState().openReplay());
  const autosaveText = h('span', { class: 'hint autosave-state', 'data-testid': 'autosave' });
  const offerDownload = button('Download the save', download);
  const gameTools = h('span', { class: 'game-tools' }, saveButton, ' ', copyButton, ' ', replayButton);
  const status = h('p', { role: 'status', class: 'save-status', 'data-testid': 'save-status' });
  const alert = h('p', { role: 'alert', class: 'notice save-alert', 'data-testid': 'save-alert' });
  const el = h(
    'section',
    { class: 'saves-bar', 'aria-label': 'Saved games' },
    continueRow,
    h(
      'div',
      { class: 'saves-tools' },
      gameTools,
      ' ',
      openButton,
      h('span', { class: 'hint' }, ' or drop a save file on the page '),
      autosaveText,
      ' ',
      offerDownload,
      fileInput,
    ),
    linkBox,
    status,
    alert,
  );

  const update = (d: GameData): void => {
    watch(d);
    const inGame =
      d.game !== null && (d.mode === 'play' || d.mode === 'handoff' || d.mode === 'debrief' || d.mode === 'replay');
    // Not on the hot-seat hand-off screen: a save made there carries every player's orders.
    gameTools.hidden = !inGame || d.mode === 'handoff';
    replayButton.hidden = !(d.mode === 'play' || d.mode === 'debrief');
    if (!inGame) linkBox.hidden = true;
    const offer = d.continueOffer;
    continueRow.hidden = d.mode !== 'start' || offer === null;
    if (offer !== null)
      continueText.textContent = `Your last game: ${offer.title}, ${plural(offer.turnsPlayed, 'turn')} played, fingerprint ${offer.fingerprint}, autosaved ${when(offer.savedAt)}.`;
    autosaveText.textContent = inGame ? (d.autosave.message ?? '') : '';
    offerDownload.hidden = !(inGame && d.autosave.state === 'failed');
    const n = d.saveNotice;
    const failed = inGame && d.autosave.state === 'failed' ? (d.autosave.message ?? '') : '';
    alert.textContent = n?.tone === 'error' ? n.text : failed;
    status.textContent = n?.tone === 'info' ? n.text : '';
  };

  // Drag-and-drop anywhere on the page.
  const onDragOver = (ev: DragEvent): void => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    doc.body.classList.add('dropping');
  };
  const onDragLeave = (ev: DragEvent): void => {
    if (ev.relatedTarget === null) doc.body.classList.remove('dropping');
  };
  const onDrop = (ev: DragEvent): void => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    ev.preventDefault();
    doc.body.classList.remove('dropping');
    const f = droppedFile(ev.dataTransfer);
    if (f.ok) void openFile(f.value);
    else store.getState().setSaveNotice('error', `Nothing was opened: ${f.error}.`);
  };
  const onHash = (): void => void openFromAddress();
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('dragleave', onDragLeave);
  win.addEventListener('drop', onDrop);
  win.addEventListener('hashchange', onHash);

  update(store.getState());
  const unsubscribe = store.subscribe(update);

  // On load: offer "Continue" (read, verified on click), then open a link in the address.
  void (async () => {
    const st = await env.storage;
    if (st.ok) {
      const p = await peekAutosave(st.value);
      if (p.ok && p.value !== undefined && store.getState().continueOffer === null) {
        const v = p.value;
        store.getState().setContinueOffer({
          title: v.title,
          turnsPlayed: v.turnsPlayed,
          fingerprint: v.fingerprint,
          savedAt: v.savedAt,
        });
      }
    }
  })();
  void openFromAddress();

  return {
    el,
    update,
    destroy() {
      unsubscribe();
      win.removeEventListener('dragover', onDragOver);
      win.removeEventListener('dragleave', onDragLeave);
      win.removeEventListener('drop', onDrop);
      win.removeEventListener('hashchange', onHash);
    },
  };
}
