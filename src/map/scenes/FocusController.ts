/**
 * Hover, keyboard focus and the tooltip: which route or place is under the pointer (the
 * detail pane first), arrow keys to move between routes and places on the focused canvas,
 * Enter to pick a route (an intent sent to the source), a yellow highlight, and the tooltip
 * lines sent to the Overlay scene and mirrored in the live region.
 */
import * as Phaser from 'phaser';
import type { MapContext } from '../context.ts';
import type { MapView } from '../../store/index.ts';
import type { MapLayout, PlaceSpot } from '../layout.ts';
import { routeAt } from '../layout.ts';
import { dist, distanceToPolyline, type Pt } from '../geometry.ts';
import { INSET_RECT, routeWeight } from '../style.ts';
import { placeTooltip, routeTooltip, shipmentLabel } from '../tooltip.ts';

export const TOOLTIP_EVENT = 'veto-map-tooltip';

export type FocusItem = { kind: 'route'; id: string } | { kind: 'place'; id: string };

export interface TooltipEvent {
  lines: string[];
  x: number;
  y: number;
}

/** What the controller reads from the Map scene. */
export interface FocusHost {
  layout(): MapLayout | null;
  view(): MapView | null;
  paneFor(routeId: string): MapLayout | null;
  spotFor(placeId: string): PlaceSpot | undefined;
}

export class FocusController {
  private readonly scene: Phaser.Scene;
  private readonly ctx: MapContext;
  private readonly host: FocusHost;
  private readonly highlight: Phaser.GameObjects.Graphics;
  private focus: FocusItem | null = null;
  private keyboardFocus = false;
  private readonly domCleanup: Array<() => void> = [];

  constructor(scene: Phaser.Scene, ctx: MapContext, host: FocusHost) {
    this.scene = scene;
    this.ctx = ctx;
    this.host = host;
    this.highlight = scene.add.graphics().setDepth(2);
    this.bind();
  }

  destroy(): void {
    for (const f of this.domCleanup.splice(0)) f();
  }

  private focusItems(): FocusItem[] {
    const layout = this.host.layout();
    if (!layout) return [];
    return [
      ...layout.routes.map((r) => ({ kind: 'route' as const, id: r.id })),
      ...layout.places.map((p) => ({ kind: 'place' as const, id: p.id })),
    ];
  }

  /** The pane under a point: the detail pane covers part of the main map. */
  private paneAt(p: Pt): MapLayout | null {
    const layout = this.host.layout();
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
      const d =
        s.kind === 'inset'
          ? p.x >= INSET_RECT.x &&
            p.x <= INSET_RECT.x + INSET_RECT.w &&
            p.y >= INSET_RECT.y &&
            p.y <= INSET_RECT.y + INSET_RECT.h
            ? 0
            : Infinity
          : dist(p, s);
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

  private bind(): void {
    this.scene.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      const item = this.hitTest({ x: pointer.worldX, y: pointer.worldY });
      this.keyboardFocus = false;
      if (item?.id !== this.focus?.id || item?.kind !== this.focus?.kind) this.setFocus(item);
    });
    this.scene.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      const item = this.hitTest({ x: pointer.worldX, y: pointer.worldY });
      if (item?.kind === 'route') this.ctx.source.selectRoute?.(item.id);
    });
    this.scene.input.on(Phaser.Input.Events.GAME_OUT, () => {
      if (!this.keyboardFocus) this.setFocus(null);
    });
    const canvas = this.ctx.canvas();
    if (!canvas) return;
    const onKey = (e: KeyboardEvent): void => {
      const items = this.focusItems();
      if (items.length === 0) return;
      const focus = this.focus;
      const i = focus ? items.findIndex((x) => x.kind === focus.kind && x.id === focus.id) : -1;
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

  setFocus(item: FocusItem | null): void {
    this.focus = item;
    if (!item) {
      this.highlight.clear();
      this.ctx.snapshot.focused = null;
      this.ctx.snapshot.tooltip = [];
      this.scene.game.events.emit(TOOLTIP_EVENT, null);
      return;
    }
    this.showFocus(item);
  }

  /** Redraws the highlight and tooltip of the current item (after the view changed). */
  refresh(): void {
    if (this.focus) this.showFocus(this.focus);
  }

  private showFocus(item: FocusItem): void {
    const layout = this.host.layout();
    const view = this.host.view();
    const g = this.highlight;
    if (!layout || !view) return;
    g.clear();
    let lines: string[] = [];
    let anchor: Pt = { x: 0, y: 0 };
    if (item.kind === 'route') {
      const geom = this.host.paneFor(item.id)?.routes.find((r) => r.id === item.id);
      const route = view.routes.find((r) => r.id === item.id);
      if (!geom || !route) {
        this.setFocus(null);
        return;
      }
      g.lineStyle(routeWeight(route, view.routes) + 10, 0xf0e442, 0.8);
      g.beginPath();
      for (const [i, p] of geom.points.entries()) {
        if (i === 0) g.moveTo(p.x, p.y);
        else g.lineTo(p.x, p.y);
      }
      g.strokePath();
      lines = routeTooltip(route, view, this.ctx.words);
      const moving = view.shipments
        .filter((s) => s.route === route.id)
        .slice(0, 4)
        .map((s) => `• ${shipmentLabel(s, this.ctx.words)}`);
      lines.push(...moving);
      anchor = geom.mid;
    } else {
      const spot = this.host.spotFor(item.id);
      if (!spot) {
        this.setFocus(null);
        return;
      }
      if (spot.kind === 'inset') {
        g.lineStyle(4, 0xf0e442, 0.9);
        g.strokeRect(INSET_RECT.x - 2, INSET_RECT.y - 2, INSET_RECT.w + 4, INSET_RECT.h + 4);
        anchor = { x: INSET_RECT.x, y: INSET_RECT.y + INSET_RECT.h };
      } else {
        g.lineStyle(4, 0xf0e442, 0.9);
        g.strokeCircle(spot.x, spot.y, 12);
        anchor = { x: spot.x, y: spot.y };
      }
      lines = placeTooltip(spot, view, this.ctx.words);
    }
    this.ctx.snapshot.focused = `${item.kind}:${item.id}`;
    this.ctx.snapshot.tooltip = lines;
    this.ctx.announce(lines);
    const ev: TooltipEvent = { lines, x: anchor.x, y: anchor.y };
    this.scene.game.events.emit(TOOLTIP_EVENT, ev);
  }
}
