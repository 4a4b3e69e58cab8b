/**
 * The saved-games bar: the widgets of the save controller (saveController.ts). "Save game"
 * (download), "Open a saved game" (file picker, and drag-and-drop anywhere on the page),
 * "Copy link" (with the link's length, the fingerprint to read out loud, and the link in a
 * text field when the clipboard is refused), "Continue" on the start screen (only for an
 * autosave that has verified), the progress of a check with Cancel, and opening a `#s=` link
 * on page load and on `hashchange`.
 *
 * The bar is built once and updated in place (focus stays). All it knows of saves is what the
 * store and the controller say. The progress row (`check`) is an element of its own: the app
 * shows it on every screen, since the bar itself sits in the game menu while a game is shown.
 */
import type { KeyValueStore, StoreResult, Verifier } from '../persist/index.ts';
import {
  browserDownloadEnv,
  browserWorker,
  downloadText,
  droppedFile,
  inlineVerifier,
  shippedCatalog,
  shippedTexts,
  workerVerifier,
} from '../persist/index.ts';
import type { GameData, GameStore } from '../store/index.ts';
import { append, button, clear, h, uid, withUserText } from './dom.ts';
import { t } from './i18n/index.ts';
import type { SaveController } from './saveController.ts';
import { createSaveController } from './saveController.ts';
import { checkingText, savedAt } from './saveWords.ts';
import { displayTitle } from './screens.ts';

export interface SavesEnv {
  /** The autosave storage (IndexedDB in a page), or why there is none. */
  storage: Promise<StoreResult<KeyValueStore>>;
  now(): number;
  /** The page (location, hashchange, drops); `window` in the browser. */
  win: Window;
  /** Where games are checked; a Web Worker by default. */
  verifier?: Verifier;
}

export interface SavesBar {
  el: HTMLElement;
  /** The progress of a check under way, with Cancel (hidden when none is). */
  check: HTMLElement;
  controller: SaveController;
  update(d: GameData): void;
  destroy(): void;
}

export function mountSavesBar(store: GameStore, env: SavesEnv): SavesBar {
  const { win } = env;
  const doc = win.document;
  const controller = createSaveController(store, {
    storage: env.storage,
    now: env.now,
    clock: () => win.performance.now(),
    // Without Web Workers (a very old browser) games are checked on the page itself.
    verifier:
      env.verifier ??
      (typeof globalThis.Worker === 'function'
        ? workerVerifier(browserWorker, shippedTexts)
        : inlineVerifier(shippedCatalog)),
    catalog: shippedCatalog,
    location: win.location,
    history: win.history,
    clipboard: () => win.navigator.clipboard,
    download: (name, text) => {
      const r = downloadText(browserDownloadEnv(doc), name, text);
      return r.ok ? { ok: true } : r;
    },
  });

  const linkId = uid('share-link');
  const linkField = h('input', { id: linkId, type: 'text', readonly: true, class: 'share-link', spellcheck: 'false' });
  const linkInfo = h('span', { class: 'hint', 'data-testid': 'link-info' });
  const linkBox = h(
    'p',
    { class: 'link-box', hidden: true },
    h('label', { for: linkId }, t('saves.shareLink')),
    ' ',
    linkField,
    ' ',
    linkInfo,
  );
  const copyLink = async (): Promise<void> => {
    await controller.copyLink();
    if (store.getState().saveNotice?.tone === 'error') {
      linkField.focus();
      linkField.select();
    }
  };

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
    if (f !== undefined) void controller.openFile(f);
  });
  const openButton = button(t('saves.open'), () => fileInput.click());
  const continueButton = button(t('saves.continue'), () => void controller.continueGame(), { class: 'primary' });
  const continueText = h('span', { 'data-testid': 'continue-info' });
  const continueRow = h('p', { class: 'continue-row', hidden: true }, continueText, ' ', continueButton);
  const saveButton = button(t('saves.save'), () => controller.download());
  const copyButton = button(t('saves.copyLink'), () => void copyLink());
  const replayButton = button(t('saves.replay'), () => store.getState().openReplay());
  const autosaveText = h('span', { class: 'hint autosave-state', 'data-testid': 'autosave' });
  const offerDownload = button(t('saves.download'), () => controller.download());
  const gameTools = h('span', { class: 'game-tools' }, saveButton, ' ', copyButton, ' ', replayButton);
  const status = h('p', { role: 'status', class: 'save-status', 'data-testid': 'save-status' });
  const alert = h('p', { role: 'alert', class: 'notice save-alert', 'data-testid': 'save-alert' });
  // A check under way: what, how far (a progress bar), and Cancel. The page stays usable.
  const progressId = uid('check-progress');
  const progressText = h('label', { for: progressId, 'data-testid': 'check-text' });
  const progress = h('progress', { id: progressId, max: 1, value: 0 });
  const cancelButton = button(t('saves.cancel'), () => controller.cancel());
  const checkRow = h(
    'p',
    { class: 'check-row', hidden: true, 'data-testid': 'check-row' },
    progressText,
    ' ',
    progress,
    ' ',
    cancelButton,
  );
  const el = h(
    'section',
    { class: 'saves-bar', 'aria-label': t('saves.region') },
    continueRow,
    h(
      'div',
      { class: 'saves-tools' },
      gameTools,
      ' ',
      openButton,
      ' ',
      h('span', { class: 'hint' }, t('saves.dropHint')),
      ' ',
      autosaveText,
      ' ',
      offerDownload,
      fileInput,
    ),
    linkBox,
    status,
    alert,
  );

  const showController = (): void => {
    const s = controller.getState();
    const c = s.checking;
    checkRow.hidden = c === null;
    if (c !== null) {
      progress.max = Math.max(1, c.total);
      progress.value = c.done;
      progressText.textContent = checkingText(c);
    }
    if (s.link !== null && !gameTools.hidden) {
      linkField.value = s.link.url;
      linkInfo.textContent = t('saves.linkInfo', { chars: s.link.url.length, fingerprint: s.link.fingerprint });
      linkBox.hidden = false;
    }
  };

  const update = (d: GameData): void => {
    const inGame =
      d.game !== null && (d.mode === 'play' || d.mode === 'handoff' || d.mode === 'debrief' || d.mode === 'replay');
    // Not on the hot-seat hand-off screen: a save made there carries every player's orders.
    gameTools.hidden = !inGame || d.mode === 'handoff';
    replayButton.hidden = !(d.mode === 'play' || d.mode === 'debrief');
    if (!inGame) linkBox.hidden = true;
    const offer = d.continueOffer;
    continueRow.hidden = d.mode !== 'start' || offer === null;
    if (offer !== null) {
      clear(continueText);
      append(
        continueText,
        ...withUserText(
          (title) =>
            t('saves.lastGame', {
              title,
              turns: offer.turnsPlayed,
              fingerprint: offer.fingerprint,
              when: savedAt(offer.savedAt),
            }),
          // As everywhere else: the years are on the scenario's card, not in its title.
          displayTitle(offer.title),
        ),
      );
    }
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
    if (f.ok) void controller.openFile(f.value);
    else store.getState().setSaveNotice('error', t('saves.nothingDropped', { why: f.error }));
  };
  const onHash = (): void => void controller.openFromAddress();
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('dragleave', onDragLeave);
  win.addEventListener('drop', onDrop);
  win.addEventListener('hashchange', onHash);

  update(store.getState());
  const unsubscribe = store.subscribe(update);
  const unwatch = controller.subscribe(showController);

  // On load: check the autosave (then offer "Continue"), and open a link in the address.
  void controller.start();
  void controller.openFromAddress();

  return {
    el,
    check: checkRow,
    controller,
    update,
    destroy() {
      unsubscribe();
      unwatch();
      controller.destroy();
      win.removeEventListener('dragover', onDragOver);
      win.removeEventListener('dragleave', onDragLeave);
      win.removeEventListener('drop', onDrop);
      win.removeEventListener('hashchange', onHash);
    },
  };
}
