/**
 * The council's order forms and the other political orders: UNSC tables a draft and directs
 * the Panel of Experts; RUS and CHN vote on each draft on the table, table sanctions relief and
 * court elected seats; PRK launches missiles or tests a nuclear device; China holds back fuel or
 * tightens customs. Like the other forms they
 * check only what the browser knows (a choice made, a whole number in range) and state the
 * facts beside the fields; the engine's verdict on each order shows in the pending list.
 * `formsFor` returns only the forms the actor can use (store/forms.ts `orderFormsFor`).
 */
import type { ActorId, DraftOrder, GameState, Measure, MonitorOrder, Order, Vote, VoteOrder } from '../engine/index.ts';
import { MEASURES, MEASURE_LABEL, MEASURE_VALUE, VOTES, assertNever, isVotingActor } from '../engine/index.ts';
import {
  chineseRoutes,
  customsEffects,
  draftsOf,
  electedSeats,
  holdFuelEffects,
  launchEffects,
  lobbyEffects,
  nuclearTestEffects,
  orderFormsFor,
  panelStatus,
} from '../store/index.ts';
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
  relief:
    'Eases the sanctions: North Korean workers may go abroad again, and the oil cap is raised to the value (0 leaves it). Only Russia or China table it; the United States, the United Kingdom and France can veto it.',
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
  relief: 'the raised oil cap, thousand barrels a year (0: the cap stays)',
};

export function draftForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  // The Council majority tables every measure but relief; Russia and China only relief.
  const mine = MEASURES.filter((m) => (me === 'UNSC') !== (m === 'relief'));
  const measure = selectField(
    'Measure',
    mine.map((m) => ({ value: m, label: MEASURE_LABEL[m] })),
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
  measure.input.value = me === 'UNSC' ? 'renewPanel' : 'relief';
  if (me !== 'UNSC') value.input.value = '0';
  sync();
  const f = frame(
    me === 'UNSC' ? 'Table a draft resolution' : 'Table a draft to ease the sanctions',
    'Table draft',
    [
      measure.wrap,
      help,
      value.wrap,
      h(
        'p',
        { class: 'hint' },
        me === 'UNSC'
          ? `The council votes on it next turn; at most ${max} draft(s) a turn. Adopted with 9 votes in favour and no permanent member against. A draft that changes nothing (the same measure already in force) is refused.`
          : `The council votes on it next turn. Tabling it earns Pyongyang's thanks (+${state.rules.design.reliefPrkRelation}) and costs a little standing in the West (−${state.rules.design.reliefReputation}).`,
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

export function launchForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const max = state.rules.design.maxLaunchesPerTurn;
  const count = numberField('Missiles', { min: 1, max, value: 1 });
  const f = frame(
    'Launch missiles',
    'Order the launch',
    [
      count.wrap,
      h('p', {}, 'A launch order brings and costs:'),
      h('ul', { class: 'effects' }, ...launchEffects(state).map((e) => h('li', {}, e))),
    ],
    (editing) => {
      clearErrors([count], f.summary);
      const n = readInt(count.input, 'the number of missiles', 1, max);
      if (!n.ok) return count.setError(n.error);
      const o: Order = n.value === 1 ? { kind: 'launch', actor: me } : { kind: 'launch', actor: me, count: n.value };
      commitOrder(f, o, editing, submit);
    },
    () => clearErrors([count], f.summary),
  );
  return {
    kind: 'launch',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'launch') return;
      count.input.value = String(o.count ?? 1);
      f.setEditing(i);
    },
    focusFirst: () => count.input.focus(),
  };
}

/** A form with no fields: a button, and what the order brings and costs. */
function plainForm(
  kind: Order['kind'],
  title: string,
  label: string,
  effects: string[],
  order: Order,
  submit: Submit,
): OrderForm {
  const f = frame(
    title,
    label,
    [h('ul', { class: 'effects' }, ...effects.map((e) => h('li', {}, e)))],
    (editing) => {
      f.summary.textContent = '';
      commitOrder(f, order, editing, submit);
    },
    () => {
      f.summary.textContent = '';
    },
  );
  return {
    kind,
    el: f.form,
    edit: (_o, i) => f.setEditing(i),
    focusFirst: () => f.form.querySelector<HTMLButtonElement>('button[type=submit]')?.focus(),
  };
}

export function lobbyForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const seats = electedSeats(state);
  const seat = selectField(
    'Seat to court',
    seats.map((x) => ({ value: x.id, label: x.name })),
  );
  const f = frame(
    'Court an elected seat',
    'Court the seat',
    [seat.wrap, h('ul', { class: 'effects' }, ...lobbyEffects(state).map((e) => h('li', {}, e)))],
    (editing) => {
      clearErrors([seat], f.summary);
      commitOrder(f, { kind: 'lobby', actor: me, seat: seat.input.value }, editing, submit);
    },
    () => clearErrors([seat], f.summary),
  );
  return {
    kind: 'lobby',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'lobby') return;
      seat.input.value = o.seat;
      f.setEditing(i);
    },
    focusFirst: () => seat.input.focus(),
  };
}

export function customsForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const route = selectField(
    'Route',
    chineseRoutes(state).map((r) => ({ value: r.id, label: r.name })),
  );
  const f = frame(
    'Tighten customs',
    'Tighten customs',
    [route.wrap, h('ul', { class: 'effects' }, ...customsEffects(state).map((e) => h('li', {}, e)))],
    (editing) => {
      clearErrors([route], f.summary);
      commitOrder(f, { kind: 'customs', actor: me, route: route.input.value }, editing, submit);
    },
    () => clearErrors([route], f.summary),
  );
  return {
    kind: 'customs',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'customs') return;
      route.input.value = o.route;
      f.setEditing(i);
    },
    focusFirst: () => route.input.focus(),
    selectRoute(id) {
      if (chineseRoutes(state).some((r) => r.id === id)) route.input.value = id;
    },
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
        out.push(launchForm(me, state, submit));
        break;
      case 'nuclearTest':
        out.push(
          plainForm(
            'nuclearTest',
            'Test a nuclear device',
            'Order the test',
            nuclearTestEffects(state),
            { kind: 'nuclearTest', actor: me },
            submit,
          ),
        );
        break;
      case 'lobby':
        out.push(lobbyForm(me, state, submit));
        break;
      case 'holdFuel':
        out.push(
          plainForm(
            'holdFuel',
            'Hold back fuel',
            'Hold back this turn\u2019s fuel',
            holdFuelEffects(state),
            { kind: 'holdFuel', actor: me },
            submit,
          ),
        );
        break;
      case 'customs':
        out.push(customsForm(me, state, submit));
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
