/**
 * The hard level through the page: the setup screen offers easy or hard for each computer
 * seat (disabled for a human seat), a hard bot's turn shows a "thinking…" status while its
 * worker plays ahead (End turn disabled meanwhile), and the turn then resolves to the state
 * the same game reaches in Node.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveTurn, hashState } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders, openingOf, searchOrders, HARD_BUDGET } from '../../src/ai/index.ts';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, screenshot, startHarness } from './harness.ts';
import { skipWalkthrough, stateHash } from './play.ts';
import { loadScenario } from '../fixtures.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const SEED = 5;

describe('hard bots in the page', () => {
  test('choose hard for Russia, end a turn, see it think, and reach the Node state', async () => {
    const page = await newPage(h);
    await page.getByRole('button', { name: /^Choose this scenario: Munitions for know-how/ }).click();
    await page.getByRole('button', { name: 'Choose players' }).click();
    const russia = page.getByRole('group', { name: 'Russia', exact: true });
    const korea = page.getByRole('group', { name: 'North Korea', exact: true });
    await korea.getByLabel('A person', { exact: true }).check();
    // A human seat has no computer level.
    expect(await korea.getByLabel('How the computer plays').isDisabled()).toBe(true);
    expect(await korea.getByLabel('How the computer plays').isVisible()).toBe(false);
    await russia.getByLabel('The computer', { exact: true }).check();
    await russia.getByLabel('How the computer plays').selectOption('hard');
    await page.getByText('More options').click();
    await page.getByLabel(/Random seed/).fill(String(SEED));
    await page.getByLabel(/Random seed/).dispatchEvent('change');
    await screenshot(page, 'setup-levels', page.locator('form.setup-form'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    await skipWalkthrough(page);

    const atStart = await stateHash(page);
    // Record every "thinking" line the page shows, with End turn's state at that moment: a
    // decision can take a third of a second, too quick to catch by polling.
    await page.evaluate(() => {
      const seen: { text: string; disabled: boolean }[] = [];
      (window as unknown as { thinkingSeen: typeof seen }).thinkingSeen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="thinking"]')?.textContent ?? '';
        const end = [...document.querySelectorAll('button')].find((b) => b.textContent === 'End turn');
        if (line !== '' && seen.at(-1)?.text !== line) seen.push({ text: line, disabled: end?.disabled ?? false });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect.poll(async () => stateHash(page), { timeout: 120_000 }).not.toBe(atStart);
    const seen = await page.evaluate(
      () => (window as unknown as { thinkingSeen: { text: string; disabled: boolean }[] }).thinkingSeen,
    );
    // While Russia thinks, the bar says so and the turn cannot be ended twice.
    expect(seen).toEqual([
      { text: 'Thinking… the computer player for Russia is playing this turn ahead before choosing.', disabled: true },
    ]);
    expect(await page.getByTestId('thinking').textContent()).toBe('');

    const scenario = loadScenario('summit-2023');
    const s0 = initialState(scenario, SEED);
    const orders = [
      ...searchOrders(s0, 'RUS', { budget: HARD_BUDGET, seed: SEED, opening: openingOf(s0) }),
      ...botOrders(s0, 'CHN'),
      ...botOrders(s0, 'UNSC'),
    ];
    expect(await stateHash(page)).toBe(hashState(resolveTurn(s0, orders).state));
    expect(pageErrors(page)).toEqual([]);
  }, 240_000);
});
