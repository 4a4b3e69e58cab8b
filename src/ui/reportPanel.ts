/**
 * The full report of one turn, as the viewer may see it (the engine's view of the report): the
 * viewer's refused orders, the Council's votes, the shipments and deals the viewer can see,
 * what changed in the sanctions, the events with their sources, the scores, and every change
 * with its cause (folded away: the digest gives the few that matter).
 */
import type { Order, ReportView, ShipmentRecord, StateView, TurnReport, Viewer } from '../engine/index.ts';
import { ACTORS, assertNever } from '../engine/index.ts';
import type { GameView, SeenTurn, Source } from '../store/index.ts';
import { voteView } from '../store/index.ts';
import type { CauseContext } from './causes.ts';
import { causeText, changeHead } from './causes.ts';
import { courtedFor, voteTable } from './councilPanel.ts';
import { describeDeal, describeOrder, rejectionText } from './describe.ts';
import { h, uid } from './dom.ts';
import { list, signedNum, t } from './i18n/index.ts';
import {
  actorName,
  anyActorName,
  date,
  draftTitle,
  measureName,
  quantity,
  regimeRuleName,
  routeName,
  routePhrase,
  seatLabel,
  sourceLabels,
  turnDate,
} from './words.ts';

type RegimeNote = TurnReport['notes'][number];
type DealEvent = ReportView['deals'][number];
type EventRecord = ReportView['events'][number];

/** One part of a report: a heading and its items, or `empty` when there are none (no part at
 * all when `empty` is null). The class pages nest it one level deeper (`h4`). */
export function reportPart(
  title: string,
  items: readonly (string | Node)[],
  empty: string | null,
  heading: 'h3' | 'h4' = 'h3',
): HTMLElement | null {
  if (items.length === 0 && empty === null) return null;
  return h(
    'section',
    { class: 'report-part' },
    h(heading, {}, title),
    items.length === 0 ? h('p', { class: 'hint' }, empty ?? '') : h('ul', {}, ...items.map((x) => h('li', {}, x))),
  );
}

/** A deal's line of the report, the deal described from the state before or after the turn. */
export function dealText(e: DealEvent, before: StateView, after: StateView): string {
  const d = before.deals.find((x) => x.id === e.deal) ?? after.deals.find((x) => x.id === e.deal);
  return t(`report.deal.${e.kind}` as const, {
    deal: d === undefined ? t('report.dealOf', { a: actorName(e.proposer), b: actorName(e.partner) }) : describeDeal(d),
  });
}

/** An event of the report: its kind and title, its text, and the sources it rests on. */
export function eventItem(e: EventRecord, sources: readonly Source[]): HTMLElement {
  return h(
    'span',
    { class: 'event' },
    h('strong', {}, t('report.eventHead', { kind: e.drawn ? t('report.chance') : t('report.event'), title: e.title })),
    ' ',
    e.text,
    e.sources.length === 0
      ? null
      : h('span', { class: 'hint' }, ' ', t('report.sources', { list: list(sourceLabels(sources, e.sources)) })),
  );
}

/** One change of the report with its cause ("… 65 → 66. The food needed arrived."). */
export function changeLine(c: ReportView['changes'][number], viewer: Viewer, ctx: CauseContext): string {
  return t('report.change', { head: changeHead(c, viewer), why: causeText(c, ctx) });
}

/** A shipment of the report; a secret one says what was seized, or how much the middlemen
 * took (the covert markup). */
export function shipmentText(s: ShipmentRecord, state: StateView): string {
  const key =
    s.mode === 'declared'
      ? 'report.shipOpen'
      : s.seized
        ? 'report.shipSeized'
        : s.detected
          ? 'report.shipSpotted'
          : 'report.shipSecret';
  const line = t(key, {
    from: actorName(s.from),
    to: actorName(s.to),
    what: quantity(s.resource, s.amount),
    route: routePhrase(state.routes, s.route, s.resource),
    deal: s.deal === undefined ? 0 : 1,
  });
  if (s.seized || s.delivered >= s.amount) return line;
  return `${line} ${t('report.shipMarkup', { delivered: quantity(s.resource, s.delivered) })}`;
}

function ruleResource(state: StateView, id: string | undefined): string {
  return (
    state.regime.caps.find((c) => c.id === id)?.resource ??
    state.regime.bans.find((b) => b.id === id)?.resource ??
    'oil'
  );
}

export function noteText(n: RegimeNote, before: StateView, after: StateView): string {
  const who = n.actor === undefined ? t('actor.unknown') : actorName(n.actor);
  const rule = regimeRuleName(before.regime, n.rule);
  const amount = quantity(ruleResource(before, n.rule), n.amount ?? 0);
  const num = (k: string): number => n.numbers?.[k] ?? 0;
  switch (n.kind) {
    case 'draftTabled': {
      const draft = n.measure === undefined ? t('draft.some') : draftTitle(n.measure, n.amount ?? 0);
      return n.actor === undefined ? t('note.draftTabled', { draft }) : t('note.draftTabledBy', { who, draft });
    }
    case 'measureInForce':
      return t('note.measureInForce', {
        draft: n.measure === undefined ? t('draft.some') : measureName(n.measure),
        date: turnDate(after.rules, num('fromTurn')),
      });
    case 'panelLapsed':
      return t('note.panelLapsed');
    case 'panelMonitoring':
      return n.routes === undefined || n.routes.length === 0
        ? t('note.panelWatchesNone')
        : t('note.panelWatches', { routes: list(n.routes.map((r) => routeName(after.routes, r))) });
    case 'capExceeded':
      return t('note.capExceeded', { who, rule: regimeRuleName(after.regime, n.rule), amount });
    case 'banBroken':
      return t('note.banBroken', { who, rule, amount });
    case 'covertBreach':
      return t(num('detected') === 1 ? 'note.covertSpotted' : 'note.covertUnseen', { who, rule, amount });
    case 'graceTolerated':
      return t('note.grace', { amount, rule, date: turnDate(after.rules, num('deadlineTurn')) });
    case 'notRepatriated':
      return t('note.notRepatriated', { who, amount, rule });
    case 'launch':
      return t(num('failed') === 1 ? 'note.launchFailed' : 'note.launch', { n: n.amount ?? 0 });
    case 'seized':
      return t('note.seized', {
        who,
        to: n.to === undefined ? t('actor.unknown') : actorName(n.to),
        what: quantity(n.resource ?? '', n.amount ?? 0),
        route: routePhrase(after.routes, n.routes?.[0] ?? null, n.resource),
      });
    case 'nuclearTest':
      return t(num('failed') === 1 ? 'note.nuclearTestFailed' : 'note.nuclearTest');
    case 'lobbied':
      return t('note.lobbied', {
        who,
        seat: seatLabel(after.rules, n.seat),
        date: turnDate(after.rules, num('until')),
        n: n.amount ?? 0,
      });
    case 'fuelHeld':
      return t('note.fuelHeld', { who, amount: quantity('oil', n.amount ?? 0) });
    case 'customsTightened':
      return t('note.customsTightened', {
        who,
        routes: list((n.routes ?? []).map((r) => routeName(after.routes, r))),
        n: Math.round((n.amount ?? 0) / 100),
      });
    case 'knowHowUsed': {
      const what = quantity('knowhow', n.amount ?? 0);
      if (num('points') === 0) return t('note.knowHowWasted', { what });
      const odds = num('odds');
      const used = t('note.knowHowUsed', { what, n: num('points') });
      // The odds only mean something where know-how raises them and a launch can fail.
      return after.rules.design.knowHowSuccessBp > 0 && odds > 0 && odds < 10_000
        ? `${used} ${t('note.knowHowOdds', { pct: Math.floor(odds / 100) })}`
        : used;
    }
    default:
      return assertNever(n.kind);
  }
}

function refused(r: ReportView, seen: SeenTurn, before: StateView): string[] {
  const mine = new Map(seen.orders.map((x) => [x.index, x.order] as const));
  return r.rejections.map((x) => {
    const o: Order | undefined = mine.get(x.order);
    const what = o === undefined ? t('report.anOrder') : describeOrder(o, before);
    const by = r.viewer === 'instructor' && o !== undefined ? `${anyActorName(o.actor)}: ` : '';
    return `${by}${what} — ${rejectionText(x, o, before)}`;
  });
}

/** The report of turn `index` (1-based) of `view`. */
export function reportArticle(view: GameView, index: number, opts: { primary: boolean }): HTMLElement {
  const seen = view.turns[index];
  const prev = view.turns[index - 1];
  const r = seen?.report ?? null;
  if (seen === undefined || prev === undefined || r === null) return h('p', { class: 'hint' }, t('report.none'));
  const before = prev.state;
  const after = seen.state;
  const ctx: CauseContext = { before, after, report: r };
  const headingId = uid('report-h');
  const deals = r.deals.map((e) => dealText(e, before, after));
  const events = r.events.map((e) => eventItem(e, view.scenario.sources));
  const prevScores = before.scores;
  const scores = ACTORS.flatMap((a) => {
    const now = r.scores[a];
    if (now === undefined) return [];
    const was = prevScores[a];
    return t('report.score', {
      actor: actorName(a),
      score: now,
      change: was === undefined ? 0 : now - was,
      delta: was === undefined ? '' : signedNum(now - was),
    });
  });
  const council = r.council.map((c) => voteTable(voteView(after, r.turn, c), courtedFor(after, r.turn)));
  const changes = r.changes.map((c) => changeLine(c, view.viewer, ctx));
  const instructor = view.viewer === 'instructor';
  return h(
    'article',
    { class: 'report', 'aria-labelledby': headingId, 'data-turn': r.turn },
    h(
      'h2',
      { id: headingId, tabindex: -1, 'data-autofocus-primary': opts.primary ? true : null },
      t('report.title', { date: date(r.date), turn: r.turn }),
    ),
    reportPart(
      instructor ? t('report.refusedAll') : t('report.refused'),
      refused(r, seen, before),
      t('report.refusedNone'),
    ),
    reportPart(t('report.council'), council, t('report.councilNone')),
    reportPart(
      t('report.shipments'),
      r.shipments.map((s) => shipmentText(s, before)),
      t('report.shipmentsNone'),
    ),
    reportPart(t('report.deals'), deals, null),
    reportPart(
      t('report.sanctions'),
      r.notes.map((n) => noteText(n, before, after)),
      null,
    ),
    reportPart(t('report.events'), events, t('report.eventsNone')),
    reportPart(instructor ? t('report.scores') : t('report.yourScore'), scores, null),
    h(
      'details',
      { class: 'report-part every-change' },
      h('summary', {}, t('report.everyChange', { n: changes.length })),
      h('ul', { class: 'changes' }, ...changes.map((x) => h('li', {}, x))),
    ),
  );
}
