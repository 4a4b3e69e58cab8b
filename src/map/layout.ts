/**
 * Where things go on the canvas, as data: the types shared by the layout modules and
 * `layoutMap`, which lays out the main map and its detail pane. Pure: the scene measures
 * text and passes a width function; the same inputs give the same layout.
 *
 * placeLayout.ts: place spots, clusters, labels; routeLayout.ts: route polylines;
 * detailLayout.ts: the magnified pane.
 */
import type { MapPlace, MapRoute } from '../store/index.ts';
import { isWater, type MapAsset } from './asset.ts';
import type { Pt, Rect } from './geometry.ts';
import type { Project } from './projection.ts';
import { layoutPlaces, placeLabels } from './placeLayout.ts';
import { layoutRoutes } from './routeLayout.ts';
import { layoutDetail } from './detailLayout.ts';

export { CLUSTER_PX, CROSSING_PX, DETAIL_CLUSTER_PX, layoutPlaces, placeLabels } from './placeLayout.ts';
export { layoutRoutes, routeAt, seaCurve } from './routeLayout.ts';
export { detailPlacement, layoutDetail } from './detailLayout.ts';
export { groupDigits } from './format.ts';
export { isWater } from './asset.ts';

export type SpotKind = 'map' | 'edge' | 'inset';

export interface PlaceSpot {
  id: string;
  name: string;
  actor: MapPlace['actor'];
  kind: SpotKind;
  /** Where the place's dot (or arrow tip, or inset entry) is drawn. */
  x: number;
  y: number;
  /** Edge arrows: heading towards the real place, radians. */
  angle: number;
  cluster: number;
  /** E.g. "6,420 km from Vladivostok" for an edge arrow. */
  note: string;
}

export interface Cluster {
  index: number;
  ids: string[];
  label: string;
  kind: SpotKind;
  x: number;
  y: number;
  labelBox: Rect;
}

export interface RouteGeometry {
  id: string;
  points: Pt[];
  length: number;
  mid: Pt;
  /** Both ends in one cluster: drawn as a short crossing bar. */
  crossing: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The area this layout draws in (the canvas, or a detail pane). */
  bounds: Rect;
  places: PlaceSpot[];
  clusters: Cluster[];
  routes: RouteGeometry[];
  /** Routes drawn and animated in the detail pane instead (both ends inside its region). */
  detailed: string[];
  detail: DetailLayout | null;
}

/**
 * A magnified pane for a crowded area (the Tumen delta): the same projection followed by
 * the affine map p ↦ (p − region.origin)·k + offset, so the pane's places, routes and water
 * are exactly the main map's, only larger.
 */
export interface DetailLayout extends MapLayout {
  name: string;
  /** The region on the main map (canvas pixels) and the pane it is drawn in. */
  region: Rect;
  pane: Rect;
  k: number;
  dx: number;
  dy: number;
}

export interface LayoutOptions {
  /** Areas kept free of labels (legend, inset, detail pane). */
  reserved: readonly Rect[];
  /** The council inset: places that cannot be pointed at go here, one line each. */
  inset: Rect;
  measure: (text: string) => number;
  /** An off-map place's note (words.ts `distance`). */
  distance: (km: number, from: string) => string;
}

export interface DetailSpec {
  name: string;
  /** Degrees: [west, south, east, north]. */
  region: [number, number, number, number];
  pane: Rect;
}

/** The main map (places, routes, labels) and, with a spec, its detail pane. */
export function layoutMap(
  asset: MapAsset,
  places: readonly MapPlace[],
  routes: readonly MapRoute[],
  project: Project,
  opts: LayoutOptions,
  detailSpec: DetailSpec | null = null,
): MapLayout {
  const canvas: Rect = { x: 0, y: 0, w: asset.width, h: asset.height };
  const detail = detailSpec ? layoutDetail(asset, places, routes, project, opts, detailSpec) : null;
  const hidden = new Set(detail?.places.map((p) => p.id) ?? []);
  const p = layoutPlaces(
    places,
    project,
    asset,
    { ...opts, reserved: detail ? [...opts.reserved, detail.pane] : opts.reserved },
    canvas,
  );
  const geometry = layoutRoutes(routes, p.places, (q) => isWater(asset, q));
  placeLabels(
    p.clusters,
    p.places,
    geometry,
    canvas,
    { ...opts, reserved: detail ? [...opts.reserved, detail.pane] : opts.reserved },
    hidden,
  );
  const detailed = routes.filter((r) => hidden.has(r.from) && hidden.has(r.to)).map((r) => r.id);
  return {
    width: asset.width,
    height: asset.height,
    bounds: canvas,
    places: p.places,
    clusters: p.clusters,
    routes: geometry,
    detailed,
    detail,
  };
}
