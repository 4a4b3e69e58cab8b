/**
 * THE SEAM between the class client and the play panels. Everything here renders from one
 * viewer's `TurnView` (the engine's `StateView` and `ReportView`), which is all a class
 * client has: never a full game. The single-device screens (issue 11) render from a `GameView`
 * built from the same views; the class's order forms are already theirs (ordersBox.ts, through
 * src/ui/orders). Replacing these panels by the single-device ones (same inputs: a TurnView
 * per turn, the seat's actor, the public scenario) changes nothing else in src/ui/class.
 */
import type { ActorId, ReportView, StateView } from '../../engine/index.ts';
import {
  ACTORS,
  INDICATORS,
  INDICATOR_LABEL,
  MEASURE_LABEL,
  RESOURCES,
  explainChange,
  explainCouncil,
  explainEvent,
  explainNote,
  formatDate,
  dateOfTurn,
} from '../../engine/index.ts';
import type { TurnView } from '../../net/index.ts';
import { h, uid } from '../dom.ts';
import { ACTOR_LABEL, RESOURCE_LABEL, actorLabel, fmt, unitOf } from './names.ts';

function list(title: string, items: readonly (string | Node)[], empty: string): HTMLElement {
  return h(
    'section',
    { class: 'report-part' },
    h('h4', {}, title),
    items.length === 0 ? h('p', { class: 'hint' }, empty) : h('ul', {}, ...items.map((x) => h('li', {}, x))),
  );
}

/** The turn report as the viewer sees it (the engine's own sentences). */
export function reportSection(r: ReportView | null, me: ActorId | 'instructor'): HTMLElement {
  const headingId = uid('class-report');
  if (r === null)
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, 'Turn report'),
      h(
        'p',
        { class: 'hint' },
        'No turn has been played yet. Give your orders; the report then explains every change.',
      ),
    );
  const ships = r.shipments.map(
    (s) =>
      `${actorLabel(s.from)} → ${actorLabel(s.to)}: ${fmt(s.amount)} ${s.resource}${s.mode === 'covert' ? (s.detected ? ' (covert, DETECTED)' : ' (covert, not detected)') : ' (declared)'}`,
  );
  const mine = me === 'instructor' ? 'Rejected orders' : 'Your rejected orders';
  return h(
    'section',
    { class: 'panel report', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, `What happened in ${formatDate(r.date)} (turn ${r.turn})`),
    list(
      mine,
      r.rejections.map(
        (x) => `${actorLabel(x.actor)}'s order #${x.order + 1} was rejected (${x.reason}): ${x.message}.`,
      ),
      'None: every order was carried out.',
    ),
    list('Shipments you can see', ships, 'None.'),
    list(
      'Council votes',
      r.council.map((c) => explainCouncil(c)),
      'No draft was put to the vote.',
    ),
    list(
      'Sanctions and the Panel',
      r.notes.map((n) => `${explainNote(n)}.`),
      'Nothing to report.',
    ),
    list(
      'Events',
      r.events.map((e) => explainEvent(e)),
      'No event this turn.',
    ),
    h(
      'details',
      { class: 'report-part' },
      h('summary', {}, `Every change and its cause (${r.changes.length})`),
      h('ul', { class: 'changes' }, ...r.changes.map((c) => h('li', {}, explainChange(c)))),
    ),
  );
}

/** The viewer's own country (stocks, priorities, score) and the public indicators. */
export function countrySection(v: StateView, me: ActorId | 'instructor'): HTMLElement {
  const headingId = uid('class-country');
  const shown = me === 'instructor' ? ACTORS : [me];
  const cards = shown.map((a) => {
    const s = v.actors[a];
    if (s === undefined) return h('p', { class: 'hint' }, `${ACTOR_LABEL[a]}: not visible.`);
    return h(
      'table',
      { class: 'data compact' },
      h('caption', {}, `${ACTOR_LABEL[a]}${a === me ? ' (you)' : ''}: score ${v.scores[a] ?? '?'} of 100`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Stock'),
          h('th', { scope: 'col' }, 'Now'),
          h('th', { scope: 'col' }, 'Unit'),
        ),
      ),
      h(
        'tbody',
        {},
        ...RESOURCES.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, RESOURCE_LABEL[r]),
            h('td', { class: 'num' }, fmt(s.stocks[r])),
            h('td', {}, unitOf(r)),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'Priorities'),
          h(
            'td',
            { colspan: 2 },
            `${s.priorities.munitions}% of industry on munitions, ${s.priorities.labourAbroad}% of spare workers abroad`,
          ),
        ),
      ),
    );
  });
  const objectives = me === 'instructor' ? [] : (v.rules.objectives[me] ?? []);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, me === 'instructor' ? 'Every country' : 'Your country'),
    ...cards,
    objectives.length === 0
      ? null
      : h(
          'p',
          { class: 'hint' },
          `Your score follows: ${objectives.map((o) => `${INDICATOR_LABEL[o.indicator]} ${o.op === 'atLeast' ? 'at least' : 'at most'} ${o.target}`).join('; ')}.`,
        ),
    h(
      'table',
      { class: 'data compact' },
      h('caption', {}, 'Indicators (public)'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Indicator'), h('th', { scope: 'col' }, 'Now (of 100)'))),
      h(
        'tbody',
        {},
        ...INDICATORS.map((i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, INDICATOR_LABEL[i]),
            h('td', { class: 'num' }, String(v.indicators[i])),
          ),
        ),
      ),
    ),
  );
}

/** Drafts on the council's table (voted on this turn). */
export function councilSection(v: StateView): HTMLElement {
  const headingId = uid('class-council');
  const drafts = v.council.drafts.map(
    (d) =>
      `${d.id}: ${MEASURE_LABEL[d.measure]}${d.value === undefined ? '' : ` (${fmt(d.value)})`}, tabled in turn ${d.tabledTurn}`,
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'The Security Council'),
    drafts.length === 0
      ? h('p', { class: 'hint' }, 'No draft is on the table this turn.')
      : h('ul', {}, ...drafts.map((d) => h('li', {}, d))),
  );
}

/** The panels of one turn, in reading order. */
export function turnPanels(t: TurnView, me: ActorId | 'instructor'): HTMLElement[] {
  return [reportSection(t.report, me), countrySection(t.state, me), councilSection(t.state)];
}

/** "Apr 2025 (turn 4 of 9)" */
export function turnLabel(v: StateView): string {
  const over = v.turn > v.rules.turns;
  const date = formatDate(dateOfTurn(v.rules.start, v.rules.turnLength, Math.min(v.turn, v.rules.turns)));
  return over ? `The game is over (${v.rules.turns} turns)` : `${date} (turn ${v.turn} of ${v.rules.turns})`;
}
