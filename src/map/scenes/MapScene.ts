/**
 * The map itself. Under the transparent Phaser canvas lies the picture (a DOM canvas): the
 * static layer painted once, then routes, places and the council inset, repainted only when
 * routes or places change. In WebGL: shipment markers animated from the difference between
 * the previous and the next view (MarkerLayer), and the focus highlight (FocusController).
 * Subscribes to the source in `create()` and unsubscribes on shutdown. It draws; it never
 * decides a rule.
 */
import * as Phaser from 'phaser';
import type { MapContext } from '../context.ts';
import type { MapShipment, MapView } from '../../store/index.ts';
import { checkMapAsset, type MapAsset } from '../asset.ts';
import { makeProjection, type Project } from '../projection.ts';
import { layoutMap, type MapLayout, type PlaceSpot } from '../layout.ts';
import { diffViews } from '../diff.ts';
import { dist, type Pt } from '../geometry.ts';
import { arrivalSlot, INSET_RECT, LEGEND_RECT, markerRadius } from '../style.ts';
import { paintDetailRoutes, paintRoutesAndPlaces } from '../paint.ts';
import { LABEL_FONT } from '../canvasText.ts';
import { paintInset } from '../overlayPaint.ts';
import { staticCanvas } from '../staticLayer.ts';
import { ASSET_KEY } from './Preloader.ts';
import { MarkerLayer } from './MarkerLayer.ts';
import { FocusController } from './FocusController.ts';

export class MapScene extends Phaser.Scene {
  private readonly ctx: MapContext;
  private asset: MapAsset | null = null;
  private project: Project | null = null;
  private layout: MapLayout | null = null;
  private view: MapView | null = null;
  /** Land, detail frames, legend: depends on the asset only. */
  private staticLayer: HTMLCanvasElement | null = null;
  private markers: MarkerLayer | null = null;
  private focus: FocusController | null = null;
  private unsubscribe: (() => void) | null = null;
  private measure: CanvasRenderingContext2D | null = null;

  constructor(ctx: MapContext) {
    super({ key: 'Map' });
    this.ctx = ctx;
  }

  create(): void {
    performance.mark('veto-map:map-create');
    const checked = checkMapAsset(this.cache.json.get(ASSET_KEY));
    if (!checked.ok) {
      this.add.text(20, 20, checked.error, {
        fontFamily: 'sans-serif',
        fontSize: '18px',
        color: '#1b1b1b',
        wordWrap: { width: 1100 },
      });
      this.ctx.onError(checked.error);
      return;
    }
    const asset = checked.value;
    this.asset = asset;
    this.project = makeProjection(asset.projection);
    this.measure = document.createElement('canvas').getContext('2d');
    const painted = this.ctx.staticLayer;
    this.staticLayer =
      painted && painted.width === asset.width && painted.height === asset.height
        ? painted
        : staticCanvas(asset, this.ctx.words);
    this.markers = new MarkerLayer(this, () => this.ctx.reducedMotion());
    this.focus = new FocusController(this, this.ctx, {
      layout: () => this.layout,
      view: () => this.view,
      paneFor: (id) => this.paneFor(id),
      spotFor: (id) => this.spotFor(id),
    });

    this.scene.launch('Overlay');
    this.applyView(this.ctx.source.getView());
    this.unsubscribe = this.ctx.source.subscribe((next) => this.applyView(next));
    this.ctx.collectMarkers = () => this.markers?.snapshot() ?? [];

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
    this.focus?.destroy();
    this.markers?.destroy();
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
    const markers = this.markers;
    if (!asset || !project || !markers) return;
    const d = diffViews(this.view, next);
    this.view = next;
    this.ctx.snapshot.turn = next.turn;
    this.ctx.snapshot.reducedMotion = this.ctx.reducedMotion();
    const relayout = d.placesChanged || d.routesChanged || !this.layout;
    if (relayout) {
      this.layout = layoutMap(
        asset,
        next.places,
        next.routes,
        project,
        {
          reserved: [LEGEND_RECT, INSET_RECT],
          inset: INSET_RECT,
          measure: this.measureText,
          distance: this.ctx.words.distance,
        },
        asset.details[0] ?? null,
      );
      this.paintBase(next);
    }
    for (const key of d.remove) markers.remove(key, !d.travel);
    // Markers that stay but whose shipment or whose route geometry changed are redrawn in place.
    const added = new Set(d.add.map((s) => s.key));
    const redraw = relayout ? next.shipments.filter((s) => !added.has(s.key)) : d.move;
    for (const s of redraw) markers.remove(s.key, true);

    // Slot of each shipment among those on the same route in the same direction.
    const groups = new Map<string, MapShipment[]>();
    for (const s of next.shipments) {
      const g = `${s.route}|${s.fromPlace}|${s.toPlace}`;
      const list = groups.get(g) ?? [];
      list.push(s);
      groups.set(g, list);
    }
    const flash = new Set(d.flash);
    for (const s of [...d.add, ...redraw]) {
      const points = this.polylineFor(s);
      if (!points) continue;
      // Every shipment of `next` was grouped above.
      const list = groups.get(`${s.route}|${s.fromPlace}|${s.toPlace}`) ?? [s];
      const index = list.indexOf(s);
      const from = points[0];
      const to = points.at(-1);
      markers.add({
        shipment: s,
        points,
        radius: markerRadius(
          s,
          next.routes.find((r) => r.id === s.route),
        ),
        slot: arrivalSlot(index, list.length, from && to ? dist(from, to) : 0),
        index,
        travel: d.travel && added.has(s.key),
        flash: flash.has(s.key),
      });
    }
    // Detected later without moving (e.g. a viewer switch): flash in place.
    for (const key of d.flash) markers.flashArrived(key);
    this.focus?.refresh();
  }

  /** The picture under the Phaser canvas: the static layer, then routes, places, inset. */
  private paintBase(view: MapView): void {
    const c = this.ctx.baseCanvas.getContext('2d');
    if (!c || !this.staticLayer || !this.layout) return;
    c.drawImage(this.staticLayer, 0, 0);
    paintRoutesAndPlaces(c, this.layout, view.routes);
    if (this.layout.detail) paintDetailRoutes(c, this.layout.detail, view.routes);
    paintInset(
      c,
      this.layout.clusters.filter((k) => k.kind === 'inset'),
      this.ctx.words,
    );
  }

  /** The layout a route is animated in: the detail pane for routes inside its region. */
  private paneFor(routeId: string): MapLayout | null {
    const layout = this.layout;
    if (!layout) return null;
    return layout.detail && layout.detailed.includes(routeId) ? layout.detail : layout;
  }

  /** Where a place is shown for highlighting: in the detail pane if it is labelled there. */
  private spotFor(placeId: string): PlaceSpot | undefined {
    const layout = this.layout;
    if (!layout) return undefined;
    return layout.detail?.places.find((p) => p.id === placeId) ?? layout.places.find((p) => p.id === placeId);
  }

  /** The route polyline oriented from the shipment's origin to its destination. */
  private polylineFor(s: MapShipment): Pt[] | null {
    const layout = this.paneFor(s.route);
    if (!layout) return null;
    const route = this.view?.routes.find((r) => r.id === s.route);
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
}
