import { describe, expect, test } from 'vitest';
import type { Order } from '../../src/engine/index.ts';
import type { MapView } from '../../src/store/index.ts';
import type { GameStore } from '../../src/store/index.ts';
import { buildCatalog, buildMapView, createGameStore, inPlaceThinker, createMapSource } from '../../src/store/index.ts';
import { scenarioText } from '../fixtures.ts';

const COVERT: Order = {
  kind: 'ship',
  actor: 'PRK',
  to: 'RUS',
  resource: 'munitions',
  amount: 700,
  route: 'khasan-tumangang',
  mode: 'covert',
};

/** PRK and CHN play hot-seat; PRK ships covert munitions to Russia in turn 1. With seed 3 the
 * rail bridge's detection roll misses, with seed 6 it hits (asserted in the test, so a
 * changed rng shows up as a failure here rather than a wrong expectation). */
function afterTurnOne(seed = 3): GameStore {
  // Bots hold here, so the only cargo on the rail bridge is the test's own.
  const s = createGameStore({
    catalog: buildCatalog({ 'summit-2023.json': scenarioText('summit-2023') }),
    bot: () => [],
    thinker: inPlaceThinker,
  });
  s.getState().selectScenario('summit-2023');
  s.getState().openSetup();
  s.getState().setController('CHN', 'human');
  s.getState().setSeed(seed);
  s.getState().startGame();
  s.getState().continueHandoff();
  s.getState().addOrder('PRK', COVERT);
  s.getState().endTurn();
  s.getState().continueHandoff();
  s.getState().endTurn();
  return s;
}

const covertOf = (v: MapView) =>
  v.shipments.filter((x) => x.mode === 'covert').map((x) => [x.fromPlace, x.toPlace, x.amount, x.detected]);

describe('map view', () => {
  test('before a game: empty', () => {
    const s = createGameStore({ catalog: [], thinker: inPlaceThinker });
    expect(buildMapView(s.getState())).toEqual({ turn: 0, viewer: 'public', places: [], routes: [], shipments: [] });
  });

  test('detected covert cargo is public: China sees it too', () => {
    const s = afterTurnOne(6);
    expect(s.getState().game!.turns[0]!.report.shipments.find((x) => x.amount === 700)?.detected).toBe(true);
    expect(covertOf(buildMapView(s.getState()))).toEqual([['tumangang', 'khasan', 700, true]]);
    s.getState().continueHandoff();
    s.getState().endTurn();
    s.getState().continueHandoff();
    expect(s.getState().viewer).toBe('CHN');
    expect(covertOf(buildMapView(s.getState()))).toEqual([['tumangang', 'khasan', 700, true]]);
  });

  test('covert cargo: visible to the sender, hidden from China and on the hand-off screen', () => {
    const s = afterTurnOne();
    expect(s.getState().game!.turns[0]!.report.shipments.find((x) => x.amount === 700)?.detected).toBe(false);
    // Hand-off to PRK (first human) after the turn: nobody is viewing.
    expect(s.getState().mode).toBe('handoff');
    expect(covertOf(buildMapView(s.getState()))).toEqual([]);
    s.getState().continueHandoff();
    const prk = buildMapView(s.getState());
    expect(prk.viewer).toBe('PRK');
    expect(prk.turn).toBe(1);
    // PRK is the route's `to` end (Tumangang), so the cargo travels to → from.
    expect(covertOf(prk)).toEqual([['tumangang', 'khasan', 700, false]]);
    expect(prk.routes.find((r) => r.id === 'khasan-tumangang')!.flows).toEqual({ munitions: 700 });
    s.getState().endTurn();
    s.getState().continueHandoff();
    const chn = buildMapView(s.getState());
    expect(chn.viewer).toBe('CHN');
    expect(covertOf(chn)).toEqual([]);
    expect(chn.routes.find((r) => r.id === 'khasan-tumangang')!.flows).toEqual({});
    expect(chn.places.map((p) => p.id)).toContain('new-york');
  });

  test('the MapSource notifies on view changes only, with next and previous views', () => {
    const s = afterTurnOne();
    const src = createMapSource(s);
    const seen: [string, string][] = [];
    const off = src.subscribe((next, prev) => seen.push([String(next.viewer), String(prev.viewer)]));
    s.getState().continueHandoff();
    s.getState().addOrder('PRK', COVERT);
    s.getState().selectRoute('khasan-tumangang');
    off();
    s.getState().endTurn();
    expect(seen).toEqual([['PRK', 'public']]);
    expect(src.getView().viewer).toBe('public');
    src.selectRoute?.('vladivostok-rajin');
    expect(s.getState().ui.selectedRoute).toBe('vladivostok-rajin');
  });
});
