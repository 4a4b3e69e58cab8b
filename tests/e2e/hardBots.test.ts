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
import { stateHash } from './play.ts';
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
    await page.getByRole('button', { name: /^Read the briefing: Munitions for know-how/ }).click();
    await page.getByRole('button', { name: 'Choose players' }).click();
    const russia = page.getByRole('group', { name: 'Russia', exact: true });
    const korea = page.getByRole('group', { name: 'North Korea', exact: true });
    await korea.getByLabel('Human player').check();
    // A human seat has no computer level.
    expect(await korea.getByLabel('Computer level').isDisabled()).toBe(true);
    await russia.getByLabel('Computer (bot)').check();
    await russia.getByLabel('Computer level').selectOption('hard');
    await page.getByLabel(/Random seed/).fill(String(SEED));
    await page.getByLabel(/Random seed/).dispatchEvent('change');
    await screenshot(page, 'setup-levels', page.locator('form.setup-form'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await page.getByRole('button', { name: 'End turn' }).click();
    const thinking = page.getByTestId('thinking');
    await expect.poll(async () => thinking.textContent(), { timeout: 30_000 }).toContain('Thinking');
    expect(await thinking.textContent()).toContain('the computer player for Russia is playing this turn ahead');
    // While Russia thinks, the turn cannot be ended twice.
    const ended = page.getByRole('button', { name: 'End turn' });
    if ((await thinking.textContent())?.includes('Thinking')) {
      await screenshot(page, 'hard-thinking', page.locator('.end-turn-box'));
      expect(await ended.isDisabled()).toBe(true);
    }
    await expect.poll(async () => page.getByTestId('turn').textContent(), { timeout: 120_000 }).toBe('Turn 2 of 12');

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
