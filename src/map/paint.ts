/**
 * Canvas 2D painting of the map's static layers. The land is painted once into a canvas
 * that Phaser uploads as one texture (headless Chromium renders WebGL in software, so a
 * single textured quad per frame is far cheaper than re-tessellating polygons); the route
 * layer is repainted only when routes or places change.
 */
import type { MapAsset } from './asset.ts';
import type { DetailLayout, MapLayout, PlaceSpot, RouteGeometry } from './layout.ts';
import type { MapRoute } from './view.ts';
import { ticks, type Pt, type Rect } from './geometry.ts';
import {
  ACTOR_COLOUR,
  BORDER,
  CLOSED_COLOUR,
  GOOD_COLOUR,
  GOOD_SHAPE,
  GRATICULE,
  HALO,
  INK,
  LAND,
  DETECTED,
  MARKER_TEXTURE_RADIUS,
  SEA,
  routeStyle,
  routeWeight,
  type MarkerShape,
} from './style.ts';
import type { Good, ShipmentMode } from '../engine/ids.ts';

export const FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';
export const LABEL_FONT = `bold 14px ${FONT}`;

/** Canvas placement of asset coordinates: x ↦ x·k + dx (the main map: k = 1, d = 0). */
export interface Placement {
  k: number;
  dx: number;
  dy: number;
}
const IDENTITY: Placement = { k: 1, dx: 0, dy: 0 };

function ringPath(ctx: CanvasRenderingContext2D, ring: readonly number[], q: number, t: Placement): void {
  const f = t.k / q;
  ctx.moveTo(ring[0]! * f + t.dx, ring[1]! * f + t.dy);
  for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i]! * f + t.dx, ring[i + 1]! * f + t.dy);
  ctx.closePath();
}

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, fill: string, halo = 4): void {
  ctx.lineJoin = 'round';
  ctx.strokeStyle = HALO;
  ctx.lineWidth = halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = fill;
  ctx.fillText(text, x, y);
}

/**
 * Sea, graticule, countries and borders, placed by `t`; the caller clips (a detail pane).
 * Labels only on the main map.
 */
export function paintLand(ctx: CanvasRenderingContext2D, asset: MapAsset, t: Placement = IDENTITY): void {
  const q = asset.quantum;
  const f = t.k / q;
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, asset.width, asset.height);
  ctx.strokeStyle = GRATICULE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const g of asset.graticule) {
    ctx.moveTo(g[0]! * f + t.dx, g[1]! * f + t.dy);
    for (let i = 2; i < g.length; i += 2) ctx.lineTo(g[i]! * f + t.dx, g[i + 1]! * f + t.dy);
  }
  ctx.stroke();
  for (const c of asset.countries) {
    ctx.beginPath();
    for (const r of c.rings) ringPath(ctx, r, q, t);
    ctx.fillStyle = LAND[c.id];
    ctx.fill('evenodd');
  }
  ctx.strokeStyle = BORDER;
  ctx.lineWidth = t.k > 1 ? 1.6 : 1.1;
  ctx.lineJoin = 'round';
  for (const c of asset.countries) {
    ctx.beginPath();
    for (const r of c.rings) ringPath(ctx, r, q, t);
    ctx.stroke();
  }
  if (t !== IDENTITY) return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of asset.labels) {
    if (l.kind === 'country') {
      ctx.font = `bold 17px ${FONT}`;
      ctx.letterSpacing = '3px';
      haloText(ctx, l.text, l.x, l.y, '#5a5a5a', 3);
    } else {
      ctx.font = `italic 15px ${FONT}`;
      ctx.letterSpacing = '1px';
      haloText(ctx, l.text, l.x, l.y, '#2f5d86', 0.01);
    }
  }
  ctx.letterSpacing = '0px';
}

function strokePolyline(ctx: CanvasRenderingContext2D, pts: readonly Pt[]): void {
  ctx.beginPath();
  ctx.moveTo(pts[0]!.x, pts[0]!.y);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i]!.x, pts[i]!.y);
  ctx.stroke();
}

function paintRoute(ctx: CanvasRenderingContext2D, route: MapRoute, g: RouteGeometry, weight: number): void {
  const st = routeStyle(route.kind);
  const colour = route.open ? st.colour : CLOSED_COLOUR;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.lineWidth = weight + 4;
  strokePolyline(ctx, g.points);
  ctx.strokeStyle = colour;
  ctx.lineWidth = weight;
  ctx.setLineDash(route.open ? st.dash : [4, 5]);
  ctx.lineCap = st.dash.length > 0 || !route.open ? 'butt' : 'round';
  strokePolyline(ctx, g.points);
  ctx.setLineDash([]);
  if (st.ties) {
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    for (const [a, b] of ticks(g.points, 7, weight / 2 + 4)) {
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
  if (st.brackets) {
    const ends: Array<[Pt, Pt]> = [
      [g.points[0]!, g.points[1]!],
      [g.points[g.points.length - 1]!, g.points[g.points.length - 2]!],
    ];
    ctx.lineWidth = 2;
    for (const [end, next] of ends) {
      const a = Math.atan2(next.y - end.y, next.x - end.x);
      const h = weight / 2 + 5;
      const inward = 4;
      const bx = end.x + Math.cos(a) * inward;
      const by = end.y + Math.sin(a) * inward;
      ctx.beginPath();
      ctx.moveTo(bx - Math.sin(a) * h + Math.cos(a) * 4, by + Math.cos(a) * h + Math.sin(a) * 4);
      ctx.lineTo(bx - Math.sin(a) * h, by + Math.cos(a) * h);
      ctx.lineTo(bx + Math.sin(a) * h, by - Math.cos(a) * h);
      ctx.lineTo(bx + Math.sin(a) * h + Math.cos(a) * 4, by - Math.cos(a) * h + Math.sin(a) * 4);
      ctx.stroke();
    }
  }
  if (!route.open) {
    // A cross at the middle: "closed" reads by shape, not only by the grey.
    const m = g.mid;
    ctx.lineCap = 'round';
    for (const [w, c] of [
      [7, HALO],
      [3.5, '#b00020'],
    ] as const) {
      ctx.strokeStyle = c;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(m.x - 7, m.y - 7);
      ctx.lineTo(m.x + 7, m.y + 7);
      ctx.moveTo(m.x + 7, m.y - 7);
      ctx.lineTo(m.x - 7, m.y + 7);
      ctx.stroke();
    }
  }
}

function paintArrow(ctx: CanvasRenderingContext2D, s: PlaceSpot): void {
  const len = 30;
  const a = s.angle;
  const tip = { x: s.x + Math.cos(a) * (len / 2), y: s.y + Math.sin(a) * (len / 2) };
  const tail = { x: s.x - Math.cos(a) * (len / 2), y: s.y - Math.sin(a) * (len / 2) };
  ctx.lineCap = 'round';
  ctx.strokeStyle = HALO;
  ctx.lineWidth = 9;
  strokePolyline(ctx, [tail, tip]);
  ctx.strokeStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
  ctx.lineWidth = 5;
  strokePolyline(ctx, [tail, tip]);
  ctx.beginPath();
  ctx.moveTo(tip.x + Math.cos(a) * 8, tip.y + Math.sin(a) * 8);
  ctx.lineTo(tip.x + Math.cos(a + 2.4) * 12, tip.y + Math.sin(a + 2.4) * 12);
  ctx.lineTo(tip.x + Math.cos(a - 2.4) * 12, tip.y + Math.sin(a - 2.4) * 12);
  ctx.closePath();
  ctx.fillStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
  ctx.lineWidth = 2;
  ctx.strokeStyle = HALO;
  ctx.stroke();
  ctx.fill();
}

export const DETAIL_TITLE_H = 22;

/**
 * The static part of a magnified pane: a frame around the region on the main map, a leader
 * line to the pane, the pane's own land (clipped), its title bar and border.
 */
export function paintDetailBackground(ctx: CanvasRenderingContext2D, asset: MapAsset, name: string, d: { region: Rect; pane: Rect; k: number; dx: number; dy: number }): void {
  const r = d.region;
  const p = d.pane;
  ctx.save();
  ctx.setLineDash([5, 3]);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  ctx.beginPath();
  ctx.moveTo(r.x + r.w, r.y + r.h / 2);
  ctx.lineTo(p.x, p.y + p.h / 2);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.rect(p.x, p.y, p.w, p.h);
  ctx.clip();
  paintLand(ctx, asset, { k: d.k, dx: d.dx, dy: d.dy });
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(p.x, p.y, p.w, DETAIL_TITLE_H);
  ctx.fillStyle = INK;
  ctx.font = `bold 13px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(`${name} (×${Math.round(d.k * 10) / 10})`, p.x + 8, p.y + DETAIL_TITLE_H / 2);
  ctx.restore();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.strokeRect(p.x, p.y, p.w, p.h);
}

/** The pane's routes and places, clipped below its title bar. */
export function paintDetailRoutes(ctx: CanvasRenderingContext2D, d: DetailLayout, routes: readonly MapRoute[]): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(d.pane.x + 1, d.pane.y + DETAIL_TITLE_H, d.pane.w - 2, d.pane.h - DETAIL_TITLE_H - 1);
  ctx.clip();
  paintRoutesAndPlaces(ctx, d, routes.filter((x) => d.detailed.includes(x.id)));
  ctx.restore();
}

/** Routes (under), then place dots, edge arrows and labels (over), on top of what is there. */
export function paintRoutesAndPlaces(ctx: CanvasRenderingContext2D, layout: MapLayout, routes: readonly MapRoute[]): void {
  const geom = new Map(layout.routes.map((g) => [g.id, g]));
  for (const r of routes) {
    const g = geom.get(r.id);
    if (g) paintRoute(ctx, r, g, routeWeight(r, routes));
  }
  for (const s of layout.places) {
    if (s.kind === 'map') {
      ctx.beginPath();
      ctx.arc(s.x, s.y, 5, 0, Math.PI * 2);
      ctx.fillStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = INK;
      ctx.stroke();
    } else if (s.kind === 'edge') {
      paintArrow(ctx, s);
    }
  }
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const c of layout.clusters) {
    if (c.kind === 'inset' || c.label === '') continue;
    haloText(ctx, c.label, c.labelBox.x, c.labelBox.y + c.labelBox.h / 2, INK, 4);
    if (c.kind === 'edge') {
      const note = layout.places.find((p) => p.cluster === c.index)?.note ?? '';
      if (note) {
        ctx.font = `12px ${FONT}`;
        haloText(ctx, note, c.labelBox.x, c.labelBox.y + c.labelBox.h / 2 + 15, '#333', 3);
        ctx.font = LABEL_FONT;
      }
    }
  }
}

function shapePath(ctx: CanvasRenderingContext2D, shape: MarkerShape, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      break;
    case 'square':
      ctx.rect(cx - r * 0.86, cy - r * 0.86, r * 1.72, r * 1.72);
      break;
    case 'triangle':
      ctx.moveTo(cx, cy - r);
      ctx.lineTo(cx + r * 0.95, cy + r * 0.75);
      ctx.lineTo(cx - r * 0.95, cy + r * 0.75);
      ctx.closePath();
      break;
    case 'diamond':
      ctx.moveTo(cx, cy - r);
      ctx.lineTo(cx + r, cy);
      ctx.lineTo(cx, cy + r);
      ctx.lineTo(cx - r, cy);
      ctx.closePath();
      break;
  }
}

/**
 * A marker texture of size 2R+8: declared = solid fill with a white rim; covert = hatched
 * white fill with a thick coloured rim (reads as "hidden" in greyscale too).
 */
export function paintMarker(ctx: CanvasRenderingContext2D, good: Good, mode: ShipmentMode): void {
  const R = MARKER_TEXTURE_RADIUS;
  const c = R + 4;
  const colour = GOOD_COLOUR[good];
  const shape = GOOD_SHAPE[good];
  if (mode === 'declared') {
    shapePath(ctx, shape, c, c, R - 2);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.lineWidth = 5;
    ctx.strokeStyle = HALO;
    ctx.stroke();
    shapePath(ctx, shape, c, c, R + 0.5);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = INK;
    ctx.stroke();
  } else {
    shapePath(ctx, shape, c, c, R - 2);
    ctx.fillStyle = HALO;
    ctx.fill();
    ctx.save();
    ctx.clip();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 4;
    ctx.beginPath();
    for (let k = -2 * R; k < 2 * R; k += 11) {
      ctx.moveTo(c + k - R, c + R);
      ctx.lineTo(c + k + R, c - R);
    }
    ctx.stroke();
    ctx.restore();
    shapePath(ctx, shape, c, c, R - 2);
    ctx.lineWidth = 7;
    ctx.strokeStyle = colour;
    ctx.setLineDash([9, 5]);
    ctx.stroke();
    ctx.setLineDash([]);
    shapePath(ctx, shape, c, c, R + 2);
    ctx.lineWidth = 2;
    ctx.strokeStyle = INK;
    ctx.stroke();
  }
}

/** The detection ring: yellow with a dark edge, drawn around a marker. */
export function paintRing(ctx: CanvasRenderingContext2D): void {
  const R = MARKER_TEXTURE_RADIUS;
  const c = R + 4;
  ctx.beginPath();
  ctx.arc(c, c, R - 4, 0, Math.PI * 2);
  ctx.lineWidth = 7;
  ctx.strokeStyle = DETECTED;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(c, c, R, 0, Math.PI * 2);
  ctx.lineWidth = 2;
  ctx.strokeStyle = INK;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(c, c, R - 8, 0, Math.PI * 2);
  ctx.stroke();
}
