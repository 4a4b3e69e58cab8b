/**
 * One form per order type. A form checks only what the browser can know on its own (a whole
 * number in range, a choice made) and builds an Order; whether the order can be carried out
 * (capacity, stock, a closed or wrong route) is the engine's to say, and the pending list
 * shows the engine's verdict next to each order (orders.ts).
 */
import type { ActorId, GameState, Order, ProposeDealOrder, SetPrioritiesOrder, ShipOrder } from '../engine/index.ts';
import { ACTORS, OrderSchema, RESOURCES, isGood } from '../engine/index.ts';
import { h, uid } from './dom.ts';
import type { Field } from './fields.ts';
import { numberField, radioGroup, readInt, selectField } from './fields.ts';
import { ACTOR_LABEL, RESOURCE_LABEL, actorLabel, unitOf } from './names.ts';

export const MAX_AMOUNT = 1_000_000_000;

export interface OrderForm {
  kind: Order['kind'];
  el: HTMLFormElement;
  /** Load an order for editing (the submit button then saves over it). */
  edit(order: Order, index: number): void;
  focusFirst(): void;
  /** The map's route-picking intent: preselect this route where the form has one. */
  selectRoute?(id: string): void;
  /** Whether this form edits `order` (when several forms share a kind, e.g. one per draft). */
  accepts?(order: Order): boolean;
}

export type Submit = (order: Order, editing: number | null) => void;

function actorOptions(me: ActorId): { value: string; label: string }[] {
  return ACTORS.filter((a) => a !== me).map((a) => ({ value: a, label: ACTOR_LABEL[a] }));
}

const resourceOptions = RESOURCES.map((r) => ({ value: r, label: `${RESOURCE_LABEL[r]} (${unitOf(r)})` }));

function routeOptions(state: GameState): { value: string; label: string }[] {
  return [
    { value: '', label: 'No route (hard currency moves through banks)' },
    ...state.routes.map((r) => ({
      value: r.id,
      label: `${r.name}: ${actorLabel(r.ends[0])}–${actorLabel(r.ends[1])}${r.open ? '' : ' (closed)'}`,
    })),
  ];
}

/** The shared frame: fieldset + legend, error summary, submit and cancel-edit buttons. */
export function frame(
  title: string,
  addLabel: string,
  fields: HTMLElement[],
  onSubmit: (editing: number | null) => void,
  onCancel: () => void,
) {
  const errorId = uid('form-err');
  const summary = h('p', { class: 'form-error', id: errorId, role: 'alert' });
  const submit = h('button', { type: 'submit' }, addLabel);
  const cancel = h('button', { type: 'button', hidden: true }, 'Cancel edit');
  const legend = h('legend', {}, title);
  const form = h(
    'form',
    { class: 'order-form', novalidate: true },
    h('fieldset', {}, legend, ...fields, summary, h('div', { class: 'actions' }, submit, cancel)),
  );
  let editing: number | null = null;
  const setEditing = (i: number | null): void => {
    editing = i;
    submit.textContent = i === null ? addLabel : `Save order #${i + 1}`;
    legend.textContent = i === null ? title : `${title} (editing order #${i + 1})`;
    cancel.hidden = i === null;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    onSubmit(editing);
  });
  cancel.addEventListener('click', () => {
    setEditing(null);
    onCancel();
  });
  return { form, summary, setEditing, getEditing: () => editing };
}

export function clearErrors(fields: Field<HTMLInputElement | HTMLSelectElement>[], summary: HTMLElement): void {
  for (const f of fields) f.setError(null);
  summary.textContent = '';
}

/**
 * The end of every form's submit: check the order against the wire schema the engine's callers
 * use for untrusted orders (belt and braces), hand it to the pending list, and leave edit mode.
 */
export function commitOrder(
  f: { summary: HTMLElement; setEditing(i: number | null): void },
  o: Order,
  editing: number | null,
  submit: Submit,
): void {
  const r = OrderSchema.safeParse(o);
  if (!r.success) {
    f.summary.textContent = `This order is malformed: ${r.error.issues[0]?.message ?? 'unknown problem'}.`;
    return;
  }
  submit(o, editing);
  f.setEditing(null);
}

export function shipForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const to = selectField('Send to', actorOptions(me));
  const resource = selectField('Resource', resourceOptions);
  const amount = numberField('Amount', { min: 1, max: MAX_AMOUNT }, 'in the unit shown beside the resource');
  const route = selectField('Route', routeOptions(state), 'goods need a route that joins you and the recipient');
  const mode = radioGroup('Declared or covert', uid('ship-mode'), [
    { value: 'declared', label: 'Declared (everyone sees it)' },
    { value: 'covert', label: 'Covert (may be detected)' },
  ]);
  const all = [to, resource, amount, route];
  const f = frame(
    'Ship goods or currency',
    'Add shipment',
    [to.wrap, resource.wrap, amount.wrap, route.wrap, mode.el],
    (editing) => {
      clearErrors(all, f.summary);
      const n = readInt(amount.input, 'the amount', 1, MAX_AMOUNT);
      if (!n.ok) return amount.setError(n.error);
      const res = resource.input.value;
      if (isGood(res) && route.input.value === '')
        return route.setError(`${RESOURCE_LABEL[res]} must travel along a route.`);
      const o: ShipOrder = {
        kind: 'ship',
        actor: me,
        to: to.input.value,
        resource: res,
        amount: n.value,
        mode: mode.get() as ShipOrder['mode'],
      };
      if (route.input.value !== '') o.route = route.input.value;
      commitOrder(f, o, editing, submit);
    },
    () => clearErrors(all, f.summary),
  );
  return {
    kind: 'ship',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'ship') return;
      to.input.value = o.to;
      resource.input.value = o.resource;
      amount.input.value = String(o.amount);
      route.input.value = o.route ?? '';
      mode.set(o.mode);
      f.setEditing(i);
    },
    focusFirst: () => to.input.focus(),
    selectRoute(id) {
      if (state.routes.some((r) => r.id === id)) route.input.value = id;
    },
  };
}

export function dealForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const to = selectField('Partner', actorOptions(me));
  const giveRes = selectField('You give', resourceOptions);
  const giveAmt = numberField('Amount you give each turn', { min: 0, max: MAX_AMOUNT }, '0 for aid received');
  const getRes = selectField('You get', resourceOptions);
  const getAmt = numberField('Amount you get each turn', { min: 0, max: MAX_AMOUNT }, '0 for aid given');
  const route = selectField('Route for goods', routeOptions(state));
  const turns = numberField('For how many turns', { min: 1, max: 400, value: 4 });
  const mode = radioGroup('Declared or covert', uid('deal-mode'), [
    { value: 'declared', label: 'Declared' },
    { value: 'covert', label: 'Covert' },
  ]);
  getRes.input.value = 'currency';
  const all = [to, giveRes, giveAmt, getRes, getAmt, route, turns];
  const f = frame(
    'Propose a standing deal',
    'Propose deal',
    [
      to.wrap,
      giveRes.wrap,
      giveAmt.wrap,
      getRes.wrap,
      getAmt.wrap,
      route.wrap,
      turns.wrap,
      mode.el,
      h('p', { class: 'hint' }, 'The partner can accept it next turn; then both legs move every turn until it ends.'),
    ],
    (editing) => {
      clearErrors(all, f.summary);
      const g = readInt(giveAmt.input, 'the amount you give', 0, MAX_AMOUNT);
      if (!g.ok) return giveAmt.setError(g.error);
      const r = readInt(getAmt.input, 'the amount you get', 0, MAX_AMOUNT);
      if (!r.ok) return getAmt.setError(r.error);
      const t = readInt(turns.input, 'the number of turns', 1, 400);
      if (!t.ok) return turns.setError(t.error);
      if (g.value === 0 && r.value === 0) return giveAmt.setError('A deal must move something: both amounts are 0.');
      const o: ProposeDealOrder = {
        kind: 'proposeDeal',
        actor: me,
        to: to.input.value,
        give: { resource: giveRes.input.value, amount: g.value },
        get: { resource: getRes.input.value, amount: r.value },
        mode: mode.get() as ProposeDealOrder['mode'],
        turns: t.value,
      };
      if (route.input.value !== '') o.route = route.input.value;
      commitOrder(f, o, editing, submit);
    },
    () => clearErrors(all, f.summary),
  );
  return {
    kind: 'proposeDeal',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'proposeDeal') return;
      to.input.value = o.to;
      giveRes.input.value = o.give.resource;
      giveAmt.input.value = String(o.give.amount);
      getRes.input.value = o.get.resource;
      getAmt.input.value = String(o.get.amount);
      route.input.value = o.route ?? '';
      turns.input.value = String(o.turns);
      mode.set(o.mode);
      f.setEditing(i);
    },
    focusFirst: () => to.input.focus(),
  };
}

export function prioritiesForm(me: ActorId, state: GameState, submit: Submit): OrderForm {
  const p = state.actors[me].priorities;
  const mun = numberField('Industry on munitions (%)', { min: 0, max: 100, value: p.munitions }, 'the rest grows food');
  const lab = numberField(
    'Spare workers sent abroad (%)',
    { min: 0, max: 100, value: p.labourAbroad },
    'the rest work the fields at home',
  );
  const all = [mun, lab];
  const f = frame(
    'Domestic priorities',
    'Set priorities',
    [mun.wrap, lab.wrap],
    (editing) => {
      clearErrors(all, f.summary);
      const m = readInt(mun.input, 'the munitions share', 0, 100);
      if (!m.ok) return mun.setError(m.error);
      const l = readInt(lab.input, 'the share of workers abroad', 0, 100);
      if (!l.ok) return lab.setError(l.error);
      const o: SetPrioritiesOrder = { kind: 'setPriorities', actor: me, munitions: m.value, labourAbroad: l.value };
      commitOrder(f, o, editing, submit);
    },
    () => clearErrors(all, f.summary),
  );
  return {
    kind: 'setPriorities',
    el: f.form,
    edit(o, i) {
      if (o.kind !== 'setPriorities') return;
      mun.input.value = String(o.munitions);
      lab.input.value = String(o.labourAbroad);
      f.setEditing(i);
    },
    focusFirst: () => mun.input.focus(),
  };
}
