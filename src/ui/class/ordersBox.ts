/**
 * A student's orders for the turn: the single-device order forms (src/ui/orders, which read
 * the seat's view of the state), the list of orders being prepared, and "Send my orders", which submits the
 * whole list (a later send replaces it, until the turn resolves). The server answers with the
 * engine's verdict on each order, shown beside it.
 */
import type { ActorId, Order } from '../../engine/index.ts';
import type { ClassClient, TurnView } from '../../net/index.ts';
import type { SubmittedMessage } from '../../classroom/index.ts';
import { describeDeal, describeOrder } from '../describe.ts';
import { button, clear, h, uid } from '../dom.ts';
import { renderForm } from '../orders/formKit.ts';
import { formsFor } from '../orders/kinds.ts';
import { ACTOR_LABEL } from './names.ts';

export interface OrdersBox {
  el: HTMLElement;
  /** The server's acknowledgement of this seat's orders (or null when nothing is sent yet). */
  acknowledged(ack: SubmittedMessage | null): void;
}

export function ordersBox(client: ClassClient, t: TurnView, me: ActorId): OrdersBox {
  const state = t.state;
  const orders: Order[] = [];
  const headingId = uid('orders-h');
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const listId = uid('pending');
  const pending = h('ol', { class: 'pending', id: listId });
  const empty = h('p', { class: 'hint' });
  const sentNote = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'sent' });
  let verdicts = new Map<number, string[]>();

  const render = (): void => {
    clear(pending);
    empty.textContent = orders.length === 0 ? 'No orders yet. If you send none, your country holds this turn.' : '';
    orders.forEach((o, i) => {
      const bad = verdicts.get(i) ?? [];
      pending.append(
        h(
          'li',
          { class: bad.length ? 'rejected' : 'valid' },
          h('p', { class: 'order-text' }, describeOrder(o, state)),
          bad.length === 0 ? null : h('p', { class: 'verdict bad' }, ...bad.map((b) => `Would be rejected: ${b}`)),
          h(
            'div',
            { class: 'actions' },
            button(
              'Remove',
              () => {
                orders.splice(i, 1);
                verdicts = new Map();
                live.textContent = `Removed order #${i + 1}.`;
                render();
              },
              { 'aria-label': `Remove order #${i + 1}` },
            ),
          ),
        ),
      );
    });
  };

  const add = (o: Order, editing: number | null): void => {
    if (editing === null) orders.push(o);
    else orders[editing] = o;
    verdicts = new Map();
    live.textContent = `Added: ${describeOrder(o, state)}. Press "Send my orders" when you are ready.`;
    render();
  };
  const forms = formsFor(me, state).map((spec) => renderForm(spec, add));

  const offers = state.deals.filter((d) => d.partner === me && d.status === 'proposed' && d.proposedTurn < state.turn);
  const dealsBox =
    offers.length === 0
      ? null
      : h(
          'div',
          { class: 'deals' },
          h('h3', {}, 'Deals offered to you'),
          h(
            'ul',
            { class: 'deal-list' },
            ...offers.map((d) =>
              h(
                'li',
                {},
                h('span', {}, describeDeal(d)),
                button(`Accept deal ${d.id}`, () => add({ kind: 'acceptDeal', actor: me, deal: d.id }, null)),
              ),
            ),
          ),
        );

  const send = button(
    'Send my orders',
    () => {
      client.submit(t.state.turn, orders);
      sentNote.textContent = 'Sending…';
    },
    { class: 'primary end-turn' },
  );

  const el = h(
    'section',
    { class: 'panel orders', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1, 'data-autofocus': true }, `${ACTOR_LABEL[me]}: your orders for this turn`),
    h('h3', { id: `${listId}-h` }, 'Orders you will send'),
    empty,
    pending,
    h(
      'div',
      { class: 'end-turn-box' },
      send,
      h(
        'p',
        { class: 'hint' },
        'You can change your orders and send them again until the turn ends. Your team shares one set of orders: the last one sent counts.',
      ),
    ),
    sentNote,
    live,
    dealsBox,
    h('h3', {}, 'Give an order'),
    ...forms.map((f) => f.el),
  );
  pending.setAttribute('aria-labelledby', `${listId}-h`);
  render();
  return {
    el,
    acknowledged(ack) {
      if (ack === null || ack.turn !== t.state.turn) return;
      sentNote.textContent = `${ack.by} sent ${ack.count} order${ack.count === 1 ? '' : 's'} for your country. ${
        ack.verdicts.length === 0
          ? 'The engine would carry them all out if the turn ended now.'
          : `${ack.verdicts.length} would be rejected now (see below).`
      }`;
      verdicts = new Map();
      for (const v of ack.verdicts)
        verdicts.set(v.order, [...(verdicts.get(v.order) ?? []), `${v.message} (${v.reason})`]);
      render();
    },
  };
}
