/**
 * The orders panel: the forms, the deals awaiting an answer, the pending list with the
 * engine's verdict beside each order, and the End turn button.
 *
 * Inline validation has one source of truth: `previewRejections` runs `resolveTurn` on the
 * current state with this player's pending orders while everyone else holds, and each
 * rejection is shown next to the order it names. Other actors' orders given in the same turn
 * can still use up a route's capacity, which the hint says.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { formatDate, currentDate } from '../engine/index.ts';
import type { Game, GameData, GameStore } from '../store/index.ts';
import { currentState, humans, previewRejections } from '../store/index.ts';
import { describeDeal, describeOrder } from './describe.ts';
import { button, clear, focusHeading, h, uid } from './dom.ts';
import type { OrderForm } from './orderForms.ts';
import { formsFor } from './councilForms.ts';
import { ACTOR_LABEL } from './names.ts';

export interface Panel {
  el: HTMLElement;
  update(d: GameData): void;
}

function sameOrder(a: Order, b: Order): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function ordersPanel(store: GameStore, g: Game, me: ActorId): Panel {
  const d0 = store.getState();
  const state: GameState = currentState(g);
  const headingId = uid('orders-h');
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const submit = (o: Order, editing: number | null): void => {
    const s = store.getState();
    if (editing === null) s.addOrder(me, o);
    else s.replaceOrder(me, editing, o);
    live.textContent = `${editing === null ? 'Added' : `Saved order #${editing + 1}`}: ${describeOrder(o, state)}`;
  };
  const forms: OrderForm[] = formsFor(me, state, submit);

  const pendingHeadingId = uid('pending-h');
  const pendingHeading = h('h3', { id: pendingHeadingId, tabindex: -1 }, 'Orders for this turn');
  const pendingList = h('ol', { class: 'pending', 'aria-labelledby': pendingHeadingId });
  const pendingEmpty = h('p', { class: 'hint' });
  const dealsBox = h('div', { class: 'deals' });

  const people = humans(g.controllers);
  const after = people.find((a) => a !== me && !d0.submitted.includes(a) && people.indexOf(a) > people.indexOf(me));
  const endHint = h(
    'p',
    { class: 'hint' },
    after === undefined
      ? 'Ending the turn resolves everyone\u2019s orders together.'
      : `After you, pass the device to ${ACTOR_LABEL[after]}; the turn resolves when every human player has ended theirs.`,
  );
  const endTurn = button('End turn', () => store.getState().endTurn(), { class: 'primary end-turn' });
  // Hard bots think in a worker after the last human ends the turn: say so, and wait.
  const thinking = h('p', { class: 'thinking', role: 'status', 'data-testid': 'thinking' });

  const renderDeals = (d: GameData): void => {
    clear(dealsBox);
    const pending = d.pending[me];
    const offers = state.deals.filter(
      (x) => x.partner === me && x.status === 'proposed' && x.proposedTurn < state.turn,
    );
    const mine = state.deals.filter((x) => (x.proposer === me || x.partner === me) && x.status === 'active');
    const waiting = state.deals.filter((x) => x.proposer === me && x.status === 'proposed');
    dealsBox.append(h('h3', {}, 'Deals'));
    if (offers.length + mine.length + waiting.length === 0) {
      dealsBox.append(h('p', { class: 'hint' }, 'No deals involve you yet. Propose one below.'));
      return;
    }
    const list = h('ul', { class: 'deal-list' });
    for (const x of offers) {
      const o: Order = { kind: 'acceptDeal', actor: me, deal: x.id };
      const given = pending.some((p) => sameOrder(p, o));
      list.append(
        h(
          'li',
          {},
          h('span', {}, `Offered to you: ${describeDeal(x, state)}`),
          button(given ? 'Accepted (pending)' : `Accept deal ${x.id}`, () => store.getState().addOrder(me, o), {
            disabled: given,
          }),
        ),
      );
    }
    for (const x of mine) {
      const o: Order = { kind: 'cancelDeal', actor: me, deal: x.id };
      const given = pending.some((p) => sameOrder(p, o));
      list.append(
        h(
          'li',
          {},
          h('span', {}, `Active: ${describeDeal(x, state)}`),
          button(given ? 'Cancellation pending' : `Cancel deal ${x.id}`, () => store.getState().addOrder(me, o), {
            disabled: given,
          }),
        ),
      );
    }
    for (const x of waiting) list.append(h('li', {}, h('span', {}, `Awaiting an answer: ${describeDeal(x, state)}`)));
    dealsBox.append(list);
  };

  const renderPending = (d: GameData): void => {
    const orders = d.pending[me];
    const verdicts = previewRejections(state, orders);
    clear(pendingList);
    pendingEmpty.textContent =
      orders.length === 0 ? 'No orders yet: if you end the turn now, you hold (production and needs still run).' : '';
    orders.forEach((o, i) => {
      const rejected = verdicts.get(i) ?? [];
      const statusId = uid('verdict');
      const verdict =
        rejected.length === 0
          ? h(
              'p',
              { class: 'verdict ok', id: statusId },
              'Valid now (others\u2019 orders may still use route capacity).',
            )
          : h(
              'p',
              { class: 'verdict bad', id: statusId },
              ...rejected.map((r) => `Would be rejected (${r.reason}): ${r.message}.`),
            );
      const form = forms.find((x) => x.kind === o.kind && (x.accepts?.(o) ?? true));
      const editable = form !== undefined && o.kind !== 'launch';
      const actions = h('div', { class: 'actions' });
      if (editable) {
        actions.append(
          button(
            'Edit',
            () => {
              form.edit(o, i);
              form.focusFirst();
            },
            { 'aria-label': `Edit order #${i + 1}`, 'aria-describedby': statusId },
          ),
        );
      }
      actions.append(
        button(
          'Remove',
          () => {
            store.getState().removeOrder(me, i);
            live.textContent = `Removed order #${i + 1}.`;
            pendingHeading.focus();
          },
          { 'aria-label': `Remove order #${i + 1}`, 'aria-describedby': statusId },
        ),
      );
      pendingList.append(
        h(
          'li',
          { class: rejected.length ? 'rejected' : 'valid' },
          h('p', { class: 'order-text' }, describeOrder(o, state)),
          verdict,
          actions,
        ),
      );
    });
  };

  const el = h(
    'section',
    { class: 'panel orders', 'aria-labelledby': headingId },
    focusHeading('h2', `${ACTOR_LABEL[me]}: orders for ${formatDate(currentDate(state))}`, { id: headingId }),
    pendingHeading,
    pendingEmpty,
    pendingList,
    h('div', { class: 'end-turn-box' }, endTurn, endHint, thinking),
    live,
    dealsBox,
    h('h3', {}, 'Give an order'),
    ...forms.map((f) => f.el),
  );
  let lastRoute = d0.selectedRoute;
  const update = (d: GameData): void => {
    if (d.selectedRoute !== lastRoute) {
      lastRoute = d.selectedRoute;
      if (d.selectedRoute !== null) for (const f of forms) f.selectRoute?.(d.selectedRoute);
    }
    renderPending(d);
    renderDeals(d);
    const who = d.thinking.map((a) => ACTOR_LABEL[a]);
    thinking.textContent =
      who.length === 0
        ? ''
        : `Thinking\u2026 the computer ${who.length === 1 ? 'player' : 'players'} for ${who.join(' and ')} ${who.length === 1 ? 'is' : 'are'} playing this turn ahead before choosing.`;
    endTurn.disabled = who.length > 0;
    el.setAttribute('aria-busy', who.length > 0 ? 'true' : 'false');
  };
  update(d0);
  return { el, update };
}
