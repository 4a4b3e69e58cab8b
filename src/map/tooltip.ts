/**
 * Tooltip text for routes and places: plain strings (inserted as text, never HTML), built
 * only from what the view carries, in the words the page passed in (words.ts).
 */
import { GOODS } from '../engine/index.ts';
import type { MapRoute, MapShipment, MapView } from '../store/index.ts';
import type { PlaceSpot } from './layout.ts';
import type { MapWords } from './words.ts';

/**
 * Route name, kind and state, then one line per good the route carries: this turn's visible
 * flow against the capacity, with units ("munitions: 2,000 of 4,000 shipping containers").
 */
export function routeTooltip(route: MapRoute, view: MapView, w: MapWords): string[] {
  const lines = [w.routeHead(route.name, route.kind, route.open)];
  const goods = GOODS.filter((g) => (route.capacity[g] ?? 0) > 0 || (route.flows[g] ?? 0) > 0);
  if (goods.length === 0) lines.push(w.carriesNothing);
  else lines.push(view.turn === 0 ? w.capacityHead : w.flowHead(view.turn));
  for (const g of goods) {
    const cap = route.capacity[g] ?? 0;
    lines.push(`  ${view.turn === 0 ? w.capacityLine(g, cap) : w.flowLine(g, route.flows[g] ?? 0, cap)}`);
  }
  const spotted = view.shipments.filter((s) => s.route === route.id && s.detected).length;
  if (spotted > 0) lines.push(w.spotted(spotted));
  return lines;
}

export function placeTooltip(place: PlaceSpot, view: MapView, w: MapWords): string[] {
  const lines = [w.placeHead(place.name, place.actor)];
  if (place.kind === 'edge') lines.push(w.offMap(place.note));
  if (place.kind === 'inset') lines.push(w.councilSeat);
  const routes = view.routes.filter((r) => r.from === place.id || r.to === place.id).map((r) => r.name);
  if (routes.length > 0) lines.push(w.routes(routes));
  return lines;
}

export function shipmentLabel(s: MapShipment, w: MapWords): string {
  return w.shipment(s);
}
