/**
 * Plane geometry for the map's screen space (pixels, y down): polylines, arc-length
 * parametrisation, distances for hit-testing, point-in-ring for "is this water".
 */

export interface Pt {
  x: number;
  y: number;
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function lerp(a: Pt, b: Pt, t: number): Pt {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Each straight piece [from, to] of a polyline, in order (none for fewer than two points). */
export function segmentsOf(pts: readonly Pt[]): Array<[Pt, Pt]> {
  const out: Array<[Pt, Pt]> = [];
  let prev: Pt | undefined;
  for (const p of pts) {
    if (prev !== undefined) out.push([prev, p]);
    prev = p;
  }
  return out;
}

export function polylineLength(pts: readonly Pt[]): number {
  let s = 0;
  for (const [a, b] of segmentsOf(pts)) s += dist(a, b);
  return s;
}

/** The point at fraction t (0..1, clamped) of the polyline's length, and its heading (radians). */
export function pointAt(pts: readonly Pt[], t: number): { x: number; y: number; angle: number } {
  const first = pts[0];
  if (first === undefined) return { x: 0, y: 0, angle: 0 };
  const segments = segmentsOf(pts);
  if (segments.length === 0) return { x: first.x, y: first.y, angle: 0 };
  const total = polylineLength(pts);
  let target = (t < 0 ? 0 : Math.min(t, 1)) * total;
  for (const [i, [a, b]] of segments.entries()) {
    const seg = dist(a, b);
    if (target <= seg || i === segments.length - 1) {
      const f = seg === 0 ? 0 : Math.min(1, target / seg);
      const p = lerp(a, b, f);
      return { x: p.x, y: p.y, angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    target -= seg;
  }
  // Not reached: the last segment always returns above.
  return { x: first.x, y: first.y, angle: 0 };
}

/** Shortest distance from p to the polyline. */
export function distanceToPolyline(p: Pt, pts: readonly Pt[]): number {
  const only = pts.length === 1 ? pts[0] : undefined;
  if (only !== undefined) return dist(p, only);
  let best = Infinity;
  for (const [a, b] of segmentsOf(pts)) {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = dx * dx + dy * dy;
    let t = len === 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len;
    t = t < 0 ? 0 : Math.min(t, 1);
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  return best;
}

/** Even–odd point-in-ring on a flat [x0, y0, x1, y1, …] ring scaled by 1/quantum. */
export function inRing(p: Pt, ring: readonly number[], quantum: number): boolean {
  const x = p.x * quantum;
  const y = p.y * quantum;
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    // Indices stay within the ring (n = length / 2), so `?? 0` never applies.
    const xi = ring[2 * i] ?? 0;
    const yi = ring[2 * i + 1] ?? 0;
    const xj = ring[2 * j] ?? 0;
    const yj = ring[2 * j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Quadratic Bézier a → c → b sampled into `segments` straight pieces. */
export function quadratic(a: Pt, c: Pt, b: Pt, segments: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
  return out;
}

/**
 * Cross-ties along a polyline (the railway symbol): every `spacing` pixels of arc length,
 * a segment of half-length `half` perpendicular to the line.
 */
export function ticks(pts: readonly Pt[], spacing: number, half: number): Array<[Pt, Pt]> {
  const total = polylineLength(pts);
  const out: Array<[Pt, Pt]> = [];
  if (total === 0 || spacing <= 0) return out;
  const n = Math.floor(total / spacing);
  const start = (total - n * spacing) / 2;
  for (let i = 0; i <= n; i++) {
    const p = pointAt(pts, (start + i * spacing) / total);
    const nx = -Math.sin(p.angle) * half;
    const ny = Math.cos(p.angle) * half;
    out.push([
      { x: p.x - nx, y: p.y - ny },
      { x: p.x + nx, y: p.y + ny },
    ]);
  }
  return out;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}
