/**
 * Pure helpers of the map build (scripts/build-map.ts): simplification and quantisation of
 * projected rings. Kept apart from the script so they can be tested without world-atlas.
 */

export type XY = readonly [number, number];

/** Squared distance from p to the segment a–b. */
export function segmentDistanceSq(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len;
  t = t < 0 ? 0 : Math.min(t, 1);
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker on an open polyline: keeps the first and last points and every point
 * farther than `tolerance` from the simplified line. Iterative (no recursion depth limit).
 */
export function simplifyLine(points: readonly XY[], tolerance: number): XY[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tolSq = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tolSq) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring (first point not repeated at the end). The ring is split at its
 * first point and the point farthest from it, so both halves keep their shape.
 */
export function simplifyRing(ring: readonly XY[], tolerance: number): XY[] {
  if (ring.length <= 4) return ring.slice();
  const p0 = ring[0]!;
  let far = 1;
  let farD = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = (ring[i]![0] - p0[0]) ** 2 + (ring[i]![1] - p0[1]) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), p0], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Twice the signed area (shoelace); positive when clockwise on a y-down screen. */
export function ringArea2(ring: readonly XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s;
}

/**
 * Rounds to integer multiples of 1/quantum and flattens to [x0, y0, x1, y1, …], dropping
 * points that collapse onto their predecessor (and a last point equal to the first).
 */
export function quantiseRing(ring: readonly XY[], quantum: number): number[] {
  const out: number[] = [];
  for (const [x, y] of ring) {
    const qx = Math.round(x * quantum);
    const qy = Math.round(y * quantum);
    const n = out.length;
    if (n >= 2 && out[n - 2] === qx && out[n - 1] === qy) continue;
    out.push(qx, qy);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) {
    out.length -= 2;
  }
  return out;
}
