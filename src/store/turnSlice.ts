/**
 * The turn slice: the viewer's pending orders (editable until the turn ends) and ending the
 * turn. With two or more humans (hot-seat) each ends their part in ACTORS order with a
 * hand-off screen between them; the turn resolves after the last, through `resolveTurn`.
 */
import { castDraft } from 'immer';
import type { Order } from '../engine/index.ts';
import { OrderSchema, hashState, isOver, resolveTurn } from '../engine/index.ts';
import { emptyPending, nextSeat } from './data.ts';
import { go } from './modes.ts';
import { currentHash, currentState, gameHash } from './game.ts';
import { turnHash } from '../save/index.ts';
import type { BotFn } from './turn.ts';
import { assembleOrders, humans } from './turn.ts';
import type { Slice, TurnActions, TurnRecord } from './types.ts';

export const turnSlice =
  (bot: BotFn): Slice<TurnActions> =>
  (set, get) => ({
    addOrder(actor, order) {
      set((d) => {
        if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor) return;
        d.pending[actor].push(order);
      });
    },

    replaceOrder(actor, index, order) {
      set((d) => {
        if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor) return;
        if (index < 0 || index >= d.pending[actor].length) return;
        d.pending[actor][index] = order;
      });
    },

    removeOrder(actor, index) {
      set((d) => {
        if (d.mode !== 'play' || d.viewer !== actor) return;
        d.pending[actor].splice(index, 1);
      });
    },

    endTurn() {
      const s = get();
      const g = s.game;
      if (g === null || s.mode !== 'play' || s.viewer === null) return;
      const viewer = s.viewer;
      const waiting = humans(g.controllers).filter((a) => a !== viewer && !s.submitted.includes(a));
      if (waiting.length > 0) {
        set((d) => {
          d.submitted.push(viewer);
          if (d.game !== null) nextSeat(d, d.game);
        });
        return;
      }
      const before = currentState(g);
      const orders = assembleOrders(before, g.controllers, s.pending, bot);
      const { state, report } = resolveTurn(before, orders);
      const hash = hashState(state);
      const record: TurnRecord = { orders, report, state, hash, chain: turnHash(gameHash(g), orders, hash) };
      set((d) => {
        if (d.game === null) return;
        d.game.turns.push(castDraft(record));
        d.pending = emptyPending();
        d.submitted = [];
        d.ui.tab = 'report';
        d.ui.walkthrough = null;
        if (isOver(state)) {
          go(d, 'debrief');
          d.viewer = null;
          d.handoffTo = null;
        } else nextSeat(d, d.game);
      });
    },

    restorePending(hash, pending) {
      const g = get().game;
      if (g === null || get().restoreFor !== hash) return;
      set((d) => {
        d.restoreFor = null;
        if (currentHash(g) !== hash || isOver(currentState(g))) return;
        for (const a of humans(g.controllers)) {
          // Kept orders come from storage, so they are untrusted: each must parse as an order
          // of this actor; the engine still judges them when the turn ends.
          const valid: Order[] = [];
          for (const x of pending[a] ?? []) {
            const o = OrderSchema.safeParse(x);
            if (o.success && o.data.actor === a) valid.push(o.data);
          }
          d.pending[a] = castDraft(valid);
        }
      });
    },
  });
