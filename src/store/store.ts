/**
 * The game store: one zustand vanilla store with the immer middleware, the only place UI state
 * changes. It holds results, never rules: a turn is advanced by `resolveTurn`, bots are asked
 * through `botOrders`, and every number shown comes from the engine's states and reports.
 *
 * Built from typed slices (types.ts): flow (the modes, a state machine in modes.ts), setup,
 * turn (pending orders, ending the turn), ui (tabs, help, walkthrough) and saves. Its data at
 * rest comes from one factory, `initialData` (data.ts), which `quit` returns to. Screens read
 * it through selectors (selectors.ts), never the whole object.
 */
import { freeze } from 'immer';
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import { LEVEL_BUDGET, botOrders } from '../ai/index.ts';
import type { CatalogEntry } from './catalog.ts';
import { initialData } from './data.ts';
import { flowSlice } from './flow.ts';
import { savesSlice } from './saves.ts';
import { setupSlice } from './setupSlice.ts';
import type { Thinker } from './thinker.ts';
import type { BotFn } from './turn.ts';
import { turnSlice } from './turnSlice.ts';
import type { GameStore, Store } from './types.ts';
import { uiSlice } from './uiSlice.ts';

export { currentHash, currentState, gameHash, hardSeats } from './game.ts';

export interface StoreOptions {
  catalog: CatalogEntry[];
  /** The easy bots (the heuristic bot by default). */
  bot?: BotFn;
  /**
   * Where hard bots think: the page passes a Web Worker's thinker, Node (tests, tools) passes
   * `inPlaceThinker`. Required, not defaulted: a default would pull the search bots' code into
   * the page's bundle although the page never runs them on its own thread.
   */
  thinker: Thinker;
  /** Rollouts of a hard decision (the hard level's; tests pass fewer). */
  hardBudget?: number;
}

export function createGameStore(opts: StoreOptions): GameStore {
  const bot = opts.bot ?? botOrders;
  const thinker = opts.thinker;
  const hardBudget = opts.hardBudget ?? LEVEL_BUDGET.hard;
  return createStore<Store>()(
    immer((...a) => ({
      // Frozen now (at start-up) rather than by the first change of the store, whenever that is.
      ...initialData({ catalog: freeze(opts.catalog, true) }),
      ...flowSlice(...a),
      ...setupSlice(...a),
      ...turnSlice(bot, thinker, hardBudget)(...a),
      ...uiSlice(...a),
      ...savesSlice(...a),
    })),
  );
}
