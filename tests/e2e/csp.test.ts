/**
 * The page runs under its Content-Security-Policy (index.html's meta tag; `vite preview` also
 * sends it as a header): the game starts, the Phaser map draws, a turn resolves, a link is
 * checked in the Web Worker, and nothing is refused by the policy — while an injected inline
 * script is. Both under `vite dev` (the harness) and the built page under `vite preview`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../vite.config.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { SAVES_DIR } from '../save/helpers.ts';
import type { Harness } from './harness.ts';
import { ROOT, startHarness } from './harness.ts';
import { startGame } from './play.ts';
import type { Served } from './serve.ts';
import { buildAndServe } from './serve.ts';

const POLICY = contentSecurityPolicy(readFileSync(`${ROOT}index.html`, 'utf8'));
let dev: Harness;
let built: Served;
let browser: Browser;

beforeAll(async () => {
  dev = await startHarness();
  built = await buildAndServe(ROOT);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await built?.close();
  await dev?.close();
});

type Checked = Page & { violations: () => Promise<string[]>; errors: string[] };

async function open(url: string): Promise<{ page: Checked; header: string | undefined }> {
  const page = (await browser.newPage({ viewport: { width: 1280, height: 800 } })) as Checked;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  // Recorded from the first script on (an init script is not inline: the policy allows it).
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const res = await page.goto(url);
  await page.getByRole('heading', { name: 'Veto', level: 1 }).waitFor();
  return { page, header: res?.headers()['content-security-policy'] };
}

describe.each([
  { name: 'vite dev', url: () => dev.url, header: undefined as string | undefined },
  { name: 'vite preview (the built page)', url: () => built.url, header: POLICY },
])('the game under its Content-Security-Policy: $name', ({ url, header }) => {
  test('plays, draws the map and checks a link in the worker, with nothing refused', async () => {
    const { page, header: sent } = await open(url());
    expect(sent).toBe(header);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(POLICY);
    expect(POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(POLICY).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(POLICY).toMatch(/(^|; )base-uri 'none'(;|$)/);

    await startGame(page, ['PRK']);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByTestId('turn').getByText('Turn 2 of 12').waitFor();
    await page.locator('#map canvas').first().waitFor({ timeout: 60_000 });
    // A link arriving mid-game opens in the replay viewer (checked in the worker).
    const code = readFileSync(`${SAVES_DIR}summit-2023.link2.txt`, 'utf8').trim();
    await page.evaluate((c) => {
      location.hash = `s=${c}`;
    }, code);
    await page.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor({ timeout: 60_000 });
    expect(await page.violations()).toEqual([]);
    expect(page.errors).toEqual([]);

    // The policy is in force: an inline script put into the page does not run.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true;';
      document.body.append(s);
    });
    // Reported once per policy in force: the meta tag's, and the header's when it is sent.
    await expect
      .poll(() => page.violations())
      .toEqual(
        Array.from({ length: header === undefined ? 1 : 2 }, () => expect.stringMatching(/^script-src-elem inline /)),
      );
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.close();
  }, 180_000);
});
