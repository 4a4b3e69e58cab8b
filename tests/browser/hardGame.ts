/**
 * One game driven through the store with hard bots in three seats and a human North Korea
 * that gives no orders: the same steps in Node (the in-place thinker) and in Chromium (the Web
 * Worker), so tests/browser/hard.test.ts can compare the two saves turn by turn.
 */
import type { CatalogEntry, GameStore, Thinker } from '../../src/store/index.ts';
import { createGameStore, saveOfGame } from '../../src/store/index.ts';

export const HARD_GAME = { scenario: 'summit-2023', seed: 7, turns: 3 } as const;

export interface HardGame {
  turns: { orders: unknown[]; hash: string }[];
}

/** Wait until the store's game has `n` turns (hard bots answer asynchronously). */
function turnsReach(store: GameStore, n: number): Promise<void> {
  return new Promise((done) => {
    const check = (): boolean => (store.getState().game?.turns.length ?? 0) >= n;
    if (check()) {
      done();
      return;
    }
    const stop = store.subscribe(() => {
      if (check()) {
        stop();
        done();
      }
    });
  });
}

export async function playHardGame(catalog: CatalogEntry[], thinker: Thinker): Promise<HardGame> {
  const store = createGameStore({ catalog, thinker });
  const st = (): ReturnType<GameStore['getState']> => store.getState();
  st().selectScenario(HARD_GAME.scenario);
  st().openSetup();
  for (const a of ['RUS', 'CHN', 'UNSC'] as const) {
    st().setController(a, 'bot');
    st().setLevel(a, 'hard');
  }
  st().setController('PRK', 'human');
  st().setSeed(HARD_GAME.seed);
  st().startGame();
  for (let t = 1; t <= HARD_GAME.turns; t++) {
    st().endTurn();
    await turnsReach(store, t);
  }
  const g = st().game;
  if (g === null) throw new Error('no game');
  return { turns: saveOfGame(g).turns.map((t) => ({ orders: t.orders, hash: t.hash })) };
}
