import { describe, expect, test } from 'vitest';
import type { ActorId, GameState, Order } from '../../src/engine/index.ts';
import { HOLD, hashState, playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import type { BotFn, GameStore } from '../../src/store/index.ts';
import {
  assembleOrders,
  buildCatalog,
  createGameStore,
  inPlaceThinker,
  currentHash,
  previewRejections,
  scenarioYears,
} from '../../src/store/index.ts';
import { SCENARIO_DIR, loadScenario, scenarioText } from '../fixtures.ts';
import { readFileSync } from 'node:fs';

const FILES = { '../scenarios/summit-2023.json': scenarioText('summit-2023') };
const SCHEMA_TEXT = readFileSync(`${SCENARIO_DIR}schema.json`, 'utf8');
const SHIP: Order = {
  kind: 'ship',
  actor: 'PRK',
  to: 'RUS',
  resource: 'munitions',
  amount: 100,
  route: 'khasan-tumangang',
  mode: 'declared',
};

function store(bot?: BotFn): GameStore {
  return createGameStore(
    bot === undefined
      ? { catalog: buildCatalog(FILES), thinker: inPlaceThinker }
      : { catalog: buildCatalog(FILES), bot, thinker: inPlaceThinker },
  );
}

function started(humans: readonly ActorId[], bot?: BotFn): GameStore {
  const s = store(bot);
  s.getState().selectScenario('summit-2023');
  s.getState().openSetup();
  for (const a of ['RUS', 'PRK', 'CHN', 'UNSC'] as const)
    s.getState().setController(a, humans.includes(a) ? 'human' : 'bot');
  s.getState().startGame();
  return s;
}

describe('catalog', () => {
  test.each([
    ['valid file', FILES, [{ ok: true, id: 'summit-2023', file: 'summit-2023.json' }]],
    ['not JSON', { 'x/bad.json': '{ nope' }, [{ ok: false, id: 'bad', file: 'bad.json' }]],
    ['schema error', { 'x/empty.json': '{}' }, [{ ok: false, id: 'empty', file: 'empty.json' }]],
    [
      'sorted by path',
      { 'b/z.json': '{}', ...FILES },
      [
        { ok: true, id: 'summit-2023', file: 'summit-2023.json' },
        { ok: false, id: 'z', file: 'z.json' },
      ],
    ],
    [
      'the JSON Schema beside the scenarios is left out',
      { '../scenarios/schema.json': SCHEMA_TEXT, ...FILES },
      [{ ok: true, id: 'summit-2023', file: 'summit-2023.json' }],
    ],
  ] as const)('%s', (_name, files, expected) => {
    const c = buildCatalog(files);
    expect(c.map((e) => ({ ok: e.ok, id: e.id, file: e.file }))).toEqual(expected);
    for (const e of c) if (!e.ok) expect(e.problems.length).toBeGreaterThan(0);
  });

  test('years and span of the shipped scenario', () => {
    const s = loadScenario();
    expect(scenarioYears(s)).toEqual({ first: 2023, last: 2026 });
  });
});

describe('store flow', () => {
  test('start → briefing → setup; Start without a human player is refused with a notice', () => {
    const s = store();
    expect(s.getState().mode).toBe('start');
    s.getState().selectScenario('nope');
    expect(s.getState()).toMatchObject({ mode: 'start', notice: { kind: 'noSuchScenario', id: 'nope' } });
    s.getState().selectScenario('summit-2023');
    expect(s.getState().mode).toBe('briefing');
    s.getState().openSetup();
    expect(s.getState().mode).toBe('setup');
    expect(s.getState().setup.controllers.PRK).toBe('human');
    s.getState().setController('PRK', 'bot');
    s.getState().startGame();
    expect(s.getState()).toMatchObject({
      mode: 'setup',
      game: null,
      notice: { kind: 'noHumanPlayer' },
    });
  });

  test('orders are accepted only from the viewing actor, in play mode', () => {
    const s = started(['PRK']);
    expect(s.getState()).toMatchObject({ mode: 'play', viewer: 'PRK' });
    s.getState().addOrder('PRK', SHIP);
    s.getState().addOrder('RUS', { ...SHIP, actor: 'RUS', to: 'PRK' });
    s.getState().addOrder('PRK', { ...SHIP, actor: 'CHN' });
    expect(s.getState().pending.PRK).toEqual([SHIP]);
    expect(s.getState().pending.RUS).toEqual([]);
    s.getState().replaceOrder('PRK', 0, { ...SHIP, amount: 7 });
    s.getState().replaceOrder('PRK', 5, SHIP);
    expect(s.getState().pending.PRK).toEqual([{ ...SHIP, amount: 7 }]);
    s.getState().removeOrder('PRK', 0);
    expect(s.getState().pending.PRK).toEqual([]);
  });

  test('a full game against bots matches playTurns with the same orders, then the debrief', () => {
    const bot: BotFn = (st, a) =>
      a === 'RUS' && st.turn === 2 ? [{ kind: 'setPriorities', actor: 'RUS', munitions: 90, labourAbroad: 0 }] : [];
    const s = started(['PRK'], bot);
    for (let t = 1; t <= 12; t++) {
      if (t === 1) s.getState().addOrder('PRK', SHIP);
      s.getState().endTurn();
      expect(s.getState().pending.PRK).toEqual([]);
    }
    const d = s.getState();
    expect(d.mode).toBe('debrief');
    expect(d.game!.turns).toHaveLength(12);
    const controllers = { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' } as const;
    const expected = playTurns(initialState(loadScenario(), 2023), 12, (st) =>
      assembleOrders(st, controllers, { RUS: [], PRK: st.turn === 1 ? [SHIP] : [], CHN: [], UNSC: [] }, bot),
    );
    expect(currentHash(d.game!)).toBe(expected.turns.at(-1)!.hash);
    expect(d.game!.turns[1]!.orders).toEqual([{ kind: 'setPriorities', actor: 'RUS', munitions: 90, labourAbroad: 0 }]);
    s.getState().endTurn();
    expect(s.getState().game!.turns).toHaveLength(12);
  });

  test('the seed from setup is used; a blank seed means the scenario default', () => {
    const s = store();
    s.getState().selectScenario('summit-2023');
    s.getState().openSetup();
    s.getState().setSeed(99);
    s.getState().startGame();
    expect(s.getState().game!.seed).toBe(99);
    expect(s.getState().game!.initialHash).toBe(hashState(initialState(loadScenario(), 99)));
    const t = started(['PRK']);
    expect(t.getState().game!.seed).toBe(2023);
  });

  test('hot-seat: humans in ACTORS order with a hand-off between them; the turn resolves after the last', () => {
    const s = started(['CHN', 'PRK'], () => []); // holding bots: the turn's orders are the humans' alone
    const trace: string[] = [];
    const step = (): void => {
      const d = s.getState();
      trace.push(`${d.mode}:${d.mode === 'handoff' ? d.handoffTo : d.viewer}:${d.game!.turns.length}`);
    };
    step();
    s.getState().continueHandoff();
    step();
    s.getState().addOrder('PRK', SHIP);
    s.getState().endTurn();
    step();
    expect(s.getState().viewer).toBeNull();
    s.getState().continueHandoff();
    step();
    s.getState().endTurn();
    step();
    expect(trace).toEqual(['handoff:PRK:0', 'play:PRK:0', 'handoff:CHN:0', 'play:CHN:0', 'handoff:PRK:1']);
    expect(s.getState().game!.turns[0]!.orders).toEqual([SHIP]);
  });

  test('quit returns to the start screen with no game', () => {
    const s = started(['PRK']);
    s.getState().quit();
    expect(s.getState()).toMatchObject({ mode: 'start', game: null, viewer: null });
  });
});

describe('turn helpers', () => {
  test('assembleOrders: ACTORS order, humans from pending, bots asked', () => {
    const asked: string[] = [];
    const bot: BotFn = (_s, a) => {
      asked.push(a);
      return [{ kind: 'setPriorities', actor: a, munitions: 1, labourAbroad: 1 }];
    };
    const st: GameState = initialState(loadScenario());
    const out = assembleOrders(
      st,
      { RUS: 'bot', PRK: 'human', CHN: 'human', UNSC: 'bot' },
      { RUS: [SHIP], PRK: [SHIP], CHN: [], UNSC: [] },
      bot,
    );
    expect(asked).toEqual(['RUS', 'UNSC']);
    expect(out.map((o) => `${o.actor}:${o.kind}`)).toEqual(['RUS:setPriorities', 'PRK:ship', 'UNSC:setPriorities']);
  });

  test.each([
    ['valid', [SHIP], []],
    ['over capacity', [{ ...SHIP, amount: 4001 }], [[0, 'overCapacity']]],
    ['second order short of stock', [SHIP, { ...SHIP, resource: 'oil', amount: 260 }], [[1, 'insufficientStock']]],
    ['unknown route', [{ ...SHIP, route: 'nowhere' }], [[0, 'unknownRoute']]],
  ] as const)('previewRejections: %s', (_n, orders, expected) => {
    const st = initialState(loadScenario());
    const got = [...previewRejections(st, orders as readonly Order[])].map(([i, rs]) => [i, rs[0]!.reason]);
    expect(got).toEqual(expected);
  });

  test('previewRejections does not change the state it is given', () => {
    const st = initialState(loadScenario());
    const before = hashState(st);
    previewRejections(st, [SHIP]);
    expect(hashState(st)).toBe(before);
    expect(playTurns(st, 1, HOLD).turns).toHaveLength(1);
  });
});
