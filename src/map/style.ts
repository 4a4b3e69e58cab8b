/**
 * The map's visual vocabulary. Colours come from the Okabe–Ito and Tol palettes (safe for
 * the common colour-vision deficiencies) and every colour distinction is doubled by a shape
 * or a line pattern, so the map still reads in greyscale or on a washed-out projector.
 */
import type { ActorId, Good, RouteKind, ShipmentMode } from '../engine/index.ts';
import { GOODS } from '../engine/index.ts';
import type { CountryId } from './asset.ts';
import type { MapRoute, MapShipment } from '../store/index.ts';
import type { Pt } from './geometry.ts';

export const SEA = '#b9d0e3';
export const GRATICULE = 'rgba(60, 80, 110, 0.18)';
export const BORDER = '#4a4a4a';
export const INK = '#1b1b1b';
export const HALO = '#ffffff';
export const PANEL = 'rgba(255, 255, 255, 0.92)';
export const PANEL_EDGE = '#3a3a3a';

export const LAND: Readonly<Record<CountryId, string>> = {
  RUS: '#d9e3ef',
  PRK: '#efd9e2',
  CHN: '#f2e9cc',
  KOR: '#e9e7e1',
  JPN: '#e9e7e1',
  MNG: '#e9e7e1',
};

/** Actor colours (Tol "bright"): place dots and the inset. */
export const ACTOR_COLOUR: Readonly<Record<ActorId, string>> = {
  RUS: '#4477aa',
  PRK: '#aa3377',
  CHN: '#ccbb44',
  UNSC: '#228833',
};

/** Goods (Okabe–Ito) each with a distinct marker shape. */
export const GOOD_COLOUR: Readonly<Record<Good, string>> = {
  oil: '#e69f00',
  food: '#009e73',
  munitions: '#d55e00',
  labour: '#cc79a7',
};
export const GOOD_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof GOOD_SHAPES)[number];
export const GOOD_SHAPE: Readonly<Record<Good, MarkerShape>> = {
  oil: 'circle',
  food: 'square',
  munitions: 'triangle',
  labour: 'diamond',
};

export const DETECTED = '#f0e442';

export interface RouteStyle {
  colour: string;
  /** Canvas line dash in px ([] = solid). */
  dash: number[];
  /** Cross-ties (railway). */
  ties: boolean;
  /** End brackets (bridge). */
  brackets: boolean;
}

export function routeStyle(kind: RouteKind): RouteStyle {
  switch (kind) {
    case 'rail':
      return { colour: '#2b2b2b', dash: [], ties: true, brackets: false };
    case 'sea':
      return { colour: '#0b4f8a', dash: [10, 6], ties: false, brackets: false };
    case 'road':
      return { colour: '#6b4226', dash: [], ties: false, brackets: false };
    case 'bridge':
      return { colour: '#3d3d3d', dash: [], ties: false, brackets: true };
    case 'air':
      return { colour: '#3d3d3d', dash: [2, 6], ties: false, brackets: false };
  }
}

export const CLOSED_COLOUR = '#8a8a8a';

/**
 * Line weight from capacity: for each good, the route's share of the largest capacity for
 * that good among the routes shown; the mean share maps to 2..8 px. Units differ between
 * goods, so shares (not sums) are what can be averaged.
 */
export function routeWeight(route: MapRoute, all: readonly MapRoute[]): number {
  const shares: number[] = [];
  for (const g of GOODS) {
    const max = Math.max(0, ...all.map((r) => r.capacity[g] ?? 0));
    if (max > 0) shares.push((route.capacity[g] ?? 0) / max);
  }
  const mean = shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length;
  return Math.round((2 + 6 * mean) * 10) / 10;
}

/**
 * Marker radius from quantity: area proportional to the shipment's share of the route's
 * capacity for its good (clamped to 1), between 6 and 15 px. Without a capacity, the largest
 * marker.
 */
export function markerRadius(s: MapShipment, route: MapRoute | undefined): number {
  const cap = route?.capacity[s.resource] ?? 0;
  const share = cap > 0 ? Math.min(1, Math.max(0, s.amount / cap)) : 1;
  return Math.round((6 + 9 * Math.sqrt(share)) * 10) / 10;
}

/**
 * Where the k-th of n shipments on the same route and direction ends up: queued back from
 * the destination along the route (t < 1) in two lanes, so arrived markers do not hide one
 * another.
 */
export function arrivalSlot(k: number, n: number, routeLength: number): { t: number; lane: number } {
  if (n <= 1) return { t: 1, lane: 0 };
  const step = Math.min(0.18, 14 / Math.max(1, routeLength));
  const row = Math.floor(k / 2);
  const lane = n === 1 ? 0 : k % 2 === 0 ? -1 : 1;
  return { t: Math.max(0.35, 1 - row * step), lane: lane * 5 };
}

/** Offsets a point by `lane` pixels along the normal of heading `angle`. */
export function laneOffset(p: { x: number; y: number; angle: number }, lane: number): Pt {
  return { x: p.x - Math.sin(p.angle) * lane, y: p.y + Math.cos(p.angle) * lane };
}

export function markerTextureKey(good: Good, mode: ShipmentMode): string {
  return `marker-${good}-${mode}`;
}

export const MARKER_TEXTURE_RADIUS = 32;

/** Design canvas (the asset is built for it) and the fixed panels on it. */
export const MAP_WIDTH = 1200;
export const MAP_HEIGHT = 800;
export const LEGEND_RECT = { x: 10, y: 570, w: 330, h: 220 } as const;
export const INSET_RECT = { x: 968, y: 10, w: 222, h: 142 } as const;
