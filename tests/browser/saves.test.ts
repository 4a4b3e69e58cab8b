/**
 * The golden saves verify in Chromium to the same hashes as in Node, IndexedDB autosave
 * works in a real browser, and a File opens. Needs Chromium (`apt-get install -y chromium`,
 * or CHROME_PATH); without one the test fails with those instructions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSave, loadShareCode } from '../../src/save/index.ts';
import { SAVES_DIR, shipped } from '../save/helpers.ts';
import type { BrowserCheck } from './replay-entry.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';
import { startHarness } from '../e2e/harness.ts';

let check: BrowserCheck;
let close: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  const h = await startHarness();
  close = () => h.close();
  const page = await h.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${h.url}tests/browser/replay.html`);
  await page.waitForFunction(() => 'vetoCheck' in window, null, { timeout: 60_000 });
  check = await page.evaluate(() => (window as unknown as { vetoCheck: Promise<BrowserCheck> }).vetoCheck);
  expect(errors).toEqual([]);
  console.log(`Chromium: verifying the 40-turn save takes ${check.verify40ms.toFixed(1)} ms (mean of 5)`);
}, 120_000);

afterAll(() => close());

describe('saves in Chromium', () => {
  const names = readdirSync(SAVES_DIR).sort();

  it.each(names)('%s verifies to the same hashes as in Node', (file) => {
    const text = readFileSync(SAVES_DIR + file, 'utf8');
    const node = file.endsWith('.json') ? loadSave(text) : loadShareCode(text, shipped);
    if (!node.ok) throw new Error(node.error.message);
    const inBrowser = check.goldens.find((g) => g.file === file);
    expect(inBrowser).toEqual({
      file,
      ok: true,
      hashes: node.value.save.turns.map((t) => t.hash),
      finalHash: node.value.finalHash,
    });
  });

  it('autosaves to IndexedDB and continues from it', () => {
    expect(check.autosave).toEqual({ ok: true, from: 'current', finalHash: SUMMIT_FINAL });
  });

  it('opens a File object', () => {
    expect(check.file).toEqual({ ok: true, finalHash: SUMMIT_FINAL });
  });
});
