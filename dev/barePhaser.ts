/**
 * Baseline for `npm run measure:map`: the same Phaser game configuration as the map with
 * one empty scene. Records when its first frame was rendered.
 */
import * as Phaser from 'phaser';
import { MAP_HEIGHT, MAP_WIDTH, SEA } from '../src/map/style.ts';

declare global {
  interface Window {
    __bare?: { firstFrameAt: number | null };
  }
}

performance.mark('veto-map:harness');
const bare: { firstFrameAt: number | null } = { firstFrameAt: null };
window.__bare = bare;
const parent = document.getElementById('map');
if (parent === null) throw new Error('bare-phaser.html has no #map element');

class Empty extends Phaser.Scene {
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      bare.firstFrameAt = performance.now();
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  width: MAP_WIDTH,
  height: MAP_HEIGHT,
  backgroundColor: SEA,
  banner: false,
  audio: { noAudio: true },
  // No multisampling: markers are textured quads, and MSAA is costly in software WebGL.
  render: { antialiasGL: false },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [new Empty({ key: 'Empty' })],
});
