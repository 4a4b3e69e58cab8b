/**
 * State shared by the map's scenes for one `createMap` call: the source, the accessibility
 * hooks on the DOM, and a snapshot the tests and the measuring script read.
 */
import type { MapSource } from '../store/index.ts';
import type { MapWords } from './words.ts';

export type MarkerState = 'travelling' | 'arrived';

export interface MarkerSnapshot {
  key: string;
  x: number;
  y: number;
  radius: number;
  state: MarkerState;
  flashing: boolean;
  detected: boolean;
}

export interface MapSnapshot {
  /** The Map scene has drawn its static layers and is listening to the source. */
  ready: boolean;
  /** performance.now() at the first frame rendered after the Map scene was ready. */
  firstFrameAt: number | null;
  error: string | null;
  turn: number;
  markers: MarkerSnapshot[];
  focused: string | null;
  tooltip: string[];
  reducedMotion: boolean;
}

export interface MapContext {
  source: MapSource;
  /** Every word the map paints or speaks. */
  words: MapWords;
  assetUrl: string;
  snapshot: MapSnapshot;
  reducedMotion(): boolean;
  /** Mirrors the tooltip into a polite live region for screen readers. */
  announce(lines: readonly string[]): void;
  onReady(): void;
  onError(message: string): void;
  canvas(): HTMLCanvasElement | null;
  /** The DOM canvas under Phaser's, holding the static picture. */
  baseCanvas: HTMLCanvasElement;
  /** Set by the Map scene while it runs. */
  collectMarkers: (() => MarkerSnapshot[]) | null;
  /** The asset JSON fetched by createMap while Phaser boots (undefined until it arrives). */
  prefetched: unknown;
  /** Settles when the prefetch has arrived (with the JSON) or failed (with undefined). */
  prefetch: Promise<unknown> | null;
  /** The static layer (staticLayer.ts) painted while Phaser boots (null until then). */
  staticLayer: HTMLCanvasElement | null;
}
