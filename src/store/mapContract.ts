/**
 * The contract between the game (store) and the Phaser map, kept in the store so that the
 * store never depends on the map. The map only draws a MapView and reports intents; it never
 * reads the engine's rules. The store side (mapView.ts) builds a MapView
 * from the current game (already filtered to what the viewing actor may see) and calls the
 * listeners when it changes; animations come from comparing the previous and next views.
 */
import type { ActorId, Good, RouteKind, ShipmentMode, Viewer } from '../engine/index.ts';

export interface MapPlace {
  id: string;
  name: string;
  actor: ActorId | null;
  lon: number;
  lat: number;
}

export interface MapRoute {
  id: string;
  name: string;
  kind: RouteKind;
  from: string;
  to: string;
  open: boolean;
  /** Per-turn capacity by good. */
  capacity: Partial<Record<Good, number>>;
  /** Units moved this turn by good (visible shipments only), for tooltips. */
  flows: Partial<Record<Good, number>>;
}

export interface MapShipment {
  /** Stable within a turn: `${turn}:${index}`. */
  key: string;
  route: string;
  /** Place ids: the shipment travels from `fromPlace` to `toPlace`. */
  fromPlace: string;
  toPlace: string;
  resource: Good;
  amount: number;
  mode: ShipmentMode;
  detected: boolean;
}

export interface MapView {
  /** The turn whose shipments are shown (the last resolved turn), 0 before any. */
  turn: number;
  viewer: Viewer;
  places: readonly MapPlace[];
  routes: readonly MapRoute[];
  shipments: readonly MapShipment[];
}

export interface MapSource {
  getView(): MapView;
  /** Returns the unsubscribe function; the map calls it when its scene shuts down. */
  subscribe(listener: (next: MapView, prev: MapView) => void): () => void;
  /** Intent: the user picked a route on the map (the panels may show or preselect it). */
  selectRoute?(routeId: string): void;
}
