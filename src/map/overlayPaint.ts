/**
 * The overlay panels, painted once with Canvas 2D: the legend (route kinds, open/closed,
 * goods by colour and shape, declared/covert, detected) and the council inset (New York,
 * the fifteen seats with the five permanent members marked).
 */
import type { Cluster } from './layout.ts';
import { FONT } from './canvasText.ts';
import { paintMarker, paintRing } from './paintMarkers.ts';
import {
  CLOSED_COLOUR,
  HALO,
  INK,
  INSET_RECT,
  LEGEND_RECT,
  MARKER_TEXTURE_RADIUS,
  PANEL,
  PANEL_EDGE,
  ACTOR_COLOUR,
  routeStyle,
} from './style.ts';
import { GOODS, type Good, type ShipmentMode, type RouteKind } from '../engine/index.ts';
import type { MapWords } from './words.ts';

function panel(ctx: CanvasRenderingContext2D, r: { x: number; y: number; w: number; h: number }): void {
  ctx.fillStyle = PANEL;
  ctx.strokeStyle = PANEL_EDGE;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, 8);
  ctx.fill();
  ctx.stroke();
}

function sampleLine(ctx: CanvasRenderingContext2D, kind: RouteKind | 'closed', x: number, y: number, w: number): void {
  const st =
    kind === 'closed' ? { colour: CLOSED_COLOUR, dash: [4, 5], ties: false, brackets: false } : routeStyle(kind);
  ctx.strokeStyle = st.colour;
  ctx.lineWidth = 4;
  ctx.setLineDash(st.dash);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineWidth = 1.6;
  if (st.ties) {
    ctx.beginPath();
    for (let t = x + 3; t <= x + w; t += 7) {
      ctx.moveTo(t, y - 6);
      ctx.lineTo(t, y + 6);
    }
    ctx.stroke();
  }
  if (st.brackets) {
    ctx.lineWidth = 2;
    for (const [ex, dir] of [
      [x + 4, 1],
      [x + w - 4, -1],
    ] as const) {
      ctx.beginPath();
      ctx.moveTo(ex + dir * 4, y - 7);
      ctx.lineTo(ex, y - 7);
      ctx.lineTo(ex, y + 7);
      ctx.lineTo(ex + dir * 4, y + 7);
      ctx.stroke();
    }
  }
  if (kind === 'closed') {
    const mx = x + w / 2;
    ctx.strokeStyle = '#b00020';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(mx - 5, y - 5);
    ctx.lineTo(mx + 5, y + 5);
    ctx.moveTo(mx + 5, y - 5);
    ctx.lineTo(mx - 5, y + 5);
    ctx.stroke();
  }
}

function markerCanvas(good: Good, mode: ShipmentMode): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = c.height = 2 * MARKER_TEXTURE_RADIUS + 8;
  const ctx = c.getContext('2d');
  if (ctx !== null) paintMarker(ctx, good, mode);
  return c;
}

function ringCanvas(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = c.height = 2 * MARKER_TEXTURE_RADIUS + 8;
  const ctx = c.getContext('2d');
  if (ctx !== null) paintRing(ctx);
  return c;
}

export function paintLegend(ctx: CanvasRenderingContext2D, words: MapWords): void {
  const w = words.legend;
  const r = LEGEND_RECT;
  panel(ctx, r);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `bold 14px ${FONT}`;
  ctx.fillText(w.title, r.x + 12, r.y + 16);
  ctx.font = `13px ${FONT}`;
  const rows: Array<[RouteKind | 'closed', string]> = [
    ['rail', w.rail],
    ['sea', w.sea],
    ['bridge', w.bridge],
    ['closed', w.closed],
  ];
  rows.forEach(([k, label], i) => {
    const y = r.y + 40 + i * 24;
    sampleLine(ctx, k, r.x + 12, y, 40);
    ctx.fillStyle = INK;
    ctx.fillText(label, r.x + 60, y);
  });
  ctx.fillStyle = '#333';
  ctx.font = `12px ${FONT}`;
  ctx.fillText(w.thicker, r.x + 12, r.y + 40 + 4 * 24 - 2);

  const size = 18;
  const colX = r.x + 190;
  ctx.font = `13px ${FONT}`;
  GOODS.forEach((g, i) => {
    const y = r.y + 40 + i * 24;
    ctx.drawImage(markerCanvas(g, 'declared'), colX, y - size / 2, size, size);
    ctx.fillStyle = INK;
    ctx.fillText(words.good[g], colX + 26, y);
  });
  const y2 = r.y + 40 + 4 * 24 + 22;
  ctx.drawImage(markerCanvas('oil', 'declared'), r.x + 12, y2 - size / 2, size, size);
  ctx.fillStyle = INK;
  ctx.fillText(w.open, r.x + 36, y2);
  ctx.drawImage(markerCanvas('oil', 'covert'), r.x + 100, y2 - size / 2, size, size);
  ctx.fillText(w.secret, r.x + 124, y2);
  ctx.drawImage(ringCanvas(), colX + 6, y2 - 13, 26, 26);
  ctx.fillText(w.spotted, colX + 36, y2);
  ctx.fillStyle = '#333';
  ctx.font = `12px ${FONT}`;
  ctx.fillText(w.size, r.x + 12, y2 + 26);
}

/** The council inset; `entries` are the places that could not be pointed at (New York). */
export function paintInset(ctx: CanvasRenderingContext2D, entries: readonly Cluster[], words: MapWords): void {
  const w = words.inset;
  const r = INSET_RECT;
  panel(ctx, r);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `bold 14px ${FONT}`;
  const title = entries.length > 0 ? entries.map((e) => e.label).join(', ') : w.council;
  ctx.fillText(title, r.x + 12, r.y + 16);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#333';
  ctx.fillText(w.seats, r.x + 12, r.y + 34);
  // The horseshoe table: 15 seats on a half circle, the 5 permanent members filled.
  const cx = r.x + r.w / 2;
  const cy = r.y + 52;
  const rad = 62;
  for (let i = 0; i < 15; i++) {
    const a = (Math.PI * i) / 14;
    const x = cx - Math.cos(a) * rad;
    const y = cy + Math.sin(a) * rad * 0.62;
    ctx.beginPath();
    ctx.arc(x, y, 5, 0, Math.PI * 2);
    const permanent = i >= 5 && i < 10;
    ctx.fillStyle = permanent ? ACTOR_COLOUR.UNSC : HALO;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = INK;
    ctx.stroke();
  }
  ctx.fillStyle = '#333';
  ctx.textAlign = 'center';
  ctx.fillText(w.permanent, cx, cy + 56);
  ctx.fillText(w.elected, cx, cy + 72);
  ctx.textAlign = 'left';
}
