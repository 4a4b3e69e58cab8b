/** Boot: makes the marker textures (no files needed), then hands over to the Preloader. */
import * as Phaser from 'phaser';
import { GOODS, SHIPMENT_MODES } from '../../engine/index.ts';
import { MARKER_TEXTURE_RADIUS, markerTextureKey } from '../style.ts';
import { paintMarker, paintRing } from '../paintMarkers.ts';
import type { MapContext } from '../context.ts';

export const RING_TEXTURE = 'marker-ring';

export class BootScene extends Phaser.Scene {
  private readonly ctx: MapContext;

  constructor(ctx: MapContext) {
    super({ key: 'Boot' });
    this.ctx = ctx;
  }

  create(): void {
    performance.mark('veto-map:boot');
    const size = 2 * MARKER_TEXTURE_RADIUS + 8;
    for (const g of GOODS) {
      for (const m of SHIPMENT_MODES) {
        const key = markerTextureKey(g, m);
        if (this.textures.exists(key)) continue;
        const t = this.textures.createCanvas(key, size, size);
        if (!t) continue;
        paintMarker(t.context, g, m);
        t.refresh();
      }
    }
    if (!this.textures.exists(RING_TEXTURE)) {
      const t = this.textures.createCanvas(RING_TEXTURE, size, size);
      if (t) {
        paintRing(t.context);
        t.refresh();
      }
    }
    void this.ctx;
    this.scene.start('Preloader');
  }
}
