/**
 * Builds the map asset (`assets/map/north-east-asia.json`) from Natural Earth 1:50m
 * (world-atlas `countries-50m.json`): keeps the six countries drawn, projects them with a
 * conic conformal projection fitted to the corners of the view, clips to the canvas (plus a
 * margin so no clip edge is stroked on screen), simplifies and quantises the rings to
 * integers. The asset also carries the projection's parameters so the browser projects the
 * scenario's places with exactly the same projection at run time.
 *
 *   npm run map:build            writes the asset
 *   npm run map:build -- --check exits 1 when the committed asset differs from a fresh build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoGraticule, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { quantiseRing, ringArea2, simplifyLine, simplifyRing, type XY } from './mapgeo.ts';
import type { MapAsset, MapAssetCountry, MapAssetLabel } from '../src/map/asset.ts';

export const ASSET_PATH = fileURLToPath(new URL('../assets/map/north-east-asia.json', import.meta.url));

/** The design canvas, in pixels; the browser scales it to fit its parent. */
const WIDTH = 1200;
const HEIGHT = 800;
/** The view's corners (degrees). Moscow and New York lie outside: an edge arrow and an inset. */
const VIEW = { west: 111, east: 139, south: 34.5, north: 48 } as const;
const ROTATE: [number, number, number] = [-125, 0, 0];
const PARALLELS: [number, number] = [37, 46];
/** Geometry is clipped to the canvas grown by this margin, so clip edges fall off screen. */
const CLIP_MARGIN = 12;
/** Douglas–Peucker tolerance in pixels, and the smallest ring area (px²) kept. */
const TOLERANCE = 0.25;
const MIN_RING_AREA = 3;
/** Coordinates are stored as integers in units of 1/QUANTUM pixel. */
const QUANTUM = 2;

/**
 * Crowded areas drawn magnified: the Tumen delta, where Russia, North Korea and China meet
 * and four of the scenario's places lie within 60 km, gets a pane over the Sea of Japan.
 */
const DETAILS: MapAsset['details'] = [
  { name: 'Tumen River area', region: [129.95, 42.02, 132.2, 43.38], pane: { x: 912, y: 250, w: 278, h: 250 } },
];

/** ISO 3166 numeric code → our id, in drawing order. */
const COUNTRIES: ReadonlyArray<{ iso: string; id: MapAssetCountry['id']; name: string }> = [
  { iso: '496', id: 'MNG', name: 'Mongolia' },
  { iso: '156', id: 'CHN', name: 'China' },
  { iso: '643', id: 'RUS', name: 'Russia' },
  { iso: '392', id: 'JPN', name: 'Japan' },
  { iso: '410', id: 'KOR', name: 'South Korea' },
  { iso: '408', id: 'PRK', name: 'North Korea' },
];

/** Cartographic label anchors (lon, lat), chosen by eye to sit inside each visible area. */
const LABELS: ReadonlyArray<{ text: string; kind: MapAssetLabel['kind']; lon: number; lat: number }> = [
  { text: 'RUSSIA', kind: 'country', lon: 135.8, lat: 46.0 },
  { text: 'CHINA', kind: 'country', lon: 121.0, lat: 44.2 },
  { text: 'MONGOLIA', kind: 'country', lon: 114.3, lat: 46.4 },
  { text: 'NORTH KOREA', kind: 'country', lon: 127.4, lat: 40.75 },
  { text: 'SOUTH KOREA', kind: 'country', lon: 128.2, lat: 36.2 },
  { text: 'JAPAN', kind: 'country', lon: 137.6, lat: 36.4 },
  { text: 'Sea of Japan (East Sea)', kind: 'sea', lon: 133.2, lat: 39.3 },
  { text: 'Yellow Sea', kind: 'sea', lon: 123.6, lat: 36.0 },
  { text: 'Bohai', kind: 'sea', lon: 120.0, lat: 38.8 },
];

/** A geoPath context that records rings/lines as arrays of points. */
class Recorder {
  readonly paths: XY[][] = [];
  private current: XY[] | null = null;
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.paths.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = null;
  }
  beginPath(): void {
    /* each moveTo starts a path */
  }
  arc(): void {
    /* points are not drawn */
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function buildMapAsset(topology: Topology): MapAsset {
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [VIEW.west, VIEW.north],
      [VIEW.east, VIEW.north],
      [VIEW.east, VIEW.south],
      [VIEW.west, VIEW.south],
    ],
  };
  const fitted = geoConicConformal().rotate(ROTATE).parallels(PARALLELS).fitSize([WIDTH, HEIGHT], corners);
  // Store rounded parameters, then project with exactly those: the browser rebuilds the same.
  const scale = round(fitted.scale(), 4);
  const translate: [number, number] = [round(fitted.translate()[0], 4), round(fitted.translate()[1], 4)];
  const projection = geoConicConformal()
    .rotate(ROTATE)
    .parallels(PARALLELS)
    .scale(scale)
    .translate(translate)
    .clipExtent([
      [-CLIP_MARGIN, -CLIP_MARGIN],
      [WIDTH + CLIP_MARGIN, HEIGHT + CLIP_MARGIN],
    ]);

  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries: MapAssetCountry[] = [];
  for (const c of COUNTRIES) {
    const geom = object.geometries.find((g) => g.id === c.iso);
    if (!geom) throw new Error(`world-atlas has no country ${c.iso} (${c.name})`);
    const rec = new Recorder();
    geoPath(projection, rec)(feature(topology, geom) as GeoPermissibleObjects);
    const rings: number[][] = [];
    for (const path of rec.paths) {
      const open =
        path.length > 1 && path[0]![0] === path[path.length - 1]![0] && path[0]![1] === path[path.length - 1]![1]
          ? path.slice(0, -1)
          : path;
      const simple = simplifyRing(open, TOLERANCE);
      if (simple.length < 3 || Math.abs(ringArea2(simple)) / 2 < MIN_RING_AREA) continue;
      const q = quantiseRing(simple, QUANTUM);
      if (q.length >= 6) rings.push(q);
    }
    if (rings.length === 0) continue;
    countries.push({ id: c.id, name: c.name, rings });
  }

  const graticuleRec = new Recorder();
  geoPath(
    projection,
    graticuleRec,
  )(
    geoGraticule()
      .step([5, 5])
      .extent([
        [100, 25],
        [150, 60],
      ])(),
  );
  const graticule = graticuleRec.paths
    .map((p) => quantiseRing(simplifyLine(p, TOLERANCE), QUANTUM))
    .filter((p) => p.length >= 4);

  const labels: MapAssetLabel[] = LABELS.map((l) => {
    const p = projection([l.lon, l.lat])!;
    return { text: l.text, kind: l.kind, x: Math.round(p[0]), y: Math.round(p[1]) };
  });

  return {
    version: 1,
    source: 'Natural Earth 1:50m via world-atlas countries-50m.json (public domain)',
    width: WIDTH,
    height: HEIGHT,
    quantum: QUANTUM,
    view: { ...VIEW },
    projection: { type: 'conicConformal', rotate: ROTATE, parallels: PARALLELS, scale, translate },
    countries,
    graticule,
    labels,
    details: DETAILS,
  };
}

/** Compact, stable JSON: one country ring per line so diffs stay readable. */
export function serialiseMapAsset(asset: MapAsset): string {
  const { countries, graticule, ...head } = asset;
  const lines: string[] = ['{'];
  for (const [k, v] of Object.entries(head)) lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  lines.push('  "countries": [');
  for (const [i, c] of countries.entries()) {
    lines.push(`    {"id": ${JSON.stringify(c.id)}, "name": ${JSON.stringify(c.name)}, "rings": [`);
    for (const [j, r] of c.rings.entries())
      lines.push(`      ${JSON.stringify(r)}${j < c.rings.length - 1 ? ',' : ''}`);
    lines.push(`    ]}${i < countries.length - 1 ? ',' : ''}`);
  }
  lines.push('  ],');
  lines.push('  "graticule": [');
  for (const [i, g] of graticule.entries())
    lines.push(`    ${JSON.stringify(g)}${i < graticule.length - 1 ? ',' : ''}`);
  lines.push('  ]');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function loadTopology(): Topology {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

function main(argv: readonly string[]): number {
  const text = serialiseMapAsset(buildMapAsset(loadTopology()));
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(ASSET_PATH, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (current !== text) {
      console.error(`${ASSET_PATH} is out of date: run npm run map:build`);
      return 1;
    }
    console.log(`${ASSET_PATH} is up to date`);
    return 0;
  }
  writeFileSync(ASSET_PATH, text);
  console.log(`wrote ${ASSET_PATH} (${text.length} bytes)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(main(process.argv.slice(2)));
}
