/**
 * INTERIM schematic map (SVG) drawn from the MapSource, until the Phaser map from the `map`
 * branch is mounted in its place (`createMap(container, source)` in src/main.ts). It honours
 * the same contract: it reads only MapView, subscribes, and unsubscribes on dispose.
 * Places outside the frame (Moscow, New York) are listed as off-map labels.
 */
import type { MapSource, MapView } from '../map/view.ts';
import { clear, fmt, h } from './dom.ts';

const NS = 'http://www.w3.org/2000/svg';
const FRAME = { lon0: 115, lon1: 136, lat0: 37, lat1: 45.5 };
const W = 640;
const H = 300;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function project(lon: number, lat: number): [number, number] | null {
  if (lon < FRAME.lon0 || lon > FRAME.lon1 || lat < FRAME.lat0 || lat > FRAME.lat1) return null;
  return [((lon - FRAME.lon0) / (FRAME.lon1 - FRAME.lon0)) * W, (1 - (lat - FRAME.lat0) / (FRAME.lat1 - FRAME.lat0)) * H];
}

function draw(host: HTMLElement, v: MapView): void {
  clear(host);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'schematic', role: 'img', 'aria-label': `Schematic map: ${v.routes.length} routes, ${v.shipments.length} shipments shown for turn ${v.turn}` });
  const at = new Map(v.places.map((p) => [p.id, project(p.lon, p.lat)] as const));
  for (const r of v.routes) {
    const a = at.get(r.from);
    const b = at.get(r.to);
    if (!a || !b) continue;
    svg.append(s('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: `route ${r.kind}${r.open ? '' : ' closed'}` }));
  }
  v.shipments.forEach((sh, i) => {
    const a = at.get(sh.fromPlace);
    const b = at.get(sh.toPlace);
    if (!a || !b) return;
    const t = 0.3 + 0.4 * ((i % 5) / 4);
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    svg.append(s('circle', { cx: x, cy: y, r: 4 + Math.min(10, Math.round(Math.log10(sh.amount + 1) * 2)), class: `shipment ${sh.mode}${sh.detected ? ' detected' : ''}` }));
  });
  for (const p of v.places) {
    const q = at.get(p.id);
    if (!q) continue;
    svg.append(s('circle', { cx: q[0], cy: q[1], r: 3, class: `place ${p.actor ?? 'none'}` }));
    svg.append(s('text', { x: q[0] + 5, y: q[1] - 5, class: 'place-label' }, p.name));
  }
  const off = v.places.filter((p) => !at.get(p.id)).map((p) => p.name);
  const legend = h(
    'ul',
    { class: 'map-legend' },
    ...v.routes.map((r) => {
      const flows = Object.entries(r.flows).map(([g, n]) => `${g} ${fmt(n ?? 0)}`);
      return h('li', {}, `${r.name} (${r.kind}${r.open ? '' : ', closed'}): ${flows.length ? `this turn ${flows.join(', ')}` : 'no visible traffic'}`);
    }),
    off.length ? h('li', { class: 'hint' }, `Off the map: ${off.join(', ')}`) : null,
  );
  host.append(svg, legend);
}

export function mountSchematicMap(container: HTMLElement, source: MapSource): () => void {
  const host = h('div', { class: 'schematic-host' });
  container.append(host);
  draw(host, source.getView());
  const off = source.subscribe((next) => draw(host, next));
  return () => {
    off();
    host.remove();
  };
}
