/**
 * Line charts of values over turns, as inline SVG. `sparkline`: a tiny trend beside a figure.
 * `turnChart`: the debrief's chart, with a 0–100 axis, turn labels and each line labelled at
 * its end. Every chart is an image with a text alternative (first, last, lowest and highest
 * values), so a screen-reader user gets the same information.
 */
import { num, t } from './i18n/index.ts';

const NS = 'http://www.w3.org/2000/svg';

export interface Series {
  label: string;
  values: readonly number[];
  /** CSS class for the line's colour and pattern. */
  tone: string;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function describeSeries(s: Series): string {
  const v = s.values;
  if (v.length === 0) return t('chart.noData', { label: s.label });
  return t('chart.describe', {
    label: s.label,
    first: num(v[0] ?? 0),
    last: num(v.at(-1) ?? 0),
    turns: v.length - 1,
    low: num(Math.min(...v)),
    high: num(Math.max(...v)),
  });
}

function points(values: readonly number[], x: (i: number) => number, y: (v: number) => number): string {
  return values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

/** A trend line without axes, for a table cell. */
export function sparkline(s: Series, title: string, fixed?: [number, number]): SVGSVGElement {
  const width = 80;
  const height = 22;
  const v = s.values;
  let lo = fixed?.[0] ?? Math.min(...v, 0);
  let hi = fixed?.[1] ?? Math.max(...v, 1);
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const el = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'chart spark' });
  const label = `${title}. ${describeSeries(s)}`;
  el.setAttribute('aria-label', label);
  el.append(svg('title', {}, label));
  const n = v.length;
  const x = (i: number): number => (n <= 1 ? width / 2 : 2 + ((width - 4) * i) / (n - 1));
  const y = (val: number): number => 2 + (height - 4) * (1 - (val - lo) / (hi - lo));
  if (n > 0) {
    el.append(svg('polyline', { points: points(v, x, y), class: `chart-line ${s.tone}`, fill: 'none' }));
    el.append(
      svg('circle', { cx: x(n - 1).toFixed(1), cy: y(v[n - 1] ?? 0).toFixed(1), r: 2.5, class: `chart-dot ${s.tone}` }),
    );
  }
  return el;
}

/**
 * A chart of 0–100 values over turns: the y axis with gridlines at 0, 25, 50, 75 and 100, the
 * x axis with turn numbers (every turn, or every other when there are many), and each line
 * labelled at its right end (labels pushed apart when they would overlap).
 */
export function turnChart(series: readonly Series[], title: string): SVGSVGElement {
  const width = 360;
  const height = 170;
  const left = 30;
  const right = 92;
  const top = 10;
  const bottom = 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = Math.max(1, ...series.map((s) => s.values.length));
  const x = (i: number): number => left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number): number => top + plotH * (1 - v / 100);
  const el = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart turn-chart' });
  const label = `${title}. ${series.map(describeSeries).join(' ')}`;
  el.setAttribute('aria-label', label);
  el.append(svg('title', {}, label));
  for (const g of [0, 25, 50, 75, 100]) {
    el.append(
      svg('line', { x1: left, x2: left + plotW, y1: y(g), y2: y(g), class: g === 0 ? 'chart-axis' : 'chart-grid' }),
    );
    el.append(svg('text', { x: left - 4, y: y(g) + 4, 'text-anchor': 'end', class: 'chart-tick' }, String(g)));
  }
  el.append(svg('line', { x1: left, x2: left, y1: top, y2: top + plotH, class: 'chart-axis' }));
  const every = n > 14 ? Math.ceil(n / 8) : n > 8 ? 2 : 1;
  for (let i = 0; i < n; i += every) {
    el.append(svg('text', { x: x(i), y: top + plotH + 14, 'text-anchor': 'middle', class: 'chart-tick' }, String(i)));
  }
  el.append(
    svg(
      'text',
      { x: left + plotW / 2, y: height - 2, 'text-anchor': 'middle', class: 'chart-axis-label' },
      t('chart.turns'),
    ),
  );
  const ends: { y: number; s: Series }[] = [];
  for (const s of series) {
    if (s.values.length === 0) continue;
    el.append(svg('polyline', { points: points(s.values, x, y), class: `chart-line ${s.tone}`, fill: 'none' }));
    const last = s.values.length - 1;
    el.append(svg('circle', { cx: x(last), cy: y(s.values[last] ?? 0), r: 3, class: `chart-dot ${s.tone}` }));
    ends.push({ y: y(s.values[last] ?? 0), s });
  }
  // Line labels at the right, at least 12 px apart, in the order of their ends.
  ends.sort((a, b) => a.y - b.y);
  let prev = -Infinity;
  for (const e of ends) {
    const ly = Math.min(top + plotH, Math.max(prev + 12, e.y + 4));
    prev = ly;
    el.append(svg('text', { x: left + plotW + 6, y: ly, class: `chart-end ${e.s.tone}` }, e.s.label));
  }
  return el;
}
