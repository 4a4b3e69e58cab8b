/**
 * The "You" tab: the player's private briefing, its score and objectives (how far each is
 * met), its stocks and every indicator with last turn's change and a "Why?" listing the
 * causes, and its relations. Everything comes from the viewer's states (other countries'
 * stockpiles are not in them). For the instructor (the replay viewer) every country's figures.
 */
import type { ActorId, Change, IndicatorId, PairKey, StateView, Target } from '../engine/index.ts';
import { ACTORS, INDICATORS, INDICATOR_OWNER, PAIRS, RESOURCES, changesOf, isActorId } from '../engine/index.ts';
import type { GameView } from '../store/index.ts';
import { lastTurn, objectivesOf } from '../store/index.ts';
import type { CauseContext } from './causes.ts';
import { causeText } from './causes.ts';
import { sparkline } from './chart.ts';
import { h } from './dom.ts';
import { glossaryTerm } from './help.ts';
import { num, signedNum, t } from './i18n/index.ts';
import { paragraphs } from './text.ts';
import { actorTitle, actorName, indicatorName, objectiveText, scoreHow, unitOf } from './words.ts';
import { why } from './why.ts';

function deltaCell(view: GameView, target: Target, label: string): HTMLElement {
  const n = view.turns.length;
  const last = view.turns[n - 1];
  const before = view.turns[n - 2];
  if (last?.report == null || before === undefined) return h('td', { class: 'num delta' });
  const causes: Change[] = changesOf(last.report, target);
  const d = causes.reduce((s, c) => s + c.after - c.before, 0);
  if (causes.length === 0 || d === 0) return h('td', { class: 'num delta' }, d === 0 && causes.length > 0 ? '±0' : '');
  const ctx: CauseContext = { before: before.state, after: last.state, report: last.report };
  return h(
    'td',
    { class: 'num delta' },
    why(
      t('you.why', { delta: signedNum(d) }),
      t('you.whyLabel', { what: label, delta: signedNum(d) }),
      causes.map((c) => `${signedNum(c.after - c.before)}: ${causeText(c, ctx)}`),
    ),
  );
}

function history(view: GameView, read: (s: StateView) => number | undefined): number[] {
  return view.turns.flatMap((x) => {
    const v = read(x.state);
    return v === undefined ? [] : [v];
  });
}

function row(
  view: GameView,
  label: string,
  now: string,
  unit: string,
  target: Target,
  values: number[],
  fixed?: [number, number],
) {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'num' }, now),
    h('td', { class: 'unit' }, unit),
    deltaCell(view, target, label),
    h('td', { class: 'trend' }, sparkline({ label, values, tone: 'ind' }, label, fixed)),
  );
}

function table(caption: string, rows: HTMLElement[]): HTMLElement {
  return h(
    'table',
    { class: 'data compact' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('you.item')),
        h('th', { scope: 'col' }, t('you.now')),
        h('th', { scope: 'col' }, t('you.unit')),
        h('th', { scope: 'col' }, t('you.lastTurn')),
        h('th', { scope: 'col' }, t('you.trend')),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

function scoreSection(state: StateView, me: ActorId): HTMLElement {
  const score = state.scores[me];
  const objectives = objectivesOf(state, me);
  return h(
    'section',
    { class: 'you-score' },
    h('h3', {}, score === undefined ? t('you.objectives') : t('you.score', { score })),
    h('p', { class: 'hint' }, scoreHow(state.rules.design), ' ', glossaryTerm('score', t('you.scoreWhat'))),
    h(
      'ul',
      { class: 'objectives' },
      ...objectives.map((o) =>
        h(
          'li',
          {},
          h(
            'span',
            {},
            objectiveText(o.objective),
            ': ',
            t('you.objectiveNow', { value: o.value, met: o.achievement }),
          ),
          h('meter', {
            min: 0,
            max: 100,
            value: o.achievement,
            'aria-label': t('you.met', { what: indicatorName(o.objective.indicator) }),
          }),
        ),
      ),
    ),
  );
}

export function youPanel(view: GameView): HTMLElement {
  const state = lastTurn(view).state;
  const me = view.viewer;
  const mine = isActorId(me) ? me : null;
  const ownFirst = (i: IndicatorId): number => (INDICATOR_OWNER[i] === mine ? 0 : 1);
  const indicators = [...INDICATORS].sort((a, b) => ownFirst(a) - ownFirst(b));
  const indicatorRows = indicators.map((i) =>
    row(
      view,
      indicatorName(i),
      String(state.indicators[i]),
      t('you.of100'),
      { kind: 'indicator', indicator: i },
      history(view, (s) => s.indicators[i]),
      [0, 100],
    ),
  );
  const stockActors = ACTORS.filter((a) => state.actors[a] !== undefined && a !== 'UNSC');
  const stocks = stockActors.map((a) =>
    table(
      a === mine ? t('you.yourStocks') : t('you.stocksOf', { actor: actorName(a) }),
      RESOURCES.map((r) =>
        row(
          view,
          t(`resourceTitle.${r}` as const),
          num(state.actors[a]?.stocks[r] ?? 0),
          unitOf(r),
          { kind: 'stock', actor: a, resource: r },
          history(view, (s) => s.actors[a]?.stocks[r]),
        ),
      ),
    ),
  );
  const relations = PAIRS.filter((p: PairKey) => state.relations[p] !== undefined).map((p) => {
    const [a, b] = p.split('-') as [ActorId, ActorId];
    const label =
      a === mine || b === mine
        ? t('you.relationWith', { other: actorName(a === mine ? b : a) })
        : t('you.relationBetween', { a: actorName(a), b: actorName(b) });
    return row(
      view,
      label,
      signedNum(state.relations[p] ?? 0),
      t('you.relationScale'),
      { kind: 'relation', pair: p },
      history(view, (s) => s.relations[p]),
      [-100, 100],
    );
  });
  const p = mine === null ? null : state.actors[mine]?.priorities;
  return h(
    'section',
    { class: 'you', 'aria-label': t('tab.you') },
    h('h2', {}, mine === null ? t('you.everyone') : t('you.title', { actor: actorTitle(mine) })),
    mine === null || view.briefing === null
      ? null
      : h(
          'details',
          { class: 'my-briefing', open: view.turns.length === 1 },
          h('summary', {}, t('you.briefing', { actor: actorName(mine) })),
          ...paragraphs(view.briefing),
        ),
    mine === null ? null : scoreSection(state, mine),
    p === null || p === undefined
      ? null
      : h('p', { class: 'hint' }, t('you.priorities', { munitions: p.munitions, abroad: p.labourAbroad })),
    ...stocks,
    table(t('you.indicators'), indicatorRows),
    relations.length === 0 ? null : table(t('you.relations'), relations),
  );
}
