/**
 * THE SEAM between the class client and the play panels. Everything here renders from one
 * viewer's `TurnView` (the engine's `StateView` and `ReportView`), which is all a class
 * client has: never a full game. The words are the single-device screens' own (the
 * catalogue's causes, refusals, notes and vote tables through words.ts, causes.ts,
 * describe.ts, reportPanel.ts and councilPanel.ts), so a turn reads the same in class and on
 * one device. Replacing these panels by the single-device ones (same inputs: a TurnView per
 * turn, the seat's actor, the public scenario) changes nothing else in src/ui/class.
 */
import type { ActorId, Rejection, ReportView, StateView } from '../../engine/index.ts';
import { ACTORS, INDICATORS, RESOURCES, dateOfTurn } from '../../engine/index.ts';
import type { TurnView } from '../../net/index.ts';
import type { Source } from '../../store/index.ts';
import { draftsOf, voteView } from '../../store/index.ts';
import type { CauseContext } from '../causes.ts';
import { courtedFor, voteTable } from '../councilPanel.ts';
import { rejectionText } from '../describe.ts';
import { h, uid } from '../dom.ts';
import { num, t } from '../i18n/index.ts';
import { changeLine, dealText, eventItem, noteText, reportPart, shipmentText } from '../reportPanel.ts';
import {
  actorTitle,
  actorName,
  date,
  draftTitle,
  indicatorName,
  objectiveText,
  scoreHow,
  turnDate,
  unitOf,
} from '../words.ts';

/** A part of the class report (one heading level below the panel's). */
function part(title: string, items: readonly (string | Node)[], empty: string | null): HTMLElement | null {
  return reportPart(title, items, empty, 'h4');
}

/** Reasons whose sentence names the order's route or good: a class client does not know which
 * of its orders a report's refusal is about (the index counts every seat's orders), so these
 * are worded without them. */
const ROUTE_REASONS = new Set<string>([
  'routeRequired',
  'routeClosed',
  'routeDoesNotJoin',
  'goodNotCarried',
  'overCapacity',
]);

/** Why an order of the report was refused, without the order itself. */
export function refusalText(r: Rejection, before: StateView): string {
  return ROUTE_REASONS.has(r.reason)
    ? t('class.report.routeRefused', { reason: r.reason })
    : rejectionText(r, undefined, before);
}

/**
 * The turn report as the viewer sees it. `before` is the state the turn started from (the
 * previous view; the view after the turn stands in when this client joined later).
 */
export function reportSection(
  r: ReportView | null,
  after: StateView,
  before: StateView,
  sources: readonly Source[],
): HTMLElement {
  const headingId = uid('class-report');
  if (r === null)
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, t('class.report.heading')),
      h('p', { class: 'hint' }, t('class.report.none')),
    );
  const instructor = r.viewer === 'instructor';
  const ctx: CauseContext = { before, after, report: r };
  const refused = r.rejections.map((x) => {
    const why = refusalText(x, before);
    const actor = ACTORS.find((a) => a === x.actor);
    return instructor && actor !== undefined ? t('class.report.refusedBy', { actor: actorTitle(actor), why }) : why;
  });
  const deals = r.deals.map((e) => dealText(e, before, after));
  const events = r.events.map((e) => eventItem(e, sources));
  const changes = r.changes.map((c) => changeLine(c, r.viewer, ctx));
  return h(
    'section',
    { class: 'panel report', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, t('class.report.title', { date: date(r.date), turn: r.turn })),
    part(instructor ? t('report.refusedAll') : t('report.refused'), refused, t('report.refusedNone')),
    part(
      t('report.shipments'),
      r.shipments.map((s) => shipmentText(s, before)),
      t('report.shipmentsNone'),
    ),
    part(t('report.deals'), deals, null),
    part(
      t('report.council'),
      r.council.map((c) => voteTable(voteView(after, r.turn, c), courtedFor(after, r.turn))),
      t('report.councilNone'),
    ),
    part(
      t('report.sanctions'),
      r.notes.map((n) => noteText(n, before, after)),
      t('class.report.sanctionsNone'),
    ),
    part(t('report.events'), events, t('report.eventsNone')),
    h(
      'details',
      { class: 'report-part' },
      h('summary', {}, t('report.everyChange', { n: changes.length })),
      h('ul', { class: 'changes' }, ...changes.map((c) => h('li', {}, c))),
    ),
  );
}

function stockTable(v: StateView, a: ActorId, me: ActorId | 'instructor'): HTMLElement {
  const s = v.actors[a];
  if (s === undefined) return h('p', { class: 'hint' }, t('class.country.hidden', { actor: actorName(a) }));
  return h(
    'div',
    { class: 'class-stocks' },
    h(
      'table',
      { class: 'data compact' },
      h('caption', {}, a === me ? t('you.yourStocks') : t('you.stocksOf', { actor: actorName(a) })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('you.item')),
          h('th', { scope: 'col' }, t('you.now')),
          h('th', { scope: 'col' }, t('you.unit')),
        ),
      ),
      h(
        'tbody',
        {},
        ...RESOURCES.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t(`resourceTitle.${r}` as const)),
            h('td', { class: 'num' }, num(s.stocks[r])),
            h('td', {}, unitOf(r)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'hint' },
      t('you.priorities', { munitions: s.priorities.munitions, abroad: s.priorities.labourAbroad }),
    ),
  );
}

/** The scores the viewer may see: its own, or every side's for the instructor. */
function scoresPart(v: StateView, me: ActorId | 'instructor'): HTMLElement | null {
  if (me !== 'instructor') {
    const score = v.scores[me];
    return score === undefined ? null : h('p', { class: 'score' }, h('strong', {}, t('you.score', { score })));
  }
  return h(
    'ul',
    { class: 'scores' },
    ...ACTORS.flatMap((a) => {
      const score = v.scores[a];
      return score === undefined ? [] : [h('li', {}, t('class.country.scoreOf', { actor: actorTitle(a), score }))];
    }),
  );
}

/** The viewer's own country (score, objectives, stocks and priorities) and the public
 * indicators. The Council holds no stocks, as on one device (youPanel.ts). */
export function countrySection(v: StateView, me: ActorId | 'instructor'): HTMLElement {
  const headingId = uid('class-country');
  const shown = (me === 'instructor' ? ACTORS : [me]).filter((a) => a !== 'UNSC');
  const objectives = me === 'instructor' ? [] : (v.rules.objectives[me] ?? []);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, me === 'instructor' ? t('you.everyone') : t('class.country.title')),
    scoresPart(v, me),
    objectives.length === 0
      ? null
      : h(
          'div',
          { class: 'objectives' },
          h('h3', {}, t('you.objectives')),
          h('p', { class: 'hint' }, scoreHow(v.rules.design)),
          h('ul', {}, ...objectives.map((o) => h('li', {}, objectiveText(o)))),
        ),
    ...shown.map((a) => stockTable(v, a, me)),
    h(
      'table',
      { class: 'data compact' },
      h('caption', {}, t('you.indicators')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('you.item')), h('th', { scope: 'col' }, t('you.now')))),
      h(
        'tbody',
        {},
        ...INDICATORS.map((i) =>
          h('tr', {}, h('th', { scope: 'row' }, indicatorName(i)), h('td', { class: 'num' }, num(v.indicators[i]))),
        ),
      ),
    ),
  );
}

/** Drafts on the council's table (voted on this turn), with the vote Russia and China cast if
 * they give none. */
export function councilSection(v: StateView): HTMLElement {
  const headingId = uid('class-council');
  const drafts = draftsOf(v).map((d) =>
    h(
      'li',
      {},
      h('strong', {}, draftTitle(d.measure, d.value)),
      ' ',
      t('council.draftWhen', {
        tabled: turnDate(v.rules, d.tabledTurn),
        rus: d.defaults.RUS,
        chn: d.defaults.CHN,
        russia: actorName('RUS'),
        china: actorName('CHN'),
      }),
    ),
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('council.title')),
    drafts.length === 0 ? h('p', { class: 'hint' }, t('council.noDrafts')) : h('ul', { class: 'drafts' }, ...drafts),
  );
}

/** The panels of one turn, in reading order. `before`: the previous turn's view of the same
 * viewer, when this client has it. */
export function turnPanels(
  view: TurnView,
  me: ActorId | 'instructor',
  before: StateView | null,
  sources: readonly Source[],
): HTMLElement[] {
  return [
    reportSection(view.report, view.state, before ?? view.state, sources),
    countrySection(view.state, me),
    councilSection(view.state),
  ];
}

/** The view of the turn before `view` among `turns` (the client's turns of the same world). */
export function previousState(turns: readonly TurnView[], view: TurnView): StateView | null {
  return turns.find((x) => x.world === view.world && x.state.turn === view.state.turn - 1)?.state ?? null;
}

/** "Apr 2025 (turn 4 of 9)", or that the game is over. */
export function turnLabel(v: StateView): string {
  if (v.turn > v.rules.turns) return t('class.turn.over', { n: v.rules.turns });
  return t('class.turn.label', {
    date: date(dateOfTurn(v.rules.start, v.rules.turnLength, v.turn)),
    turn: v.turn,
    total: v.rules.turns,
  });
}
