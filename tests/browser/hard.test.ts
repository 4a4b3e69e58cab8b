/**
 * Hard bots give the same game in Chromium (thinking in a Web Worker) as in Node (thinking in
 * place): the same orders and state hashes turn by turn. Also prints how long a hard decision
 * takes inside the worker (measured, not asserted: speed belongs to benchmarks). Needs Chromium
 * (`apt-get install -y chromium`, or CHROME_PATH).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, inPlaceThinker } from '../../src/store/index.ts';
import { scenarioText } from '../fixtures.ts';
import { startHarness } from '../e2e/harness.ts';
import type { HardCheck } from './hard-entry.ts';
import { HARD_GAME, playHardGame } from './hardGame.ts';

let check: HardCheck;
let close: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  const h = await startHarness();
  close = () => h.close();
  const page = await h.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${h.url}tests/browser/hard.html`);
  await page.waitForFunction(() => 'vetoHard' in window, null, { timeout: 60_000 });
  check = await page.evaluate(() => (window as unknown as { vetoHard: Promise<HardCheck> }).vetoHard);
  expect(errors).toEqual([]);
  const t = [...check.times].sort((a, b) => a - b);
  console.log(
    `Chromium worker: ${t.length} hard decisions, median ${t[Math.floor(t.length / 2)]?.toFixed(0)} ms, max ${t.at(-1)?.toFixed(0)} ms`,
  );
}, 600_000);

afterAll(() => close());

describe('hard bots in Chromium', () => {
  it('think in the worker: one answer per hard seat and turn', () => {
    expect(check.times.length).toBe(3 * HARD_GAME.turns);
  });

  it('play the same game as in Node: same orders and hashes turn by turn', async () => {
    const node = await playHardGame(
      buildCatalog({ [`${HARD_GAME.scenario}.json`]: scenarioText(HARD_GAME.scenario) }),
      inPlaceThinker,
    );
    expect(check.game.turns.length).toBe(HARD_GAME.turns);
    expect(check.game).toEqual(node);
  }, 600_000);
});
