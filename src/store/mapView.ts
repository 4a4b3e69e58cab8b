/**
 * The MapSource the Phaser map draws from (contract: mapContract.ts), built from a GameView
 * (gameView.ts): the last turn's shipments as the viewer's report shows them, so covert cargo
 * appears only for the actors involved until it is detected. On the hand-off screen nobody is
 * viewing, so only public entries are shown; at the debrief everything is revealed.
 */
import type { Good } from '../engine/index.ts';
import { isGood } from '../engine/index.ts';
import type { GameView } from './gameView.ts';
import { lastTurn, localGameView, selectGameView } from './gameView.ts';
import type { MapRoute, MapShipment, MapSource, MapView } from './mapContract.ts';
import { gameHash } from './game.ts';
import type { GameData, GameStore } from './types.ts';

const EMPTY: MapView = { turn: 0, viewer: 'public', places: [], routes: [], shipments: [] };

/** Pure: the map's view of a GameView. */
export function mapViewOf(v: GameView): MapView {
  const { state, report } = lastTurn(v);
  const turn = report?.turn ?? 0;
  const flows = new Map<string, Partial<Record<Good, number>>>();
  const shipments: MapShipment[] = [];
  (report?.shipments ?? []).forEach((s, i) => {
    if (s.route === null || !isGood(s.resource)) return;
    const route = state.routes.find((r) => r.id === s.route);
    if (route === undefined) return;
    const f = flows.get(route.id) ?? {};
    f[s.resource] = (f[s.resource] ?? 0) + s.amount;
    flows.set(route.id, f);
    const forward = route.ends[0] === s.from;
    shipments.push({
      key: `${turn}:${i}`,
      route: route.id,
      fromPlace: forward ? route.from : route.to,
      toPlace: forward ? route.to : route.from,
      resource: s.resource,
      amount: s.amount,
      mode: s.mode,
      detected: s.detected,
    });
  });
  const routes: MapRoute[] = state.routes.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    from: r.from,
    to: r.to,
    open: r.open,
    capacity: { ...r.capacity },
    flows: flows.get(r.id) ?? {},
  }));
  return {
    turn,
    // 'public' (nobody at the device) is drawn like a viewer who is party to nothing.
    viewer: v.viewer,
    places: v.scenario.places.map((p) => ({ id: p.id, name: p.name, actor: p.actor, lon: p.lon, lat: p.lat })),
    routes,
    shipments,
  };
}

/** Pure: the map's view for one store snapshot (the hand-off screen shows the public view). */
export function buildMapView(d: GameData): MapView {
  const v = selectGameView(d);
  if (v !== null) return mapViewOf(v);
  if (d.game !== null && d.mode === 'handoff') return mapViewOf(localGameView(d.game, 'public'));
  return EMPTY;
}

/** What the view depends on, compared by identity, so listeners fire only when it changes. */
function viewKey(d: GameData): readonly unknown[] {
  const r = d.mode === 'replay' ? d.replay : null;
  // The game by its identity (hash chain) as well: two games of the same length differ in it.
  return [d.game, d.game === null ? null : gameHash(d.game), d.mode, d.viewer, r?.at, r?.seenAs];
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((x, i) => x === b[i]);

export function createMapSource(store: GameStore): MapSource {
  let view = buildMapView(store.getState());
  let key = viewKey(store.getState());
  const listeners = new Set<(next: MapView, prev: MapView) => void>();
  store.subscribe((d) => {
    const k = viewKey(d);
    if (same(k, key)) return;
    key = k;
    const prev = view;
    view = buildMapView(d);
    for (const l of [...listeners]) l(view, prev);
  });
  return {
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selectRoute(routeId) {
      store.getState().selectRoute(routeId);
    },
  };
}
