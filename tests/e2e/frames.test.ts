/**
 * The screen answers while the browser holds animation frames back. A loaded machine can leave
 * a page without frames for seconds (in software WebGL the map's first frames wait on a busy
 * GPU process); the app draws a change on the next frame or after 100 ms without one (app.ts),
 * so a click or a key still takes effect at once. Here frames never come at all: the page's
 * requestAnimationFrame is replaced before it loads by one that never calls back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, startHarness } from './harness.ts';
import { startGame } from './play.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('with animation frames held back', () => {
  test('the game starts, Escape skips the walkthrough, a tab opens and a turn ends', async () => {
    const page = await newPage(h, undefined, (p) =>
      p.addInitScript(() => {
        window.requestAnimationFrame = () => 1;
        window.cancelAnimationFrame = () => undefined;
      }),
    );
    await startGame(page, ['PRK'], undefined, { walkthrough: 'keep' });
    const skip = page.getByRole('button', { name: 'Skip the walkthrough' });
    await skip.waitFor();
    await page.keyboard.press('Escape');
    await skip.waitFor({ state: 'hidden', timeout: 5_000 });
    await page.getByRole('tab', { name: 'Council', exact: true }).click();
    await page.getByRole('tab', { name: 'Council', exact: true, selected: true }).waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByTestId('turn').filter({ hasText: 'Turn 2 of 12' }).waitFor({ timeout: 30_000 });
    // The map starts on frames, so it is still waiting; nothing failed.
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
