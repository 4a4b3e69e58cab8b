/**
 * The map's text companion and its fallback.
 * - `mountRouteList`: every route with its kind, state and this turn's visible flows, as a
 *   list under the map — what a screen-reader user reads instead of the canvas.
 * - `mountSchematicMap`: a schematic SVG map, shown only when the Phaser map cannot start
 *   (no WebGL or canvas). Both read only the MapView, subscribe, and unsubscribe on dispose.
 */
import type { MapSource, MapView } from '../store/index.ts';
import { clear, h } from './dom.ts';
import { list, t } from './i18n/index.ts';
import { quantity } from './words.ts';

const NS = 'http://www.w3.org/2000/svg';
interface Frame {
  lon0: number;
  lon1: number;
  lat0: number;
  lat1: number;
  x: number;
  y: number;
  w: number;
  h: number;
}
const W = 640;
const H = 300;
/** The region, and an inset magnifying the Tumen estuary where three routes meet. */
const MAIN: Frame = { lon0: 115, lon1: 134, lat0: 37.5, lat1: 44.5, x: 0, y: 0, w: 400, h: H };
const INSET: Frame = { lon0: 129.9, lon1: 132.3, lat0: 41.9, lat1: 43.4, x: 410, y: 20, w: 225, h: 200 };

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function project(f: Frame, lon: number, lat: number): [number, number] | null {
  if (lon < f.lon0 || lon > f.lon1 || lat < f.lat0 || lat > f.lat1) return null;
  return [f.x + ((lon - f.lon0) / (f.lon1 - f.lon0)) * f.w, f.y + (1 - (lat - f.lat0) / (f.lat1 - f.lat0)) * f.h];
}

function drawFrame(svg: SVGSVGElement, f: Frame, v: MapView, label: (lon: number, lat: number) => boolean): void {
  svg.append(s('rect', { x: f.x, y: f.y, width: f.w, height: f.h, class: 'frame' }));
  const at = new Map(v.places.map((p) => [p.id, project(f, p.lon, p.lat)] as const));
  for (const r of v.routes) {
    const a = at.get(r.from);
    const b = at.get(r.to);
    if (!a || !b) continue;
    svg.append(
      s('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: `route ${r.kind}${r.open ? '' : ' closed'}` }),
    );
  }
  v.shipments.forEach((sh, i) => {
    const a = at.get(sh.fromPlace);
    const b = at.get(sh.toPlace);
    if (!a || !b) return;
    const t = 0.3 + 0.4 * ((i % 5) / 4);
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    svg.append(
      s('circle', {
        cx: x,
        cy: y,
        r: 3 + Math.min(9, Math.round(Math.log10(sh.amount + 1) * 2)),
        class: `shipment ${sh.mode}${sh.detected ? ' detected' : ''}`,
      }),
    );
  });
  for (const p of v.places) {
    const q = at.get(p.id);
    if (!q) continue;
    svg.append(s('circle', { cx: q[0], cy: q[1], r: 3.5, class: `place ${p.actor ?? 'none'}` }));
    if (!label(p.lon, p.lat)) continue;
    const right = q[0] > f.x + f.w - 70;
    svg.append(
      s(
        'text',
        { x: right ? q[0] - 6 : q[0] + 6, y: q[1] - 6, 'text-anchor': right ? 'end' : 'start', class: 'place-label' },
        p.name,
      ),
    );
  }
}

function draw(host: HTMLElement, v: MapView): void {
  clear(host);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'schematic',
    role: 'img',
    'aria-label': t('map.schematic', { routes: v.routes.length, shipments: v.shipments.length }),
  });
  // Places the inset magnifies are labelled there only, where they do not overlap.
  drawFrame(svg, MAIN, v, (lon, lat) => project(INSET, lon, lat) === null);
  drawFrame(svg, INSET, v, () => true);
  const c = [INSET.lon0, INSET.lat1, INSET.lon1, INSET.lat0] as const;
  const a = project(MAIN, c[0], c[1]);
  const b = project(MAIN, c[2], c[3]);
  if (a && b) svg.append(s('rect', { x: a[0], y: a[1], width: b[0] - a[0], height: b[1] - a[1], class: 'inset-box' }));
  svg.append(s('text', { x: INSET.x + 6, y: INSET.y + INSET.h + 16, class: 'inset-label' }, t('map.inset')));
  host.append(svg);
}

function drawList(host: HTMLElement, v: MapView): void {
  clear(host);
  const off = v.places
    .filter((p) => project(MAIN, p.lon, p.lat) === null && project(INSET, p.lon, p.lat) === null)
    .map((p) => p.name);
  const legend = h(
    'ul',
    { class: 'map-legend', 'aria-label': t('map.routes') },
    ...v.routes.map((r) => {
      const flows = Object.entries(r.flows).map(([g, n]) => quantity(g, n ?? 0));
      return h(
        'li',
        {},
        h('strong', {}, r.name),
        r.open ? '' : ` (${t('map.closed')})`,
        ': ',
        flows.length > 0 ? t('map.flows', { list: list(flows) }) : t('map.noFlows'),
      );
    }),
    off.length > 0 ? h('li', { class: 'hint' }, t('map.offMap', { list: list(off) })) : null,
  );
  host.append(legend);
}

function mount(
  container: HTMLElement,
  source: MapSource,
  className: string,
  render: (host: HTMLElement, v: MapView) => void,
): () => void {
  const host = h('div', { class: className });
  container.append(host);
  render(host, source.getView());
  const off = source.subscribe((next) => render(host, next));
  return () => {
    off();
    host.remove();
  };
}

export function mountSchematicMap(container: HTMLElement, source: MapSource): () => void {
  return mount(container, source, 'schematic-host', draw);
}

export function mountRouteList(container: HTMLElement, source: MapSource): () => void {
  return mount(container, source, 'route-list-host', drawList);
}
