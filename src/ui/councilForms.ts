/**
 * The council's order forms: UNSC tables a draft and directs the Panel of Experts, RUS and CHN
 * vote on each draft on the table, PRK test-launches a missile. Like the other forms they
 * check only what the browser knows (a choice made, a whole number in range) and state the
 * facts beside the fields; the engine's verdict on each order shows in the pending list.
 * `formsFor` returns only the forms the actor can use (store/forms.ts `orderFormsFor`).
 */
import type { ActorId, DraftOrder, GameState, Measure, MonitorOrder, Order, Vote, VoteOrder } from '../engine/index.ts';
import { MEASURES, MEASURE_LABEL, MEASURE_VALUE, VOTES, assertNever, isVotingActor } from '../engine/index.ts';
import { draftsOf, launchEffects, orderFormsFor, panelStatus } from '../store/index.ts';
import type { DraftView } from '../store/index.ts';
import { h, uid } from './dom.ts';
import { numberField, radioGroup, readInt, selectField } from './fields.ts';
import type { OrderForm, Submit } from './orderForms.ts';
import { clearErrors, commitOrder, dealForm, frame, prioritiesForm, shipForm } from './orderForms.ts';
import { actorLabel } from './names.ts';

/** What each measure does when adopted (the engine's sanctions.ts `enactMeasure`). */
export const MEASURE_HELP: Readonly<Record<Measure, string>> = {
  oilCap:
    'Replaces the yearly cap on refined petroleum into North Korea with the value (thousand barrels a year), from the turn after adoption. Declared deliveries count against it; covert ones only when detected.',
  workerBan:
    'Bans North Korean workers abroad from the turn after adoption. The value is the number of turns to the repatriation deadline (0: no grace); workers still abroad then are evidence.',
  armsEmbargo: 'Bans munitions from North Korea to anyone from the turn after adoption. Takes no value.',
  renewPanel:
    'Extends the Panel of Experts\u2019 mandate to the value in turns after the vote: extra odds of detection on every route, more on the routes it monitors.',
  condemn:
    'Condemns the launches and violations: no new sanction, but relations between North Korea and the Council fall if it is adopted. Takes no value.',
};

/** Measures whose value means something (see MEASURES in the engine's ids.ts). */
function takesValue(m: Measure): boolean {
  return MEASURE_VALUE[m].max > 0;
}

const VALUE_HINT: Readonly<Record<Measure, string>> = {
  oilCap: 'thousand barrels a year',
  workerBan: 'turns to the repatriation deadline',
  armsEmbargo: 'not used',
  renewPanel: 'turns of the new mandate',
  condemn: 'not used',
};

export function draftForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const measure = selectField(
    'Measure',
    MEASURES.map((m) => ({ value: m, label: MEASURE_LABEL[m] })),
  );
  const value = numberField('Value', { min: 0, max: 1_000_000, value: 4 });
  const help = h('p', { class: 'hint measure-help', 'aria-live': 'polite' });
  const max = state.rules.council.maxDraftsPerTurn;
  const all = [measure, value];
  const sync = (): void => {
    const m = measure.input.value as Measure;
    const lim = MEASURE_VALUE[m];
    help.textContent = `${MEASURE_HELP[m]}${takesValue(m) ? ` Value: ${VALUE_HINT[m]}, ${lim.min} to ${lim.max}.` : ''}`;
    value.wrap.hidden = !takesValue(m);
    value.input.min = String(lim.min);
    value.input.max = String(lim.max);
  };
  measure.input.addEventListener('change', sync);
  measure.input.value = 'renewPanel';
  sync();
  const f = frame(
    'Table a draft resolution',
    'Table draft',
    [
      measure.wrap,
      help,
      value.wrap,
      h(
        'p',
        { class: 'hint' },
        `The council votes on it next turn; at most ${max} draft(s) a turn. Adopted with 9 votes in favour and no permanent member against.`,
      ),
    ],
    (editing) => {
      clearErrors(all, f.summary);
      const m = measure.input.value as Measure;
      const o: DraftOrder = { kind: 'draft', actor: me, measure: m };
      if (takesValue(m)) {
        const lim = MEASURE_VALUE[m];
        const n = readInt(value.input, 'the value', lim.min, lim.max);
        if (!n.ok) return value.setError(n.error);
        o.value = n.value;
      }
      commitOrder(f, o, editing, submit);
    },
    () => clearErrors(all, f.summary),
  );
  return {
    kind: 'draft',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'draft') return;
      measure.input.value = o.measure;
      if (o.value !== undefined) value.input.value = String(o.value);
      sync();
      f.setEditing(i);
    },
    focusFirst: () => measure.input.focus(),
  };
}

const VOTE_LABEL: Readonly<Record<Vote, string>> = {
  yes: 'Yes',
  no: 'No (against: a veto if nine are in favour)',
  abstain: 'Abstain',
};

/** One form per draft on the table: yes, no or abstain, with the default if no vote is given. */
export function voteForm(me: ActorId, d: DraftView, submit: Submit): OrderForm {
  const def = isVotingActor(me) ? d.defaults[me] : 'abstain';
  const choice = radioGroup(
    `Your vote on ${d.id}`,
    uid(`vote-${d.id}`),
    VOTES.map((v) => ({ value: v, label: VOTE_LABEL[v] })),
  );
  choice.set(def);
  const f = frame(
    `Vote on draft ${d.id}`,
    `Cast vote on ${d.id}`,
    [
      h(
        'p',
        {},
        `${d.title}${d.valueText === null ? '' : ` (${d.valueText})`}. Tabled on turn ${d.tabledTurn}, put to the vote this turn.`,
      ),
      choice.el,
      h(
        'p',
        { class: 'hint default-vote' },
        `If you give no vote, ${actorLabel(me)} votes ${def} (the scenario\u2019s default). As a permanent member, a "no" blocks the draft even with nine votes in favour.`,
      ),
    ],
    (editing) => {
      f.summary.textContent = '';
      const o: VoteOrder = { kind: 'vote', actor: me, draft: d.id, vote: choice.get() as Vote };
      commitOrder(f, o, editing, submit);
    },
    () => {
      f.summary.textContent = '';
    },
  );
  return {
    kind: 'vote',
    el: f.form,
    accepts: (o) => o.kind === 'vote' && o.draft === d.id,
    edit(o, i) {
      if (o.kind !== 'vote') return;
      choice.set(o.vote);
      f.setEditing(i);
    },
    focusFirst: () => f.form.querySelector<HTMLInputElement>('input:checked')?.focus(),
  };
}

function noDraftsNote(): OrderForm {
  const el = h(
    'form',
    { class: 'order-form' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Council votes'),
      h(
        'p',
        { class: 'hint' },
        'No draft is on the table this turn: there is nothing to vote on. Drafts tabled by the Council this turn are voted on next turn.',
      ),
    ),
  );
  el.addEventListener('submit', (ev) => ev.preventDefault());
  return { kind: 'vote', el, edit: () => undefined, focusFirst: () => undefined, accepts: () => false };
}

export function monitorForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const status = panelStatus(state);
  const boxes = state.routes.map((r) => {
    const id = uid('mon');
    const input = h('input', { type: 'checkbox', id, value: r.id });
    input.checked = state.regime.panel.monitored.includes(r.id);
    input.disabled = !status.active;
    return { input, el: h('label', { for: id, class: 'radio' }, input, ` ${r.name}`) };
  });
  const group = h('fieldset', { class: 'radios' }, h('legend', {}, 'Routes to monitor'), ...boxes.map((b) => b.el));
  const f = frame(
    'Direct the Panel of Experts',
    'Assign the Panel',
    [
      h('p', { class: status.active ? 'hint' : 'hint lapsed' }, status.text),
      group,
      h('p', { class: 'hint' }, 'The new list replaces the current one; leave every box empty to stop monitoring.'),
    ],
    (editing) => {
      f.summary.textContent = '';
      const routes = boxes.filter((b) => b.input.checked).map((b) => b.input.value);
      if (!status.active) {
        f.summary.textContent = status.text;
        return;
      }
      if (routes.length > status.maxRoutes) {
        f.summary.textContent = `The Panel can monitor ${status.maxRoutes} route(s) at once; ${routes.length} are ticked.`;
        return;
      }
      const o: MonitorOrder = { kind: 'monitor', actor: me, routes };
      commitOrder(f, o, editing, submit);
    },
    () => {
      f.summary.textContent = '';
    },
  );
  const submitButton = f.form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (submitButton !== null) submitButton.disabled = !status.active;
  return {
    kind: 'monitor',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'monitor') return;
      for (const b of boxes) b.input.checked = o.routes.includes(b.input.value);
      f.setEditing(i);
    },
    focusFirst: () => boxes.find((b) => !b.input.disabled)?.input.focus(),
    selectRoute(id) {
      const b = boxes.find((x) => x.input.value === id);
      if (b !== undefined && !b.input.disabled) b.input.checked = true;
    },
  };
}

export function launchForm(me: ActorId, submit: Submit): OrderForm {
  const f = frame(
    'Test-launch a missile',
    'Order a test launch',
    [
      h('p', {}, 'One launch this turn brings and costs:'),
      h('ul', { class: 'effects' }, ...launchEffects().map((e) => h('li', {}, e))),
    ],
    (editing) => {
      f.summary.textContent = '';
      const o: Order = { kind: 'launch', actor: me };
      commitOrder(f, o, editing, submit);
    },
    () => {
      f.summary.textContent = '';
    },
  );
  return {
    kind: 'launch',
    el: f.form,
    edit: () => undefined,
    focusFirst: () => f.form.querySelector<HTMLButtonElement>('button[type=submit]')?.focus(),
  };
}

/** The forms `me` can use this turn, in display order. */
export function formsFor(me: ActorId, state: GameState, submit: Submit): OrderForm[] {
  const out: OrderForm[] = [];
  for (const kind of orderFormsFor(me)) {
    switch (kind) {
      case 'vote': {
        const drafts = draftsOf(state);
        if (drafts.length === 0) out.push(noDraftsNote());
        for (const d of drafts) out.push(voteForm(me, d, submit));
        break;
      }
      case 'draft':
        out.push(draftForm(me, state, submit));
        break;
      case 'monitor':
        out.push(monitorForm(me, state, submit));
        break;
      case 'launch':
        out.push(launchForm(me, submit));
        break;
      case 'ship':
        out.push(shipForm(me, state, submit));
        break;
      case 'proposeDeal':
        out.push(dealForm(me, state, submit));
        break;
      case 'setPriorities':
        out.push(prioritiesForm(me, state, submit));
        break;
      default:
        assertNever(kind);
    }
  }
  return out;
}
