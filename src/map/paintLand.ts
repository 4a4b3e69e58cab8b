/**
 * Canvas 2D painting of the land: sea, graticule, countries, borders and their labels, and
 * the static frame of a magnified detail pane. Painted once (see staticLayer.ts).
 */
import type { MapAsset } from './asset.ts';
import type { Rect } from './geometry.ts';
import { BORDER, GRATICULE, INK, LAND, SEA } from './style.ts';
import { FONT, haloText } from './canvasText.ts';

/** Canvas placement of asset coordinates: x ↦ x·k + dx (the main map: k = 1, d = 0). */
export interface Placement {
  k: number;
  dx: number;
  dy: number;
}
const IDENTITY: Placement = { k: 1, dx: 0, dy: 0 };

/** Moves to the first point of a flat [x0, y0, x1, y1, …] list and draws lines through the rest. */
function flatPath(ctx: CanvasRenderingContext2D, flat: readonly number[], f: number, t: Placement): void {
  // Indices stay below the list's (even) length, so `?? 0` never applies.
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = (flat[i] ?? 0) * f + t.dx;
    const y = (flat[i + 1] ?? 0) * f + t.dy;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
}

function ringPath(ctx: CanvasRenderingContext2D, ring: readonly number[], q: number, t: Placement): void {
  flatPath(ctx, ring, t.k / q, t);
  ctx.closePath();
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
    flatPath(ctx, g, f, t);
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

export const DETAIL_TITLE_H = 22;

/**
 * The static part of a magnified pane: a frame around the region on the main map, a leader
 * line to the pane, the pane's own land (clipped), its title bar and border.
 */
export function paintDetailBackground(
  ctx: CanvasRenderingContext2D,
  asset: MapAsset,
  name: string,
  d: { region: Rect; pane: Rect; k: number; dx: number; dy: number },
): void {
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
