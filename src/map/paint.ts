/**
 * Canvas 2D painting of what depends on the view: routes by kind, capacity and state, place
 * dots, edge arrows and labels, on the main map and in the detail pane. Repainted only when
 * routes or places change (the diff says so), over a copy of the static layer.
 */
import type { DetailLayout, MapLayout, PlaceSpot, RouteGeometry } from './layout.ts';
import type { MapRoute } from '../store/index.ts';
import { segmentsOf, ticks, type Pt } from './geometry.ts';
import { ACTOR_COLOUR, CLOSED_COLOUR, HALO, INK, routeStyle, routeWeight } from './style.ts';
import { FONT, LABEL_FONT, haloText } from './canvasText.ts';
import { DETAIL_TITLE_H } from './paintLand.ts';

function strokePolyline(ctx: CanvasRenderingContext2D, pts: readonly Pt[]): void {
  ctx.beginPath();
  for (const [i, p] of pts.entries()) {
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
}

function paintRoute(ctx: CanvasRenderingContext2D, route: MapRoute, g: RouteGeometry, weight: number): void {
  const st = routeStyle(route.kind);
  const colour = route.open ? st.colour : CLOSED_COLOUR;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.lineWidth = weight + 4;
  strokePolyline(ctx, g.points);
  ctx.strokeStyle = colour;
  ctx.lineWidth = weight;
  ctx.setLineDash(route.open ? st.dash : [4, 5]);
  ctx.lineCap = st.dash.length > 0 || !route.open ? 'butt' : 'round';
  strokePolyline(ctx, g.points);
  ctx.setLineDash([]);
  if (st.ties) {
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    for (const [a, b] of ticks(g.points, 7, weight / 2 + 4)) {
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
  if (st.brackets) {
    const segments = segmentsOf(g.points);
    const first = segments[0];
    const last = segments.at(-1);
    // Each end with the point next to it, so the bracket is drawn across the line.
    const ends: Array<[Pt, Pt]> = first && last ? [first, [last[1], last[0]]] : [];
    ctx.lineWidth = 2;
    for (const [end, next] of ends) {
      const a = Math.atan2(next.y - end.y, next.x - end.x);
      const h = weight / 2 + 5;
      const inward = 4;
      const bx = end.x + Math.cos(a) * inward;
      const by = end.y + Math.sin(a) * inward;
      ctx.beginPath();
      ctx.moveTo(bx - Math.sin(a) * h + Math.cos(a) * 4, by + Math.cos(a) * h + Math.sin(a) * 4);
      ctx.lineTo(bx - Math.sin(a) * h, by + Math.cos(a) * h);
      ctx.lineTo(bx + Math.sin(a) * h, by - Math.cos(a) * h);
      ctx.lineTo(bx + Math.sin(a) * h + Math.cos(a) * 4, by - Math.cos(a) * h + Math.sin(a) * 4);
      ctx.stroke();
    }
  }
  if (!route.open) {
    // A cross at the middle: "closed" reads by shape, not only by the grey.
    const m = g.mid;
    ctx.lineCap = 'round';
    for (const [w, c] of [
      [7, HALO],
      [3.5, '#b00020'],
    ] as const) {
      ctx.strokeStyle = c;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(m.x - 7, m.y - 7);
      ctx.lineTo(m.x + 7, m.y + 7);
      ctx.moveTo(m.x + 7, m.y - 7);
      ctx.lineTo(m.x - 7, m.y + 7);
      ctx.stroke();
    }
  }
}

function paintArrow(ctx: CanvasRenderingContext2D, s: PlaceSpot): void {
  const len = 30;
  const a = s.angle;
  const tip = { x: s.x + Math.cos(a) * (len / 2), y: s.y + Math.sin(a) * (len / 2) };
  const tail = { x: s.x - Math.cos(a) * (len / 2), y: s.y - Math.sin(a) * (len / 2) };
  ctx.lineCap = 'round';
  ctx.strokeStyle = HALO;
  ctx.lineWidth = 9;
  strokePolyline(ctx, [tail, tip]);
  ctx.strokeStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
  ctx.lineWidth = 5;
  strokePolyline(ctx, [tail, tip]);
  ctx.beginPath();
  ctx.moveTo(tip.x + Math.cos(a) * 8, tip.y + Math.sin(a) * 8);
  ctx.lineTo(tip.x + Math.cos(a + 2.4) * 12, tip.y + Math.sin(a + 2.4) * 12);
  ctx.lineTo(tip.x + Math.cos(a - 2.4) * 12, tip.y + Math.sin(a - 2.4) * 12);
  ctx.closePath();
  ctx.fillStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
  ctx.lineWidth = 2;
  ctx.strokeStyle = HALO;
  ctx.stroke();
  ctx.fill();
}

/** The pane's routes and places, clipped below its title bar. */
export function paintDetailRoutes(ctx: CanvasRenderingContext2D, d: DetailLayout, routes: readonly MapRoute[]): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(d.pane.x + 1, d.pane.y + DETAIL_TITLE_H, d.pane.w - 2, d.pane.h - DETAIL_TITLE_H - 1);
  ctx.clip();
  paintRoutesAndPlaces(
    ctx,
    d,
    routes.filter((x) => d.detailed.includes(x.id)),
  );
  ctx.restore();
}

/** Routes (under), then place dots, edge arrows and labels (over), on top of what is there. */
export function paintRoutesAndPlaces(
  ctx: CanvasRenderingContext2D,
  layout: MapLayout,
  routes: readonly MapRoute[],
): void {
  const geom = new Map(layout.routes.map((g) => [g.id, g]));
  for (const r of routes) {
    const g = geom.get(r.id);
    if (g) paintRoute(ctx, r, g, routeWeight(r, routes));
  }
  for (const s of layout.places) {
    if (s.kind === 'map') {
      ctx.beginPath();
      ctx.arc(s.x, s.y, 5, 0, Math.PI * 2);
      ctx.fillStyle = s.actor ? ACTOR_COLOUR[s.actor] : INK;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = INK;
      ctx.stroke();
    } else if (s.kind === 'edge') {
      paintArrow(ctx, s);
    }
  }
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const c of layout.clusters) {
    if (c.kind === 'inset' || c.label === '') continue;
    haloText(ctx, c.label, c.labelBox.x, c.labelBox.y + c.labelBox.h / 2, INK, 4);
    if (c.kind === 'edge') {
      const note = layout.places.find((p) => p.cluster === c.index)?.note ?? '';
      if (note) {
        ctx.font = `12px ${FONT}`;
        haloText(ctx, note, c.labelBox.x, c.labelBox.y + c.labelBox.h / 2 + 15, '#333', 3);
        ctx.font = LABEL_FONT;
      }
    }
  }
}
