/**
 * The dashboard: each actor's stocks and indicators, with units and a sparkline over the
 * turns so far (the opening state, then the state after each turn).
 */
import type { ActorId, GameState, Target, Viewer } from '../engine/index.ts';
import {
  ACTORS,
  INDICATOR_LABEL,
  RESOURCES,
  changesOf,
  describeTarget,
  explainChange,
  viewReport,
  viewState,
} from '../engine/index.ts';
import type { Game } from '../store/index.ts';
import { currentState, ownedIndicators } from '../store/index.ts';
import { lineChart } from './chart.ts';
import { scorePanel } from './scorePanel.ts';
import { fmt, h, signed } from './dom.ts';
import { ACTOR_LABEL, RESOURCE_LABEL, unitOf } from './names.ts';

export function statesOf(game: Game): GameState[] {
  return [game.initial, ...game.turns.map((t) => t.state)];
}

function deltaText(values: readonly number[]): string {
  const last = values.at(-1);
  const before = values.at(-2);
  if (last === undefined || before === undefined) return '';
  const d = last - before;
  return d === 0 ? '±0' : signed(d);
}

/**
 * The last turn's change of one figure, and a disclosure listing its causes in the engine's
 * words ("why did North Korean stability fall by 6?"), limited to what the viewer may see.
 */
function deltaCell(game: Game, viewer: Viewer, target: Target, values: readonly number[]): HTMLElement {
  const text = deltaText(values);
  const last = game.turns.at(-1);
  if (last === undefined || text === '±0' || text === '') return h('td', { class: 'num delta' }, text);
  const causes = changesOf(viewReport(last.report, viewer), target);
  if (causes.length === 0)
    return h('td', { class: 'num delta' }, text, h('span', { class: 'hint' }, ' (not visible to you)'));
  return h(
    'td',
    { class: 'num delta' },
    h(
      'details',
      { class: 'why' },
      h('summary', { 'aria-label': `${text}: why? ${describeTarget(target)}` }, text),
      h('ul', {}, ...causes.map((c) => h('li', {}, explainChange(c)))),
    ),
  );
}

function actorCard(game: Game, a: ActorId, viewer: Viewer): HTMLElement {
  const states = statesOf(game);
  const now = currentState(game);
  // Another country's stockpiles and priorities are its own secret (a covert delivery would
  // show in them): the engine's view gives a player its own, and the instructor all.
  const secret = viewState(now, viewer).actors[a] === undefined;
  const rows = (secret ? [] : RESOURCES).map((r) => {
    const values = states.map((s) => s.actors[a].stocks[r]);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, RESOURCE_LABEL[r]),
      h('td', { class: 'num' }, fmt(now.actors[a].stocks[r])),
      h('td', { class: 'unit' }, unitOf(r)),
      deltaCell(game, viewer, { kind: 'stock', actor: a, resource: r }, values),
      h(
        'td',
        {},
        lineChart([{ label: RESOURCE_LABEL[r], values }], {
          width: 90,
          height: 22,
          title: `${ACTOR_LABEL[a]} ${RESOURCE_LABEL[r]}`,
        }),
      ),
    );
  });
  const ind = ownedIndicators(a).map((i) => {
    const values = states.map((s) => s.indicators[i]);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, INDICATOR_LABEL[i]),
      h('td', { class: 'num' }, String(now.indicators[i])),
      h('td', { class: 'unit' }, 'of 100'),
      deltaCell(game, viewer, { kind: 'indicator', indicator: i }, values),
      h(
        'td',
        {},
        lineChart([{ label: INDICATOR_LABEL[i], values, tone: 'ind' }], {
          width: 90,
          height: 22,
          fixed: [0, 100],
          title: INDICATOR_LABEL[i],
        }),
      ),
    );
  });
  const p = now.actors[a].priorities;
  return h(
    'div',
    { class: `actor-card${a === viewer ? ' mine' : ''}` },
    h('h3', {}, ACTOR_LABEL[a], a === viewer ? ' (you)' : ''),
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
      secret
        ? `${ACTOR_LABEL[a]}'s stockpiles and priorities are known only to ${ACTOR_LABEL[a]}; its indicators are public.`
        : `Priorities: ${p.munitions}% of industry on munitions, ${p.labourAbroad}% of spare workers abroad.`,
    ),
  );
}

export function dashboardPanel(game: Game, viewer: Viewer): HTMLElement {
  const order =
    viewer === 'instructor' || viewer === 'public' ? [...ACTORS] : [viewer, ...ACTORS.filter((a) => a !== viewer)];
  return h(
    'section',
    { class: 'panel dashboard', 'aria-label': 'Dashboard' },
    h('h2', {}, 'Dashboard'),
    scorePanel(game, viewer),
    h('div', { class: 'cards' }, ...order.map((a) => actorCard(game, a, viewer))),
  );
}
