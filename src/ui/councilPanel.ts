/**
 * The council chamber (the Council tab): the drafts on the table (with the vote Russia and
 * China cast if they give none), every seat's vote on each draft decided last turn (permanent
 * members marked), whether it passed and why not, the sanctions in force, the Panel of
 * Experts, and the record of decisions including those before the game. Read from the
 * viewer's state (the council is public) through `councilView`.
 */
import type { ActorId, ReportView, StateView } from '../engine/index.ts';
import { ADOPTION_VOTES } from '../engine/index.ts';
import type { CouncilView, GameView, PublicScenario, VoteView } from '../store/index.ts';
import { councilView } from '../store/index.ts';
import { h } from './dom.ts';
import { glossaryTerm } from './help.ts';
import { list, t } from './i18n/index.ts';
import {
  actorName,
  banName,
  capName,
  date,
  draftTitle,
  measureName,
  percentOfBp,
  quantity,
  sourceLabels,
  turnDate,
} from './words.ts';

/** "Adopted", "Vetoed by China and Russia", "Failed: 7 in favour, 9 needed". */
export function verdictText(v: Pick<VoteView, 'outcome' | 'yes'> & { vetoedBy: readonly string[] }): string {
  switch (v.outcome) {
    case 'adopted':
      return t('council.adopted');
    case 'vetoed':
      return t('council.vetoed', { by: list(v.vetoedBy) });
    case 'short':
      return t('council.short', { yes: v.yes, need: ADOPTION_VOTES });
  }
}

function why(v: VoteView['votes'][number], courted: readonly ActorId[]): string {
  switch (v.by) {
    case 'order':
      return t('council.byOrder');
    case 'default':
      return t('council.byDefault');
    case 'rule':
      return courted.length === 0
        ? t('council.byRule')
        : t('council.byRuleCourted', { by: list(courted.map(actorName)) });
  }
}

/** Who courted each elected seat for the votes of `turn` (lobbying is public: engine's lobby.ts). */
export function courtedFor(state: Pick<StateView, 'council'>, turn: number): (seat: string) => ActorId[] {
  return (seat) =>
    state.council.lobbying.filter((l) => l.seat === seat && l.turn <= turn && l.until >= turn).map((l) => l.by);
}

/** One decided draft: the verdict, the count, and a table of the fifteen seats (with who
 * courted a seat that voted by its rule, when `courted` is given). */
export function voteTable(v: VoteView, courted: (seat: string) => ActorId[] = () => []): HTMLElement {
  const title = draftTitle(v.measure, v.value);
  return h(
    'div',
    { class: `vote-result ${v.outcome}`, 'data-draft': v.draft },
    h('p', { class: 'verdict-line' }, h('strong', {}, `${title} — ${verdictText(v)}`)),
    h(
      'p',
      { class: 'hint' },
      t('council.count', { yes: v.yes, no: v.no, abstain: v.abstain, evidence: v.evidence, launches: v.launches }),
    ),
    h(
      'table',
      { class: 'data compact seats-vote' },
      h('caption', { class: 'sr-only' }, t('council.caption', { draft: title })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('council.seat')),
          h('th', { scope: 'col' }, t('council.vote')),
          h('th', { scope: 'col' }, t('council.why')),
        ),
      ),
      h(
        'tbody',
        {},
        ...v.votes.map((s) =>
          h(
            'tr',
            { class: `${s.permanent ? 'permanent ' : ''}vote-${s.vote}` },
            h('th', { scope: 'row' }, s.name, s.permanent ? h('span', { class: 'perm' }, ` ${t('council.p5')}`) : null),
            h(
              'td',
              {},
              t(`vote.${s.vote}` as const),
              s.permanent && s.vote === 'no' && v.outcome === 'vetoed' ? ` (${t('council.veto')})` : '',
            ),
            h('td', {}, why(s, s.permanent ? [] : courted(s.id))),
          ),
        ),
      ),
    ),
  );
}

function regimeSection(state: StateView, v: CouncilView, scenario: PublicScenario): HTMLElement {
  const basis = (ids: readonly string[]): string =>
    ids.length === 0 ? t('council.adoptedHere') : list(sourceLabels(scenario.sources, ids));
  const caps = v.caps.map((c) =>
    h(
      'li',
      {},
      t('council.cap', { name: capName(c), limit: quantity(c.resource, c.perYear) }),
      c.inForce
        ? ` ${t('council.capUsed', { year: String(c.year), used: quantity(c.resource, c.declared) })}`
        : c.untilTurn !== null
          ? ` ${t('council.capReplaced', { date: turnDate(state.rules, c.untilTurn) })}`
          : ` ${t('council.capFrom', { date: turnDate(state.rules, c.fromTurn) })}`,
      h('span', { class: 'hint' }, ` ${t('council.basis', { basis: basis(c.basis) })}`),
    ),
  );
  const bans = v.bans.map((b) =>
    h(
      'li',
      {},
      t('council.ban', { name: banName(b) }),
      b.fromTurn > state.turn ? ` ${t('council.capFrom', { date: turnDate(state.rules, b.fromTurn) })}` : '',
      b.deadlineTurn === null
        ? ''
        : ` ${t(b.deadlinePassed ? 'council.deadlinePassed' : 'council.deadline', { date: turnDate(state.rules, b.deadlineTurn) })}`,
      h('span', { class: 'hint' }, ` ${t('council.basis', { basis: basis(b.basis) })}`),
    ),
  );
  const p = v.panel;
  const panelText = !p.exists
    ? t('council.noPanel')
    : p.active
      ? t('council.panelActive', { date: turnDate(state.rules, p.mandateEnd) })
      : t('council.panelLapsed', { date: turnDate(state.rules, p.mandateEnd) });
  return h(
    'section',
    { class: 'regime', 'aria-label': t('council.inForce') },
    h('h3', {}, t('council.inForce')),
    h('h4', {}, glossaryTerm('cap', t('council.caps'))),
    caps.length === 0 ? h('p', { class: 'hint' }, t('council.noCaps')) : h('ul', {}, ...caps),
    h('h4', {}, glossaryTerm('ban', t('council.bans'))),
    bans.length === 0 ? h('p', { class: 'hint' }, t('council.noBans')) : h('ul', {}, ...bans),
    h('h4', {}, glossaryTerm('panel', t('council.panel'))),
    h('p', { class: p.active ? 'panel-active' : 'panel-lapsed' }, panelText),
    p.active
      ? h(
          'p',
          {},
          p.monitored.length === 0
            ? t('council.watchesNone')
            : t('council.watches', {
                routes: list(
                  p.monitored.map((r) => t('council.watched', { name: r.name, odds: percentOfBp(r.oddsBp) })),
                ),
              }),
        )
      : null,
  );
}

function recordSection(state: StateView, v: CouncilView): HTMLElement {
  return h(
    'section',
    { class: 'record', 'aria-label': t('council.record') },
    h('h3', {}, t('council.record')),
    v.record.length === 0
      ? h('p', { class: 'hint' }, t('council.noRecord'))
      : h(
          'ul',
          {},
          ...v.record.map((d) =>
            h(
              'li',
              { class: `decision ${d.outcome}` },
              h('strong', {}, measureName(d.measure)),
              ` (${d.turn === 0 ? (d.date === null ? t('council.beforeGame') : t('council.beforeGameOn', { date: date(d.date) })) : turnDate(state.rules, d.turn)}): `,
              verdictText(d),
              `; ${t('council.countShort', { yes: d.yes, no: d.no, abstain: d.abstain })}`,
            ),
          ),
        ),
  );
}

/** Who put a draft forward, when it is not the Council majority (Russia's or China's relief). */
function draftSponsor(state: StateView, id: string): { sponsored: number; by: string } {
  const by = state.council.drafts.find((x) => x.id === id)?.by;
  return by === undefined || by === 'UNSC' ? { sponsored: 0, by: '' } : { sponsored: 1, by: actorName(by) };
}

/** Who is courting a seat for this turn's votes and the next ones, and until when. */
function courting(state: StateView, seat: string): string[] {
  return state.council.lobbying
    .filter((l) => l.seat === seat && l.until >= state.turn)
    .map((l) => ` · ${t('council.courted', { actor: actorName(l.by), date: turnDate(state.rules, l.until) })}`);
}

export function councilPanel(view: GameView, upTo: number = view.turns.length - 1): HTMLElement {
  const seen = view.turns[upTo] ?? view.turns[0];
  if (seen === undefined) return h('section', {});
  const state = seen.state;
  const last: ReportView | null = seen.report;
  const v = councilView(state, last, view.scenario.councilHistory);
  const drafts =
    v.drafts.length === 0
      ? h('p', { class: 'hint' }, t('council.noDrafts'))
      : h(
          'ul',
          { class: 'drafts' },
          ...v.drafts.map((d) =>
            h(
              'li',
              { 'data-draft': d.id },
              h('strong', {}, draftTitle(d.measure, d.value)),
              ` ${t('council.draftWhen', {
                ...draftSponsor(state, d.id),
                tabled: turnDate(state.rules, d.tabledTurn),
                rus: d.defaults.RUS,
                chn: d.defaults.CHN,
                russia: actorName('RUS'),
                china: actorName('CHN'),
              })}`,
            ),
          ),
        );
  const votes =
    v.lastVotes.length === 0
      ? h('p', { class: 'hint' }, last === null ? t('council.noTurnYet') : t('council.noVote'))
      : h('div', {}, ...v.lastVotes.map((x) => voteTable(x, courtedFor(state, x.turn))));
  return h(
    'section',
    { class: 'council', 'aria-label': t('council.title'), 'data-testid': 'council' },
    h('h2', {}, t('council.title')),
    h(
      'p',
      { class: 'hint' },
      t('council.rule', { n: ADOPTION_VOTES }),
      ' ',
      glossaryTerm('veto', t('council.whatIsVeto')),
    ),
    h('h3', {}, t('council.drafts')),
    drafts,
    h('h3', {}, t('council.lastVotes')),
    votes,
    regimeSection(state, v, view.scenario),
    recordSection(state, v),
    h(
      'details',
      {},
      h('summary', {}, t('council.seats')),
      h(
        'ul',
        { class: 'seats' },
        ...v.seats.map((s) =>
          h(
            'li',
            { class: `seat${s.permanent ? ' permanent' : ''}` },
            h('span', { class: 'seat-name' }, s.name),
            ' ',
            h(
              'span',
              { class: 'seat-meta' },
              s.permanent ? t('council.permanent') : t('council.elected'),
              s.actor === null ? '' : ` · ${t('council.votesBy', { actor: actorName(s.actor) })}`,
              ...courting(state, s.id),
            ),
          ),
        ),
      ),
    ),
  );
}
