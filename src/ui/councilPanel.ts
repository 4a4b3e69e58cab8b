/**
 * The council chamber: drafts on the table (with the vote cast for Russia and China if they
 * give none), every seat's vote on each draft resolved last turn (permanent members marked),
 * adopted or failed and why, the regime in force, and the record of decisions including those
 * before the scenario. Everything is read from `councilView`; sentences from the engine's
 * `explainCouncil`.
 */
import type { CouncilRecord } from '../engine/index.ts';
import { explainCouncil } from '../engine/index.ts';
import type { CouncilView, Game, VoteView } from '../store/index.ts';
import { councilView, currentState, sourceLabels } from '../store/index.ts';
import { fmt, h } from './dom.ts';
import { RESOURCE_LABEL, actorLabel, unitOf } from './names.ts';
import { isResource } from '../engine/index.ts';

const VOTE_WORD = { yes: 'Yes', no: 'No', abstain: 'Abstain' } as const;

function why(v: VoteView['votes'][number]): string {
  switch (v.by) {
    case 'order':
      return 'its own order';
    case 'default':
      return 'default (no vote order)';
    case 'rule':
      return `rule (score ${v.score ?? 0})`;
  }
}

/** One resolved draft: the verdict, the count, and a table of the fifteen seats. */
export function voteTable(v: VoteView, record: CouncilRecord | null): HTMLElement {
  const caption = `${v.draft}: ${v.title}. ${v.verdict}.`;
  return h(
    'div',
    { class: `vote-result ${v.outcome}`, 'data-draft': v.draft },
    h(
      'p',
      { class: 'verdict-line' },
      h('strong', {}, `${v.draft} — ${v.verdict}`),
      ` (${v.yes} in favour, ${v.no} against, ${v.abstain} abstaining; turn ${v.turn})`,
    ),
    record === null
      ? null
      : h(
          'p',
          { class: 'hint' },
          `${explainCouncil(record)}. The elected seats weighed ${v.evidence} evidence item(s) and ${v.launches} launch(es).`,
        ),
    h(
      'table',
      { class: 'data compact seats-vote' },
      h('caption', { class: 'sr-only' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Seat'),
          h('th', { scope: 'col' }, 'Vote'),
          h('th', { scope: 'col' }, 'Why'),
        ),
      ),
      h(
        'tbody',
        {},
        ...v.votes.map((s) =>
          h(
            'tr',
            { class: `${s.permanent ? 'permanent ' : ''}vote-${s.vote}` },
            h(
              'th',
              { scope: 'row' },
              s.name,
              s.permanent ? h('abbr', { title: 'permanent member (veto)', class: 'perm' }, ' P5') : null,
            ),
            h('td', {}, VOTE_WORD[s.vote], s.permanent && s.vote === 'no' ? ' (veto)' : ''),
            h('td', {}, why(s)),
          ),
        ),
      ),
    ),
  );
}

function regimeSection(game: Game, v: CouncilView): HTMLElement {
  const unit = (r: string): string => (isResource(r) ? unitOf(r) : '');
  const name = (r: string): string => (isResource(r) ? RESOURCE_LABEL[r] : r);
  const caps = v.caps.map((c) =>
    h(
      'li',
      {},
      `${c.id}: ${name(c.resource)} into ${actorLabel(c.to)} at most ${fmt(c.perYear)} ${unit(c.resource)} a year`,
      c.inForce
        ? `; declared so far in ${c.year}: ${fmt(c.declared)} (${fmt(Math.max(0, c.perYear - c.declared))} left)`
        : c.untilTurn !== null
          ? ` (replaced after turn ${c.untilTurn})`
          : ` (from turn ${c.fromTurn})`,
      h('span', { class: 'hint' }, ` — basis: ${sourceLabels(game.scenario, c.basis).join('; ')}`),
    ),
  );
  const bans = v.bans.map((b) =>
    h(
      'li',
      {},
      `${b.id}: no ${name(b.resource).toLowerCase()} ${b.from === null ? '' : `from ${actorLabel(b.from)} `}${b.to === null ? 'to anyone' : `to ${actorLabel(b.to)}`}`,
      b.fromTurn > 1 ? ` (from turn ${b.fromTurn})` : '',
      b.deadlineText === null ? '' : `; ${b.deadlineText}`,
      h('span', { class: 'hint' }, ` — basis: ${sourceLabels(game.scenario, b.basis).join('; ')}`),
    ),
  );
  const p = v.panel;
  return h(
    'section',
    { class: 'regime', 'aria-label': 'Sanctions in force' },
    h('h3', {}, 'Sanctions in force'),
    h('h4', {}, 'Caps'),
    caps.length === 0 ? h('p', { class: 'hint' }, 'No cap.') : h('ul', {}, ...caps),
    h('h4', {}, 'Bans'),
    bans.length === 0 ? h('p', { class: 'hint' }, 'No ban.') : h('ul', {}, ...bans),
    h('h4', {}, 'Panel of Experts'),
    h('p', { class: p.active ? 'panel-active' : 'panel-lapsed' }, p.mandateText),
    p.active
      ? h(
          'p',
          {},
          p.monitored.length === 0
            ? 'It monitors no route in particular.'
            : `It monitors: ${p.monitored.map((r) => `${r.name} (odds of detection ${fmt(r.oddsBp)} in 10,000)`).join('; ')}.`,
        )
      : null,
    p.basis.length > 0 ? h('p', { class: 'hint' }, `Basis: ${sourceLabels(game.scenario, p.basis).join('; ')}`) : null,
  );
}

function recordSection(game: Game, v: CouncilView): HTMLElement {
  return h(
    'section',
    { class: 'record', 'aria-label': 'The council\u2019s record' },
    h('h3', {}, 'The record'),
    v.record.length === 0
      ? h('p', { class: 'hint' }, 'No decision yet.')
      : h(
          'ul',
          {},
          ...v.record.map((d) =>
            h(
              'li',
              { class: `decision ${d.outcome}` },
              h('strong', {}, d.draft),
              ` (${d.when}): ${d.title} — ${d.verdict}; ${d.yes} in favour, ${d.no} against, ${d.abstain} abstaining`,
              d.sources.length > 0
                ? h('span', { class: 'hint' }, ` — sources: ${sourceLabels(game.scenario, d.sources).join('; ')}`)
                : null,
            ),
          ),
        ),
  );
}

export function councilPanel(game: Game): HTMLElement {
  const state = currentState(game);
  const last = game.turns.at(-1)?.report ?? null;
  const v = councilView(state, last, game.scenario);
  const drafts =
    v.drafts.length === 0
      ? h('p', { class: 'hint' }, 'No draft resolution is on the table.')
      : h(
          'ul',
          { class: 'drafts' },
          ...v.drafts.map((d) =>
            h(
              'li',
              { 'data-draft': d.id },
              h('strong', {}, d.id),
              `: ${d.title}${d.valueText === null ? '' : ` (${d.valueText})`}. Tabled on turn ${d.tabledTurn}; put to the vote on turn ${d.voteTurn}. Without a vote order, Russia votes ${d.defaults.RUS} and China votes ${d.defaults.CHN}.`,
            ),
          ),
        );
  const votes =
    v.lastVotes.length === 0
      ? h(
          'p',
          { class: 'hint' },
          last === null ? 'No turn has been resolved yet.' : 'No draft was put to the vote last turn.',
        )
      : h('div', {}, ...v.lastVotes.map((x, i) => voteTable(x, last?.council[i] ?? null)));
  return h(
    'section',
    { class: 'panel council', 'aria-label': 'Council chamber' },
    h('h2', {}, 'Council chamber'),
    h('p', { class: 'hint' }, v.rule),
    h('h3', {}, 'Drafts on the table'),
    drafts,
    h('h3', {}, 'Last turn\u2019s votes'),
    votes,
    regimeSection(game, v),
    recordSection(game, v),
    h(
      'details',
      {},
      h('summary', {}, 'The fifteen seats'),
      h(
        'ul',
        { class: 'seats', 'aria-label': 'The fifteen seats' },
        ...v.seats.map((s) =>
          h(
            'li',
            { class: `seat${s.permanent ? ' permanent' : ''}` },
            h('span', { class: 'seat-name' }, s.name),
            h(
              'span',
              { class: 'seat-meta' },
              `${s.permanent ? 'permanent, veto' : 'elected'}${s.actor ? ` · votes by ${actorLabel(s.actor)}'s orders` : ' · votes by the scenario\u2019s rules'}`,
            ),
          ),
        ),
      ),
    ),
  );
}
