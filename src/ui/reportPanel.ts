/**
 * The turn report for the viewer: what happened and why. Everything comes from the engine's
 * report as the engine's `viewReport` lets the viewer see it (covert entries only for the
 * actors involved until detected; only the viewer's own stocks, rejected orders and score),
 * with the engine's own sentences (`explainChange`).
 */
import type { ActorId, Change, GameState, Viewer } from '../engine/index.ts';
import { ACTORS, explainChange, explainNote, formatDate, scores, viewReport } from '../engine/index.ts';
import type { Game } from '../store/index.ts';
import { ownerOf, sourceLabels, voteView } from '../store/index.ts';
import { voteTable } from './councilPanel.ts';
import { describeDeal, describeOrder } from './describe.ts';
import { fmt, h, signed, uid } from './dom.ts';
import { ACTOR_LABEL, actorLabel, unitOf } from './names.ts';
import { isResource } from '../engine/index.ts';

function targetRank(c: Change, viewer: Viewer): number {
  switch (c.target.kind) {
    case 'indicator':
      return 0;
    case 'relation':
      return 1;
    case 'stock':
      return c.target.actor === viewer ? 2 : 3;
  }
}

function section(title: string, items: readonly (string | Node)[], empty: string): HTMLElement {
  return h(
    'section',
    { class: 'report-part' },
    h('h4', {}, title),
    items.length === 0 ? h('p', { class: 'hint' }, empty) : h('ul', {}, ...items.map((x) => h('li', {}, x))),
  );
}

/** The report of one turn as seen by `viewer` (the instructor at the debrief). */
export function reportView(game: Game, index: number, viewer: Viewer, opts: { primary: boolean }): HTMLElement {
  const rec = game.turns[index];
  if (rec === undefined) return h('p', { class: 'hint' }, 'No report for this turn.');
  const before: GameState = game.turns[index - 1]?.state ?? game.initial;
  const r = viewReport(rec.report, viewer);
  const headingId = uid('report-h');
  // The view numbers a player's rejections among its own orders, the instructor's among all.
  const mine = r.rejections
    .map((x) =>
      viewer === 'instructor'
        ? { x, who: ownerOf(rec.orders, x.order), o: rec.orders[x.order] }
        : {
            x,
            who: { actor: viewer, local: x.order },
            o: rec.orders.filter((o) => o.actor === viewer)[x.order],
          },
    )
    .map(({ x, who, o }) => {
      const label = who === null ? `Order #${x.order + 1}` : `${actorLabel(who.actor)}'s order #${who.local + 1}`;
      return `${label}${o ? ` (${describeOrder(o, before)})` : ''} was rejected (${x.reason}): ${x.message}.`;
    });
  const ships = r.shipments.map((s) => {
    const route =
      s.route === null ? 'through banks' : `along ${before.routes.find((x) => x.id === s.route)?.name ?? s.route}`;
    const unit = isResource(s.resource) ? unitOf(s.resource) : '';
    const why = s.deal !== undefined ? ` under deal ${s.deal}` : '';
    const seen =
      s.mode === 'covert'
        ? s.detected
          ? ' — covert, DETECTED by the monitors'
          : ' — covert, not detected'
        : ' — declared';
    return `${actorLabel(s.from)} → ${actorLabel(s.to)}: ${fmt(s.amount)} ${unit} of ${s.resource} ${route}${why}${seen}`;
  });
  const detections = r.shipments
    .filter((s) => s.detected)
    .map(
      (s) =>
        `${actorLabel(s.from)}'s covert ${s.resource} to ${actorLabel(s.to)} (${fmt(s.amount)}) was detected: it is now public evidence.`,
    );
  const dealText = (id: string): string => {
    const known = rec.state.deals.find((x) => x.id === id) ?? before.deals.find((x) => x.id === id);
    return known === undefined ? '' : ` — ${describeDeal(known, before)}`;
  };
  const deals = r.deals.map(
    (e) =>
      `Deal ${e.deal} ${e.kind}${e.reason ? ` (${e.reason})` : ''}${dealText(e.deal) || ` (${actorLabel(e.proposer)} with ${actorLabel(e.partner)})`}`,
  );
  const changes = [...r.changes].sort((a, b) => targetRank(a, viewer) - targetRank(b, viewer));
  const changeItems = changes.map((c) => explainChange(c));
  const council = r.council.map((c) => voteTable(voteView(rec.state, r.turn, c), c));
  const notes = r.notes.map((n) => `${explainNote(n)}.`);
  const events = r.events.map((e) =>
    h(
      'span',
      { class: 'event' },
      h('strong', {}, `${e.drawn ? 'Chance' : 'Event'}: ${e.title}. `),
      e.text,
      h('span', { class: 'hint' }, ` Sources: ${sourceLabels(game.scenario, e.sources).join('; ')}.`),
    ),
  );
  const prevScores = game.turns[index - 1]?.report.scores ?? scores(game.initial);
  // Only the scores the viewer may see: its own while the game is played, all at the debrief.
  const scoreItems = ACTORS.flatMap((a) => {
    const now = r.scores[a];
    if (now === undefined) return [];
    const d = now - prevScores[a];
    return `${ACTOR_LABEL[a]}: ${now} of 100 (${d === 0 ? 'unchanged' : signed(d)})`;
  });
  const heading = h(
    'h3',
    { id: headingId, tabindex: -1, 'data-autofocus-primary': opts.primary },
    `What happened in ${formatDate(r.date)} (turn ${r.turn})`,
  );
  return h(
    'article',
    { class: 'report', 'aria-labelledby': headingId },
    heading,
    section(
      viewer === 'instructor' ? 'Rejected orders' : 'Your rejected orders',
      mine,
      'None: every order was carried out.',
    ),
    section('Detections', detections, 'No covert shipment was detected.'),
    section('Shipments you can see', ships, 'None.'),
    section('Deals', deals, 'Nothing changed.'),
    section('Council votes', council, 'No draft was put to the vote.'),
    section('Sanctions and the Panel', notes, 'Nothing to report.'),
    section('Events', events, 'No event this turn.'),
    section(viewer === 'instructor' ? 'Scores after the turn' : 'Your score after the turn', scoreItems, ''),
    h(
      'details',
      { class: 'report-part', open: changeItems.length <= 40 },
      h('summary', {}, `Every change and its cause (${changeItems.length})`),
      h('ul', { class: 'changes' }, ...changeItems.map((t) => h('li', {}, t))),
    ),
  );
}

export function reportPanel(game: Game, viewer: ActorId): HTMLElement {
  const live = h('div', { 'aria-live': 'polite', 'aria-atomic': 'false', class: 'report-live' });
  const el = h(
    'section',
    { class: 'panel report-panel', 'aria-label': 'Turn report' },
    h('h2', {}, 'Turn report'),
    live,
  );
  if (game.turns.length === 0) {
    live.append(
      h(
        'p',
        { class: 'hint' },
        `No turn has been resolved yet. ${ACTOR_LABEL[viewer]}, give your orders and end the turn; the report then explains every change.`,
      ),
    );
  } else {
    live.append(reportView(game, game.turns.length - 1, viewer, { primary: true }));
  }
  return el;
}
