/** Marker and detection-ring textures, painted once per good and mode (Boot scene, legend). */
import type { Good, ShipmentMode } from '../engine/index.ts';
import { DETECTED, GOOD_COLOUR, GOOD_SHAPE, HALO, INK, MARKER_TEXTURE_RADIUS, type MarkerShape } from './style.ts';

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
