/**
 * The store's save/load/replay slice: verified games in, refused loads change nothing but the
 * message, stepping, forking (same hashes as playing on in Node), and the save the store
 * writes verifying with the same loader `cli replay` uses.
 */
import { describe, expect, test } from 'vitest';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { ENGINE_VERSION, playTurns } from '../../src/engine/index.ts';
import { cutSave, loadSave, restamp, serializeSave } from '../../src/save/index.ts';
import type { LoadedGame } from '../../src/save/index.ts';
import type { GameStore } from '../../src/store/index.ts';
import {
  assembleOrders,
  buildCatalog,
  buildMapView,
  controllersOf,
  createGameStore,
  inPlaceThinker,
  createMapSource,
  gameHash,
  currentHash,
  gameOfLoaded,
  playersOf,
  saveOfGame,
  viewedGame,
} from '../../src/store/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import { scenarioText } from '../fixtures.ts';

const FILES = { '../scenarios/summit-2023.json': scenarioText('summit-2023') };
const SHIP: Order = {
  kind: 'ship',
  actor: 'PRK',
  to: 'RUS',
  resource: 'munitions',
  amount: 100,
  route: 'khasan-tumangang',
  mode: 'declared',
};
const PRK_ONLY = { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' } as const;

function played(turns: number, humans: readonly ActorId[] = ['PRK']): GameStore {
  const s = createGameStore({ catalog: buildCatalog(FILES), thinker: inPlaceThinker });
  s.getState().selectScenario('summit-2023');
  s.getState().openSetup();
  for (const a of ['RUS', 'PRK', 'CHN', 'UNSC'] as const)
    s.getState().setController(a, humans.includes(a) ? 'human' : 'bot');
  s.getState().startGame();
  for (let t = 0; t < turns; t++) {
    if (s.getState().mode === 'handoff') s.getState().continueHandoff();
    if (s.getState().viewer === 'PRK') s.getState().addOrder('PRK', SHIP);
    s.getState().endTurn();
    while (s.getState().mode === 'handoff' && s.getState().submitted.length > 0) {
      s.getState().continueHandoff();
      s.getState().endTurn();
    }
  }
  return s;
}

function loaded(s: GameStore): LoadedGame {
  const r = loadSave(serializeSave(saveOfGame(s.getState().game!)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const fresh = (): GameStore => createGameStore({ catalog: buildCatalog(FILES), thinker: inPlaceThinker });

describe('conversions', () => {
  test('the store writes a save that verifies, and reads it back to the same game', () => {
    const s = played(3);
    const l = loaded(s);
    expect(l.finalHash).toBe(currentHash(s.getState().game!));
    const g = gameOfLoaded(l);
    expect(g.turns.map((t) => t.hash)).toEqual(s.getState().game!.turns.map((t) => t.hash));
    expect(g.initialHash).toBe(s.getState().game!.initialHash);
    expect(g.controllers).toEqual(PRK_ONLY);
  });

  test.each([
    ['human stays human, bot stays bot', PRK_ONLY, PRK_ONLY],
    [
      'all bots',
      { RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' },
      { RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' },
    ],
  ] as const)('players ⇄ controllers: %s', (_n, c, back) => {
    expect(controllersOf(playersOf(c))).toEqual(back);
  });

  test('holding players (cli sim) play on as bots', () => {
    expect(
      controllersOf({
        RUS: { kind: 'none' },
        PRK: { kind: 'human' },
        CHN: { kind: 'bot', name: 'x' },
        UNSC: { kind: 'none' },
      }),
    ).toEqual(PRK_ONLY);
  });
});

describe('opening verified games', () => {
  test.each([
    ['file', 'replay', null],
    ['link', 'replay', null],
    ['autosave', 'play', 'PRK'],
  ] as const)('from a %s: mode %s, viewer %s, fingerprint of the last turn', (source, mode, viewer) => {
    const l = loaded(played(2));
    const s = fresh();
    s.getState().openLoaded(l, source, 'verified');
    const d = s.getState();
    expect(d.mode).toBe(mode);
    expect(d.viewer).toBe(viewer);
    expect(currentHash(d.game!)).toBe(l.finalHash);
    expect(d.saveNotice).toEqual({ tone: 'info', text: 'verified' });
    // A shared game opens in the view of the one who played it, never the instructor's.
    if (mode === 'replay') expect(d.replay).toEqual({ at: 2, source, seenAs: 'PRK', returnTo: 'start' });
  });

  test.each([
    ['one human: that player', { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' }, 'PRK'],
    ['two humans: the public', { RUS: 'bot', PRK: 'human', CHN: 'human', UNSC: 'bot' }, 'public'],
    ['no human: the public', { RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' }, 'public'],
  ] as const)('a shared file opens seen by %s', (_name, controllers, seenAs) => {
    const l = loaded(played(1));
    const s = fresh();
    s.getState().openLoaded({ ...l, save: { ...l.save, players: playersOf(controllers) } }, 'file');
    expect(s.getState().replay?.seenAs).toBe(seenAs);
  });

  test('an autosave of a finished game opens at the debrief; one without humans in the viewer', () => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(12)), 'autosave');
    expect(s.getState().mode).toBe('debrief');
    const bots = played(1);
    const l = loaded(bots);
    const noHumans: LoadedGame = {
      ...l,
      save: { ...l.save, players: playersOf({ RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' }) },
    };
    s.getState().openLoaded(noHumans, 'autosave');
    expect(s.getState().mode).toBe('replay');
  });
});

describe('replay viewer', () => {
  test.each([
    ['first', 0, 0],
    ['middle', 2, 2],
    ['below zero clamps', -5, 0],
    ['past the end clamps', 99, 3],
    ['not an integer is ignored', 1.5, 3],
  ])('replayGo %s', (_n, to, expected) => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(3)), 'file');
    s.getState().replayGo(to);
    expect(s.getState().replay!.at).toBe(expected);
    expect(viewedGame(s.getState())!.turns.length).toBe(expected);
  });

  test.each([
    ['the start', 0, 'instructor', 0],
    ['turn 1, everything', 1, 'instructor', 1],
    ['turn 2 as China', 2, 'CHN', 2],
  ] as const)('the map follows the turn shown: %s', (_n, at, seenAs, turn) => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(3)), 'file');
    s.getState().replayGo(at);
    s.getState().replaySeenAs(seenAs);
    const v = buildMapView(s.getState());
    expect(v.turn).toBe(turn);
    expect(v.viewer).toBe(seenAs);
    const all = s.getState().game!.turns[at - 1]?.report.shipments.filter((x) => x.route !== null).length ?? 0;
    if (seenAs === 'instructor') expect(v.shipments.length).toBe(all);
  });

  test('opened from a game in play: locked to the player, back returns to the game', () => {
    const s = played(2);
    s.getState().openReplay();
    expect(s.getState().replay).toEqual({ at: 2, source: 'game', seenAs: 'PRK', returnTo: 'play' });
    s.getState().replayGo(1);
    s.getState().closeReplay();
    expect(s.getState().mode).toBe('play');
    expect(s.getState().game!.turns.length).toBe(2);
  });

  test('closing a loaded game returns to the start screen', () => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(1)), 'link');
    s.getState().closeReplay();
    expect(s.getState().mode).toBe('start');
    expect(s.getState().game).toBeNull();
  });

  test('play on from turn 1 of 3: the fork plays on to the hash playTurns gives', () => {
    const l = loaded(played(3));
    const s = fresh();
    s.getState().openLoaded(l, 'file');
    s.getState().replayGo(1);
    s.getState().playOnFrom(PRK_ONLY);
    expect(s.getState().mode).toBe('play');
    expect(s.getState().game!.turns.length).toBe(1);
    expect(saveOfGame(s.getState().game!).turns).toEqual(cutSave(l.save, 1).turns);
    s.getState().endTurn();
    const expected = playTurns(l.states[1]!, 1, (st) =>
      assembleOrders(st, PRK_ONLY, { RUS: [], PRK: [], CHN: [], UNSC: [] }, botOrders),
    );
    expect(currentHash(s.getState().game!)).toBe(expected.turns[0]!.hash);
  });

  test.each([
    ['no human chosen', 1, { RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' } as const, { kind: 'noHumanPlayer' }],
    ['the game is over at that turn', 12, PRK_ONLY, { kind: 'gameOver', turn: 12 }],
  ])('play on refused: %s', (_n, at, controllers, refusal) => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(12)), 'file');
    s.getState().replayGo(at);
    const before = s.getState();
    expect(s.getState().playOnFrom(controllers)).toEqual({ ok: false, error: refusal });
    expect(s.getState()).toBe(before);
  });

  test.each([
    ['at the last turn', 3, { at: 3, last: 3 }],
    ['from an earlier turn (a new branch)', 1, { at: 1, last: 3 }],
  ])('play on %s: where the game went on from', (_n, at, playedOn) => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(3)), 'file');
    s.getState().replayGo(at);
    expect(s.getState().playOnFrom(PRK_ONLY)).toEqual({ ok: true, value: playedOn });
    expect(s.getState().mode).toBe('play');
  });

  test('play on outside the replay viewer is refused and changes nothing', () => {
    const s = played(1);
    const before = s.getState();
    expect(s.getState().playOnFrom(PRK_ONLY)).toEqual({ ok: false, error: { kind: 'notReplaying' } });
    expect(s.getState()).toBe(before);
  });

  test('hot-seat fork starts with the hand-off screen', () => {
    const s = fresh();
    s.getState().openLoaded(loaded(played(2)), 'file');
    s.getState().playOnFrom({ RUS: 'human', PRK: 'human', CHN: 'bot', UNSC: 'bot' });
    expect(s.getState().mode).toBe('handoff');
    expect(s.getState().handoffTo).toBe('RUS');
  });
});

describe('autosave status', () => {
  test('states and the continue offer are plain values; quit clears the viewer', () => {
    const s = played(1);
    s.getState().setAutosave('failed', 'full');
    s.getState().setContinueOffer({ title: 't', turnsPlayed: 1, fingerprint: 'ab', savedAt: 5 });
    expect(s.getState().autosave).toEqual({ state: 'failed', message: 'full' });
    s.getState().openReplay();
    s.getState().quit();
    expect(s.getState().replay).toBeNull();
    expect(s.getState().continueOffer).toEqual({ title: 't', turnsPlayed: 1, fingerprint: 'ab', savedAt: 5 });
  });
});

describe("the game's players, engine and identity", () => {
  const named: LoadedGame = (() => {
    const l = loaded(played(3));
    const players = {
      RUS: { kind: 'none' as const },
      PRK: { kind: 'human' as const, name: 'Ben' },
      CHN: { kind: 'bot' as const, name: 'historical script' },
      UNSC: { kind: 'none' as const },
    };
    const r = loadSave(serializeSave(restamp(l.save, { players })));
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  })();

  test('a loaded game saves back to the very save it came from: names, holders and chain', () => {
    expect(saveOfGame(gameOfLoaded(named))).toEqual(named.save);
  });

  test('playing on keeps the names of slots that keep their kind; holders become bots; the chain is new', () => {
    const s = fresh();
    s.getState().openLoaded(named, 'file');
    s.getState().replayGo(2);
    s.getState().playOnFrom({ RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'human' });
    const g = s.getState().game!;
    expect(g.players).toEqual({
      RUS: { kind: 'bot', name: 'veto heuristic bot' },
      PRK: { kind: 'human', name: 'Ben' },
      CHN: { kind: 'bot', name: 'historical script' },
      UNSC: { kind: 'human' },
    });
    expect(g.start).not.toBe(named.save.start);
    const r = loadSave(serializeSave(saveOfGame(g)));
    expect(r.ok && [r.value.save.turns.length, r.value.gameHash]).toEqual([2, gameHash(g)]);
  });

  test('continuing an autosave from another engine plays on under this one, re-sealed', () => {
    const other = loadSave(serializeSave(restamp(loaded(played(2)).save, { engine: '0.0.1' })));
    if (!other.ok) throw new Error(other.error.message);
    const s = fresh();
    s.getState().openLoaded(other.value, 'autosave');
    const g = s.getState().game!;
    expect(g.engine).toBe(ENGINE_VERSION);
    const r = loadSave(serializeSave(saveOfGame(g)));
    expect(r.ok && [r.value.sameEngine, r.value.gameHash]).toEqual([true, gameHash(g)]);
  });

  test('two games of the same length differ in identity, and the map follows the second', () => {
    const a = loaded(played(2));
    const b = loaded(played(2, ['PRK', 'CHN']));
    const s = fresh();
    const views: number[] = [];
    const source = createMapSource(s);
    source.subscribe((v) => views.push(v.turn));
    s.getState().openLoaded(a, 'file');
    const first = gameHash(s.getState().game!);
    s.getState().openLoaded(b, 'file');
    expect(gameHash(s.getState().game!)).not.toBe(first);
    expect(views).toEqual([2, 2]);
  });
});
