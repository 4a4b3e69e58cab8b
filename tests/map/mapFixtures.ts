/**
 * Map test inputs from the one shared scenario fixture: the scenario's places and routes as
 * the map sees them, the committed asset and its projection, a fixed text measure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../fixtures.ts';
import type { MapPlace, MapRoute, MapShipment, MapView } from '../../src/store/index.ts';
import { checkMapAsset, type MapAsset } from '../../src/map/asset.ts';
import { makeProjection } from '../../src/map/projection.ts';
import { layoutMap, type LayoutOptions, type MapLayout } from '../../src/map/layout.ts';
import { INSET_RECT, LEGEND_RECT } from '../../src/map/style.ts';
import { ENGLISH } from '../../src/map/words.ts';

export const ASSET_FILE = fileURLToPath(new URL('../../assets/map/north-east-asia.json', import.meta.url));

export function mapAsset(): MapAsset {
  const r = checkMapAsset(JSON.parse(readFileSync(ASSET_FILE, 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function scenarioPlaces(): MapPlace[] {
  return loadScenario().places.map((p) => ({ id: p.id, name: p.name, actor: p.actor ?? null, lon: p.lon, lat: p.lat }));
}

export function scenarioRoutes(flows: MapRoute['flows'] = {}): MapRoute[] {
  return loadScenario().routes.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    from: r.from,
    to: r.to,
    open: r.open,
    capacity: { ...r.capacity },
    flows: { ...flows },
  }));
}

/** 8 px per character: a stand-in for the browser's text measure. */
export const OPTS: LayoutOptions = {
  reserved: [LEGEND_RECT, INSET_RECT],
  inset: INSET_RECT,
  measure: (t) => t.length * 8,
  distance: ENGLISH.distance,
};

export function scenarioLayout(): MapLayout {
  const asset = mapAsset();
  return layoutMap(
    asset,
    scenarioPlaces(),
    scenarioRoutes(),
    makeProjection(asset.projection),
    OPTS,
    asset.details[0] ?? null,
  );
}

export function ship(key: string, over: Partial<MapShipment> = {}): MapShipment {
  return {
    key,
    route: 'khasan-tumangang',
    fromPlace: 'tumangang',
    toPlace: 'khasan',
    resource: 'munitions',
    amount: 1000,
    mode: 'declared',
    detected: false,
    ...over,
  };
}

export function view(turn: number, shipments: MapShipment[], routes = scenarioRoutes()): MapView {
  return { turn, viewer: 'instructor', places: scenarioPlaces(), routes, shipments };
}
