/**
 * The game screen's frame, shared by play and the replay viewer: the map as the main stage,
 * and beside it (below the status bar, never scrolling the page) a side column with the digest
 * on top, the tabs, the open tab's panel (which scrolls on its own) and the End turn bar.
 * On a phone the same parts stack: tabs (Map first), then the map or the open panel, then the
 * End turn bar. Which tab is open is the store's (`ui.tab`); the CSS places the parts.
 */
import type { Tab } from '../store/index.ts';
import { h, uid } from './dom.ts';
import { t } from './i18n/index.ts';

export interface LayoutParts {
  mapContainer: HTMLElement;
  /** Above the tabs in the side column (the digest; the replay controls). */
  head: HTMLElement | null;
  tabs: readonly { id: Exclude<Tab, 'map'>; panel: HTMLElement }[];
  /** Below the panels (the End turn bar). */
  foot: HTMLElement | null;
  setTab(tab: Tab): void;
}

export interface Layout {
  el: HTMLElement;
  /** Show `tab` (the map tab shows the first side tab beside the map on a wide screen). */
  show(tab: Tab): void;
  panel(tab: Tab): HTMLElement | null;
}

export function gameLayout(p: LayoutParts): Layout {
  const stageId = uid('stage');
  const stage = h(
    'section',
    { class: 'stage', id: stageId, 'aria-label': t('map.label'), 'data-walkthrough': 'map' },
    h('h2', { class: 'sr-only' }, t('map.heading')),
    p.mapContainer,
  );
  const ids: Tab[] = ['map', ...p.tabs.map((x) => x.id)];
  const buttons = new Map<Tab, HTMLButtonElement>();
  const panels = new Map<Tab, HTMLElement>();
  for (const tab of p.tabs) {
    const panel = h(
      'div',
      { class: 'tab-panel', role: 'tabpanel', id: uid(`panel-${tab.id}`), tabindex: 0 },
      tab.panel,
    );
    panels.set(tab.id, panel);
  }
  const tablist = h('div', {
    class: 'tabs',
    role: 'tablist',
    'aria-label': t('tabs.label'),
    'data-walkthrough': 'tabs',
  });
  for (const id of ids) {
    const b = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: uid(`tab-${id}`),
        class: `tab tab-${id}`,
        'aria-controls': id === 'map' ? stageId : (panels.get(id)?.id ?? ''),
        'aria-selected': 'false',
        tabindex: -1,
      },
      t(`tab.${id}` as const),
    );
    b.addEventListener('click', () => p.setTab(id));
    b.addEventListener('keydown', (ev) => {
      const i = ids.indexOf(id);
      const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      ev.preventDefault();
      // The map tab is only shown on a phone; skip buttons that are not displayed.
      const order = ids.filter((x) => buttons.get(x)?.offsetParent !== null);
      const at = order.indexOf(id);
      const next = order[(at + step + order.length) % order.length] ?? ids[i] ?? id;
      p.setTab(next);
      buttons.get(next)?.focus();
    });
    buttons.set(id, b);
    tablist.append(b);
    const panel = panels.get(id);
    if (panel !== undefined) panel.setAttribute('aria-labelledby', b.id);
  }
  const el = h(
    'div',
    { class: 'game-layout', 'data-tab': 'orders' },
    stage,
    p.head === null ? null : h('div', { class: 'side-head' }, p.head),
    tablist,
    h('div', { class: 'panels' }, ...panels.values()),
    p.foot === null ? null : h('div', { class: 'side-foot' }, p.foot),
  );
  const first = p.tabs[0]?.id ?? 'orders';
  const show = (tab: Tab): void => {
    // On a wide screen the map is always there: its tab stands for the first side tab.
    const side: Tab = tab === 'map' || !panels.has(tab) ? first : tab;
    el.dataset.tab = tab === 'map' ? 'map' : side;
    for (const [id, b] of buttons) {
      const on = id === tab || (tab !== 'map' && id === side);
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
    }
    for (const [id, panel] of panels) panel.hidden = id !== side;
  };
  return { el, show, panel: (tab) => panels.get(tab) ?? null };
}
