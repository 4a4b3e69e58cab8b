/** The council chamber: the fifteen seats, drafts on the table and the last votes. */
import type { Game } from '../store/index.ts';
import { councilView, currentState } from '../store/index.ts';
import { h } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';

export function councilPanel(game: Game): HTMLElement {
  const v = councilView(currentState(game), game.turns.at(-1)?.report ?? null);
  const seats = h(
    'ul',
    { class: 'seats', 'aria-label': 'The fifteen seats' },
    ...v.seats.map((s) =>
      h('li', { class: `seat${s.permanent ? ' permanent' : ''}` }, h('span', { class: 'seat-name' }, s.name), h('span', { class: 'seat-meta' }, `${s.permanent ? 'permanent, veto' : 'elected'}${s.actor ? ` · votes by ${ACTOR_LABEL[s.actor]}'s orders` : ' · votes by the scenario\u2019s rules'}`)),
    ),
  );
  const drafts = v.drafts.length === 0 ? h('p', { class: 'hint' }, 'No draft resolution is on the table.') : h('ul', {}, ...v.drafts.map((d) => h('li', {}, `${d.title} (tabled by ${d.sponsor}, turn ${d.tabledTurn})`)));
  const votes =
    v.lastVotes.length === 0
      ? h('p', { class: 'hint' }, 'No vote was taken last turn.')
      : h('ul', {}, ...v.lastVotes.map((x) => h('li', {}, `${x.draft}: ${x.yes} for, ${x.no} against, ${x.abstain} abstaining${x.vetoedBy.length ? `; vetoed by ${x.vetoedBy.join(' and ')}` : ''} — ${x.adopted ? 'adopted' : 'not adopted'}`)));
  return h(
    'section',
    { class: 'panel council', 'aria-label': 'Council chamber' },
    h('h2', {}, 'Council chamber'),
    h('h3', {}, 'Drafts on the table'),
    drafts,
    h('h3', {}, 'Last votes'),
    votes,
    v.note === null ? null : h('p', { class: 'hint' }, v.note),
    h('details', {}, h('summary', {}, 'The fifteen seats'), seats),
  );
}
