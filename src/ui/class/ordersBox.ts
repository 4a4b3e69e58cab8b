/**
 * A student's orders for the turn: the single-device order forms (src/ui/orders, which read
 * the seat's view of the state), the list of orders being prepared, and "Send my orders",
 * which submits the whole list (a later send replaces it, until the turn resolves). The server
 * answers with the engine's verdict on each order, shown beside it in the catalogue's words.
 */
import type { ActorId, Order, Rejection } from '../../engine/index.ts';
import { REJECT_REASONS } from '../../engine/index.ts';
import type { ClassClient, TurnView } from '../../net/index.ts';
import type { SubmittedMessage, Verdict } from '../../classroom/index.ts';
import { describeDeal, describeOrder, rejectionText } from '../describe.ts';
import { button, clear, h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { renderForm } from '../orders/formKit.ts';
import { formsFor } from '../orders/kinds.ts';
import { actorTitle } from '../words.ts';

export interface OrdersBox {
  el: HTMLElement;
  /** The server's acknowledgement of this seat's orders (or null when nothing is sent yet). */
  acknowledged(ack: SubmittedMessage | null): void;
}

/** The server's verdict as the engine's rejection (a reason this page does not know is worded
 * as a malformed order). */
function rejectionOf(v: Verdict, me: ActorId): Rejection {
  return {
    order: v.order,
    actor: me,
    reason: REJECT_REASONS.find((r) => r === v.reason) ?? 'malformed',
    message: v.message,
  };
}

export function ordersBox(client: ClassClient, t0: TurnView, me: ActorId): OrdersBox {
  const state = t0.state;
  const orders: Order[] = [];
  const headingId = uid('orders-h');
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const listId = uid('pending');
  const pending = h('ol', { class: 'pending', id: listId });
  const empty = h('p', { class: 'hint' });
  const sentNote = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'sent' });
  /** The orders the last acknowledgement judged (a verdict is about that list, not a later one). */
  let judged: readonly Order[] = [];
  let verdicts = new Map<number, string[]>();

  const render = (): void => {
    clear(pending);
    empty.textContent = orders.length === 0 ? t('class.orders.none') : '';
    orders.forEach((o, i) => {
      const bad = verdicts.get(i) ?? [];
      pending.append(
        h(
          'li',
          { class: bad.length ? 'rejected' : 'valid' },
          h('p', { class: 'order-text' }, describeOrder(o, state)),
          bad.length === 0 ? null : h('p', { class: 'verdict bad' }, t('orders.refused', { why: bad.join(' ') })),
          h(
            'div',
            { class: 'actions' },
            button(
              t('orders.remove'),
              () => {
                orders.splice(i, 1);
                verdicts = new Map();
                live.textContent = t('orders.removed', { n: i + 1 });
                render();
              },
              { 'aria-label': t('orders.removeN', { n: i + 1 }) },
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
    live.textContent = t('class.orders.added', { order: describeOrder(o, state) });
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
          h('h3', {}, t('class.orders.offers')),
          h(
            'ul',
            { class: 'deal-list' },
            ...offers.map((d) => {
              const deal = describeDeal(d);
              return h(
                'li',
                {},
                h('span', {}, deal),
                ' ',
                button(t('orders.accept'), () => add({ kind: 'acceptDeal', actor: me, deal: d.id }, null), {
                  'aria-label': t('order.accept', { deal }),
                }),
              );
            }),
          ),
        );

  const send = button(
    t('class.orders.send'),
    () => {
      client.submit(state.turn, orders);
      judged = [...orders];
      sentNote.textContent = t('class.orders.sending');
    },
    { class: 'primary end-turn' },
  );

  const el = h(
    'section',
    { class: 'panel orders', 'aria-labelledby': headingId },
    h(
      'h2',
      { id: headingId, tabindex: -1, 'data-autofocus': true },
      t('class.orders.title', { actor: actorTitle(me) }),
    ),
    h('h3', { id: `${listId}-h` }, t('class.orders.list')),
    empty,
    pending,
    h('div', { class: 'end-turn-box' }, send, h('p', { class: 'hint' }, t('class.orders.how'))),
    sentNote,
    live,
    dealsBox,
    h('h3', {}, t('orders.give')),
    ...forms.map((f) => f.el),
  );
  pending.setAttribute('aria-labelledby', `${listId}-h`);
  render();
  return {
    el,
    acknowledged(ack) {
      if (ack === null || ack.turn !== state.turn) return;
      sentNote.textContent = `${t('class.orders.sent', { by: ack.by, n: ack.count })} ${
        ack.verdicts.length === 0 ? t('class.orders.allGood') : t('class.orders.someBad', { n: ack.verdicts.length })
      }`;
      verdicts = new Map();
      // The verdicts are about the list that was sent: shown beside each order only when that
      // is this page's list as it still stands (not a teammate's, nor one changed since).
      const mine =
        ack.by === client.snapshot.welcome?.you?.name &&
        judged.length === orders.length &&
        judged.every((o, i) => o === orders[i]);
      if (mine)
        for (const v of ack.verdicts)
          verdicts.set(v.order, [
            ...(verdicts.get(v.order) ?? []),
            rejectionText(rejectionOf(v, me), judged[v.order], state),
          ]);
      render();
    },
  };
}
