/** Preloader: fetches the map asset with a progress bar; a failed load is reported, not hidden. */
import * as Phaser from 'phaser';
import type { MapContext } from '../context.ts';
import { MAP_HEIGHT, MAP_WIDTH } from '../style.ts';

export const ASSET_KEY = 'north-east-asia';

export class PreloaderScene extends Phaser.Scene {
  private readonly ctx: MapContext;

  constructor(ctx: MapContext) {
    super({ key: 'Preloader' });
    this.ctx = ctx;
  }

  preload(): void {
    performance.mark('veto-map:preload');
    const w = 360;
    const x = (MAP_WIDTH - w) / 2;
    const y = MAP_HEIGHT / 2;
    const frame = this.add.rectangle(x + w / 2, y, w + 4, 16).setStrokeStyle(2, 0x1b1b1b);
    const bar = this.add.rectangle(x, y, 1, 12, 0x0b4f8a).setOrigin(0, 0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => {
      bar.width = Math.max(1, w * p);
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, () => {
      this.ctx.onError(`The map outlines could not be loaded from ${this.ctx.assetUrl}.`);
    });
    void frame;
    // createMap has usually fetched the asset already; otherwise wait for its request (in
    // create) rather than issuing a second one, and use Phaser's loader only without one.
    if (this.cache.json.exists(ASSET_KEY)) return;
    if (this.ctx.prefetched !== undefined) this.cache.json.add(ASSET_KEY, this.ctx.prefetched);
    else if (!this.ctx.prefetch) this.load.json(ASSET_KEY, this.ctx.assetUrl);
  }

  create(): void {
    performance.mark('veto-map:preloaded');
    if (this.cache.json.exists(ASSET_KEY)) {
      this.scene.start('Map');
      return;
    }
    const pending = this.ctx.prefetch;
    if (!pending) return; // the loader failed: onError has said so
    void pending.then((v) => {
      if (!this.sys.isActive()) return;
      if (v !== undefined) {
        this.cache.json.add(ASSET_KEY, v);
        this.scene.start('Map');
        return;
      }
      this.load.json(ASSET_KEY, this.ctx.assetUrl);
      this.load.once(Phaser.Loader.Events.COMPLETE, () => {
        if (this.cache.json.exists(ASSET_KEY)) this.scene.start('Map');
      });
      this.load.start();
    });
  }
}
