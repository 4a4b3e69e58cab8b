/**
 * The dashboard: each actor's stocks and indicators, with units and a sparkline over the
 * turns so far (the opening state, then the state after each turn). It draws the store's
 * `dashboardView`, which holds only what the viewer may see.
 */
import type { Viewer } from '../engine/index.ts';
import type { ActorCardView, DashboardView, FigureView, Game } from '../store/index.ts';
import { dashboardView } from '../store/index.ts';
import { lineChart } from './chart.ts';
import { scorePanel } from './scorePanel.ts';
import { fmt, h, signed } from './dom.ts';
import { ACTOR_LABEL, RESOURCE_LABEL, unitOf } from './names.ts';

/**
 * The last turn's change of one figure, and a disclosure listing its causes in the engine's
 * words ("why did North Korean stability fall by 6?"), limited to what the viewer may see.
 */
function deltaCell(f: FigureView, label: string): HTMLElement {
  const text = f.values.length < 2 ? '' : f.delta === 0 ? '±0' : signed(f.delta);
  if (f.delta === 0 || text === '') return h('td', { class: 'num delta' }, text);
  if (f.causes === null)
    return h('td', { class: 'num delta' }, text, h('span', { class: 'hint' }, ' (not visible to you)'));
  return h(
    'td',
    { class: 'num delta' },
    h(
      'details',
      { class: 'why' },
      h('summary', { 'aria-label': `${text}: why? ${label}` }, text),
      h('ul', {}, ...f.causes.map((c) => h('li', {}, c))),
    ),
  );
}

function row(f: FigureView, label: string, now: string, unit: string, title: string, indicator: boolean): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'num' }, now),
    h('td', { class: 'unit' }, unit),
    deltaCell(f, label),
    h(
      'td',
      {},
      lineChart(
        [indicator ? { label, values: f.values, tone: 'ind' } : { label, values: f.values }],
        indicator ? { width: 90, height: 22, fixed: [0, 100], title } : { width: 90, height: 22, title },
      ),
    ),
  );
}

function actorCard(card: ActorCardView): HTMLElement {
  const a = card.actor;
  const secret = card.stocks === null;
  const ind = card.indicators.map((f) => row(f, f.label, String(f.values.at(-1) ?? 0), 'of 100', f.label, true));
  const rows = (card.stocks ?? []).map((f) =>
    row(
      f,
      RESOURCE_LABEL[f.resource],
      fmt(f.values.at(-1) ?? 0),
      unitOf(f.resource),
      `${ACTOR_LABEL[a]} ${RESOURCE_LABEL[f.resource]}`,
      false,
    ),
  );
  const p = card.priorities;
  return h(
    'div',
    { class: `actor-card${card.mine ? ' mine' : ''}` },
    h('h3', {}, ACTOR_LABEL[a], card.mine ? ' (you)' : ''),
    h(
      'table',
      { class: 'data compact' },
      h(
        'caption',
        { class: 'sr-only' },
        secret ? `${ACTOR_LABEL[a]}: indicators` : `${ACTOR_LABEL[a]}: stocks and indicators`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Item'),
          h('th', { scope: 'col' }, 'Now'),
          h('th', { scope: 'col' }, 'Unit'),
          h('th', { scope: 'col' }, 'Last turn'),
          h('th', { scope: 'col' }, 'Trend'),
        ),
      ),
      h('tbody', {}, ...ind, ...rows),
    ),
    h(
      'p',
      { class: 'hint' },
      p === null
        ? `${ACTOR_LABEL[a]}'s stockpiles and priorities are known only to ${ACTOR_LABEL[a]}; its indicators are public.`
        : `Priorities: ${p.munitions}% of industry on munitions, ${p.labourAbroad}% of spare workers abroad.`,
    ),
  );
}

export function dashboardPanelOf(view: DashboardView): HTMLElement {
  return h(
    'section',
    { class: 'panel dashboard', 'aria-label': 'Dashboard' },
    h('h2', {}, 'Dashboard'),
    scorePanel(view, view.viewer),
    h('div', { class: 'cards' }, ...view.cards.map(actorCard)),
  );
}

export function dashboardPanel(game: Game, viewer: Viewer): HTMLElement {
  return dashboardPanelOf(dashboardView(game, viewer));
}
