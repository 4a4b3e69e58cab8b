/**
 * The debrief. Headline: each actor's score against the historical run of the same scenario
 * and seed ("better or worse than history", GAME.md), then the score table with every
 * objective, charts of the key indicators with the historical run alongside (dashed), where
 * the class diverged (first turn whose orders differ, votes that went differently), the
 * learning objectives, the debrief questions, the sources, and every turn's report with
 * everything revealed (the game is over). Numbers from `debriefView` and `scoreGame`.
 */
import { ACTORS, INDICATOR_LABEL, fingerprint, formatDate } from '../engine/index.ts';
import type { ActorId } from '../engine/index.ts';
import type { DebriefView, Game, GameStore } from '../store/index.ts';
import {
  SCORE_METHOD,
  currentHash,
  currentState,
  debriefView,
  ownedIndicators,
  scenarioExtras,
  scoreGame,
} from '../store/index.ts';
import { lineChart } from './chart.ts';
import { button, focusHeading, h, signed } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';
import { reportView } from './reportPanel.ts';
import { sourceList } from './screens.ts';

function headlineSection(game: Game, v: DebriefView): HTMLElement {
  const humans = ACTORS.filter((a) => game.controllers[a] === 'human');
  const order: ActorId[] = [...humans, ...ACTORS.filter((a) => !humans.includes(a))];
  return h(
    'section',
    { class: 'panel headline', 'aria-label': 'Better or worse than history', 'data-testid': 'history-headline' },
    h('h2', {}, 'Better or worse than history?'),
    h(
      'ul',
      { class: 'verdicts' },
      ...order.flatMap((a) => {
        const d = v.comparison.find((x) => x.actor === a);
        if (d === undefined) return [];
        return h(
          'li',
          { class: `verdict-${d.verdict}${humans.includes(a) ? ' human' : ''}` },
          h('strong', {}, `${ACTOR_LABEL[a]}${humans.includes(a) ? ' (human)' : ' (bot)'}: `),
          v.headlines[a],
        );
      }),
    ),
    h(
      'p',
      { class: 'hint' },
      'History here is the scenario\u2019s historical script (what the actors really did) played through the same rules with the same seed. A higher score means the actor met more of its objectives than it did in history.',
    ),
  );
}

/** What the game kept back until now: the recorded figures beside the true ones. */
function revealedSection(v: DebriefView): HTMLElement {
  const r = v.revealed;
  const pct = (x: number | null): string => (x === null ? 'no imports' : `${x}%`);
  return h(
    'section',
    { class: 'panel revealed', 'aria-label': 'What the game kept back', 'data-testid': 'revealed' },
    h('h2', {}, 'What the game kept back'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        `China's share of North Korea's imports: ${pct(r.chinaShare.recorded)} on the customs record (declared goods), ${pct(r.chinaShare.true)} in truth, covert deliveries included.`,
      ),
      h(
        'li',
        {},
        `Sanctions integrity: ${r.integrity.seen} as the world saw it, ${r.integrity.true} in truth, counting the breaches nobody saw.`,
      ),
      h(
        'li',
        {},
        `Covert deliveries: ${r.covert.shipments}, of which ${r.covert.detected} were seen and ${r.covert.seized} seized.`,
      ),
    ),
    h(
      'p',
      { class: 'hint' },
      'During the game every player saw only the recorded figures; the scores here count the truth.',
    ),
  );
}

function scoreTable(game: Game, v: DebriefView): HTMLElement {
  const end = scoreGame(currentState(game));
  return h(
    'table',
    { class: 'data scores' },
    h('caption', {}, `Score per actor. ${SCORE_METHOD}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Actor'),
        h('th', { scope: 'col' }, 'Player'),
        h('th', { scope: 'col' }, 'Score'),
        h('th', { scope: 'col' }, 'History'),
        h('th', { scope: 'col' }, 'Difference'),
        h('th', { scope: 'col' }, 'Objectives at the end'),
      ),
    ),
    h(
      'tbody',
      {},
      ...end.flatMap((s) => {
        const d = v.comparison.find((x) => x.actor === s.actor);
        if (d === undefined) return [];
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, ACTOR_LABEL[s.actor]),
          h('td', {}, game.controllers[s.actor]),
          h('td', { class: 'num' }, String(d.score)),
          h('td', { class: 'num' }, String(d.historical)),
          h('td', { class: 'num' }, d.difference === 0 ? '±0' : signed(d.difference)),
          h(
            'td',
            {},
            h(
              'ul',
              { class: 'objectives' },
              ...s.objectives.map((o) => h('li', {}, `${o.text}: ${o.value} (${o.achievement}% met)`)),
            ),
          ),
        );
      }),
    ),
  );
}

function charts(v: DebriefView): HTMLElement {
  return h(
    'div',
    { class: 'cards' },
    ...ACTORS.map((a) =>
      h(
        'figure',
        { class: 'actor-card' },
        h('figcaption', {}, h('strong', {}, ACTOR_LABEL[a])),
        lineChart(
          [
            { label: 'Score, your game', values: v.scores[a].game, tone: 't0' },
            { label: 'Score, history', values: v.scores[a].history, tone: 'hist' },
          ],
          { width: 320, height: 70, fixed: [0, 100], title: `${ACTOR_LABEL[a]}: score over the game, beside history` },
        ),
        ...ownedIndicators(a).map((i) =>
          h(
            'div',
            { class: 'indicator-chart' },
            h(
              'p',
              { class: 'chart-label' },
              `${INDICATOR_LABEL[i]}: ${v.indicators[i].game[0]} → ${v.indicators[i].game.at(-1)} (history: ${v.indicators[i].history.at(-1)})`,
            ),
            lineChart(
              [
                { label: 'your game', values: v.indicators[i].game, tone: 't0' },
                { label: 'history', values: v.indicators[i].history, tone: 'hist' },
              ],
              { width: 320, height: 60, fixed: [0, 100], title: `${INDICATOR_LABEL[i]} over the game, beside history` },
            ),
          ),
        ),
      ),
    ),
  );
}

/** " (Apr 2024)" for a played turn, or nothing. */
function dateOfTurn(game: Game, turn: number): string {
  const rec = game.turns[turn - 1];
  return rec === undefined ? '' : ` (${formatDate(rec.report.date)})`;
}

function divergence(game: Game, v: DebriefView): HTMLElement {
  const first =
    v.firstTurnDiverged === null
      ? 'Every actor gave the same orders as history in every turn: the class followed the historical script.'
      : `The game first left history on turn ${v.firstTurnDiverged}${dateOfTurn(game, v.firstTurnDiverged)}.`;
  return h(
    'section',
    { class: 'panel divergence', 'aria-label': 'Where the class diverged' },
    h('h2', {}, 'Where the class diverged'),
    h('p', {}, first),
    ...(v.extrapolation === null ? [] : [h('p', { class: 'extrapolation' }, v.extrapolation)]),
    h(
      'ul',
      {},
      ...ACTORS.map((a) => {
        const t = v.firstDifference[a];
        return h(
          'li',
          {},
          `${ACTOR_LABEL[a]} (${game.controllers[a]}): ${t === null ? 'the same orders as history throughout' : `first gave different orders on turn ${t}`}`,
        );
      }),
    ),
    h('h3', {}, 'Votes that went differently'),
    v.votes.length === 0
      ? h('p', { class: 'hint' }, 'The council voted as it did in history.')
      : h('ul', {}, ...v.votes.map((x) => h('li', {}, `Turn ${x.turn}: ${x.text}.`))),
  );
}

export function debriefScreen(store: GameStore, game: Game): HTMLElement {
  const x = scenarioExtras(game.scenario);
  const v = debriefView(game);
  const hash = currentHash(game);
  const reports = game.turns.map((t, i) =>
    h(
      'details',
      { class: 'turn-log' },
      h(
        'summary',
        {},
        `Turn ${t.report.turn}, ${formatDate(t.report.date)}: ${t.orders.length} orders · fingerprint ${fingerprint(t.hash)}`,
      ),
      reportView(game, i, 'instructor', { primary: false }),
    ),
  );
  return h(
    'main',
    { class: 'screen debrief' },
    focusHeading('h1', `Debrief: ${game.scenario.title}`),
    h(
      'p',
      {},
      `Seed ${game.seed}. ${game.turns.length} turns played. Final fingerprint `,
      h('code', {}, fingerprint(hash)),
      '.',
    ),
    headlineSection(game, v),
    revealedSection(v),
    h('section', { class: 'panel' }, h('h2', {}, 'Scores'), scoreTable(game, v)),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'Over time, beside history'),
      h(
        'p',
        { class: 'hint legend-line' },
        h('span', { class: 'key t0' }, '━ your game'),
        ' ',
        h('span', { class: 'key hist' }, '┅ history'),
      ),
      charts(v),
    ),
    divergence(game, v),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'What you should understand now'),
      h('ul', {}, ...x.learningObjectives.map((q) => h('li', {}, q))),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'Questions for discussion'),
      h('ol', {}, ...x.questions.map((q) => h('li', {}, q))),
    ),
    h('section', { class: 'panel' }, h('h2', {}, 'Sources'), sourceList(x.sources)),
    h('section', { class: 'panel' }, h('h2', {}, 'Every turn, everything revealed'), ...reports),
    h(
      'div',
      { class: 'actions' },
      button('Play again', () => store.getState().quit(), { class: 'primary' }),
    ),
  );
}
