/**
 * The turn slice: the viewer's pending orders (editable until the turn ends) and ending the
 * turn. With two or more humans (hot-seat) each ends their part in ACTORS order with a
 * hand-off screen between them; the turn resolves after the last, through `resolveTurn`.
 */
import { castDraft } from 'immer';
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { OrderSchema, hashState, isOver, resolveTurn } from '../engine/index.ts';
import { emptyPending, nextSeat } from './data.ts';
import { go } from './modes.ts';
import { currentHash, currentState, gameHash, hardSeats } from './game.ts';
import { turnHash } from '../save/index.ts';
import type { BotFn } from './turn.ts';
import { assembleOrders, humans } from './turn.ts';
import type { Thinker } from './thinker.ts';
import type { Game, Slice, TurnActions, TurnRecord } from './types.ts';

/**
 * `bot` answers easy bot seats at once; hard seats are asked of `thinker` (a Web Worker in the
 * page) with `hardBudget` rollouts, and the turn resolves when all have answered — if the same
 * game is still at the same turn (a quit, a load or a replay in between drops the answers).
 */
export const turnSlice =
  (bot: BotFn, thinker: Thinker, hardBudget: number): Slice<TurnActions> =>
  (set, get) => {
    /** Resolve the turn with everyone's orders and move on (debrief, hand-off or play). */
    const finishTurn = (g: Game, before: GameState, orders: Order[], stoodIn: ActorId[] = []): void => {
      const { state, report } = resolveTurn(before, orders);
      const hash = hashState(state);
      const record: TurnRecord = { orders, report, state, hash, chain: turnHash(gameHash(g), orders, hash) };
      set((d) => {
        if (d.game === null) return;
        d.game.turns.push(castDraft(record));
        d.pending = emptyPending();
        d.submitted = [];
        d.thinking = [];
        d.stoodIn = stoodIn;
        d.ui.tab = 'report';
        d.ui.walkthrough = null;
        if (isOver(state)) {
          go(d, 'debrief');
          d.viewer = null;
          d.handoffTo = null;
        } else nextSeat(d, d.game);
      });
    };
    return {
      addOrder(actor, order) {
        set((d) => {
          if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor || d.thinking.length > 0) return;
          d.pending[actor].push(order);
        });
      },

      replaceOrder(actor, index, order) {
        set((d) => {
          if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor || d.thinking.length > 0) return;
          if (index < 0 || index >= d.pending[actor].length) return;
          d.pending[actor][index] = order;
        });
      },

      removeOrder(actor, index) {
        set((d) => {
          if (d.mode !== 'play' || d.viewer !== actor || d.thinking.length > 0) return;
          d.pending[actor].splice(index, 1);
        });
      },

      endTurn() {
        const s = get();
        const g = s.game;
        if (g === null || s.mode !== 'play' || s.viewer === null || s.thinking.length > 0) return;
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
        const pending = s.pending;
        const hard = hardSeats(g);
        if (hard.length === 0) {
          finishTurn(g, before, assembleOrders(before, g.controllers, pending, bot));
          return;
        }
        const at = gameHash(g);
        set((d) => {
          d.thinking = hard;
        });
        const asked = hard.map((actor) =>
          thinker({ state: before, actor, budget: hardBudget, seed: g.seed, opening: g.opening }),
        );
        // A thinker that fails (a worker that cannot start) leaves the turn to the easy bots
        // rather than stuck: the game goes on, and the save records the orders actually played.
        const answered = Promise.all(asked).then(
          (answers) => answers,
          () => null,
        );
        void answered.then((answers) => {
          const now = get();
          if (now.game === null || gameHash(now.game) !== at || now.thinking.length === 0) return;
          const byActor = new Map<ActorId, readonly Order[]>();
          if (answers !== null) for (const [i, a] of hard.entries()) byActor.set(a, answers[i] ?? []);
          const orders = assembleOrders(before, g.controllers, pending, (st, a) => byActor.get(a) ?? bot(st, a));
          finishTurn(now.game, before, orders, answers === null ? hard : []);
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
    };
  };
