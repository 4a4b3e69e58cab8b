/**
 * The MapSource the Phaser map draws from (contract: mapContract.ts). It builds a MapView
 * from the store, filtered to what the viewer may see (viewer.ts): the last resolved turn's
 * shipments go through the engine's `viewReport`, so covert cargo appears only for the actors
 * involved until it is detected. On the hand-off screen nobody is viewing, so only public
 * entries are shown; at the debrief the game is over and everything is revealed.
 */
import type { Good, ShipmentRecord, Viewer } from '../engine/index.ts';
import { isGood, viewReport } from '../engine/index.ts';
import type { MapRoute, MapShipment, MapSource, MapView } from './mapContract.ts';
import type { GameData, GameStore } from './store.ts';
import { currentState, gameHash } from './store.ts';
import { viewedGame } from './saves.ts';
import { viewerOf } from './viewer.ts';

const EMPTY: MapView = { turn: 0, viewer: 'public', places: [], routes: [], shipments: [] };

function visibleShipments(d: GameData, viewer: Viewer): readonly ShipmentRecord[] {
  const last = viewedGame(d)?.turns.at(-1);
  return last === undefined ? [] : viewReport(last.report, viewer).shipments;
}

/** Pure: the view for one store snapshot. */
export function buildMapView(d: GameData): MapView {
  // In the replay viewer: the game as it stood at the turn shown.
  const g = viewedGame(d);
  if (g === null) return EMPTY;
  const state = currentState(g);
  const who = viewerOf(d);
  const ships = visibleShipments(d, who);
  const turn = g.turns.at(-1)?.report.turn ?? 0;
  const flows = new Map<string, Partial<Record<Good, number>>>();
  const shipments: MapShipment[] = [];
  ships.forEach((s, i) => {
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
    viewer: who,
    places: g.scenario.places.map((p) => ({ id: p.id, name: p.name, actor: p.actor, lon: p.lon, lat: p.lat })),
    routes,
    shipments,
  };
}

/** Identity of what the view depends on, so listeners fire only when the view changes. */
function viewKey(d: GameData): string {
  const replay = d.mode === 'replay' && d.replay !== null ? `${d.replay.at}|${d.replay.seenAs}` : '-';
  // The game by its identity (hash chain): two games of the same length differ in it.
  return `${d.game === null ? '-' : gameHash(d.game)}|${d.mode}|${d.viewer ?? '-'}|${replay}`;
}

export function createMapSource(store: GameStore): MapSource {
  let view = buildMapView(store.getState());
  let key = viewKey(store.getState());
  const listeners = new Set<(next: MapView, prev: MapView) => void>();
  store.subscribe((d) => {
    const k = viewKey(d);
    if (k === key) return;
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
