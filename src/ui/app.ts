/**
 * The app shell: one region per mode, rebuilt when the mode, the game (or its turn) or the viewer changes
 * (then focus moves to the new screen's main heading), and updated in place otherwise (so a
 * half-filled form keeps its values and focus). The map container is created once and moved
 * into each play screen, so the map (Phaser) survives across turns.
 */
import { type ActorId, formatDate, viewReport } from '../engine/index.ts';
import type { Game, GameData, GameStore } from '../store/index.ts';
import { gameHash, verdictOf } from '../store/index.ts';
import { briefingPanel } from './briefingPanel.ts';
import { councilPanel } from './councilPanel.ts';
import { dashboardPanel } from './dashboard.ts';
import { debriefScreen } from './debrief.ts';
import { clear, h } from './dom.ts';
import { ordersPanel } from './orders.ts';
import type { Panel } from './orders.ts';
import { reportPanel } from './reportPanel.ts';
import type { Screen } from './screens.ts';
import { briefingScreen, handoffScreen, setupScreen, startScreen } from './screens.ts';
import { statusBar } from './statusBar.ts';
import { replayScreen } from './replayScreen.ts';

export interface App {
  /** Where the lead mounts the map: `createMap(app.mapContainer, mapSource)`. */
  mapContainer: HTMLElement;
  destroy(): void;
}

/** What a screen shows: the mode, the game (by its identity, the last link of its hash chain,
 * which changes with every turn and differs between any two games that differ in anything
 * shown), whose eyes, and the scenario picked. */
function screenKey(d: GameData): string {
  const game = d.game === null ? '-' : gameHash(d.game);
  return `${d.mode}|${game}|${d.viewer ?? '-'}|${d.handoffTo ?? '-'}|${d.selected ?? '-'}`;
}

function playScreen(store: GameStore, g: Game, me: ActorId, mapContainer: HTMLElement): Screen {
  const orders: Panel = ordersPanel(store, g, me);
  const skip = h('a', { href: '#orders', class: 'skip' }, 'Skip to your orders');
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    el.querySelector<HTMLElement>('.orders [data-autofocus]')?.focus();
  });
  const el = h(
    'main',
    { class: 'screen play' },
    skip,
    h(
      'div',
      { class: 'col-view' },
      h(
        'section',
        { class: 'panel map-panel', 'aria-label': 'Map' },
        h('h2', { class: 'sr-only' }, 'Map'),
        mapContainer,
      ),
      reportPanel(g, me),
      councilPanel(g),
    ),
    h('div', { class: 'col-act' }, briefingPanel(g, me), orders.el),
    h('div', { class: 'col-wide' }, dashboardPanel(g, me)),
  );
  return { el, update: (x) => orders.update(x) };
}

/** "Turn 3 (Apr 2024) resolved: 2 of your orders rejected, 1 detection. Now turn 4 of 12." */
function turnSummary(d: GameData, g: Game): string {
  const rec = g.turns.at(-1);
  if (rec === undefined) return '';
  const viewer = d.mode === 'play' ? d.viewer : null;
  const r = viewer === null ? null : viewReport(rec.report, viewer);
  const parts: string[] = [];
  if (r !== null) {
    const mine = r.rejections.length;
    parts.push(mine === 0 ? 'all your orders carried out' : `${mine} of your orders rejected`);
    const seen = r.shipments.filter((x) => x.detected).length;
    parts.push(seen === 1 ? '1 detection' : `${seen} detections`);
  }
  // Council results are public: say them to everyone (`verdictOf` names the vetoing members).
  for (const c of rec.report.council) {
    const v = verdictOf(rec.state, c);
    parts.push(`council: ${c.draft} ${v.charAt(0).toLowerCase()}${v.slice(1)}`);
  }
  const next =
    d.mode === 'debrief'
      ? 'The game is over: the debrief follows.'
      : `Now turn ${rec.report.turn + 1} of ${g.scenario.turns}.`;
  return `Turn ${rec.report.turn} (${formatDate(rec.report.date)}) resolved${parts.length ? `: ${parts.join(', ')}` : ''}. ${next}`;
}

/** `afterBar`: an element kept under the status bar on every screen (the saved-games bar). */
export function mountApp(root: HTMLElement, store: GameStore, slots: { afterBar?: HTMLElement } = {}): App {
  const mapContainer = h('div', { id: 'map', class: 'map-container' });
  const bar = h('div', { class: 'bar-slot' });
  const body = h('div', { class: 'screen-slot' });
  // One live region for the whole app, never rebuilt: screen readers announce changes to a
  // region that already exists, not one inserted with its content.
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'announcer' });
  clear(root);
  root.append(announcer, bar, ...(slots.afterBar === undefined ? [] : [slots.afterBar]), body);
  let key = '';
  let barKey = '';
  let announcedTurns = 0;
  let screen: Screen | null = null;

  const render = (d: GameData): void => {
    const k = screenKey(d);
    // In the replay viewer the status bar follows the turn shown; the screen updates in place.
    const bk = `${k}|${d.mode === 'replay' ? (d.replay?.at ?? '-') : '-'}`;
    if (k === key && screen !== null) {
      if (bk !== barKey) {
        barKey = bk;
        clear(bar);
        if (d.game !== null) bar.append(statusBar(store, d, d.game));
      }
      screen.update(d);
      return;
    }
    key = k;
    barKey = bk;
    screen?.destroy?.();
    clear(bar);
    clear(body);
    if (d.game !== null && d.mode !== 'start' && d.mode !== 'briefing' && d.mode !== 'setup')
      bar.append(statusBar(store, d, d.game));
    switch (d.mode) {
      case 'start':
        screen = startScreen(store);
        break;
      case 'briefing':
        screen = briefingScreen(store);
        break;
      case 'setup':
        screen = setupScreen(store);
        break;
      case 'handoff':
        screen = handoffScreen(store);
        break;
      case 'play':
        // The store enters play only with a game and a viewer.
        screen =
          d.game !== null && d.viewer !== null ? playScreen(store, d.game, d.viewer, mapContainer) : startScreen(store);
        break;
      case 'debrief': {
        const game = d.game;
        screen = game !== null ? { el: debriefScreen(store, game), update: () => undefined } : startScreen(store);
        break;
      }
      case 'replay':
        screen =
          d.game !== null && d.replay !== null
            ? replayScreen(store, d.game, d.replay, mapContainer)
            : startScreen(store);
        break;
    }
    body.append(screen.el);
    const turns = d.game?.turns.length ?? 0;
    if (turns > announcedTurns && d.game !== null) announcer.textContent = turnSummary(d, d.game);
    announcedTurns = turns;
    screen.update(d);
    const target =
      body.querySelector<HTMLElement>('[data-autofocus-primary]') ??
      body.querySelector<HTMLElement>('[data-autofocus]');
    // The screen starts at the top (status bar, map); focus goes to its main heading without
    // scrolling it away, so the report heading is read first but the map stays in view.
    window.scrollTo(0, 0);
    target?.focus({ preventScroll: true });
    document.title = `${target?.textContent ?? 'Veto'} · Veto`;
  };

  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return {
    mapContainer,
    destroy() {
      unsubscribe();
      screen?.destroy?.();
      clear(root);
    },
  };
}
