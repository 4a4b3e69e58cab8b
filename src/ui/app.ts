/**
 * The app shell: the status bar, one screen per mode, the help dialog and a live region.
 * Rendering happens at most once per animation frame: a store change only schedules a frame
 * (drawn after 100 ms without one when the browser holds frames back), and the frame rebuilds
 * the screen when its identity changed (mode, game and its hash chain, viewer) or updates it in
 * place otherwise, so a half-filled form keeps its values and focus. Components
 * compare their own inputs before doing any work. On a new screen focus moves to its main
 * heading (on a new turn, the digest's heading). The map container is created once and moved
 * into each game screen, so the map survives across turns.
 */
import type { GameData, GameStore } from '../store/index.ts';
import { gameHash, inGame, selectGameView } from '../store/index.ts';
import type { Component } from './component.ts';
import { debriefScreen } from './debrief.ts';
import { clear, h } from './dom.ts';
import { helpDialog } from './help.ts';
import { t } from './i18n/index.ts';
import type { PlayFrame, PlayHost } from './playScreen.ts';
import { playScreen } from './playScreen.ts';
import { replayScreen } from './replayScreen.ts';
import { briefingScreen, handoffScreen, setupScreen, startScreen } from './screens.ts';
import { statusBar } from './statusBar.ts';
import { date } from './words.ts';

export interface App {
  /** Where the map lives: `createMap(app.mapContainer, mapSource)`. */
  mapContainer: HTMLElement;
  destroy(): void;
}

/** The longest a change waits for an animation frame before it is drawn anyway (see mountApp). */
const FRAME_WAIT_MS = 100;

/** What a screen is built for: a change rebuilds it. Compared by identity; the game also by its
 * own identity, the last link of its hash chain, which changes with every turn and differs
 * between any two games that differ in anything shown. */
function screenKey(d: GameData): readonly unknown[] {
  return [
    d.mode,
    d.game,
    d.game === null ? null : gameHash(d.game),
    d.viewer,
    d.handoffTo,
    d.selected,
    d.mode === 'replay' ? d.replay?.seenAs : null,
  ];
}

function playFrame(d: GameData): PlayFrame | null {
  const view = selectGameView(d);
  if (view === null) return null;
  return {
    view,
    tab: d.ui.tab,
    selectedRoute: d.ui.selectedRoute,
    submitted: d.submitted,
    thinking: d.thinking,
    stoodIn: d.stoodIn,
    walkthrough: d.ui.walkthrough,
  };
}

function localHost(store: GameStore, mapContainer: HTMLElement, me: NonNullable<GameData['viewer']>): PlayHost {
  const s = () => store.getState();
  return {
    mapContainer,
    addOrder: (o) => s().addOrder(me, o),
    replaceOrder: (i, o) => s().replaceOrder(me, i, o),
    removeOrder: (i) => s().removeOrder(me, i),
    endTurn: () => s().endTurn(),
    setTab: (tab) => s().setTab(tab),
    walkthroughTo: (n) => s().walkthroughTo(n),
  };
}

function turnSummary(d: GameData): string {
  const rec = d.game?.turns.at(-1);
  if (d.game === null || rec === undefined) return '';
  return d.mode === 'debrief'
    ? t('announce.over', { turn: rec.report.turn, date: date(rec.report.date) })
    : t('announce.turn', {
        turn: rec.report.turn,
        date: date(rec.report.date),
        next: rec.report.turn + 1,
        total: d.game.scenario.turns,
      });
}

/** `savesBar`: the saved-games tools, shown on the start screen and in the game menu;
 * `savesCheck`: the progress of a check under way with its Cancel, shown on every screen (a
 * link may arrive while a game is on screen, with the menu closed). */
export function mountApp(
  root: HTMLElement,
  store: GameStore,
  slots: { savesBar?: HTMLElement; savesCheck?: HTMLElement } = {},
): App {
  const mapContainer = h('div', { id: 'map', class: 'map-container' });
  const bar = statusBar(store);
  const help = helpDialog({
    open: (topic, term) => store.getState().openHelp(topic, term),
    close: () => {
      if (store.getState().ui.help !== null) store.getState().closeHelp();
    },
  });
  const body = h('div', { class: 'screen-slot' });
  // Messages about saving and loading while a game is on screen (the saved-games tools
  // themselves are in the menu): what happened, or what went wrong.
  const toastInfo = h('p', { class: 'toast', role: 'status', 'data-testid': 'toast' });
  const toastError = h('p', { class: 'toast error', role: 'alert', 'data-testid': 'toast-error' });
  const startSlot = h('div', { class: 'start-saves' });
  // One live region for the whole app, never rebuilt: screen readers announce changes to a
  // region that already exists, not one inserted with its content.
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'announcer' });
  clear(root);
  root.append(announcer, bar.el, toastInfo, toastError);
  if (slots.savesCheck !== undefined) root.append(slots.savesCheck);
  root.append(body, help.el);
  // A glossary word anywhere opens its entry.
  root.addEventListener('click', (ev) => {
    const term = ev.target instanceof Element ? ev.target.closest<HTMLElement>('[data-term]') : null;
    if (term?.dataset.term !== undefined) store.getState().openHelp('glossary', term.dataset.term);
  });

  let key: readonly unknown[] = [];
  let screen: Component<GameData> | null = null;
  let play: Component<PlayFrame> | null = null;
  let announced = 0;

  const build = (d: GameData): Component<GameData> => {
    switch (d.mode) {
      case 'start':
        return startScreen(store, startSlot);
      case 'briefing':
        return briefingScreen(store);
      case 'setup':
        return setupScreen(store);
      case 'handoff':
        return handoffScreen(store);
      case 'play': {
        const frame = playFrame(d);
        if (frame === null || d.viewer === null) return startScreen(store, startSlot);
        const p = playScreen(localHost(store, mapContainer, d.viewer), frame);
        play = p;
        return {
          el: p.el,
          update: (x) => {
            const f = playFrame(x);
            if (f !== null) p.update?.(f);
          },
          destroy: () => p.destroy?.(),
        };
      }
      case 'debrief':
        return d.game === null ? startScreen(store, startSlot) : debriefScreen(store, d.game);
      case 'replay':
        return d.game === null || d.replay === null
          ? startScreen(store, startSlot)
          : replayScreen(store, d.game, mapContainer);
    }
  };

  const render = (d: GameData): void => {
    document.body.dataset.mode = d.mode;
    bar.update?.(d);
    help.update?.(d);
    // The saved-games tools: on the start screen, or in the menu of a game (not on hand-off).
    const saves = slots.savesBar;
    if (saves !== undefined) {
      const home = d.mode === 'start' ? startSlot : inGame(d.mode) && d.mode !== 'handoff' ? bar.savesSlot : null;
      if (home === null) saves.remove();
      else if (saves.parentElement !== home) home.append(saves);
    }
    const shown = inGame(d.mode) && d.mode !== 'handoff';
    const failed = d.autosave.state === 'failed' ? d.autosave.message : null;
    toastInfo.textContent = shown && d.saveNotice?.tone === 'info' ? d.saveNotice.text : '';
    toastError.textContent = shown ? (d.saveNotice?.tone === 'error' ? d.saveNotice.text : (failed ?? '')) : '';
    const k = screenKey(d);
    if (screen !== null && k.length === key.length && k.every((x, i) => x === key[i])) {
      screen.update?.(d);
      return;
    }
    key = k;
    bar.setMenuOpen(false);
    screen?.destroy?.();
    play = null;
    clear(body);
    screen = build(d);
    body.append(screen.el);
    screen.update?.(d);
    const turns = d.game?.turns.length ?? 0;
    if (turns > announced && d.game !== null) announcer.textContent = turnSummary(d);
    announced = turns;
    const target =
      body.querySelector<HTMLElement>('[data-autofocus-primary]') ??
      body.querySelector<HTMLElement>('[data-autofocus]');
    window.scrollTo(0, 0);
    // The walkthrough when it shows; on a new turn the digest's heading; else the screen's
    // main heading.
    const guide = body.querySelector<HTMLElement>('dialog.walkthrough[open] h2');
    const digest = play !== null && turns > 0 ? body.querySelector<HTMLElement>('.digest h2') : null;
    (guide ?? digest ?? target)?.focus({ preventScroll: true });
    document.title = `${target?.textContent ?? t('start.title')} · ${t('start.title')}`;
  };

  // A change is drawn on the next animation frame, or after FRAME_WAIT_MS if no frame comes
  // first: a browser may hold frames back for seconds while the machine is loaded (in software
  // WebGL, the map's first frames wait on a busy GPU process), and the screen must still answer a
  // click or a key at once, not when drawing resumes.
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    render(store.getState());
  };
  const schedule = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, FRAME_WAIT_MS);
  };
  render(store.getState());
  const unsubscribe = store.subscribe(schedule);
  return {
    mapContainer,
    destroy() {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      screen?.destroy?.();
      clear(root);
    },
  };
}
