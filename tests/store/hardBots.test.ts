/**
 * The store with hard bots: the level chosen per seat at setup, the turn waiting for the
 * thinker's answers (the page's worker) with `thinking` set and orders frozen meanwhile, the
 * answers used as those seats' orders, a quit while thinking dropping the late answers, and the
 * level recorded in the save's player names.
 */
import { describe, expect, test, vi } from 'vitest';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { hashState, resolveTurn } from '../../src/engine/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import type { GameStore, ThinkRequest, Thinker } from '../../src/store/index.ts';
import {
  BOT_NAMES,
  buildCatalog,
  createGameStore,
  inPlaceThinker,
  levelsOf,
  saveOfGame,
  workerThinker,
} from '../../src/store/index.ts';
import { scenarioText } from '../fixtures.ts';

const FILES = { '../scenarios/summit-2023.json': scenarioText('summit-2023') };
const RUS_ORDER: Order = { kind: 'setPriorities', actor: 'RUS', munitions: 50, labourAbroad: 0 };

/** A thinker that answers only when the test says so. */
function manual(): { thinker: Thinker; asked: ThinkRequest[]; answer(orders: Order[]): void } {
  const asked: ThinkRequest[] = [];
  const waiting: ((o: Order[]) => void)[] = [];
  return {
    thinker: (req) =>
      new Promise((done) => {
        asked.push(req);
        waiting.push(done);
      }),
    asked,
    answer(orders) {
      waiting.shift()?.(orders);
    },
  };
}

function started(thinker: Thinker, hard: readonly ActorId[]): GameStore {
  const s = createGameStore({ catalog: buildCatalog(FILES), thinker });
  s.getState().selectScenario('summit-2023');
  s.getState().openSetup();
  for (const a of ['RUS', 'CHN', 'UNSC'] as const) s.getState().setController(a, 'bot');
  for (const a of hard) s.getState().setLevel(a, 'hard');
  s.getState().startGame();
  return s;
}

const m0 = (): Thinker => manual().thinker;

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('hard bots in the store', () => {
  test('levels start easy; setup sets one per seat; the game keeps them', () => {
    const m = manual();
    const s = started(m.thinker, ['RUS']);
    expect(s.getState().setup.levels).toEqual({ RUS: 'hard', PRK: 'easy', CHN: 'easy', UNSC: 'easy' });
    expect(s.getState().game?.levels.RUS).toBe('hard');
  });

  test('the turn waits for the thinker, uses its answer, and freezes orders meanwhile', async () => {
    const m = manual();
    const s = started(m.thinker, ['RUS']);
    const s0 = s.getState().game!.initial;
    s.getState().endTurn();
    expect(s.getState().thinking).toEqual(['RUS']);
    expect(m.asked.map((r) => [r.actor, r.seed, r.state.turn])).toEqual([['RUS', 2023, 1]]);
    expect(s.getState().game!.turns).toHaveLength(0);
    // Nothing changes while the bots think: no second end of turn, no new orders.
    s.getState().endTurn();
    s.getState().addOrder('PRK', { kind: 'launch', actor: 'PRK' });
    expect(m.asked).toHaveLength(1);
    expect(s.getState().pending.PRK).toEqual([]);
    m.answer([RUS_ORDER]);
    await tick();
    const d = s.getState();
    expect(d.thinking).toEqual([]);
    expect(d.game!.turns).toHaveLength(1);
    const orders = [RUS_ORDER, ...botOrders(s0, 'CHN'), ...botOrders(s0, 'UNSC')];
    expect(d.game!.turns[0]!.orders).toEqual(orders);
    expect(d.game!.turns[0]!.hash).toBe(hashState(resolveTurn(s0, orders).state));
  });

  test('a quit while the bots think drops their late answers', async () => {
    const m = manual();
    const s = started(m.thinker, ['RUS', 'UNSC']);
    s.getState().endTurn();
    expect(s.getState().thinking).toEqual(['RUS', 'UNSC']);
    s.getState().quit();
    expect(s.getState().thinking).toEqual([]);
    m.answer([]);
    m.answer([]);
    await tick();
    expect(s.getState()).toMatchObject({ mode: 'start', game: null });
  });

  test('a thinker that fails leaves the turn to the easy bots, and the store says for whom', async () => {
    const failing: Thinker = () => Promise.reject(new Error('no worker'));
    const s = started(failing, ['RUS', 'UNSC']);
    const s0 = s.getState().game!.initial;
    s.getState().endTurn();
    expect(s.getState().thinking).toEqual(['RUS', 'UNSC']);
    await tick();
    const d = s.getState();
    expect(d.thinking).toEqual([]);
    expect(d.stoodIn).toEqual(['RUS', 'UNSC']);
    expect(d.game!.turns[0]!.orders).toEqual([
      ...botOrders(s0, 'RUS'),
      ...botOrders(s0, 'CHN'),
      ...botOrders(s0, 'UNSC'),
    ]);
    // The game goes on; a quit forgets who was stood in for.
    s.getState().quit();
    expect(s.getState().stoodIn).toEqual([]);
  });

  test('a turn the hard bots decide clears the stand-in line', async () => {
    let fail = true;
    const m = manual();
    const flaky: Thinker = (req) => (fail ? Promise.reject(new Error('no worker')) : m.thinker(req));
    const s = started(flaky, ['RUS']);
    s.getState().endTurn();
    await tick();
    expect(s.getState().stoodIn).toEqual(['RUS']);
    fail = false;
    s.getState().endTurn();
    m.answer([]);
    await tick();
    expect(s.getState().game!.turns).toHaveLength(2);
    expect(s.getState().stoodIn).toEqual([]);
  });

  test('without a Worker (Node) the worker thinker refuses at once rather than thinking on the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = workerThinker();
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      'The bots\u2019 worker failed; the easy bots play for the hard ones.',
    ]);
    warn.mockRestore();
    const s = started(m0(), []);
    const req: ThinkRequest = {
      state: s.getState().game!.initial,
      actor: 'RUS',
      budget: 4,
      seed: 1,
      opening: s.getState().game!.opening,
    };
    await expect(w.thinker(req)).rejects.toThrow('the bots\u2019 worker is not running');
    expect(w.times).toEqual([]);
    w.stop();
  });

  test('the in-place thinker gives the search bot its orders (no worker in Node)', async () => {
    const s = createGameStore({ catalog: buildCatalog(FILES), hardBudget: 16, thinker: inPlaceThinker });
    s.getState().selectScenario('summit-2023');
    s.getState().openSetup();
    s.getState().setLevel('CHN', 'hard');
    s.getState().startGame();
    s.getState().endTurn();
    await tick();
    expect(s.getState().game!.turns).toHaveLength(1);
    expect(s.getState().thinking).toEqual([]);
  });

  test("the save names each bot's level, and playing on from it keeps the level", () => {
    const m = manual();
    const s = started(m.thinker, ['UNSC']);
    const save = saveOfGame(s.getState().game!);
    expect(save.players).toEqual({
      RUS: { kind: 'bot', name: BOT_NAMES.easy },
      PRK: { kind: 'human' },
      CHN: { kind: 'bot', name: BOT_NAMES.easy },
      UNSC: { kind: 'bot', name: BOT_NAMES.hard },
    });
    expect(levelsOf(save.players)).toEqual({ RUS: 'easy', PRK: 'easy', CHN: 'easy', UNSC: 'hard' });
  });
});
