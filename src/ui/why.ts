/**
 * "Why?" popups: a disclosure beside a number that lists its causes. The popup is placed in
 * the viewport when it opens (it flips above its button near the bottom and is shifted left or
 * right to stay on screen, never wider than the screen), and Escape closes it.
 */
import { h } from './dom.ts';

const MARGIN = 8;

/** Keep `pop` (position: fixed) inside the viewport, next to `anchor`. */
export function placeInViewport(pop: HTMLElement, anchor: HTMLElement): void {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  pop.style.maxWidth = `${Math.max(0, Math.min(416, vw - 2 * MARGIN))}px`;
  pop.style.left = '0px';
  pop.style.top = '0px';
  const a = anchor.getBoundingClientRect();
  const p = pop.getBoundingClientRect();
  const left = Math.min(Math.max(MARGIN, a.right - p.width), vw - p.width - MARGIN);
  const below = a.bottom + 4;
  const top = below + p.height <= vh - MARGIN ? below : Math.max(MARGIN, a.top - 4 - p.height);
  pop.style.left = `${Math.round(Math.max(MARGIN, left))}px`;
  pop.style.top = `${Math.round(top)}px`;
  pop.style.maxHeight = `${vh - 2 * MARGIN}px`;
}

/** A summary (the number, and for screen readers what it explains) and its causes. */
export function why(summary: string, label: string, causes: readonly string[]): HTMLElement {
  const s = h('summary', {}, summary, h('span', { class: 'sr-only' }, ` ${label}`));
  const pop = h('ul', { class: 'why-pop' }, ...causes.map((c) => h('li', {}, c)));
  const d = h('details', { class: 'why' }, s, pop);
  d.addEventListener('toggle', () => {
    if (d.open) placeInViewport(pop, s);
  });
  d.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && d.open) {
      d.open = false;
      s.focus();
    }
  });
  return d;
}
