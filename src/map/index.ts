/**
 * The Phaser map of North-East Asia. `createMap(parent, source)` starts a Phaser game in
 * `parent` (scenes Boot → Preloader → Map + Overlay) that draws whatever `source` sends and
 * reports route picks back through `source.selectRoute`. It never computes a rule.
 *
 * The canvas is focusable: arrow keys move between routes and places, the tooltip text is
 * mirrored into a polite live region, Enter picks a route. Every action also exists in the
 * DOM panels; the map is a view.
 */
import * as Phaser from 'phaser';
import assetUrl from '../../assets/map/north-east-asia.json?url';
import type { MapSource } from '../store/index.ts';
import type { MapContext, MapSnapshot } from './context.ts';
import { BootScene } from './scenes/Boot.ts';
import { PreloaderScene } from './scenes/Preloader.ts';
import { MapScene } from './scenes/MapScene.ts';
import { OverlayScene } from './scenes/OverlayScene.ts';
import { MAP_HEIGHT, MAP_WIDTH, SEA } from './style.ts';
import { checkMapAsset } from './asset.ts';
import { staticCanvas } from './staticLayer.ts';
import { ENGLISH, type MapWords } from './words.ts';

export type { MapSnapshot, MarkerSnapshot } from './context.ts';
export type { MapWords } from './words.ts';

export interface MapHandle {
  destroy(): void;
  /** Resolves once the map's first frame is drawn; rejects with a clear message if it cannot be. */
  ready: Promise<void>;
  /** What is on the map now (for tests and tools). */
  snapshot(): MapSnapshot;
}

export interface MapOptions {
  /** Overrides the prefers-reduced-motion media query (tests, a settings toggle). */
  reducedMotion?: () => boolean;
  /** Overrides where the outlines are fetched from. */
  assetUrl?: string;
  /** The words in the page's language (the UI builds them from its catalogue); English if left out. */
  words?: MapWords;
}

const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;';

export function createMap(parent: HTMLElement, source: MapSource, options: MapOptions = {}): MapHandle {
  // The static picture (land, routes, places, legend, inset) is a plain canvas under a
  // transparent Phaser canvas: WebGL then draws only what moves. In software WebGL
  // (headless Chromium's SwiftShader) one full-screen textured quad per frame costs more
  // than everything else on the map together.
  const root = document.createElement('div');
  root.className = 'veto-map';
  // Fills a parent with a definite height; under a parent of auto height, keeps 3:2.
  root.style.cssText = `position:relative;width:100%;height:100%;aspect-ratio:${MAP_WIDTH}/${MAP_HEIGHT};overflow:hidden;background:${SEA};`;
  parent.append(root);
  const base = document.createElement('canvas');
  base.width = MAP_WIDTH;
  base.height = MAP_HEIGHT;
  base.className = 'veto-map-base';
  base.setAttribute('aria-hidden', 'true');
  base.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;';
  root.append(base);

  const live = document.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.className = 'veto-map-live';
  live.style.cssText = HIDDEN;
  root.append(live);

  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  let resolveReady: () => void = () => {};
  let rejectReady: (e: Error) => void = () => {};
  const ready = new Promise<void>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  let game: Phaser.Game | null = null;

  const snapshot: MapSnapshot = {
    ready: false,
    firstFrameAt: null,
    error: null,
    turn: 0,
    markers: [],
    focused: null,
    tooltip: [],
    reducedMotion: false,
  };
  const words = options.words ?? ENGLISH;
  const ctx: MapContext = {
    source,
    words,
    assetUrl: options.assetUrl ?? assetUrl,
    snapshot,
    reducedMotion: options.reducedMotion ?? (() => media?.matches ?? false),
    announce(lines) {
      live.textContent = lines.join('. ');
    },
    onReady: () => resolveReady(),
    onError(message) {
      snapshot.error = message;
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.className = 'veto-map-error';
      p.textContent = message;
      root.append(p);
      rejectReady(new Error(message));
    },
    canvas: () => game?.canvas ?? null,
    baseCanvas: base,
    collectMarkers: null,
    prefetched: undefined,
    prefetch: null,
    staticLayer: null,
  };
  // Start fetching the outlines now, in parallel with Phaser's boot; the Preloader falls
  // back to Phaser's loader if this has not arrived (or failed).
  if (typeof fetch === 'function') {
    ctx.prefetch = fetch(ctx.assetUrl)
      .then((r) => (r.ok ? r.json() : undefined))
      .then((v: unknown) => {
        ctx.prefetched = v;
        // Paint the land now, while Phaser is still booting (it waits on images and frames).
        const checked = checkMapAsset(v);
        if (checked.ok) ctx.staticLayer = staticCanvas(checked.value, words);
        return v;
      })
      .catch(() => undefined);
  }

  game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: root,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // No multisampling: markers are textured quads, and MSAA is costly in software WebGL.
    render: { antialiasGL: false },
    disableContextMenu: true,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [new BootScene(ctx), new PreloaderScene(ctx), new MapScene(ctx), new OverlayScene()],
  });
  /** Keeps the base canvas exactly under Phaser's (FIT scaling sets its size and margins). */
  const align = (): void => {
    const c = game?.canvas;
    if (!c) return;
    c.style.position = 'relative';
    c.style.zIndex = '1';
    base.style.width = c.style.width || `${c.clientWidth}px`;
    base.style.height = c.style.height || `${c.clientHeight}px`;
    base.style.left = `${c.offsetLeft}px`;
    base.style.top = `${c.offsetTop}px`;
  };
  const label = (): void => {
    const c = game?.canvas;
    if (!c) return;
    align();
    c.tabIndex = 0;
    c.setAttribute('role', 'application');
    c.setAttribute('aria-roledescription', 'interactive map');
    c.setAttribute('aria-label', words.canvasLabel);
  };
  label();
  game.events.once(Phaser.Core.Events.READY, label);
  game.scale.on(Phaser.Scale.Events.RESIZE, () => requestAnimationFrame(align));

  return {
    ready,
    destroy() {
      game?.destroy(true);
      game = null;
      root.remove();
    },
    snapshot() {
      return { ...snapshot, markers: ctx.collectMarkers?.() ?? [], tooltip: [...snapshot.tooltip] };
    },
  };
}
