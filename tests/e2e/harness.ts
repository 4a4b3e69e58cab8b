/**
 * Browser-test harness: Vite's dev server in-process on 127.0.0.1 with a free port, and
 * Debian's Chromium driven by playwright-core. With no browser on the machine the tests fail
 * with instructions (they never pass silently).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { createServer } from 'vite';
import { launchChromium } from '../../scripts/chromium.ts';
import type { ViteDevServer } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Harness {
  url: string;
  browser: Browser;
  server: ViteDevServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // First the browser: with none installed this throws the install instructions at once.
  const browser = await launchChromium();
  const server = await createServer({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const addr = server.httpServer!.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page in a fresh browser context (its own storage; axe needs pages made this way).
 * `before` runs before the page loads (an init script, a routed request). */
export async function newPage(
  h: Harness,
  size = { width: 1280, height: 800 },
  before?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const context = await h.browser.newContext({ viewport: size });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await before?.(page);
  await page.goto(h.url);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/**
 * Where screenshots go: a temporary directory, unless VETO_SCREENSHOTS=1 asks for the
 * documentation images in docs/ to be rewritten.
 */
export const SHOTS_DIR: string =
  process.env.VETO_SCREENSHOTS === '1' ? `${ROOT}docs/` : mkdtempSync(join(tmpdir(), 'veto-shots-'));

/**
 * Is a PNG blank? Inflates its image data and counts distinct byte values: a one-colour image
 * (after PNG's row filters) has a handful, a rendered screen has hundreds.
 */
export function pngVariety(png: Buffer): number {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  const parts: Buffer[] = [];
  let at = 8;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const seen = new Set<number>();
  for (let i = 0; i < raw.length && seen.size < 256; i += 7) seen.add(raw[i]!);
  return seen.size;
}

/** Screenshot the viewport (or one element) into SHOTS_DIR/<name>.png; fail if it is blank. */
export async function screenshot(page: Page, name: string, element?: Locator): Promise<string> {
  const path = join(SHOTS_DIR, `${name}.png`);
  const png =
    element === undefined ? await page.screenshot({ path, fullPage: false }) : await element.screenshot({ path });
  const variety = pngVariety(png);
  if (variety < 32) throw new Error(`screenshot ${name} looks blank (${variety} distinct byte values)`);
  return path;
}
