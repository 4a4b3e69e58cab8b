/**
 * The map in a real browser (headless Chromium through playwright-core) against the harness
 * page: it draws (not blank), shipments travel and arrive, reduced motion places them at
 * once, hover and keyboard focus show the tooltip, Enter picks a route, and destroying the
 * map unsubscribes it from its source. The screenshot is saved as docs/map.png.
 *
 * Without a browser these tests FAIL with how to install one; they never pass silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { findChromium, INSTALL_HINT, launchChromium } from '../../scripts/chromium.ts';
import { buildAndServe, type Served } from './serve.ts';
import type { MapSnapshot } from '../../src/map/index.ts';
import { loadScenario } from '../fixtures.ts';
import { identifierTokens, scenarioIds } from '../identifiers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

let browser: Browser | null = null;
let served: Served | null = null;

beforeAll(async () => {
  if (!findChromium()) return;
  served = await buildAndServe(ROOT);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

function need(): { browser: Browser; url: string } {
  if (!browser || !served) throw new Error(INSTALL_HINT);
  return { browser, url: served.url };
}

async function open(query: string, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const { browser, url } = need();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, reducedMotion });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}map-harness.html?${query}`);
  await page.waitForFunction(
    () => window.__map?.snapshot().ready === true || window.__map?.snapshot().error != null,
    null,
    { timeout: 30_000 },
  );
  const snap = await snapshot(page);
  expect(snap.error).toBeNull();
  expect(errors).toEqual([]);
  return page;
}

function snapshot(page: Page): Promise<MapSnapshot> {
  return page.evaluate(() => window.__map!.snapshot());
}

/** Resolves after the page has rendered `n` more animation frames. */
function framesPass(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const tick = (): void => {
          left -= 1;
          if (left <= 0) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** The page boxes [left, top, width, height] of the static picture and the Phaser canvas. */
function canvasBoxes(page: Page): Promise<{ base: number[]; game: number[] }> {
  return page.evaluate(() => {
    const r = (sel: string) => {
      const b = document.querySelector(sel)!.getBoundingClientRect();
      return [b.left, b.top, b.width, b.height].map((v) => Math.round(v));
    };
    return { base: r('canvas.veto-map-base'), game: r('canvas[tabindex="0"]') };
  });
}

/** Waits until the Phaser canvas fills `box` and the static picture lies exactly under it. */
async function waitForAlignedCanvases(page: Page, box: readonly number[]): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const r = (sel: string) => {
        const el = document.querySelector(sel);
        if (el === null) return null;
        const b = el.getBoundingClientRect();
        return [b.left, b.top, b.width, b.height].map((v) => Math.round(v)).join(',');
      };
      const game = r('canvas[tabindex="0"]');
      return game === want.join(',') && r('canvas.veto-map-base') === game;
    },
    box,
    { timeout: 15_000 },
  );
}

/** Decodes an 8-bit RGB(A) non-interlaced PNG (what Chromium writes) into RGBA rows. */
function decodePng(buf: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const colourType = buf[25]!;
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (buf[24] !== 8 || channels === 0 || buf[28] !== 0) throw new Error('unsupported PNG');
  const chunks: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    const type = buf.toString('ascii', o + 4, o + 8);
    if (type === 'IDAT') chunks.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? cur[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let p: number;
      switch (f) {
        case 0:
          p = 0;
          break;
        case 1:
          p = a;
          break;
        case 2:
          p = b;
          break;
        case 3:
          p = (a + b) >> 1;
          break;
        default: {
          const pa = Math.abs(b - c),
            pb = Math.abs(a - c),
            pc = Math.abs(a + b - 2 * c);
          p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
      }
      cur[x] = (v + p) & 255;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = cur[x * channels + k]!;
      out[(y * width + x) * 4 + 3] = channels === 4 ? cur[x * channels + 3]! : 255;
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

describe('map in headless Chromium', () => {
  it('finds a browser (otherwise: how to install one)', () => {
    expect(findChromium(), INSTALL_HINT).not.toBeNull();
  });

  it('draws land, routes, places and shipments: the screenshot is not blank', async () => {
    // Reduced motion: every marker at its destination, so the saved picture is the same on
    // every run (docs/map-moving.png, from measure:map, shows markers under way).
    const page = await open('per=6&turn=2', 'reduce');
    const png = await page.screenshot();
    mkdirSync(DOCS, { recursive: true });
    writeFileSync(`${DOCS}map.png`, png);
    const { width, height, rgba } = decodePng(png);
    expect([width, height]).toEqual([1200, 800]);
    const colours = new Set<number>();
    const bg = (rgba[0]! << 16) | (rgba[1]! << 8) | rgba[2]!;
    let other = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const c = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
      colours.add(c);
      if (c !== bg) other++;
    }
    expect(colours.size).toBeGreaterThan(200);
    expect(other / (width * height)).toBeGreaterThan(0.3);
    await page.close();
  });

  it('a new turn sends markers travelling; they arrive and detected ones flash', async () => {
    const page = await open('per=20&turn=0');
    expect((await snapshot(page)).markers).toEqual([]);
    await page.evaluate(() => window.__source!.advance());
    const moving = await snapshot(page);
    expect(moving.turn).toBe(1);
    expect(moving.markers).toHaveLength(20);
    expect(moving.markers.every((m) => m.state === 'travelling')).toBe(true);
    await page.waitForFunction(() => window.__map!.snapshot().markers.every((m) => m.state === 'arrived'), null, {
      timeout: 10_000,
    });
    const arrived = await snapshot(page);
    const detected = arrived.markers.filter((m) => m.detected);
    expect(detected.length).toBeGreaterThan(0);
    expect(detected.every((m) => m.flashing)).toBe(true);
    expect(arrived.markers.filter((m) => !m.detected).every((m) => !m.flashing)).toBe(true);
    await page.close();
  });

  it('with prefers-reduced-motion, markers appear at their destination at once and do not flash', async () => {
    const page = await open('per=20&turn=0', 'reduce');
    await page.evaluate(() => window.__source!.advance());
    const s = await snapshot(page);
    expect(s.reducedMotion).toBe(true);
    expect(s.markers).toHaveLength(20);
    expect(s.markers.every((m) => m.state === 'arrived' && !m.flashing)).toBe(true);
    // Ten rendered frames later nothing has moved (a travelling marker moves every frame).
    await framesPass(page, 10);
    const later = await snapshot(page);
    expect(later.markers.map((m) => [m.x, m.y])).toEqual(s.markers.map((m) => [m.x, m.y]));
    await page.close();
  });

  it('keyboard focus shows a route tooltip, mirrored in a live region; Enter picks the route', async () => {
    const page = await open('per=6&turn=1');
    await page.focus('canvas[tabindex="0"]');
    const first = await snapshot(page);
    expect(first.focused).toBe('route:khasan-tumangang');
    expect(first.tooltip[0]).toBe('Khasan–Tumangang rail bridge (railway, open)');
    await page.keyboard.press('ArrowRight');
    const second = await snapshot(page);
    expect(second.focused).toBe('route:vladivostok-rajin');
    expect(second.tooltip[0]).toBe('Vladivostok–Rajin sea lane (sea lane, open)');
    expect(await page.textContent('.veto-map-live')).toContain('Vladivostok–Rajin sea lane');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__source!.selected)).toEqual(['vladivostok-rajin']);
    await page.keyboard.press('Escape');
    expect((await snapshot(page)).tooltip).toEqual([]);
    await page.close();
  });

  it('every tooltip and the canvas name are plain words: no identifier or code', async () => {
    const page = await open('per=6&turn=2');
    await page.focus('canvas[tabindex="0"]');
    const first = (await snapshot(page)).focused;
    const text = [(await page.getAttribute('canvas[tabindex="0"]', 'aria-label')) ?? ''];
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      const s = await snapshot(page);
      if (i > 0 && s.focused === first) break;
      seen.push(s.focused ?? '');
      text.push(...s.tooltip);
      await page.keyboard.press('ArrowRight');
    }
    // Every route and place of the harness's scenario (the shared fixture) was visited, once.
    const scenario = loadScenario();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(scenario.routes.length + scenario.places.length);
    expect(identifierTokens(text.join('\n'), scenarioIds(scenario))).toEqual([]);
    await page.close();
  });

  it('hovering a place shows its tooltip', async () => {
    const page = await open('per=6&turn=1');
    await page.mouse.move(630, 560); // Pyongyang
    const s = await snapshot(page);
    expect(s.focused).toBe('place:pyongyang');
    expect(s.tooltip[0]).toBe('Pyongyang (North Korea)');
    await page.close();
  });

  it('hovering the crossing in the Tumen detail pane shows the rail route', async () => {
    const page = await open('per=0&turn=1');
    await page.mouse.move(1009, 423);
    const s = await snapshot(page);
    expect(s.focused).toBe('route:khasan-tumangang');
    expect(s.tooltip.slice(0, 2)).toEqual([
      'Khasan–Tumangang rail bridge (railway, open)',
      'Turn 1: seen moving, of what it can carry:',
    ]);
    await page.close();
  });

  it.each([
    ['900x700', [0, 50, 900, 600]],
    ['600xauto', [0, 0, 600, 400]],
  ])('in a %s parent the map scales to fit and the static picture stays under the Phaser canvas', async (size, box) => {
    const page = await open(`per=6&turn=1&size=${size}`);
    await waitForAlignedCanvases(page, box);
    const boxes = await canvasBoxes(page);
    expect(boxes.game).toEqual(box);
    expect(boxes.base).toEqual(boxes.game);
    await page.close();
  });

  it('created in a detached container and attached later, it sizes itself and stays aligned', async () => {
    const { browser, url } = need();
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${url}map-harness.html?per=6&turn=1&size=900xauto&detached=300`);
    await page.waitForFunction(() => window.__map?.snapshot().ready === true, null, { timeout: 15_000 });
    await waitForAlignedCanvases(page, [0, 0, 900, 600]);
    const boxes = await canvasBoxes(page);
    expect(boxes.game).toEqual([0, 0, 900, 600]);
    expect(boxes.base).toEqual(boxes.game);
    await page.close();
  });

  it('destroying the map unsubscribes it from the source', async () => {
    const page = await open('per=6&turn=1');
    expect(await page.evaluate(() => window.__source!.listenerCount())).toBe(1);
    await page.evaluate(() => window.__map!.destroy());
    await page.waitForFunction(() => window.__source!.listenerCount() === 0, null, { timeout: 5_000 });
    await page.close();
  });
});
