/** Route polylines from laid-out places (crossing bars, sea lanes over water), and hit-testing. */
import type { MapRoute } from '../store/index.ts';
import type { MapLayout, PlaceSpot, RouteGeometry } from './layout.ts';
import { dist, pointAt, polylineLength, quadratic, type Pt } from './geometry.ts';

/** Per-route drawing polylines from the laid-out places. */
export function layoutRoutes(
  routes: readonly MapRoute[],
  places: readonly PlaceSpot[],
  water: (p: Pt) => boolean,
): RouteGeometry[] {
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

/** The nearest route within `tolerance` pixels of p, or null. */
export function routeAt(
  layout: MapLayout,
  p: Pt,
  tolerance: number,
  distance: (p: Pt, pts: readonly Pt[]) => number,
): string | null {
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
