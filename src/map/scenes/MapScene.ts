/**
 * The map itself: the static land layer (painted once), the route and place layer
 * (repainted when routes or places change), and shipment markers animated from the
 * difference between the previous and the next view. Subscribes to the source in
 * `create()` and unsubscribes on shutdown. It draws; it never decides a rule.
 */
import * as Phaser from 'phaser';
import type { MapContext, MarkerSnapshot } from '../context.ts';
import type { MapShipment, MapView } from '../view.ts';
import { checkMapAsset, type MapAsset } from '../asset.ts';
import { makeProjection, type Project } from '../projection.ts';
import { layoutMap, routeAt, type MapLayout, type PlaceSpot } from '../layout.ts';
import { diffViews } from '../diff.ts';
import { distanceToPolyline, dist, pointAt, type Pt } from '../geometry.ts';
import { arrivalSlot, INSET_RECT, LEGEND_RECT, laneOffset, markerRadius, markerTextureKey, MARKER_TEXTURE_RADIUS, routeWeight } from '../style.ts';
import { LABEL_FONT, paintDetailRoutes, paintRoutesAndPlaces } from '../paint.ts';
import { paintInset } from '../overlayPaint.ts';
import { staticCanvas } from '../staticLayer.ts';
import { placeTooltip, routeTooltip, shipmentLabel } from '../tooltip.ts';
import { ASSET_KEY } from './Preloader.ts';
import { RING_TEXTURE } from './Boot.ts';

export const TRAVEL_MS = 1800;
export const STAGGER_MS = 120;
const FLASH_MS = 260;
const FLASH_REPEATS = 4;

export const EVENTS = {
  tooltip: 'veto-map-tooltip',
} as const;

export type FocusItem = { kind: 'route'; id: string } | { kind: 'place'; id: string };

export interface TooltipEvent {
  lines: string[];
  x: number;
  y: number;
}

interface Marker {
  shipment: MapShipment;
  image: Phaser.GameObjects.Image;
  ring: Phaser.GameObjects.Image | null;
  radius: number;
  state: 'travelling' | 'arrived';
  flashing: boolean;
  tween: Phaser.Tweens.Tween | null;
}

export class MapScene extends Phaser.Scene {
  private readonly ctx: MapContext;
  private asset: MapAsset | null = null;
  private project: Project | null = null;
  private layout: MapLayout | null = null;
  private view: MapView | null = null;
  /** The land, painted once; the base texture is this plus routes and places. */
  private staticLayer: HTMLCanvasElement | null = null;

  private highlight: Phaser.GameObjects.Graphics | null = null;
  private readonly markers = new Map<string, Marker>();
  private focus: FocusItem | null = null;
  private keyboardFocus = false;
  private unsubscribe: (() => void) | null = null;
  private measure: CanvasRenderingContext2D | null = null;
  private readonly domCleanup: Array<() => void> = [];

  constructor(ctx: MapContext) {
    super({ key: 'Map' });
    this.ctx = ctx;
  }

  create(): void {
    performance.mark('veto-map:map-create');
    const checked = checkMapAsset(this.cache.json.get(ASSET_KEY));
    if (!checked.ok) {
      this.add.text(20, 20, checked.message, { fontFamily: 'sans-serif', fontSize: '18px', color: '#1b1b1b', wordWrap: { width: 1100 } });
      this.ctx.onError(checked.message);
      return;
    }
    const asset = checked.value;
    this.asset = asset;
    this.project = makeProjection(asset.projection);
    this.measure = document.createElement('canvas').getContext('2d');

    const painted = this.ctx.staticLayer;
    this.staticLayer = painted && painted.width === asset.width && painted.height === asset.height ? painted : staticCanvas(asset);
    this.highlight = this.add.graphics().setDepth(2);

    this.scene.launch('Overlay');
    this.applyView(this.ctx.source.getView());
    this.unsubscribe = this.ctx.source.subscribe((next) => this.applyView(next));
    this.ctx.collectMarkers = () => this.collectMarkers();
    this.bindInput();

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.teardown());
    performance.mark('veto-map:map-created');
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.ctx.snapshot.firstFrameAt = performance.now();
      this.ctx.snapshot.ready = true;
      this.ctx.onReady();
    });
  }

  private teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const f of this.domCleanup.splice(0)) f();
    for (const m of this.markers.values()) m.tween?.remove();
    this.markers.clear();
    this.ctx.collectMarkers = null;
  }

  private measureText = (text: string): number => {
    if (!this.measure) return text.length * 8;
    this.measure.font = LABEL_FONT;
    return Math.ceil(this.measure.measureText(text).width);
  };

  /** Redraws what changed and animates shipments from `this.view` to `next`. */
  private applyView(next: MapView): void {
    const asset = this.asset;
    const project = this.project;
    if (!asset || !project) return;
    const d = diffViews(this.view, next);
    this.view = next;
    this.ctx.snapshot.turn = next.turn;
    if (d.placesChanged || d.routesChanged || !this.layout) {
      this.layout = layoutMap(asset, next.places, next.routes, project, { reserved: [LEGEND_RECT, INSET_RECT], inset: INSET_RECT, measure: this.measureText }, asset.details[0] ?? null);
      this.paintBase(next);
    }
    const reduced = this.ctx.reducedMotion();
    this.ctx.snapshot.reducedMotion = reduced;
    for (const key of d.remove) this.removeMarker(key, reduced || !d.travel);
    for (const s of d.move) this.removeMarker(s.key, true);

    // Slot of each shipment among those on the same route in the same direction.
    const groups = new Map<string, MapShipment[]>();
    for (const s of next.shipments) {
      const g = `${s.route}|${s.fromPlace}|${s.toPlace}`;
      const list = groups.get(g) ?? [];
      list.push(s);
      groups.set(g, list);
    }
    const flash = new Set(d.flash);
    for (const s of [...d.add, ...d.move]) {
      const list = groups.get(`${s.route}|${s.fromPlace}|${s.toPlace}`)!;
      const k = list.indexOf(s);
      this.addMarker(s, k, list.length, d.travel && !reduced && d.add.includes(s), flash.has(s.key), reduced);
    }
    // Detected later without moving (e.g. a viewer switch): flash in place.
    for (const key of d.flash) {
      const m = this.markers.get(key);
      if (m && m.state === 'arrived' && !m.ring) this.flashMarker(m, reduced);
    }
    if (this.focus) this.showFocus(this.focus);
  }

  /** The picture under the Phaser canvas: the static layer, then routes, places, inset. */
  private paintBase(view: MapView): void {
    const c = this.ctx.baseCanvas.getContext('2d');
    if (!c || !this.staticLayer || !this.layout) return;
    c.drawImage(this.staticLayer, 0, 0);
    paintRoutesAndPlaces(c, this.layout, view.routes);
    if (this.layout.detail) paintDetailRoutes(c, this.layout.detail, view.routes);
    paintInset(c, this.layout.clusters.filter((k) => k.kind === 'inset'));
  }

  /** The layout a route is animated in: the detail pane for routes inside its region. */
  private paneFor(routeId: string): MapLayout {
    const layout = this.layout!;
    return layout.detail && layout.detailed.includes(routeId) ? layout.detail : layout;
  }

  /** Where a place is shown for highlighting: in the detail pane if it is labelled there. */
  private spotFor(placeId: string): PlaceSpot | undefined {
    const layout = this.layout!;
    return layout.detail?.places.find((p) => p.id === placeId) ?? layout.places.find((p) => p.id === placeId);
  }

  private polylineFor(s: MapShipment): Pt[] | null {
    const layout = this.paneFor(s.route);
    const route = this.view!.routes.find((r) => r.id === s.route);
    const g = layout.routes.find((r) => r.id === s.route);
    if (g && route) {
      if (route.from === s.fromPlace && route.to === s.toPlace) return g.points;
      if (route.from === s.toPlace && route.to === s.fromPlace) return [...g.points].reverse();
    }
    const a = layout.places.find((p) => p.id === s.fromPlace);
    const b = layout.places.find((p) => p.id === s.toPlace);
    if (!a || !b) return null;
    return [
      { x: a.x, y: a.y },
      { x: b.x, y: b.y },
    ];
  }

  private addMarker(s: MapShipment, k: number, n: number, travel: boolean, flash: boolean, reduced: boolean): void {
    const pts = this.polylineFor(s);
    if (!pts) return;
    const route = this.view!.routes.find((r) => r.id === s.route);
    const radius = markerRadius(s, route);
    const slot = arrivalSlot(k, n, dist(pts[0]!, pts[pts.length - 1]!));
    const at = (t: number): Pt => laneOffset(pointAt(pts, t), slot.lane);
    const start = travel ? at(0) : at(slot.t);
    const image = this.add
      .image(start.x, start.y, markerTextureKey(s.resource, s.mode))
      .setScale(radius / MARKER_TEXTURE_RADIUS)
      .setDepth(4);
    const m: Marker = { shipment: s, image, ring: null, radius, state: travel ? 'travelling' : 'arrived', flashing: false, tween: null };
    this.markers.set(s.key, m);
    if (!travel) {
      if (flash || s.detected) this.flashMarker(m, reduced);
      return;
    }
    const progress = { t: 0 };
    m.tween = this.tweens.add({
      targets: progress,
      t: slot.t,
      duration: TRAVEL_MS,
      delay: k * STAGGER_MS,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const p = at(progress.t);
        image.setPosition(p.x, p.y);
      },
      onComplete: () => {
        m.tween = null;
        m.state = 'arrived';
        if (s.detected) this.flashMarker(m, this.ctx.reducedMotion());
      },
    });
  }

  /** A detected violation: a yellow ring that blinks a few times, then stays (steady if reduced motion). */
  private flashMarker(m: Marker, reduced: boolean): void {
    if (!m.ring) {
      m.ring = this.add
        .image(m.image.x, m.image.y, RING_TEXTURE)
        .setScale((m.radius + 8) / MARKER_TEXTURE_RADIUS)
        .setDepth(3);
    }
    if (reduced) return;
    m.flashing = true;
    m.tween = this.tweens.add({
      targets: m.ring,
      alpha: 0.1,
      duration: FLASH_MS,
      yoyo: true,
      repeat: FLASH_REPEATS,
      onComplete: () => {
        m.ring?.setAlpha(1);
        m.flashing = false;
        m.tween = null;
      },
    });
  }

  private removeMarker(key: string, instant: boolean): void {
    const m = this.markers.get(key);
    if (!m) return;
    this.markers.delete(key);
    m.tween?.remove();
    const objs = [m.image, ...(m.ring ? [m.ring] : [])];
    if (instant) {
      for (const o of objs) o.destroy();
      return;
    }
    this.tweens.add({ targets: objs, alpha: 0, duration: 250, onComplete: () => objs.forEach((o) => o.destroy()) });
  }

  private collectMarkers(): MarkerSnapshot[] {
    return [...this.markers.values()].map((m) => ({
      key: m.shipment.key,
      x: Math.round(m.image.x * 10) / 10,
      y: Math.round(m.image.y * 10) / 10,
      radius: m.radius,
      state: m.state,
      flashing: m.flashing,
      detected: m.shipment.detected,
    }));
  }

  // ---- hover, focus, keyboard ------------------------------------------------------------

  private focusItems(): FocusItem[] {
    if (!this.layout) return [];
    return [...this.layout.routes.map((r) => ({ kind: 'route' as const, id: r.id })), ...this.layout.places.map((p) => ({ kind: 'place' as const, id: p.id }))];
  }

  /** The pane under a point: the detail pane covers part of the main map. */
  private paneAt(p: Pt): MapLayout | null {
    const layout = this.layout;
    if (!layout) return null;
    const d = layout.detail;
    if (d && p.x >= d.pane.x && p.x <= d.pane.x + d.pane.w && p.y >= d.pane.y && p.y <= d.pane.y + d.pane.h) return d;
    return layout;
  }

  private placeAt(p: Pt): PlaceSpot | null {
    const pane = this.paneAt(p);
    if (!pane) return null;
    let best: PlaceSpot | null = null;
    let bestD = 14;
    for (const s of pane.places) {
      const d = s.kind === 'inset' ? (p.x >= INSET_RECT.x && p.x <= INSET_RECT.x + INSET_RECT.w && p.y >= INSET_RECT.y && p.y <= INSET_RECT.y + INSET_RECT.h ? 0 : Infinity) : dist(p, s);
      if (d <= bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  }

  private hitTest(p: Pt): FocusItem | null {
    const place = this.placeAt(p);
    if (place) return { kind: 'place', id: place.id };
    const pane = this.paneAt(p);
    const route = pane ? routeAt(pane, p, 10, distanceToPolyline) : null;
    return route ? { kind: 'route', id: route } : null;
  }

  private bindInput(): void {
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      const item = this.hitTest({ x: pointer.worldX, y: pointer.worldY });
      this.keyboardFocus = false;
      if (item?.id !== this.focus?.id || item?.kind !== this.focus?.kind) this.setFocus(item);
    });
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      const item = this.hitTest({ x: pointer.worldX, y: pointer.worldY });
      if (item?.kind === 'route') this.ctx.source.selectRoute?.(item.id);
    });
    this.input.on(Phaser.Input.Events.GAME_OUT, () => {
      if (!this.keyboardFocus) this.setFocus(null);
    });
    const canvas = this.ctx.canvas();
    if (!canvas) return;
    const onKey = (e: KeyboardEvent): void => {
      const items = this.focusItems();
      if (items.length === 0) return;
      const i = this.focus ? items.findIndex((x) => x.kind === this.focus!.kind && x.id === this.focus!.id) : -1;
      let next: FocusItem | null | undefined;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = items[(i + 1) % items.length];
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = items[(i - 1 + items.length) % items.length];
          break;
        case 'Home':
          next = items[0];
          break;
        case 'End':
          next = items[items.length - 1];
          break;
        case 'Escape':
          next = null;
          break;
        case 'Enter':
        case ' ':
          if (this.focus?.kind === 'route') this.ctx.source.selectRoute?.(this.focus.id);
          e.preventDefault();
          return;
        default:
          return;
      }
      e.preventDefault();
      this.keyboardFocus = true;
      this.setFocus(next ?? null);
    };
    const onFocus = (): void => {
      this.keyboardFocus = true;
      if (!this.focus) this.setFocus(this.focusItems()[0] ?? null);
    };
    const onBlur = (): void => {
      this.keyboardFocus = false;
      this.setFocus(null);
    };
    canvas.addEventListener('keydown', onKey);
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    this.domCleanup.push(() => {
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
    });
  }

  private setFocus(item: FocusItem | null): void {
    this.focus = item;
    if (!item) {
      this.highlight?.clear();
      this.ctx.snapshot.focused = null;
      this.ctx.snapshot.tooltip = [];
      this.game.events.emit(EVENTS.tooltip, null);
      return;
    }
    this.showFocus(item);
  }

  private showFocus(item: FocusItem): void {
    const layout = this.layout;
    const view = this.view;
    const g = this.highlight;
    if (!layout || !view || !g) return;
    g.clear();
    let lines: string[] = [];
    let anchor: Pt = { x: 0, y: 0 };
    if (item.kind === 'route') {
      const geom = this.paneFor(item.id).routes.find((r) => r.id === item.id);
      const route = view.routes.find((r) => r.id === item.id);
      if (!geom || !route) return this.setFocus(null);
      g.lineStyle(routeWeight(route, view.routes) + 10, 0xf0e442, 0.8);
      g.beginPath();
      g.moveTo(geom.points[0]!.x, geom.points[0]!.y);
      for (const p of geom.points.slice(1)) g.lineTo(p.x, p.y);
      g.strokePath();
      lines = routeTooltip(route, view);
      const moving = view.shipments.filter((s) => s.route === route.id).slice(0, 4).map((s) => `• ${shipmentLabel(s)}`);
      lines.push(...moving);
      anchor = geom.mid;
    } else {
      const spot = this.spotFor(item.id);
      if (!spot) return this.setFocus(null);
      if (spot.kind === 'inset') {
        g.lineStyle(4, 0xf0e442, 0.9);
        g.strokeRect(INSET_RECT.x - 2, INSET_RECT.y - 2, INSET_RECT.w + 4, INSET_RECT.h + 4);
        anchor = { x: INSET_RECT.x, y: INSET_RECT.y + INSET_RECT.h };
      } else {
        g.lineStyle(4, 0xf0e442, 0.9);
        g.strokeCircle(spot.x, spot.y, 12);
        anchor = { x: spot.x, y: spot.y };
      }
      lines = placeTooltip(spot, view);
    }
    this.ctx.snapshot.focused = `${item.kind}:${item.id}`;
    this.ctx.snapshot.tooltip = lines;
    this.ctx.announce(lines);
    const ev: TooltipEvent = { lines, x: anchor.x, y: anchor.y };
    this.game.events.emit(EVENTS.tooltip, ev);
  }
}
