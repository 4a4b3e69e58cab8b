/**
 * What changed between two map views, in the terms the scene animates: markers to add
 * (travelling or placed at once), to move, to remove, to flash; whether the route or place
 * layers must be redrawn. The map computes no rule: it only compares what the store sent.
 */
import type { MapRoute, MapShipment, MapView } from '../store/index.ts';

export interface ViewDiff {
  /** Shipments new in `next`, in view order. */
  add: MapShipment[];
  /** Shipments present in both whose route, ends, good, amount or mode changed. */
  move: MapShipment[];
  /** Keys present in `prev` and gone from `next`. */
  remove: string[];
  /** Keys detected in `next` that were not detected (or not present) in `prev`. */
  flash: string[];
  /** New markers travel from origin to destination only when the turn advanced. */
  travel: boolean;
  routesChanged: boolean;
  placesChanged: boolean;
}

function sameShipment(a: MapShipment, b: MapShipment): boolean {
  return (
    a.route === b.route &&
    a.fromPlace === b.fromPlace &&
    a.toPlace === b.toPlace &&
    a.resource === b.resource &&
    a.amount === b.amount &&
    a.mode === b.mode
  );
}

function sameRoute(a: MapRoute, b: MapRoute): boolean {
  if (
    a.id !== b.id ||
    a.name !== b.name ||
    a.kind !== b.kind ||
    a.from !== b.from ||
    a.to !== b.to ||
    a.open !== b.open
  )
    return false;
  return (
    JSON.stringify(a.capacity) === JSON.stringify(b.capacity) && JSON.stringify(a.flows) === JSON.stringify(b.flows)
  );
}

export function diffViews(prev: MapView | null, next: MapView): ViewDiff {
  const before = new Map((prev?.shipments ?? []).map((s) => [s.key, s]));
  const after = new Set(next.shipments.map((s) => s.key));
  const add: MapShipment[] = [];
  const move: MapShipment[] = [];
  const flash: string[] = [];
  for (const s of next.shipments) {
    const old = before.get(s.key);
    if (!old) add.push(s);
    else if (!sameShipment(old, s)) move.push(s);
    if (s.detected && !(old?.detected ?? false)) flash.push(s.key);
  }
  const remove = (prev?.shipments ?? []).filter((s) => !after.has(s.key)).map((s) => s.key);
  const prevRoutes = prev?.routes ?? [];
  const routesChanged =
    prev === null ||
    prevRoutes.length !== next.routes.length ||
    next.routes.some((r, i) => {
      const q = prevRoutes[i];
      return q === undefined || !sameRoute(r, q);
    });
  const prevPlaces = prev?.places ?? [];
  const placesChanged =
    prev === null ||
    prevPlaces.length !== next.places.length ||
    next.places.some((p, i) => {
      const q = prevPlaces[i];
      if (q === undefined) return true;
      return p.id !== q.id || p.name !== q.name || p.lon !== q.lon || p.lat !== q.lat || p.actor !== q.actor;
    });
  return { add, move, remove, flash, travel: prev !== null && next.turn > prev.turn, routesChanged, placesChanged };
}
