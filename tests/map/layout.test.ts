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
  it('close places share one label, in view order; Tumen places are labelled in the detail pane', () => {
    expect(layout.clusters.map((c) => c.label)).toEqual([
      'Moscow',
      '',
      '',
      '',
      'Pyongyang',
      'Sinuiju–Dandong',
      'Beijing',
      'New York (UN)',
    ]);
    expect(layout.clusters.map((c) => c.ids.join('+'))).toEqual([
      'moscow',
      'vladivostok',
      'khasan+tumangang',
      'rajin',
      'pyongyang',
      'sinuiju+dandong',
      'beijing',
      'new-york',
    ]);
    expect(layout.detail!.clusters.map((c) => c.label)).toEqual(['Vladivostok', 'Khasan–Tumangang', 'Rajin']);
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
    for (let i = 0; i < map.length; i++)
      for (let j = i + 1; j < map.length; j++)
        expect(dist(map[i]!, map[j]!), `${map[i]!.label}/${map[j]!.label}`).toBeGreaterThanOrEqual(20);
  });

  it('labels stay on the canvas and overlap neither each other nor the legend, inset and pane', () => {
    const boxes = layout.clusters.filter((c) => c.kind !== 'inset' && c.label !== '').map((c) => c.labelBox);
    for (const b of boxes) {
      expect(rectContains({ x: 0, y: 0, w: asset.width, h: asset.height }, b)).toBe(true);
      expect(rectsOverlap(b, LEGEND_RECT)).toBe(false);
      expect(rectsOverlap(b, INSET_RECT)).toBe(false);
      expect(rectsOverlap(b, layout.detail!.pane)).toBe(false);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('the layout is a function of its inputs', () => {
    expect(layoutMap(asset, scenarioPlaces(), scenarioRoutes(), project, OPTS, asset.details[0]!)).toEqual(layout);
  });
});

describe('the Tumen River detail pane', () => {
  const d = layout.detail!;

  it('magnifies its region about 3× into the pane, with the same projection', () => {
    expect(d.name).toBe('Tumen River area');
    expect(Math.round(d.k * 100) / 100).toBe(3.07);
    expect(
      rectContains(d.pane, {
        x: d.region.x * d.k + d.dx,
        y: d.region.y * d.k + d.dy,
        w: d.region.w * d.k,
        h: d.region.h * d.k,
      }),
    ).toBe(true);
    for (const id of ['vladivostok', 'rajin']) {
      const p = scenarioPlaces().find((q) => q.id === id)!;
      const m = project(p.lon, p.lat)!;
      const s = d.places.find((q) => q.id === id)!;
      expect(dist(s, { x: m.x * d.k + d.dx, y: m.y * d.k + d.dy }), id).toBeLessThan(1);
    }
  });

  it('holds the four Tumen places and the two routes between them; the main map animates the rest', () => {
    expect(d.places.map((p) => p.id)).toEqual(['vladivostok', 'khasan', 'tumangang', 'rajin']);
    expect(d.routes.map((r) => [r.id, r.crossing, r.points.length])).toEqual([
      ['khasan-tumangang', true, 2],
      ['vladivostok-rajin', false, 17],
    ]);
    expect(layout.detailed).toEqual(['khasan-tumangang', 'vladivostok-rajin']);
  });

  it('its labels stay inside the pane below its title bar and do not overlap', () => {
    const boxes = d.clusters.map((c) => c.labelBox);
    for (const b of boxes)
      expect(rectContains({ x: d.pane.x, y: d.pane.y + 22, w: d.pane.w, h: d.pane.h - 22 }, b)).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('the magnified sea lane still bows over water', () => {
    const r = d.routes.find((x) => x.id === 'vladivostok-rajin')!;
    expect(isWater(asset, { x: (r.mid.x - d.dx) / d.k, y: (r.mid.y - d.dy) / d.k })).toBe(true);
  });

  it('without a detail spec, every place is labelled on the main map', () => {
    const plain = layoutMap(asset, scenarioPlaces(), scenarioRoutes(), project, OPTS);
    expect(plain.detail).toBeNull();
    expect(plain.detailed).toEqual([]);
    expect(plain.clusters.map((c) => c.label)).toEqual([
      'Moscow',
      'Vladivostok',
      'Khasan–Tumangang',
      'Rajin',
      'Pyongyang',
      'Sinuiju–Dandong',
      'Beijing',
      'New York (UN)',
    ]);
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
