/** Fonts and haloed text for the map's canvas painting (labels readable on any fill). */
import { HALO } from './style.ts';

export const FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';
export const LABEL_FONT = `bold 14px ${FONT}`;

export function haloText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  fill: string,
  halo = 4,
): void {
  ctx.lineJoin = 'round';
  ctx.strokeStyle = HALO;
  ctx.lineWidth = halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = fill;
  ctx.fillText(text, x, y);
}
