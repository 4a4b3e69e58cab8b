/**
 * Where things go on the canvas: place spots (on the map, as an arrow at the edge, or in
 * the council inset), place clusters with one label, and route polylines. Pure: the scene
 * measures text and passes a width function; the same inputs give the same layout.
 *
 * Cartographic choices (the map is a schematic at this scale, 1 px ≈ 1.4 km):
 * - Places closer than CLUSTER_PX (DETAIL_CLUSTER_PX in a magnified pane) share one
 *   marker and one label ("Khasan–Tumangang").
 * - Markers that would overlap are pushed apart (a fixed number of relaxation passes),
 *   by at most a few tens of pixels; tooltips always give exact names.
 * - A route whose ends lie in one cluster (a border crossing) is drawn as a bar of
 *   CROSSING_PX across the cluster's point, along the true direction from → to.
 * - Sea routes bow towards water (the side whose control point is not on land).
 */
import type { MapPlace, MapRoute } from './view.ts';
import type { MapAsset } from './asset.ts';
import { dist, inRing, quadratic, polylineLength, pointAt, rectContains, rectsOverlap, type Pt, type Rect } from './geometry.ts';
import { angularDistance, distanceKm, type Project } from './projection.ts';

export const CLUSTER_PX = 10;
/** In a magnified pane a border pair this close is still drawn as one crossing. */
export const DETAIL_CLUSTER_PX = 24;
export const CROSSING_PX = 40;
const SINGLE_RADIUS = 12;
const CLUSTER_RADIUS = CROSSING_PX / 2 + 4;
const GAP = 8;
const RELAX_PASSES = 40;
const EDGE_INSET = 46;
const LABEL_OFFSET = 9;
const LABEL_HEIGHT = 18;
/** Half the side of the square kept free of labels at each route end (arrived markers). */
const ARRIVAL_HALF = 13;

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
}

/** Thousands separated by commas without locale formatting. */
export function groupDigits(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const out = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${out}` : out;
}

/** Is the pixel on water (outside every country ring of the asset)? */
export function isWater(asset: MapAsset, p: Pt): boolean {
  for (const c of asset.countries) {
    let inside = false;
    for (const r of c.rings) if (inRing(p, r, asset.quantum)) inside = !inside;
    if (inside) return false;
  }
  return true;
}

function edgePoint(w: number, h: number, toward: Pt): { x: number; y: number; angle: number } {
  const cx = w / 2;
  const cy = h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const angle = Math.atan2(dy, dx);
  const tx = dx === 0 ? Infinity : ((dx > 0 ? w - EDGE_INSET : EDGE_INSET) - cx) / dx;
  const ty = dy === 0 ? Infinity : ((dy > 0 ? h - EDGE_INSET : EDGE_INSET) - cy) / dy;
  const t = Math.min(tx, ty);
  return { x: cx + dx * t, y: cy + dy * t, angle };
}

/** Projects and classifies places, clusters close ones, relaxes overlaps. */
export function layoutPlaces(places: readonly MapPlace[], project: Project, asset: MapAsset, opts: LayoutOptions, bounds?: Rect, clusterPx = CLUSTER_PX): { places: PlaceSpot[]; clusters: Cluster[] } {
  const w = asset.width;
  const h = asset.height;
  const b = bounds ?? { x: 0, y: 0, w, h };
  const centreLon = (asset.view.west + asset.view.east) / 2;
  const centreLat = (asset.view.south + asset.view.north) / 2;
  const spots: PlaceSpot[] = [];
  const truePos = new Map<string, Pt>();
  let insetRow = 0;
  for (const p of places) {
    const pt = project(p.lon, p.lat);
    const onMap = pt !== null && pt.x >= b.x + 8 && pt.x <= b.x + b.w - 8 && pt.y >= b.y + 8 && pt.y <= b.y + b.h - 8;
    if (onMap) {
      spots.push({ id: p.id, name: p.name, actor: p.actor, kind: 'map', x: pt.x, y: pt.y, angle: 0, cluster: -1, note: '' });
      truePos.set(p.id, pt);
    } else if (pt !== null && angularDistance(p, { lon: centreLon, lat: centreLat }) < Math.PI / 2) {
      const e = edgePoint(w, h, pt);
      const nearest = places
        .filter((q) => q.actor !== null && q.actor === p.actor && q.id !== p.id)
        .map((q) => ({ q, d: distanceKm(p, q), qp: project(q.lon, q.lat) }))
        .filter((x) => x.qp !== null && x.qp.x >= 0 && x.qp.x <= w && x.qp.y >= 0 && x.qp.y <= h)
        .sort((a, b) => a.d - b.d || (a.q.id < b.q.id ? -1 : 1))[0];
      const note = nearest ? `${groupDigits(Math.round(nearest.d / 10) * 10)} km from ${nearest.q.name}` : '';
      spots.push({ id: p.id, name: p.name, actor: p.actor, kind: 'edge', x: e.x, y: e.y, angle: e.angle, cluster: -1, note });
    } else {
      const y = opts.inset.y + 40 + insetRow * 22;
      insetRow++;
      spots.push({ id: p.id, name: p.name, actor: p.actor, kind: 'inset', x: opts.inset.x + 16, y, angle: 0, cluster: -1, note: '' });
    }
  }

  // Single-linkage clusters of on-map places closer than CLUSTER_PX, in view order.
  const clusters: Cluster[] = [];
  for (const s of spots) {
    if (s.kind !== 'map') {
      s.cluster = clusters.length;
      clusters.push({ index: s.cluster, ids: [s.id], label: s.name, kind: s.kind, x: s.x, y: s.y, labelBox: { x: 0, y: 0, w: 0, h: 0 } });
      continue;
    }
    const near = clusters.find((c) => c.kind === 'map' && c.ids.some((id) => dist(truePos.get(id)!, s) < clusterPx));
    if (near) {
      near.ids.push(s.id);
      near.label = `${near.label}–${s.name}`;
      s.cluster = near.index;
    } else {
      s.cluster = clusters.length;
      clusters.push({ index: s.cluster, ids: [s.id], label: s.name, kind: 'map', x: s.x, y: s.y, labelBox: { x: 0, y: 0, w: 0, h: 0 } });
    }
  }
  for (const c of clusters) {
    if (c.kind !== 'map') continue;
    c.x = c.ids.reduce((a, id) => a + truePos.get(id)!.x, 0) / c.ids.length;
    c.y = c.ids.reduce((a, id) => a + truePos.get(id)!.y, 0) / c.ids.length;
  }

  // Relaxation: push overlapping on-map clusters apart, symmetric, fixed passes.
  const radius = (c: Cluster): number => (c.ids.length > 1 ? CLUSTER_RADIUS : SINGLE_RADIUS);
  const mapClusters = clusters.filter((c) => c.kind === 'map');
  for (let pass = 0; pass < RELAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < mapClusters.length; i++) {
      for (let j = i + 1; j < mapClusters.length; j++) {
        const a = mapClusters[i]!;
        const b = mapClusters[j]!;
        const need = radius(a) + radius(b) + GAP;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d === 0) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (need - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }

  // Members of a cluster: spread along their true direction around the cluster point.
  for (const c of mapClusters) {
    const members = spots.filter((s) => s.cluster === c.index);
    if (members.length === 1) {
      members[0]!.x = c.x;
      members[0]!.y = c.y;
      continue;
    }
    const first = truePos.get(members[0]!.id)!;
    const last = truePos.get(members[members.length - 1]!.id)!;
    let dx = last.x - first.x;
    let dy = last.y - first.y;
    const d = Math.hypot(dx, dy);
    if (d < 0.01) {
      dx = 1;
      dy = 0;
    } else {
      dx /= d;
      dy /= d;
    }
    members.forEach((m, k) => {
      const f = members.length === 1 ? 0 : k / (members.length - 1) - 0.5;
      m.x = c.x + dx * f * CROSSING_PX;
      m.y = c.y + dy * f * CROSSING_PX;
    });
  }

  return { places: spots, clusters };
}

/**
 * Greedy label placement, clusters in view order: the first candidate position inside the
 * canvas that overlaps no reserved panel, place dot, route or earlier label.
 */
export function placeLabels(clusters: Cluster[], spots: readonly PlaceSpot[], routes: readonly RouteGeometry[], bounds: Rect, opts: LayoutOptions, hidden: ReadonlySet<string> = new Set()): void {
  const canvas: Rect = { x: bounds.x + 2, y: bounds.y + 2, w: bounds.w - 4, h: bounds.h - 4 };
  const taken: Rect[] = [...opts.reserved];
  for (const s of spots) if (s.kind === 'map') taken.push({ x: s.x - 7, y: s.y - 7, w: 14, h: 14 });
  for (const r of routes) {
    // Where shipments arrive and wait: keep labels clear of the route's ends.
    for (const end of [r.points[0]!, r.points[r.points.length - 1]!]) {
      taken.push({ x: end.x - ARRIVAL_HALF, y: end.y - ARRIVAL_HALF, w: 2 * ARRIVAL_HALF, h: 2 * ARRIVAL_HALF });
    }
    const n = Math.max(1, Math.ceil(r.length / 6));
    for (let i = 0; i <= n; i++) {
      const p = pointAt(r.points, i / n);
      taken.push({ x: p.x - 4, y: p.y - 4, w: 8, h: 8 });
    }
  }
  for (const c of clusters) {
    if (c.ids.every((id) => hidden.has(id))) {
      // Labelled in the detail pane instead.
      c.label = '';
      c.labelBox = { x: c.x, y: c.y, w: 0, h: 0 };
      continue;
    }
    const tw = opts.measure(c.label);
    if (c.kind === 'inset') {
      c.labelBox = { x: c.x + 10, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT };
      continue;
    }
    const r0 = c.ids.length > 1 ? CROSSING_PX / 2 + 2 : LABEL_OFFSET;
    const ring = (r: number): Rect[] => [
      { x: c.x + r, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
      { x: c.x - tw - r, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
      { x: c.x - tw / 2, y: c.y - r - LABEL_HEIGHT, w: tw, h: LABEL_HEIGHT },
      { x: c.x - tw / 2, y: c.y + r, w: tw, h: LABEL_HEIGHT },
      { x: c.x + r * 0.7, y: c.y - r * 0.7 - LABEL_HEIGHT, w: tw, h: LABEL_HEIGHT },
      { x: c.x + r * 0.7, y: c.y + r * 0.7, w: tw, h: LABEL_HEIGHT },
      { x: c.x - tw - r * 0.7, y: c.y - r * 0.7 - LABEL_HEIGHT, w: tw, h: LABEL_HEIGHT },
      { x: c.x - tw - r * 0.7, y: c.y + r * 0.7, w: tw, h: LABEL_HEIGHT },
    ];
    const candidates: Rect[] = c.kind === 'edge'
      ? [
          { x: c.x + 16, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
          { x: c.x - tw / 2, y: c.y + 16, w: tw, h: LABEL_HEIGHT },
          { x: c.x - tw - 16, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
        ]
      : [...ring(r0), ...ring(r0 + ARRIVAL_HALF)];
    const fits = candidates.find((b) => rectContains(canvas, b) && !taken.some((t) => rectsOverlap(t, b)));
    const chosen = fits ?? candidates.find((b) => rectContains(canvas, b)) ?? candidates[0]!;
    c.labelBox = chosen;
    taken.push(chosen);
  }
}

/** Per-route drawing polylines from the laid-out places. */
export function layoutRoutes(routes: readonly MapRoute[], places: readonly PlaceSpot[], water: (p: Pt) => boolean): RouteGeometry[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const out: RouteGeometry[] = [];
  for (const r of routes) {
    const a = byId.get(r.from);
    const b = byId.get(r.to);
    if (!a || !b) continue;
    const crossing = a.kind === 'map' && b.kind === 'map' && a.cluster === b.cluster;
    let points: Pt[];
    if (r.kind === 'sea' && !crossing) {
      points = seaCurve(a, b, water);
    } else {
      points = [
        { x: a.x, y: a.y },
        { x: b.x, y: b.y },
      ];
    }
    const m = pointAt(points, 0.5);
    out.push({ id: r.id, points, length: polylineLength(points), mid: { x: m.x, y: m.y }, crossing });
  }
  return out;
}

/**
 * A quadratic curve from a to b bowed to whichever side has more water along it; on a tie,
 * to the normal (-dy, dx), which on a y-down screen is the right-hand side of travel.
 */
export function seaCurve(a: Pt, b: Pt, water: (p: Pt) => boolean): Pt[] {
  const d = dist(a, b);
  if (d === 0) return [a, b];
  const nx = -(b.y - a.y) / d;
  const ny = (b.x - a.x) / d;
  const bow = Math.max(12, d * 0.3);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const score = (sign: number): { pts: Pt[]; wet: number } => {
    const c = { x: mid.x + nx * bow * 2 * sign, y: mid.y + ny * bow * 2 * sign };
    const pts = quadratic(a, c, b, 16);
    return { pts, wet: pts.slice(2, -2).filter(water).length };
  };
  const rightHand = score(1);
  const leftHand = score(-1);
  return leftHand.wet > rightHand.wet ? leftHand.pts : rightHand.pts;
}

export interface DetailSpec {
  name: string;
  /** Degrees: [west, south, east, north]. */
  region: [number, number, number, number];
  pane: Rect;
}

export function layoutMap(asset: MapAsset, places: readonly MapPlace[], routes: readonly MapRoute[], project: Project, opts: LayoutOptions, detailSpec: DetailSpec | null = null): MapLayout {
  const canvas: Rect = { x: 0, y: 0, w: asset.width, h: asset.height };
  const detail = detailSpec ? layoutDetail(asset, places, routes, project, opts, detailSpec) : null;
  const hidden = new Set(detail?.places.map((p) => p.id) ?? []);
  const p = layoutPlaces(places, project, asset, { ...opts, reserved: detail ? [...opts.reserved, detail.pane] : opts.reserved }, canvas);
  const geometry = layoutRoutes(routes, p.places, (q) => isWater(asset, q));
  placeLabels(p.clusters, p.places, geometry, canvas, { ...opts, reserved: detail ? [...opts.reserved, detail.pane] : opts.reserved }, hidden);
  const detailed = routes.filter((r) => hidden.has(r.from) && hidden.has(r.to)).map((r) => r.id);
  return { width: asset.width, height: asset.height, bounds: canvas, places: p.places, clusters: p.clusters, routes: geometry, detailed, detail };
}

/**
 * Where a detail pane's region lies on the main map and the affine map into the pane
 * (depends on the asset only, so the static picture can be painted before any view).
 */
export function detailPlacement(spec: DetailSpec, project: Project): { region: Rect; pane: Rect; k: number; dx: number; dy: number } {
  const [west, south, east, north] = spec.region;
  const corners = [project(west, north), project(east, north), project(east, south), project(west, south), project((west + east) / 2, north), project((west + east) / 2, south)].filter((q): q is Pt => q !== null);
  const xs = corners.map((q) => q.x);
  const ys = corners.map((q) => q.y);
  const region: Rect = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  const pane = spec.pane;
  const k = Math.min(pane.w / region.w, pane.h / region.h);
  const dx = pane.x + (pane.w - region.w * k) / 2 - region.x * k;
  const dy = pane.y + (pane.h - region.h * k) / 2 - region.y * k;
  return { region, pane, k, dx, dy };
}

/** The detail pane: places inside the region, magnified into the pane. */
export function layoutDetail(asset: MapAsset, places: readonly MapPlace[], routes: readonly MapRoute[], project: Project, opts: LayoutOptions, spec: DetailSpec): DetailLayout {
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
  placeLabels(p.clusters, p.places, geometry, { x: pane.x, y: pane.y + 22, w: pane.w, h: pane.h - 22 }, { ...opts, reserved: [] });
  return { name: spec.name, width: asset.width, height: asset.height, bounds: pane, places: p.places, clusters: p.clusters, routes: geometry, detailed: inRoutes.map((r) => r.id), detail: null, region, pane, k, dx, dy };
}

/** The nearest route within `tolerance` pixels of p, or null. */
export function routeAt(layout: MapLayout, p: Pt, tolerance: number, distance: (p: Pt, pts: readonly Pt[]) => number): string | null {
  let best: string | null = null;
  let bestD = tolerance;
  for (const r of layout.routes) {
    const d = distance(p, r.points);
    if (d <= bestD) {
      bestD = d;
      best = r.id;
    }
  }
  return best;
}
