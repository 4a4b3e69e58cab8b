import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceToPolyline, inRing, pointAt, polylineLength, quadratic, ticks } from '../../src/map/geometry.ts';

const L = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
];

describe('polylines', () => {
  it.each([
    [0, 0, 0, 0],
    [0.25, 5, 0, 0],
    [0.5, 10, 0, 0],
    [0.75, 10, 5, Math.PI / 2],
    [1, 10, 10, Math.PI / 2],
    [-1, 0, 0, 0],
    [2, 10, 10, Math.PI / 2],
  ])('pointAt(t=%d) = (%d, %d) heading %d', (t, x, y, angle) => {
    const p = pointAt(L, t);
    expect([p.x, p.y]).toEqual([x, y]);
    expect(p.angle).toBeCloseTo(angle, 12);
  });

  it.each([
    [{ x: 5, y: 3 }, 3],
    [{ x: 13, y: 5 }, 3],
    [{ x: -4, y: -3 }, 5],
    [{ x: 10, y: 10 }, 0],
  ])('distance from %j is %d', (p, d) => expect(distanceToPolyline(p, L)).toBeCloseTo(d, 12));

  it('railway ties: one every 7 px, centred, perpendicular', () => {
    const t = ticks(
      [
        { x: 0, y: 0 },
        { x: 30, y: 0 },
      ],
      7,
      4,
    );
    expect(t.map(([a]) => Math.round(a.x * 10) / 10)).toEqual([1, 8, 15, 22, 29]);
    expect(t.every(([a, b]) => a.x === b.x && Math.abs(a.y - b.y) === 8)).toBe(true);
  });

  it('quadratic ends at its end points and passes halfway to the control point', () => {
    const q = quadratic({ x: 0, y: 0 }, { x: 50, y: 100 }, { x: 100, y: 0 }, 4);
    expect(q).toEqual([
      { x: 0, y: 0 },
      { x: 25, y: 37.5 },
      { x: 50, y: 50 },
      { x: 75, y: 37.5 },
      { x: 100, y: 0 },
    ]);
  });

  it.each([
    [{ x: 5, y: 5 }, true],
    [{ x: 15, y: 5 }, false],
    [{ x: 0.5, y: 9.5 }, true],
  ])('inRing %j → %s (ring quantised ×2)', (p, inside) => {
    expect(inRing(p, [0, 0, 20, 0, 20, 20, 0, 20], 2)).toBe(inside);
  });

  it('pointAt always lies on the polyline (property)', () => {
    const pt = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
    fc.assert(
      fc.property(
        fc.array(pt, { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pts, t) => {
          const p = pointAt(pts, t);
          return distanceToPolyline(p, pts) < 1e-6 * (1 + polylineLength(pts));
        },
      ),
    );
  });
});
