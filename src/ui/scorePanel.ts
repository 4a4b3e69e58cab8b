/**
 * Scores in the dashboard: each actor's score (the engine's score.ts against the scenario's
 * objectives) now and after each turn, with every objective's value and how far it is met.
 * A player sees only its own score and objectives until the debrief (the engine's view, through
 * the store's dashboardView).
 */
import type { Viewer } from '../engine/index.ts';
import type { DashboardView } from '../store/index.ts';
import { SCORE_METHOD } from '../store/index.ts';
import { lineChart } from './chart.ts';
import { h, signed } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';

export function scorePanel(view: DashboardView, viewer: Viewer): HTMLElement {
  return h(
    'div',
    { class: 'scores-now' },
    h('h3', {}, viewer === 'instructor' ? 'Scores against the objectives' : 'Your score against your objectives'),
    h('p', { class: 'hint' }, SCORE_METHOD),
    h(
      'table',
      { class: 'data compact scores' },
      h('caption', { class: 'sr-only' }, 'Score per actor'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Actor'),
          h('th', { scope: 'col' }, 'Score'),
          h('th', { scope: 'col' }, 'Last turn'),
          h('th', { scope: 'col' }, 'Objectives'),
          h('th', { scope: 'col' }, 'Trend'),
        ),
      ),
      h(
        'tbody',
        {},
        ...view.scores.map((s) => {
          const hist = s.history;
          const d = (hist.at(-1) ?? 0) - (hist.at(-2) ?? hist.at(-1) ?? 0);
          return h(
            'tr',
            { class: s.actor === viewer ? 'mine' : '' },
            h('th', { scope: 'row' }, ACTOR_LABEL[s.actor]),
            h('td', { class: 'num' }, String(s.score)),
            h('td', { class: 'num' }, hist.length > 1 ? (d === 0 ? '±0' : signed(d)) : ''),
            h(
              'td',
              {},
              h(
                'ul',
                { class: 'objectives' },
                ...s.objectives.map((o) => h('li', {}, `${o.text}: ${o.value} (${o.achievement}% met)`)),
              ),
            ),
            h(
              'td',
              {},
              lineChart([{ label: `${ACTOR_LABEL[s.actor]} score`, values: hist, tone: 'ind' }], {
                width: 90,
                height: 22,
                fixed: [0, 100],
                title: `${ACTOR_LABEL[s.actor]} score`,
              }),
            ),
          );
        }),
      ),
    ),
  );
}
