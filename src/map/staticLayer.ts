/**
 * The parts of the static picture that depend on the asset only — land, the detail panes'
 * land and frames, the legend — painted once into an offscreen canvas (by createMap while
 * Phaser boots, when the asset arrives early). Routes, places and the inset, which depend
 * on the view, are painted over a copy of it.
 */
import type { MapAsset } from './asset.ts';
import { detailPlacement } from './layout.ts';
import { makeProjection } from './projection.ts';
import { paintDetailBackground, paintLand } from './paintLand.ts';
import { paintLegend } from './overlayPaint.ts';
import type { MapWords } from './words.ts';

export function staticCanvas(asset: MapAsset, words: MapWords): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = asset.width;
  c.height = asset.height;
  const ctx = c.getContext('2d');
  if (!ctx) return c;
  paintLand(ctx, asset);
  const project = makeProjection(asset.projection);
  for (const d of asset.details) paintDetailBackground(ctx, asset, d.name, detailPlacement(d, project));
  paintLegend(ctx, words);
  return c;
}
