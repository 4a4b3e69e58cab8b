/**
 * The orders tab: the player's orders for this turn with the engine's verdict beside each,
 * deals waiting for an answer, and the forms for the kinds of order the player can give (one
 * open at a time, chosen with a row of buttons). Adding or saving an order clears the form,
 * shows the order at once in the list above it and moves focus to it, so its verdict is read.
 *
 * Verdicts come from `previewFromView` (the engine's `resolveTurn` on the player's view of the
 * state), computed only when the pending orders or the state change.
 */
import type { ActorId, Order, Rejection, StateView } from '../../engine/index.ts';
import { previewFromView } from '../../store/index.ts';
import type { GameView } from '../../store/index.ts';
import { lastTurn } from '../../store/index.ts';
import type { Component } from '../component.ts';
import { inputs } from '../component.ts';
import { describeDeal, describeOrder, rejectionText } from '../describe.ts';
import { button, clear, h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { OrderForm } from './formKit.ts';
import { renderForm } from './formKit.ts';
import { formsFor } from './kinds.ts';

export interface OrderActions {
  addOrder(order: Order): void;
  replaceOrder(index: number, order: Order): void;
  removeOrder(index: number): void;
}

export interface OrdersInput {
  view: GameView;
  selectedRoute: string | null;
}

export type Verdicts = (state: StateView, pending: readonly Order[]) => Map<number, Rejection[]>;

/** Verdicts on the pending orders, computed once per (state, pending) pair and shared by the
 * orders tab and the End turn bar. */
export function verdictsOf(): Verdicts {
  let key: [StateView, readonly Order[]] | null = null;
  let value = new Map<number, Rejection[]>();
  return (state, pending) => {
    if (key === null || key[0] !== state || key[1] !== pending) {
      value = previewFromView(state, pending);
      key = [state, pending];
    }
    return value;
  };
}

export function ordersPanel(
  me: ActorId,
  first: OrdersInput,
  act: OrderActions,
  verdicts: Verdicts,
): Component<OrdersInput> {
  const state = lastTurn(first.view).state;
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  let pending: readonly Order[] = first.view.pending;
  let focusIndex: number | null = null;

  const submit = (o: Order, editing: number | null): void => {
    if (editing === null) {
      act.addOrder(o);
      focusIndex = pending.length;
      live.textContent = t('orders.added', { order: describeOrder(o, state) });
    } else {
      act.replaceOrder(editing, o);
      focusIndex = editing;
      live.textContent = t('orders.saved', { n: editing + 1, order: describeOrder(o, state) });
    }
  };
  const forms: OrderForm[] = formsFor(me, state).map((s) => renderForm(s, submit));

  const formSlot = h('div', { class: 'form-slot' });
  const chooserButtons = forms.map((f) =>
    button(f.spec.label, () => open(f, true), { 'aria-pressed': 'false', class: 'chooser', 'data-form': f.spec.key }),
  );
  let current: OrderForm | null = null;
  const open = (f: OrderForm, focus: boolean): void => {
    current = f;
    clear(formSlot);
    formSlot.append(f.el);
    for (const b of chooserButtons) b.setAttribute('aria-pressed', String(b.dataset.form === f.spec.key));
    if (focus) f.focusFirst();
  };

  const pendingHeadingId = uid('pending-h');
  const pendingHeading = h('h2', { id: pendingHeadingId, tabindex: -1 }, t('orders.pending'));
  const pendingList = h('ol', { class: 'pending', 'aria-labelledby': pendingHeadingId });
  const pendingEmpty = h('p', { class: 'hint' }, t('orders.none'));

  const renderPending = (list: readonly Order[]): void => {
    const v = verdicts(state, list);
    clear(pendingList);
    pendingEmpty.hidden = list.length > 0;
    list.forEach((o, i) => {
      const refused = v.get(i) ?? [];
      const verdictId = uid('verdict');
      const verdict =
        refused.length === 0
          ? h('p', { class: 'verdict ok', id: verdictId }, t('orders.valid'))
          : h(
              'p',
              { class: 'verdict bad', id: verdictId },
              t('orders.refused', { why: refused.map((r) => rejectionText(r, o, state)).join(' ') }),
            );
      const form = forms.find((f) => f.spec.load?.(o) != null);
      const actions = h('div', { class: 'actions' });
      if (form !== undefined)
        actions.append(
          button(
            t('orders.edit'),
            () => {
              open(form, false);
              form.edit(o, i);
              form.focusFirst();
            },
            { 'aria-label': t('orders.editN', { n: i + 1 }), 'aria-describedby': verdictId },
          ),
        );
      actions.append(
        button(
          t('orders.remove'),
          () => {
            act.removeOrder(i);
            live.textContent = t('orders.removed', { n: i + 1 });
            pendingHeading.focus();
          },
          { 'aria-label': t('orders.removeN', { n: i + 1 }), 'aria-describedby': verdictId },
        ),
      );
      pendingList.append(
        h(
          'li',
          { class: refused.length > 0 ? 'refused' : 'valid', tabindex: -1 },
          h('p', { class: 'order-text' }, describeOrder(o, state)),
          verdict,
          actions,
        ),
      );
    });
    if (focusIndex !== null) {
      pendingList.children[focusIndex]?.scrollIntoView({ block: 'nearest' });
      (pendingList.children[focusIndex] as HTMLElement | undefined)?.focus({ preventScroll: true });
      focusIndex = null;
    }
  };

  const dealsBox = h('div', { class: 'deals' });
  const renderDeals = (list: readonly Order[]): void => {
    clear(dealsBox);
    const offers = state.deals.filter(
      (x) => x.partner === me && x.status === 'proposed' && x.proposedTurn < state.turn,
    );
    const running = state.deals.filter((x) => (x.proposer === me || x.partner === me) && x.status === 'active');
    const waiting = state.deals.filter((x) => x.proposer === me && x.status === 'proposed');
    if (offers.length + running.length + waiting.length === 0) return;
    const given = (o: Order): boolean => list.some((p) => JSON.stringify(p) === JSON.stringify(o));
    const item = (text: string, o: Order | null, label: string, done: string): HTMLElement =>
      h(
        'li',
        {},
        h('span', {}, text),
        o === null
          ? null
          : button(given(o) ? done : label, () => act.addOrder(o), { disabled: given(o), class: 'small' }),
      );
    dealsBox.append(
      h('h3', {}, t('orders.deals')),
      h(
        'ul',
        { class: 'deal-list' },
        ...offers.map((x) =>
          item(
            t('orders.offer', { deal: describeDeal(x) }),
            { kind: 'acceptDeal', actor: me, deal: x.id },
            t('orders.accept'),
            t('orders.accepted'),
          ),
        ),
        ...running.map((x) =>
          item(
            t('orders.running', { deal: describeDeal(x) }),
            { kind: 'cancelDeal', actor: me, deal: x.id },
            t('orders.cancel'),
            t('orders.cancelled'),
          ),
        ),
        ...waiting.map((x) => item(t('orders.waiting', { deal: describeDeal(x) }), null, '', '')),
      ),
    );
  };

  const el = h(
    'section',
    { class: 'orders', 'aria-labelledby': pendingHeadingId },
    pendingHeading,
    pendingEmpty,
    pendingList,
    dealsBox,
    h('h3', {}, t('orders.give')),
    h('div', { class: 'chooser-row', role: 'group', 'aria-label': t('orders.give') }, ...chooserButtons),
    formSlot,
    live,
  );
  const changed = inputs();
  let lastRoute = first.selectedRoute;
  const update = (x: OrdersInput): void => {
    if (x.selectedRoute !== lastRoute) {
      lastRoute = x.selectedRoute;
      if (x.selectedRoute !== null) {
        const withRoute = current ?? forms.find((f) => f.spec.key === 'ship' || f.spec.key === 'monitor') ?? null;
        if (withRoute !== null) {
          if (current !== withRoute) open(withRoute, false);
          withRoute.selectRoute(x.selectedRoute);
        }
      }
    }
    if (!changed(x.view.pending)) return;
    pending = x.view.pending;
    renderPending(pending);
    renderDeals(pending);
  };
  update(first);
  return { el, update };
}
