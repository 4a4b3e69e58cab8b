import { describe, expect, it } from 'vitest';
import { mapAsset, scenarioLayout, scenarioPlaces, OPTS, scenarioRoutes } from './mapFixtures.ts';
import { makeProjection } from '../../src/map/projection.ts';
import { CROSSING_PX, groupDigits, isWater, layoutMap, routeAt, seaCurve } from '../../src/map/layout.ts';
import { dist, distanceToPolyline, rectContains, rectsOverlap, type Pt } from '../../src/map/geometry.ts';
import { INSET_RECT, LEGEND_RECT } from '../../src/map/style.ts';

const asset = mapAsset();
const project = makeProjection(asset.projection);
const layout = scenarioLayout();
const spot = (id: string) => layout.places.find((p) => p.id === id)!;

describe('projection of the scenario places', () => {
  it.each([
    ['vladivostok', 860.6, 336.7],
    ['khasan', 821.1, 375.5],
    ['tumangang', 815.4, 376.9],
    ['rajin', 803.3, 386.0],
    ['pyongyang', 630.2, 559.6],
    ['sinuiju', 576.2, 503.6],
    ['dandong', 575.4, 502.0],
    ['beijing', 258.3, 497.0],
  ])('%s projects to (%d, %d), inside the canvas', (id, x, y) => {
    const p = scenarioPlaces().find((q) => q.id === id)!;
    const pt = project(p.lon, p.lat)!;
    expect([Math.round(pt.x * 10) / 10, Math.round(pt.y * 10) / 10]).toEqual([x, y]);
    expect(pt.x > 0 && pt.x < asset.width && pt.y > 0 && pt.y < asset.height).toBe(true);
  });

  it('the view corners fit the canvas (the fit was to their MultiPoint)', () => {
    const { west, east, south, north } = asset.view;
    const pts = [project(west, north)!, project(east, north)!, project(east, south)!, project(west, south)!];
    const xs = pts.map((p) => Math.round(p.x));
    const ys = pts.map((p) => Math.round(p.y));
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(asset.width);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(asset.height);
  });

  it('Moscow is an arrow at the top-left edge pointing north-west, with its distance', () => {
    const m = spot('moscow');
    expect(m.kind).toBe('edge');
    expect([Math.round(m.x), Math.round(m.y)]).toEqual([197, 46]);
    expect(m.angle).toBeLessThan(-Math.PI / 2);
    expect(m.angle).toBeGreaterThan(-Math.PI);
    expect(m.note).toBe('6,410 km from Khasan');
  });

  it('New York goes into the council inset', () => {
    const n = spot('new-york');
    expect(n.kind).toBe('inset');
    expect(rectContains(INSET_RECT, { x: n.x, y: n.y, w: 1, h: 1 })).toBe(true);
  });
});

describe('clusters and labels', () => {
  it('close places share one label, in view order', () => {
    expect(layout.clusters.map((c) => c.label)).toEqual(['Moscow', 'Vladivostok', 'Khasan–Tumangang', 'Rajin', 'Pyongyang', 'Sinuiju–Dandong', 'Beijing', 'New York (UN)']);
  });

  it('no on-map place is displaced by more than 15 px from its projection', () => {
    for (const p of scenarioPlaces()) {
      const s = spot(p.id);
      if (s.kind !== 'map') continue;
      expect(dist(s, project(p.lon, p.lat)!), p.id).toBeLessThanOrEqual(CROSSING_PX / 2 + 15);
    }
  });

  it('separate markers are at least 20 px apart after relaxation', () => {
    const map = layout.clusters.filter((c) => c.kind === 'map');
    for (let i = 0; i < map.length; i++) for (let j = i + 1; j < map.length; j++) expect(dist(map[i]!, map[j]!), `${map[i]!.label}/${map[j]!.label}`).toBeGreaterThanOrEqual(20);
  });

  it('labels stay on the canvas and overlap neither each other nor the legend and inset', () => {
    const boxes = layout.clusters.filter((c) => c.kind !== 'inset').map((c) => c.labelBox);
    for (const b of boxes) {
      expect(rectContains({ x: 0, y: 0, w: asset.width, h: asset.height }, b)).toBe(true);
      expect(rectsOverlap(b, LEGEND_RECT)).toBe(false);
      expect(rectsOverlap(b, INSET_RECT)).toBe(false);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('the layout is a function of its inputs', () => {
    expect(layoutMap(asset, scenarioPlaces(), scenarioRoutes(), project, OPTS)).toEqual(layout);
  });
});

describe('route geometry', () => {
  it.each([
    ['khasan-tumangang', true, 40, 2],
    ['dandong-sinuiju', true, 40, 2],
    ['vladivostok-rajin', false, 106.59, 17],
  ])('%s: crossing %s, length %d px, %d points', (id, crossing, length, n) => {
    const r = layout.routes.find((g) => g.id === id)!;
    expect(r.crossing).toBe(crossing);
    expect(Math.round(r.length * 100) / 100).toBe(length);
    expect(r.points).toHaveLength(n);
  });

  it('a crossing bar runs through both places of its cluster, from → to', () => {
    const r = layout.routes.find((g) => g.id === 'khasan-tumangang')!;
    expect(r.points[0]).toEqual({ x: spot('khasan').x, y: spot('khasan').y });
    expect(r.points[1]).toEqual({ x: spot('tumangang').x, y: spot('tumangang').y });
  });

  it('the sea lane from Vladivostok to Rajin bows over water', () => {
    const r = layout.routes.find((g) => g.id === 'vladivostok-rajin')!;
    expect(isWater(asset, r.mid)).toBe(true);
    expect(isWater(asset, { x: 451, y: 288 })).toBe(false); // the CHINA label, inland
  });

  it.each([
    ['water north of an eastward lane', (p: Pt) => p.y < 100, { x: 50, y: 70 }],
    ['water south of it', (p: Pt) => p.y > 100, { x: 50, y: 130 }],
    ['water on neither side: the right-hand side (south)', () => false, { x: 50, y: 130 }],
  ])('seaCurve bows towards the wetter side: %s', (_name, water, mid) => {
    const pts = seaCurve({ x: 0, y: 100 }, { x: 100, y: 100 }, water);
    expect(pts).toHaveLength(17);
    expect(pts[0]).toEqual({ x: 0, y: 100 });
    expect(pts[16]).toEqual({ x: 100, y: 100 });
    expect(pts[8]).toEqual(mid);
  });

  it.each([
    [{ x: 829, y: 369 }, 'khasan-tumangang'],
    [{ x: 576, y: 503 }, 'dandong-sinuiju'],
    [{ x: 300, y: 300 }, null],
  ])('routeAt %j → %s', (p, id) => {
    expect(routeAt(layout, p, 10, distanceToPolyline)).toBe(id);
  });
});

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [6410, '6,410'],
    [1234567, '1,234,567'],
    [-4000, '-4,000'],
  ])('%d → %s', (n, s) => expect(groupDigits(n)).toBe(s));
});
