/**
 * Rebuilds the build script's projection from the asset's parameters, so places (lon/lat
 * from the scenario) land exactly where the outlines were drawn.
 */
import { geoConicConformal, geoDistance } from 'd3-geo';
import type { MapProjectionParams } from './asset.ts';
import type { Pt } from './geometry.ts';

export type Project = (lon: number, lat: number) => Pt | null;

export function makeProjection(p: MapProjectionParams): Project {
  const proj = geoConicConformal().rotate(p.rotate).parallels(p.parallels).scale(p.scale).translate(p.translate);
  return (lon, lat) => {
    const r = proj([lon, lat]);
    if (!r || !Number.isFinite(r[0]) || !Number.isFinite(r[1])) return null;
    return { x: r[0], y: r[1] };
  };
}

/** Great-circle distance in kilometres (mean Earth radius 6371 km). */
export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * 6371;
}

/** Angular distance in radians, used to decide between an edge arrow and an inset. */
export function angularDistance(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]);
}
