/**
 * Place spots (on the map, as an arrow at the edge, or in the council inset), clusters of
 * close places with one label, overlap relaxation and label placement.
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
import type { MapPlace } from '../store/index.ts';
import type { MapAsset } from './asset.ts';
import type { Cluster, LayoutOptions, PlaceSpot, RouteGeometry } from './layout.ts';
import { dist, pointAt, rectContains, rectsOverlap, type Pt, type Rect } from './geometry.ts';
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
export function layoutPlaces(
  places: readonly MapPlace[],
  project: Project,
  asset: MapAsset,
  opts: LayoutOptions,
  bounds?: Rect,
  clusterPx = CLUSTER_PX,
): { places: PlaceSpot[]; clusters: Cluster[] } {
  const w = asset.width;
  const h = asset.height;
  const b = bounds ?? { x: 0, y: 0, w, h };
  const centreLon = (asset.view.west + asset.view.east) / 2;
  const centreLat = (asset.view.south + asset.view.north) / 2;
  const spots: PlaceSpot[] = [];
  const truePos = new Map<string, Pt>();
  // Every place's projected point is set in the loop below, before any lookup.
  const posOf = (id: string): Pt => truePos.get(id) ?? { x: 0, y: 0 };
  let insetRow = 0;
  for (const p of places) {
    const pt = project(p.lon, p.lat);
    const onMap = pt !== null && pt.x >= b.x + 8 && pt.x <= b.x + b.w - 8 && pt.y >= b.y + 8 && pt.y <= b.y + b.h - 8;
    if (onMap) {
      spots.push({
        id: p.id,
        name: p.name,
        actor: p.actor,
        kind: 'map',
        x: pt.x,
        y: pt.y,
        angle: 0,
        cluster: -1,
        note: '',
      });
      truePos.set(p.id, pt);
    } else if (pt !== null && angularDistance(p, { lon: centreLon, lat: centreLat }) < Math.PI / 2) {
      const e = edgePoint(w, h, pt);
      const nearest = places
        .filter((q) => q.actor !== null && q.actor === p.actor && q.id !== p.id)
        .map((q) => ({ q, d: distanceKm(p, q), qp: project(q.lon, q.lat) }))
        .filter((x) => x.qp !== null && x.qp.x >= 0 && x.qp.x <= w && x.qp.y >= 0 && x.qp.y <= h)
        .sort((a, b) => a.d - b.d || (a.q.id < b.q.id ? -1 : 1))[0];
      const note = nearest ? opts.distance(Math.round(nearest.d / 10) * 10, nearest.q.name) : '';
      spots.push({
        id: p.id,
        name: p.name,
        actor: p.actor,
        kind: 'edge',
        x: e.x,
        y: e.y,
        angle: e.angle,
        cluster: -1,
        note,
      });
    } else {
      const y = opts.inset.y + 40 + insetRow * 22;
      insetRow++;
      spots.push({
        id: p.id,
        name: p.name,
        actor: p.actor,
        kind: 'inset',
        x: opts.inset.x + 16,
        y,
        angle: 0,
        cluster: -1,
        note: '',
      });
    }
  }

  // Single-linkage clusters of on-map places closer than CLUSTER_PX, in view order.
  const clusters: Cluster[] = [];
  for (const s of spots) {
    if (s.kind !== 'map') {
      s.cluster = clusters.length;
      clusters.push({
        index: s.cluster,
        ids: [s.id],
        label: s.name,
        kind: s.kind,
        x: s.x,
        y: s.y,
        labelBox: { x: 0, y: 0, w: 0, h: 0 },
      });
      continue;
    }
    const near = clusters.find((c) => c.kind === 'map' && c.ids.some((id) => dist(posOf(id), s) < clusterPx));
    if (near) {
      near.ids.push(s.id);
      near.label = `${near.label}–${s.name}`;
      s.cluster = near.index;
    } else {
      s.cluster = clusters.length;
      clusters.push({
        index: s.cluster,
        ids: [s.id],
        label: s.name,
        kind: 'map',
        x: s.x,
        y: s.y,
        labelBox: { x: 0, y: 0, w: 0, h: 0 },
      });
    }
  }
  for (const c of clusters) {
    if (c.kind !== 'map') continue;
    c.x = c.ids.reduce((a, id) => a + posOf(id).x, 0) / c.ids.length;
    c.y = c.ids.reduce((a, id) => a + posOf(id).y, 0) / c.ids.length;
  }

  // Relaxation: push overlapping on-map clusters apart, symmetric, fixed passes.
  const radius = (c: Cluster): number => (c.ids.length > 1 ? CLUSTER_RADIUS : SINGLE_RADIUS);
  const mapClusters = clusters.filter((c) => c.kind === 'map');
  for (let pass = 0; pass < RELAX_PASSES; pass++) {
    let moved = false;
    for (const [i, a] of mapClusters.entries()) {
      for (const b of mapClusters.slice(i + 1)) {
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
    const [head] = members;
    const tail = members.at(-1);
    if (head === undefined || tail === undefined) continue;
    if (members.length === 1) {
      head.x = c.x;
      head.y = c.y;
      continue;
    }
    const first = posOf(head.id);
    const last = posOf(tail.id);
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
export function placeLabels(
  clusters: Cluster[],
  spots: readonly PlaceSpot[],
  routes: readonly RouteGeometry[],
  bounds: Rect,
  opts: LayoutOptions,
  hidden: ReadonlySet<string> = new Set(),
): void {
  const canvas: Rect = { x: bounds.x + 2, y: bounds.y + 2, w: bounds.w - 4, h: bounds.h - 4 };
  const taken: Rect[] = [...opts.reserved];
  for (const s of spots) if (s.kind === 'map') taken.push({ x: s.x - 7, y: s.y - 7, w: 14, h: 14 });
  for (const r of routes) {
    // Where shipments arrive and wait: keep labels clear of the route's ends.
    for (const end of [r.points[0], r.points.at(-1)].filter((p) => p !== undefined)) {
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
    const candidates: Rect[] =
      c.kind === 'edge'
        ? [
            { x: c.x + 16, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
            { x: c.x - tw / 2, y: c.y + 16, w: tw, h: LABEL_HEIGHT },
            { x: c.x - tw - 16, y: c.y - LABEL_HEIGHT / 2, w: tw, h: LABEL_HEIGHT },
          ]
        : [...ring(r0), ...ring(r0 + ARRIVAL_HALF)];
    const fits = candidates.find((b) => rectContains(canvas, b) && !taken.some((t) => rectsOverlap(t, b)));
    const chosen = fits ?? candidates.find((b) => rectContains(canvas, b)) ?? candidates[0];
    if (chosen === undefined) continue;
    c.labelBox = chosen;
    taken.push(chosen);
  }
}
