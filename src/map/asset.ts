/**
 * The map asset written by `scripts/build-map.ts` (assets/map/north-east-asia.json): projected,
 * simplified country outlines as integers, and the projection's parameters. The browser
 * loads it in the Preloader and checks its shape before drawing; it never trusts it blindly.
 */
import { err, ok, type Result } from '../engine/index.ts';
import { inRing, type Pt } from './geometry.ts';

export const COUNTRY_IDS = ['RUS', 'PRK', 'CHN', 'KOR', 'JPN', 'MNG'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

export interface MapProjectionParams {
  type: 'conicConformal';
  /** d3 rotate: [λ, φ, γ] degrees. */
  rotate: [number, number, number];
  parallels: [number, number];
  scale: number;
  translate: [number, number];
}

export interface MapAssetCountry {
  id: CountryId;
  name: string;
  /** Closed rings, flat [x0, y0, x1, y1, …] in units of 1/quantum pixel. */
  rings: number[][];
}

export interface MapAssetLabel {
  text: string;
  kind: 'country' | 'sea';
  x: number;
  y: number;
}

/** A crowded area drawn magnified in a pane of the canvas (see DetailSpec in layout.ts). */
export interface MapAssetDetail {
  name: string;
  /** Degrees: [west, south, east, north]. */
  region: [number, number, number, number];
  pane: { x: number; y: number; w: number; h: number };
}

export interface MapAsset {
  version: 1;
  source: string;
  width: number;
  height: number;
  quantum: number;
  view: { west: number; east: number; south: number; north: number };
  projection: MapProjectionParams;
  countries: MapAssetCountry[];
  /** Open polylines (meridians and parallels every 5°), same units as rings. */
  graticule: number[][];
  labels: MapAssetLabel[];
  details: MapAssetDetail[];
}

/** The checked asset, or one message naming where and what is wrong. */
export type AssetResult = Result<MapAsset, string>;

const MAX_POINTS = 200_000;

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isIntArray(x: unknown, min: number): x is number[] {
  return Array.isArray(x) && x.length >= min && x.length % 2 === 0 && x.every((v) => Number.isInteger(v));
}

/** Checks the shape of a loaded asset; one message naming where and what on failure. */
export function checkMapAsset(x: unknown): AssetResult {
  const fail = (where: string, what: string): AssetResult => err(`map asset: ${where}: ${what}`);
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return fail('(root)', 'not an object');
  const a = x as Record<string, unknown>;
  if (a.version !== 1) return fail('version', 'expected 1');
  for (const k of ['width', 'height', 'quantum'] as const) {
    if (!isFiniteNumber(a[k]) || (a[k] as number) <= 0) return fail(k, 'expected a positive number');
  }
  const p = a.projection as Record<string, unknown> | undefined;
  if (typeof p !== 'object' || p === null || p.type !== 'conicConformal')
    return fail('projection.type', 'expected "conicConformal"');
  const nums = (v: unknown, n: number): boolean => Array.isArray(v) && v.length === n && v.every(isFiniteNumber);
  if (!nums(p.rotate, 3)) return fail('projection.rotate', 'expected 3 numbers');
  if (!nums(p.parallels, 2)) return fail('projection.parallels', 'expected 2 numbers');
  if (!isFiniteNumber(p.scale) || (p.scale as number) <= 0)
    return fail('projection.scale', 'expected a positive number');
  if (!nums(p.translate, 2)) return fail('projection.translate', 'expected 2 numbers');
  const countries = a.countries;
  if (!Array.isArray(countries)) return fail('countries', 'expected an array');
  let points = 0;
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i] as Record<string, unknown>;
    if (typeof c !== 'object' || c === null) return fail(`countries[${i}]`, 'not an object');
    if (!(COUNTRY_IDS as readonly unknown[]).includes(c.id)) return fail(`countries[${i}].id`, 'unknown country');
    const rings = c.rings;
    if (!Array.isArray(rings)) return fail(`countries[${i}].rings`, 'expected an array');
    for (let j = 0; j < rings.length; j++) {
      if (!isIntArray(rings[j], 6)) return fail(`countries[${i}].rings[${j}]`, 'expected at least 3 integer points');
      points += (rings[j] as number[]).length / 2;
    }
  }
  const graticule = a.graticule;
  if (!Array.isArray(graticule)) return fail('graticule', 'expected an array');
  for (let j = 0; j < graticule.length; j++) {
    if (!isIntArray(graticule[j], 4)) return fail(`graticule[${j}]`, 'expected at least 2 integer points');
    points += (graticule[j] as number[]).length / 2;
  }
  if (points > MAX_POINTS) return fail('(root)', `too many points (${points} > ${MAX_POINTS})`);
  const labels = a.labels;
  if (!Array.isArray(labels)) return fail('labels', 'expected an array');
  for (let j = 0; j < labels.length; j++) {
    const l = labels[j] as Record<string, unknown>;
    if (
      typeof l !== 'object' ||
      l === null ||
      typeof l.text !== 'string' ||
      !isFiniteNumber(l.x) ||
      !isFiniteNumber(l.y) ||
      (l.kind !== 'country' && l.kind !== 'sea')
    ) {
      return fail(`labels[${j}]`, 'expected {text, kind, x, y}');
    }
  }
  const details = a.details;
  if (!Array.isArray(details)) return fail('details', 'expected an array');
  for (let j = 0; j < details.length; j++) {
    const d = details[j] as Record<string, unknown>;
    const pane = (d?.pane ?? null) as Record<string, unknown> | null;
    if (
      typeof d !== 'object' ||
      d === null ||
      typeof d.name !== 'string' ||
      !nums(d.region, 4) ||
      pane === null ||
      !['x', 'y', 'w', 'h'].every((k) => isFiniteNumber(pane[k]))
    ) {
      return fail(`details[${j}]`, 'expected {name, region: [w, s, e, n], pane: {x, y, w, h}}');
    }
  }
  return ok(x as MapAsset);
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

/** The actor a country belongs to, for tinting; the other countries are neutral. */
export function countryActor(id: CountryId): 'RUS' | 'PRK' | 'CHN' | null {
  return id === 'RUS' || id === 'PRK' || id === 'CHN' ? id : null;
}
