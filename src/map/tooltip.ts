/**
 * Tooltip text for routes and places: plain strings (inserted as text, never HTML), built
 * only from what the view carries, with units from the engine's vocabulary.
 */
import { GOODS, UNITS } from '../engine/index.ts';
import type { RouteKind } from '../engine/index.ts';
import type { MapRoute, MapShipment, MapView } from '../store/index.ts';
import type { PlaceSpot } from './layout.ts';
import { groupDigits } from './format.ts';

const KIND_LABEL: Readonly<Record<RouteKind, string>> = {
  rail: 'rail',
  sea: 'sea lane',
  road: 'road',
  bridge: 'road/rail bridge',
  air: 'air',
};

/**
 * Route name, kind and state, then one line per good the route carries: this turn's visible
 * flow against the capacity, with units ("munitions: 2,000 of 4,000 shipping containers").
 */
export function routeTooltip(route: MapRoute, view: MapView): string[] {
  const lines = [`${route.name} (${KIND_LABEL[route.kind]}, ${route.open ? 'open' : 'CLOSED'})`];
  const goods = GOODS.filter((g) => (route.capacity[g] ?? 0) > 0 || (route.flows[g] ?? 0) > 0);
  if (goods.length === 0) lines.push('Carries nothing');
  else lines.push(view.turn === 0 ? 'Capacity per turn:' : `Turn ${view.turn}, moved (seen) of capacity:`);
  for (const g of goods) {
    const cap = groupDigits(route.capacity[g] ?? 0);
    lines.push(
      view.turn === 0
        ? `  ${g}: ${cap} ${UNITS[g]}`
        : `  ${g}: ${groupDigits(route.flows[g] ?? 0)} of ${cap} ${UNITS[g]}`,
    );
  }
  const detected = view.shipments.filter((s) => s.route === route.id && s.detected).length;
  if (detected > 0) lines.push(`${detected} violation${detected === 1 ? '' : 's'} detected on this route`);
  return lines;
}

export function placeTooltip(place: PlaceSpot, view: MapView): string[] {
  const lines = [place.actor ? `${place.name} (${place.actor})` : place.name];
  if (place.kind === 'edge') lines.push(`Off the map${place.note ? `: ${place.note}` : ''}`);
  if (place.kind === 'inset') lines.push('Seat of the UN Security Council');
  const routes = view.routes.filter((r) => r.from === place.id || r.to === place.id).map((r) => r.name);
  if (routes.length > 0) lines.push(`Routes: ${routes.join(', ')}`);
  return lines;
}

export function shipmentLabel(s: MapShipment): string {
  return `${groupDigits(s.amount)} ${UNITS[s.resource]} of ${s.resource}, ${s.mode}${s.detected ? ', detected' : ''}`;
}
