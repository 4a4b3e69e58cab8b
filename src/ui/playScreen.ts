/**
 * The play screen: one screen per turn (layout.ts): the map, the digest, the tabs (Orders,
 * Report, Council, You) and the End turn bar, for the player at the device.
 *
 * It renders from view data alone (`PlayFrame`: a GameView and the screen's own state) and acts
 * through `PlayHost`, so the same screen serves local play (app.ts builds both from the store)
 * and a class client (which builds the GameView from what the class server sends for its seat,
 * and whose actions send orders to the server). Nothing here reads a full game state.
 */
import type { ActorId, Order } from '../engine/index.ts';
import type { GameView, Tab } from '../store/index.ts';
import { lastTurn } from '../store/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { councilPanel } from './councilPanel.ts';
import { digestPanel } from './digestPanel.ts';
import { h } from './dom.ts';
import { endBar } from './endBar.ts';
import { t } from './i18n/index.ts';
import { gameLayout } from './layout.ts';
import { ordersPanel, verdictsOf } from './orders/ordersPanel.ts';
import { reportArticle } from './reportPanel.ts';
import { walkthrough } from './walkthrough.ts';
import { actorName, turnDate } from './words.ts';
import { youPanel } from './youPanel.ts';

/** What the play screen shows this frame. */
export interface PlayFrame {
  view: GameView;
  tab: Tab;
  selectedRoute: string | null;
  /** Humans who have already ended this turn (hot-seat), for "then pass the device to …". */
  submitted: readonly ActorId[];
  /** Bots still thinking about this turn (hard bots): End turn waits for them. */
  thinking: readonly ActorId[];
  /** Hard bots the easy bots stood in for last turn (their thinker failed). */
  stoodIn: readonly ActorId[];
  /** The first-turn walkthrough's step, or null. */
  walkthrough: number | null;
}

/** What the play screen can ask for. */
export interface PlayHost {
  /** Where the map lives; moved into the screen's stage. */
  mapContainer: HTMLElement;
  addOrder(order: Order): void;
  replaceOrder(index: number, order: Order): void;
  removeOrder(index: number): void;
  endTurn(): void;
  setTab(tab: Tab): void;
  walkthroughTo(step: number | null): void;
}

export function playScreen(host: PlayHost, first: PlayFrame): Component<PlayFrame> {
  const view = first.view;
  const me = view.viewer;
  if (me === 'public' || me === 'instructor') throw new Error('the play screen is for an actor');
  const state = lastTurn(view).state;
  const verdicts = verdictsOf();
  const digest = digestPanel({
    openReport: () => {
      host.setTab('report');
      requestAnimationFrame(() => el.querySelector<HTMLElement>('.report h2')?.focus());
    },
    showAround: () => host.walkthroughTo(0),
  });
  const orders = ordersPanel(me, { view, selectedRoute: first.selectedRoute }, host, verdicts);
  const end = endBar(me, view, first.submitted, () => host.endTurn(), verdicts);
  const report = h('div', { class: 'report-panel' }, reportArticle(view, view.turns.length - 1, { primary: false }));
  const layout = gameLayout({
    mapContainer: host.mapContainer,
    head: digest.el,
    tabs: [
      { id: 'orders', panel: orders.el },
      { id: 'report', panel: report },
      { id: 'council', panel: councilPanel(view) },
      { id: 'you', panel: youPanel(view) },
    ],
    foot: end.el,
    setTab: host.setTab,
  });
  const guide = walkthrough(me, host.walkthroughTo);
  const el = h(
    'main',
    { class: 'screen play', 'data-actor': me },
    h(
      'h1',
      { class: 'sr-only', tabindex: -1, 'data-autofocus': true },
      t('play.heading', {
        actor: actorName(me),
        date: turnDate(state.rules, state.turn),
        turn: state.turn,
        total: state.rules.turns,
      }),
    ),
    layout.el,
    guide.el,
  );
  const changed = inputs();
  const update = (f: PlayFrame): void => {
    if (changed(f.tab)) layout.show(f.tab);
    digest.update?.(f.view);
    orders.update?.({ view: f.view, selectedRoute: f.selectedRoute });
    end.update?.(f.view);
    end.setThinking(f.thinking, f.stoodIn);
    guide.update?.(f.walkthrough);
  };
  update(first);
  return { el, update, destroy: () => guide.destroy?.() };
}
