/**
 * The debrief. Headline: each side's score against the historical run of the same scenario
 * and seed ("better or worse than history", GAME.md); the score table with every objective;
 * a chart per side's score and per indicator over the turns, with axes and the historical run
 * beside it (each line labelled); where the class left history; the learning objectives, the
 * questions, the sources, and every turn's report with everything revealed (the game is
 * over). "Play again" restarts the same scenario with the same players; "Other scenarios"
 * goes back to the list.
 */
import type { ActorId } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { ActorDebrief } from '../scenario/index.ts';
import type { DebriefView, Game, GameData, GameStore, VoteDifference } from '../store/index.ts';
import {
  currentState,
  debriefView,
  localGameView,
  ownedIndicators,
  scenarioExtras,
  scoreGame,
} from '../store/index.ts';
import { turnChart } from './chart.ts';
import type { Component } from './component.ts';
import { button, focusHeading, h } from './dom.ts';
import { signedNum, t } from './i18n/index.ts';
import { reportArticle } from './reportPanel.ts';
import { displayTitle, sourceList } from './screens.ts';
import { actorTitle, actorName, date, indicatorName, measureName, objectiveText, turnDate } from './words.ts';

export function headline(d: ActorDebrief): string {
  switch (d.verdict) {
    case 'better':
      return t('debrief.better', { n: d.difference, score: d.score, history: d.historical });
    case 'worse':
      return t('debrief.worse', { n: -d.difference, score: d.score, history: d.historical });
    case 'same':
      return t('debrief.same', { score: d.score });
  }
}

const who = (game: Game, a: ActorId): string =>
  game.controllers[a] === 'human' ? t('debrief.aPerson') : t('debrief.theComputer');

function headlineSection(game: Game, v: DebriefView): HTMLElement {
  const extrapolated = extrapolationNote(currentState(game).rules, v.extrapolatedFrom);
  const people = ACTORS.filter((a) => game.controllers[a] === 'human');
  const order: ActorId[] = [...people, ...ACTORS.filter((a) => !people.includes(a))];
  return h(
    'section',
    { class: 'panel headline', 'aria-label': t('debrief.headline'), 'data-testid': 'history-headline' },
    h('h2', {}, t('debrief.headline')),
    h(
      'ul',
      { class: 'verdicts' },
      ...order.flatMap((a) => {
        const d = v.comparison.find((x) => x.actor === a);
        if (d === undefined) return [];
        const human = people.includes(a);
        return h(
          'li',
          { class: `verdict-${d.verdict}${human ? ' human' : ''}` },
          h('strong', {}, t(human ? 'debrief.person' : 'debrief.computer', { actor: actorTitle(a) })),
          headline(d),
        );
      }),
    ),
    h('p', { class: 'hint' }, t('debrief.historyIs')),
    extrapolated === null
      ? null
      : h('p', { class: 'hint extrapolation', 'data-testid': 'extrapolation' }, extrapolated),
  );
}

/** What the game kept back until now, one sentence a fact: the recorded figures beside the
 * true ones. */
export function revealedLines(r: DebriefView['revealed']): string[] {
  const pct = (x: number | null): string => (x === null ? t('debrief.revealed.noImports') : t('percent', { n: x }));
  return [
    t('debrief.revealed.share', { recorded: pct(r.chinaShare.recorded), true: pct(r.chinaShare.true) }),
    t('debrief.revealed.integrity', { seen: r.integrity.seen, true: r.integrity.true }),
    t('debrief.revealed.covert', { n: r.covert.shipments, detected: r.covert.detected, seized: r.covert.seized }),
  ];
}

function revealedSection(v: DebriefView): HTMLElement {
  return h(
    'section',
    { class: 'panel revealed', 'aria-label': t('debrief.revealed'), 'data-testid': 'revealed' },
    h('h2', {}, t('debrief.revealed')),
    h('ul', {}, ...revealedLines(v.revealed).map((x) => h('li', {}, x))),
    h('p', { class: 'hint' }, t('debrief.revealed.hint')),
  );
}

/** From which turn the historical run goes past the public record (the scenario's
 * extrapolatedFrom), with that turn's date; null when the whole run is on the record. */
export function extrapolationNote(rules: Parameters<typeof turnDate>[0], turn: number | null): string | null {
  return turn === null ? null : t('debrief.extrapolated', { turn, date: turnDate(rules, turn) });
}

function scoreTable(game: Game, v: DebriefView): HTMLElement {
  const end = scoreGame(currentState(game));
  const cell = (
    k: 'debrief.player' | 'debrief.score' | 'debrief.history' | 'debrief.difference' | 'debrief.objectives',
  ) => ({ 'data-label': t(k) }) as const;
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'data scores stack' },
      h('caption', {}, t('debrief.scoresCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(
            [
              'debrief.side',
              'debrief.player',
              'debrief.score',
              'debrief.history',
              'debrief.difference',
              'debrief.objectives',
            ] as const
          ).map((k) => h('th', { scope: 'col' }, t(k))),
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
            h('th', { scope: 'row' }, actorTitle(s.actor)),
            h('td', cell('debrief.player'), who(game, s.actor)),
            h('td', { class: 'num', ...cell('debrief.score') }, String(d.score)),
            h('td', { class: 'num', ...cell('debrief.history') }, String(d.historical)),
            h(
              'td',
              { class: 'num', ...cell('debrief.difference') },
              d.difference === 0 ? '±0' : signedNum(d.difference),
            ),
            h(
              'td',
              cell('debrief.objectives'),
              h(
                'ul',
                { class: 'objectives' },
                ...s.objectives.map((o) =>
                  h(
                    'li',
                    {},
                    t('debrief.objectiveNow', { text: objectiveText(o.objective), value: o.value, met: o.achievement }),
                  ),
                ),
              ),
            ),
          );
        }),
      ),
    ),
  );
}

function charts(v: DebriefView): HTMLElement {
  const lines = (game: readonly number[], history: readonly number[]) => [
    { label: t('debrief.yourGame'), values: game, tone: 't0' },
    { label: t('debrief.historyLine'), values: history, tone: 'hist' },
  ];
  return h(
    'div',
    { class: 'cards' },
    ...ACTORS.map((a) =>
      h(
        'figure',
        { class: 'actor-card' },
        h('figcaption', {}, h('strong', {}, actorTitle(a))),
        h('p', { class: 'chart-label' }, t('debrief.chartScore', { actor: actorName(a) })),
        turnChart(lines(v.scores[a].game, v.scores[a].history), t('debrief.scoreChart', { actor: actorName(a) })),
        ...ownedIndicators(a).flatMap((i) => [
          h('p', { class: 'chart-label' }, indicatorName(i)),
          turnChart(
            lines(v.indicators[i].game, v.indicators[i].history),
            t('debrief.indicatorChart', { indicator: indicatorName(i) }),
          ),
        ]),
      ),
    ),
  );
}

function voteText(x: VoteDifference): string {
  const draft = measureName(x.measure);
  switch (x.kind) {
    case 'onlyInGame':
    case 'onlyInHistory':
      return t(`debrief.vote.${x.kind}` as const, { turn: x.turn, draft, outcome: t(`outcome.${x.outcome}` as const) });
    case 'outcome':
      return t('debrief.vote.outcome', {
        turn: x.turn,
        draft,
        game: t(`outcome.${x.game}` as const),
        history: t(`outcome.${x.history}` as const),
      });
    case 'vote':
      return t('debrief.vote.vote', {
        turn: x.turn,
        draft,
        actor: actorName(x.actor),
        game: t(`vote.${x.game}` as const).toLowerCase(),
        history: t(`vote.${x.history}` as const).toLowerCase(),
      });
  }
}

function divergence(game: Game, v: DebriefView): HTMLElement {
  const first = v.firstTurnDiverged;
  const rec = first === null ? undefined : game.turns[first - 1];
  return h(
    'section',
    { class: 'panel divergence', 'aria-label': t('debrief.diverged') },
    h('h2', {}, t('debrief.diverged')),
    h(
      'p',
      {},
      first === null || rec === undefined
        ? t('debrief.followed')
        : t('debrief.firstLeft', { turn: first, date: date(rec.report.date) }),
    ),
    h(
      'ul',
      {},
      ...ACTORS.map((a) => {
        const at = v.firstDifference[a];
        const args = { actor: actorTitle(a), who: who(game, a) };
        return h('li', {}, at === null ? t('debrief.sideSame', args) : t('debrief.sideLeft', { ...args, turn: at }));
      }),
    ),
    h('h3', {}, t('debrief.votes')),
    v.votes.length === 0
      ? h('p', { class: 'hint' }, t('debrief.votesSame'))
      : h('ul', {}, ...v.votes.map((x) => h('li', {}, voteText(x)))),
  );
}

export function debriefScreen(store: GameStore, game: Game): Component<GameData> {
  const x = scenarioExtras(game.scenario);
  const v = debriefView(game);
  const all = localGameView(game, 'instructor');
  const reports = game.turns.map((rec, i) =>
    h(
      'details',
      { class: 'turn-log' },
      h('summary', {}, t('debrief.turnLog', { turn: rec.report.turn, date: date(rec.report.date) })),
      reportArticle(all, i + 1, { primary: false }),
    ),
  );
  const el = h(
    'main',
    { class: 'screen debrief' },
    focusHeading('h1', t('debrief.title', { title: displayTitle(game.scenario.title) })),
    h('p', {}, t('debrief.meta', { turns: game.turns.length })),
    h(
      'div',
      { class: 'actions' },
      button(t('debrief.again'), () => store.getState().playAgain(), { class: 'primary' }),
      button(t('debrief.others'), () => store.getState().quit()),
    ),
    headlineSection(game, v),
    h('section', { class: 'panel' }, h('h2', {}, t('debrief.scores')), scoreTable(game, v)),
    revealedSection(v),
    h('section', { class: 'panel' }, h('h2', {}, t('debrief.overTime')), charts(v)),
    divergence(game, v),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, t('debrief.learn')),
      h('ul', {}, ...x.learningObjectives.map((q) => h('li', {}, q))),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, t('debrief.questions')),
      h('ol', {}, ...x.questions.map((q) => h('li', {}, q))),
    ),
    h('section', { class: 'panel' }, h('h2', {}, t('debrief.sources')), sourceList(x.sources)),
    h('section', { class: 'panel' }, h('h2', {}, t('debrief.turns')), ...reports),
  );
  return { el };
}
