/**
 * Checks every screen the browser tests visit: no identifier-looking token in what a player
 * reads (text and accessible names), no sideways scroll anywhere (the page, or a panel that is
 * not meant to scroll sideways), and, on the two larger sizes during play, no page scroll at
 * all. Axe (axe-core through @axe-core/playwright) runs on the same screens and must find
 * nothing.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { identifierTokens } from '../identifiers.ts';

export { scenarioIds } from '../identifiers.ts';

/** What a player can read on the page: text (closed panels included) and accessible names,
 * without code elements (the fingerprint, problems in an invalid file shown to instructors). */
export async function playerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById('app');
    if (root === null) return '';
    // Text nodes one per line, so that words of neighbouring elements do not run together.
    const texts: string[] = [];
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
      if (n.parentElement?.closest('code, script, style') != null) continue;
      texts.push(n.textContent ?? '');
    }
    const names = [...root.querySelectorAll('[aria-label], [title]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
    );
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [...texts, ...names, ...options, document.title].join('\n');
  });
}

export interface ScreenCheck {
  page: Page;
  name: string;
  known: readonly string[];
  /** Check that the page itself does not scroll (the two larger sizes, during play). */
  noPageScroll: boolean;
  axe: boolean;
}

/** The page and every element wider than it shows: sideways scroll, with the culprits. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.scrollingElement;
    if (doc !== null && doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth} > ${window.innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('#app *')) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

export async function checkScreen(c: ScreenCheck): Promise<void> {
  const { page, name } = c;
  const tokens = identifierTokens(await playerText(page), c.known);
  expect(tokens, `${name}: identifiers in player-facing text`).toEqual([]);
  expect(await sideways(page), `${name}: sideways scroll`).toEqual([]);
  if (c.noPageScroll) {
    const m = await page.evaluate(() => ({ h: document.scrollingElement?.scrollHeight ?? 0, v: window.innerHeight }));
    expect(m.h, `${name}: the page scrolls (${m.h} > ${m.v})`).toBeLessThanOrEqual(m.v);
  }
  if (c.axe) {
    const r = await new AxeBuilder({ page }).analyze();
    const found = r.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(found, `${name}: axe`).toEqual([]);
  }
}
