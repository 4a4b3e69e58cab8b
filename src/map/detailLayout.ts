/** The magnified detail pane (the Tumen delta): the main projection plus an affine map. */
import type { MapPlace, MapRoute } from '../store/index.ts';
import { isWater, type MapAsset } from './asset.ts';
import type { DetailLayout, DetailSpec, LayoutOptions } from './layout.ts';
import type { Pt, Rect } from './geometry.ts';
import type { Project } from './projection.ts';
import { DETAIL_CLUSTER_PX, layoutPlaces, placeLabels } from './placeLayout.ts';
import { layoutRoutes } from './routeLayout.ts';

/**
 * Where a detail pane's region lies on the main map and the affine map into the pane
 * (depends on the asset only, so the static picture can be painted before any view).
 */
export function detailPlacement(
  spec: DetailSpec,
  project: Project,
): { region: Rect; pane: Rect; k: number; dx: number; dy: number } {
  const [west, south, east, north] = spec.region;
  const corners = [
    project(west, north),
    project(east, north),
    project(east, south),
    project(west, south),
    project((west + east) / 2, north),
    project((west + east) / 2, south),
  ].filter((q): q is Pt => q !== null);
  const xs = corners.map((q) => q.x);
  const ys = corners.map((q) => q.y);
  const region: Rect = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
  };
  const pane = spec.pane;
  const k = Math.min(pane.w / region.w, pane.h / region.h);
  const dx = pane.x + (pane.w - region.w * k) / 2 - region.x * k;
  const dy = pane.y + (pane.h - region.h * k) / 2 - region.y * k;
  return { region, pane, k, dx, dy };
}

/** The detail pane: places inside the region, magnified into the pane. */
export function layoutDetail(
  asset: MapAsset,
  places: readonly MapPlace[],
  routes: readonly MapRoute[],
  project: Project,
  opts: LayoutOptions,
  spec: DetailSpec,
): DetailLayout {
  const { region, pane, k, dx, dy } = detailPlacement(spec, project);
  const inside = places.filter((pl) => {
    const q = project(pl.lon, pl.lat);
    return q !== null && q.x >= region.x && q.x <= region.x + region.w && q.y >= region.y && q.y <= region.y + region.h;
  });
  const ids = new Set(inside.map((pl) => pl.id));
  const detailProject: Project = (lon, lat) => {
    const q = project(lon, lat);
    return q ? { x: q.x * k + dx, y: q.y * k + dy } : null;
  };
  const water = (q: Pt): boolean => isWater(asset, { x: (q.x - dx) / k, y: (q.y - dy) / k });
  const p = layoutPlaces(inside, detailProject, asset, { ...opts, reserved: [] }, pane, DETAIL_CLUSTER_PX);
  const inRoutes = routes.filter((r) => ids.has(r.from) && ids.has(r.to));
  const geometry = layoutRoutes(inRoutes, p.places, water);
  placeLabels(
    p.clusters,
    p.places,
    geometry,
    { x: pane.x, y: pane.y + 22, w: pane.w, h: pane.h - 22 },
    { ...opts, reserved: [] },
  );
  return {
    name: spec.name,
    width: asset.width,
    height: asset.height,
    bounds: pane,
    places: p.places,
    clusters: p.clusters,
    routes: geometry,
    detailed: inRoutes.map((r) => r.id),
    detail: null,
    region,
    pane,
    k,
    dx,
    dy,
  };
}
