/**
 * Small inline SVG line charts (sparklines) for values over turns. Each chart is an image
 * with a text alternative that states the first, last, lowest and highest values, so a
 * screen-reader user gets the same information.
 */
import { fmt } from './dom.ts';

const NS = 'http://www.w3.org/2000/svg';

export interface Series {
  label: string;
  values: readonly number[];
  /** CSS class for the line's colour. */
  tone?: string;
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function describeSeries(s: Series): string {
  const v = s.values;
  if (v.length === 0) return `${s.label}: no data`;
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  return `${s.label}: from ${fmt(v[0] ?? 0)} to ${fmt(v.at(-1) ?? 0)} over ${v.length - 1} turns (low ${fmt(lo)}, high ${fmt(hi)})`;
}

/**
 * Lines for one or more series on a shared scale. `fixed` pins the scale (0–100 indicators)
 * so that charts of different actors compare at a glance.
 */
export function lineChart(
  series: readonly Series[],
  opts: { width: number; height: number; fixed?: [number, number]; title: string },
): SVGSVGElement {
  const { width, height } = opts;
  const pad = 2;
  const all = series.flatMap((s) => s.values);
  let lo = opts.fixed?.[0] ?? (all.length ? Math.min(...all) : 0);
  let hi = opts.fixed?.[1] ?? (all.length ? Math.max(...all) : 1);
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'chart' });
  const title = svgEl('title', {});
  title.textContent = `${opts.title}. ${series.map(describeSeries).join('. ')}`;
  svg.setAttribute('aria-label', title.textContent);
  svg.append(title);
  svg.append(svgEl('line', { x1: 0, y1: height - 0.5, x2: width, y2: height - 0.5, class: 'chart-axis' }));
  for (const s of series) {
    const n = s.values.length;
    if (n === 0) continue;
    const pts = s.values.map((v, i) => {
      const x = n === 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (n - 1);
      const y = pad + (height - 2 * pad) * (1 - (v - lo) / (hi - lo));
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
    svg.append(svgEl('polyline', { points: pts.join(' '), class: `chart-line ${s.tone ?? ''}`.trim(), fill: 'none' }));
    const [cx, cy] = pts.at(-1)?.split(',') ?? [];
    if (cx !== undefined && cy !== undefined)
      svg.append(svgEl('circle', { cx, cy, r: 2.5, class: `chart-dot ${s.tone ?? ''}`.trim() }));
  }
  return svg;
}
