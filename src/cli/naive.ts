/**
 * The benchmark's baseline: the same turn resolution with an immer `produce` per order and per
 * phase instead of resolveTurn's one hand-written copy per turn (see the engine's
 * `resolveTurnStepwise`). Both compute the same states; the bench checks it.
 */
import { produce } from 'immer';
import type { GameState, Order, TurnResult } from '../engine/index.ts';
import { resolveTurnStepwise } from '../engine/index.ts';

export function resolveTurnNaive(state: GameState, orders: readonly Order[]): TurnResult {
  return resolveTurnStepwise(state, orders, (s, phase) =>
    produce(s, (draft) => {
      phase(draft as GameState);
    }),
  );
}
