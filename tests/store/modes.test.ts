/**
 * The store's modes as one state machine, its data at rest, the pending orders kept with the
 * autosave, the selector the screens read (its identity holds while nothing it depends on
 * changes) and the verdicts computed from the player's view.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Order } from '../../src/engine/index.ts';
import { hashState } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import type { GameStore, Mode } from '../../src/store/index.ts';
import {
  MODES,
  buildCatalog,
  canGo,
  createGameStore,
  inPlaceThinker,
  currentHash,
  currentState,
  previewFromView,
  previewRejections,
  selectGameView,
} from '../../src/store/index.ts';
import { viewState } from '../../src/engine/index.ts';
import { loadScenario, scenarioText } from '../fixtures.ts';

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
const HOLD = () => [];

function store(): GameStore {
  return createGameStore({ catalog: buildCatalog(FILES), bot: HOLD, thinker: inPlaceThinker });
}

function playing(humans: readonly ('PRK' | 'CHN')[] = ['PRK']): GameStore {
  const s = store();
  s.getState().selectScenario('summit-2023');
  s.getState().openSetup();
  s.getState().setController('PRK', humans.includes('PRK') ? 'human' : 'bot');
  s.getState().setController('CHN', humans.includes('CHN') ? 'human' : 'bot');
  s.getState().startGame();
  return s;
}

describe('the modes are one state machine', () => {
  test.each([
    ['start', 'briefing', true],
    ['start', 'setup', false],
    ['briefing', 'play', false],
    ['setup', 'play', true],
    ['setup', 'handoff', true],
    ['play', 'debrief', true],
    ['handoff', 'debrief', false],
    ['debrief', 'play', true],
    ['replay', 'play', true],
    ['briefing', 'start', true],
    ['debrief', 'start', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canGo(from, to)).toBe(allowed);
  });

  const ACTIONS = [
    'selectScenario',
    'openSetup',
    'back',
    'startGame',
    'continueHandoff',
    'addOrder',
    'endTurn',
    'openReplay',
    'closeReplay',
    'playAgain',
    'quit',
    'humanCHN',
  ] as const;

  test('any sequence of actions only takes transitions the table allows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 40 }), (actions) => {
        const s = store();
        let mode: Mode = s.getState().mode;
        for (const a of actions) {
          const x = s.getState();
          if (a === 'selectScenario') x.selectScenario('summit-2023');
          else if (a === 'addOrder') x.addOrder('PRK', SHIP);
          else if (a === 'humanCHN') x.setController('CHN', 'human');
          else x[a]();
          const now = s.getState().mode;
          if (now !== mode) expect(canGo(mode, now), `${mode} → ${now} by ${a}`).toBe(true);
          expect(MODES).toContain(now);
          // Play always has a game and a viewer; the hand-off screen a next player.
          if (now === 'play') expect(s.getState().game !== null && s.getState().viewer !== null).toBe(true);
          if (now === 'handoff') expect(s.getState().handoffTo).not.toBeNull();
          mode = now;
        }
      }),
      { numRuns: 30 },
    );
  });

  test('quit returns to the data at rest, keeping only what belongs to the page', () => {
    const fresh = store().getState();
    const s = playing();
    s.getState().walkthroughTo(null);
    s.getState().addOrder('PRK', SHIP);
    s.getState().quit();
    const d = s.getState();
    const pick = (x: typeof d) => ({
      mode: x.mode,
      game: x.game,
      pending: x.pending,
      viewer: x.viewer,
      selected: x.selected,
      replay: x.replay,
      tab: x.ui.tab,
      walkthrough: x.ui.walkthrough,
    });
    expect(pick(d)).toEqual(pick(fresh));
    expect(d.ui.walkthroughSeen).toBe(true);
  });

  test('the walkthrough opens on the first turn until it is finished or skipped once', () => {
    const s = playing();
    expect(s.getState().ui.walkthrough).toBe(0);
    s.getState().walkthroughTo(2);
    s.getState().walkthroughTo(null);
    expect(s.getState().ui).toMatchObject({ walkthrough: null, walkthroughSeen: true });
    s.getState().quit();
    s.getState().selectScenario('summit-2023');
    s.getState().openSetup();
    s.getState().startGame();
    expect(s.getState().ui.walkthrough).toBeNull();
  });

  test('"Play again" restarts the same scenario, players and seed', () => {
    const s = playing();
    for (let t = 0; t < 12; t++) s.getState().endTurn();
    expect(s.getState().mode).toBe('debrief');
    const before = s.getState().game!;
    s.getState().playAgain();
    const g = s.getState().game!;
    expect(s.getState().mode).toBe('play');
    expect({ id: g.scenario.id, seed: g.seed, controllers: g.controllers, turns: g.turns.length }).toEqual({
      id: before.scenario.id,
      seed: before.seed,
      controllers: before.controllers,
      turns: 0,
    });
    expect(g.initialHash).toBe(hashState(initialState(loadScenario(), before.seed)));
  });
});

describe('pending orders kept with the autosave', () => {
  test.each([
    ['the same game and turn: put back', true, [SHIP], [SHIP]],
    ['another state: dropped', false, [SHIP], []],
    ['another actor, junk: dropped', true, [{ ...SHIP, actor: 'RUS' }, { kind: 'nope' }, 7], []],
  ] as const)('%s', (_name, sameHash, kept, expected) => {
    const s = playing();
    const g = s.getState().game!;
    // As after "Continue": the store waits for the kept orders of this state.
    s.setState({ restoreFor: currentHash(g) });
    s.getState().restorePending(sameHash ? currentHash(g) : 'other', { PRK: kept });
    expect(s.getState().pending.PRK).toEqual(sameHash ? expected : []);
  });

  test('only the game just continued takes them, once', () => {
    const s = playing();
    s.getState().restorePending(currentHash(s.getState().game!), { PRK: [SHIP] });
    expect(s.getState().pending.PRK).toEqual([]);
  });
});

describe('the screens read a GameView through a selector', () => {
  test('the same object while nothing it depends on changes; a new one when orders change', () => {
    const s = playing();
    const a = selectGameView(s.getState());
    s.getState().setAutosave('saved', 'Autosaved after turn 1.');
    s.getState().setTab('council');
    expect(selectGameView(s.getState())).toBe(a);
    s.getState().addOrder('PRK', SHIP);
    const b = selectGameView(s.getState());
    expect(b).not.toBe(a);
    expect(b?.pending).toEqual([SHIP]);
    expect(b?.viewer).toBe('PRK');
  });

  test('the hand-off screen has no view: nobody may look', () => {
    const s = playing(['PRK', 'CHN']);
    expect(s.getState().mode).toBe('handoff');
    expect(selectGameView(s.getState())).toBeNull();
  });
});

describe('verdicts from the player view are the engine verdicts', () => {
  test.each([
    ['valid', [SHIP]],
    ['over capacity', [{ ...SHIP, amount: 4001 }]],
    ['second order short of stock', [SHIP, { ...SHIP, resource: 'oil', amount: 260 }]],
    ['unknown route', [{ ...SHIP, route: 'nowhere' }]],
    ['a draft is not North Korea\u2019s to table', [{ kind: 'draft', actor: 'PRK', measure: 'condemn' }]],
  ] as const)('%s', (_name, orders) => {
    const full = currentState(playing().getState().game!);
    const fromView = previewFromView(viewState(full, 'PRK'), orders as readonly Order[]);
    expect([...fromView].map(([i, r]) => [i, r.map((x) => x.reason)])).toEqual(
      [...previewRejections(full, orders as readonly Order[])].map(([i, r]) => [i, r.map((x) => x.reason)]),
    );
  });
});
