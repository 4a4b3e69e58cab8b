/**
 * The debrief: score per actor, indicator charts over the whole game, the historical run
 * beside the class's run (when the scenario has one), the debrief questions, the sources,
 * and every turn's report with everything revealed (the game is over).
 */
import { ACTORS, INDICATOR_LABEL, fingerprint, formatDate } from '../engine/index.ts';
import type { Game, GameStore } from '../store/index.ts';
import { currentHash, currentState, ownedIndicators, scenarioExtras, scoreGame } from '../store/index.ts';
import { lineChart } from './chart.ts';
import { statesOf } from './dashboard.ts';
import { button, focusHeading, h, signed } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';
import { reportView } from './reportPanel.ts';

export function debriefScreen(store: GameStore, game: Game): HTMLElement {
  const x = scenarioExtras(game.scenario);
  const end = currentState(game);
  const scores = scoreGame(game.initial, end, x.historical);
  const states = statesOf(game);
  const scoreTable = h(
    'table',
    { class: 'data scores' },
    h('caption', {}, `Score per actor: ${scores[0]?.method ?? ''}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Player'), h('th', { scope: 'col' }, 'Start'), h('th', { scope: 'col' }, 'End'), h('th', { scope: 'col' }, 'Change'), h('th', { scope: 'col' }, 'History'))),
    h(
      'tbody',
      {},
      ...scores.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, ACTOR_LABEL[s.actor]),
          h('td', {}, game.controllers[s.actor] === 'human' ? 'human' : 'bot'),
          h('td', { class: 'num' }, String(s.start)),
          h('td', { class: 'num' }, String(s.end)),
          h('td', { class: 'num' }, signed(s.end - s.start)),
          h('td', {}, s.historical === null ? 'no historical run' : `${s.historical} (${s.end >= s.historical ? 'better than or equal to' : 'worse than'} history)`),
        ),
      ),
    ),
  );
  const charts = h(
    'div',
    { class: 'cards' },
    ...ACTORS.map((a) =>
      h(
        'figure',
        { class: 'actor-card' },
        lineChart(
          ownedIndicators(a).map((i, k) => ({ label: INDICATOR_LABEL[i], values: states.map((s) => s.indicators[i]), tone: `t${k}` })),
          { width: 320, height: 110, fixed: [0, 100], title: `${ACTOR_LABEL[a]}: indicators over the game` },
        ),
        h('figcaption', {}, h('strong', {}, ACTOR_LABEL[a]), h('ul', { class: 'legend' }, ...ownedIndicators(a).map((i, k) => h('li', { class: `t${k}` }, `${INDICATOR_LABEL[i]}: ${states[0]!.indicators[i]} → ${end.indicators[i]}`)))),
      ),
    ),
  );
  const historical =
    x.historical === null
      ? h('p', { class: 'hint' }, 'This scenario does not yet include the historical run, so the game cannot be laid beside what really happened. Use the questions below with the sources.')
      : h('p', {}, 'The historical run is shown in the score table.');
  const hash = currentHash(game);
  const reports = game.turns.map((t, i) =>
    h('details', { class: 'turn-log' }, h('summary', {}, `Turn ${t.report.turn}, ${formatDate(t.report.date)}: ${t.orders.length} orders · fingerprint ${fingerprint(t.hash)}`), reportView(game, i, 'all', { primary: false })),
  );
  return h(
    'main',
    { class: 'screen debrief' },
    focusHeading('h1', `Debrief: ${game.scenario.title}`),
    h('p', {}, `Seed ${game.seed}. ${game.turns.length} turns played. Final fingerprint `, h('code', {}, fingerprint(hash)), '.'),
    h('section', { class: 'panel' }, h('h2', {}, 'Scores'), scoreTable),
    h('section', { class: 'panel' }, h('h2', {}, 'Indicators over time'), charts),
    h('section', { class: 'panel' }, h('h2', {}, 'Your game beside history'), historical),
    h('section', { class: 'panel' }, h('h2', {}, 'Questions for discussion'), h('ol', {}, ...x.questions.map((q) => h('li', {}, q)))),
    h('section', { class: 'panel' }, h('h2', {}, 'Sources'), h('ul', {}, ...x.sources.map((s) => h('li', {}, h('strong', {}, s.label), `: ${s.note}`)))),
    h('section', { class: 'panel' }, h('h2', {}, 'Every turn, everything revealed'), ...reports),
    h('div', { class: 'actions' }, button('Play again', () => store.getState().quit(), { class: 'primary' })),
  );
}
