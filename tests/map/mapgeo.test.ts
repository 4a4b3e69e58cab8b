import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  quantiseRing,
  ringArea2,
  segmentDistanceSq,
  simplifyLine,
  simplifyRing,
  type XY,
} from '../../scripts/mapgeo.ts';

describe('map build helpers', () => {
  it.each([
    [
      'straight line collapses to its ends',
      [
        [0, 0],
        [1, 0.1],
        [2, 0],
        [3, 0.1],
        [4, 0],
      ],
      0.5,
      [
        [0, 0],
        [4, 0],
      ],
    ],
    [
      'a corner above tolerance is kept',
      [
        [0, 0],
        [2, 2],
        [4, 0],
      ],
      0.5,
      [
        [0, 0],
        [2, 2],
        [4, 0],
      ],
    ],
    [
      'two points stay',
      [
        [0, 0],
        [1, 1],
      ],
      10,
      [
        [0, 0],
        [1, 1],
      ],
    ],
  ] as Array<[string, XY[], number, XY[]]>)('simplifyLine: %s', (_n, pts, tol, out) => {
    expect(simplifyLine(pts, tol)).toEqual(out);
  });

  it('simplifyRing keeps a square and drops a collinear midpoint', () => {
    expect(
      simplifyRing(
        [
          [0, 0],
          [5, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });

  it.each([
    [
      'rounds to half pixels and flattens',
      [
        [0.24, 0.26],
        [1.1, 0],
        [1, 1],
      ],
      2,
      [0, 1, 2, 0, 2, 2],
    ],
    [
      'drops repeats and a closing point',
      [
        [0, 0],
        [0.1, 0.1],
        [3, 0],
        [3, 3],
        [0, 0],
      ],
      1,
      [0, 0, 3, 0, 3, 3],
    ],
  ] as Array<[string, XY[], number, number[]]>)('quantiseRing: %s', (_n, ring, q, out) => {
    expect(quantiseRing(ring, q)).toEqual(out);
  });

  it('ring area: clockwise on screen is positive', () => {
    expect(
      ringArea2([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ).toBe(200);
    expect(
      ringArea2([
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
      ]),
    ).toBe(-200);
  });

  it('simplifyLine keeps the ends and stays within tolerance of every point (property)', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })) as fc.Arbitrary<XY>;
    fc.assert(
      fc.property(
        fc.array(pt, { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (pts, tol) => {
          const s = simplifyLine(pts, tol);
          if (s[0] !== pts[0] || s[s.length - 1] !== pts[pts.length - 1]) return false;
          // every original point lies within tol of the simplified line
          for (const p of pts) {
            const d = Math.min(...s.slice(0, -1).map((a, k) => segmentDistanceSq(p, a, s[k + 1]!)));
            if (d > tol * tol + 1e-9) return false;
          }
          return true;
        },
      ),
    );
  });
});
