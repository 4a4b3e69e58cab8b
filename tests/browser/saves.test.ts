/**
 * The golden saves verify in Chromium to the same state hashes and chain as in Node (or are
 * refused with the same message), IndexedDB autosave works in a real browser, and a File
 * opens. Needs Chromium (`apt-get install -y chromium`, or CHROME_PATH); without one the test
 * fails with those instructions. Prints how long verifying takes in Chromium and in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSave, loadShareCode } from '../../src/save/index.ts';
import { SAVES_DIR, golden, shipped } from '../save/helpers.ts';
import type { BrowserCheck } from './replay-entry.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';
import { startHarness } from '../e2e/harness.ts';

let check: BrowserCheck;
let close: () => Promise<void> = () => Promise.resolve();

function nodeMs(f: () => void, n: number): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(n / 2)] ?? 0;
}

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
  const node = {
    turns12: nodeMs(() => loadSave(golden('summit-2023.v3.json')), 5),
    turns40: nodeMs(() => loadSave(golden('drill-40.v3.json')), 5),
    turns200: nodeMs(() => loadShareCode(golden('long-200.link2.txt'), shipped), 1),
  };
  const f = (x: number): string => x.toFixed(0);
  console.log(
    `verify (ms, 12 / 40 / 200 turns): Chromium ${f(check.verifyMs.turns12)} / ${f(check.verifyMs.turns40)} / ${f(check.verifyMs.turns200)}; Node ${f(node.turns12)} / ${f(node.turns40)} / ${f(node.turns200)}`,
  );
}, 300_000);

afterAll(() => close());

describe('saves in Chromium', () => {
  const names = readdirSync(SAVES_DIR).sort();

  it.each(names)('%s verifies to the same hashes and chain as in Node (or is refused alike)', (file) => {
    const text = readFileSync(SAVES_DIR + file, 'utf8');
    const node = file.endsWith('.json') ? loadSave(text) : loadShareCode(text, shipped);
    const inBrowser = check.goldens.find((g) => g.file === file);
    expect(inBrowser).toEqual(
      node.ok
        ? {
            file,
            ok: true,
            hashes: node.value.save.turns.map((t) => t.hash),
            chains: node.value.save.turns.map((t) => t.chain),
            finalHash: node.value.finalHash,
            gameHash: node.value.gameHash,
          }
        : {
            file,
            ok: false,
            hashes: [],
            chains: [],
            finalHash: '',
            gameHash: '',
            error: `${node.error.path}: ${node.error.message}`,
          },
    );
  });

  it('autosaves to IndexedDB and continues from it', () => {
    expect(check.autosave).toEqual({ ok: true, from: 'current', finalHash: SUMMIT_FINAL });
  });

  it('opens a File object', () => {
    expect(check.file).toEqual({ ok: true, finalHash: SUMMIT_FINAL });
  });
});
