/**
 * North Korea's and China's own levers in a real browser, hot-seat: North Korea tests a nuclear
 * device and launches three missiles through its forms; China holds back the fuel due under
 * its deal and tightens customs at Dandong. Each form states what the order brings and costs;
 * the pending list shows the engine's verdict; the next turn's report words what happened,
 * and the game is the one Node plays with the same orders.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActorId, Order } from '../../src/engine/index.ts';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, screenshot, startHarness } from './harness.ts';
import { expectedGame, openForm, pendingItems, skipWalkthrough, startGame, stateHash, turnText } from './play.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const CONTROLLERS = { RUS: 'bot', PRK: 'human', CHN: 'human', UNSC: 'bot' } as const;
const PRK_ORDERS: Order[] = [
  { kind: 'nuclearTest', actor: 'PRK' },
  { kind: 'launch', actor: 'PRK', count: 3 },
];
const CHN_ORDERS: Order[] = [
  { kind: 'holdFuel', actor: 'CHN' },
  { kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' },
  { kind: 'lobby', actor: 'CHN', seat: 'MOZ' },
  { kind: 'draft', actor: 'CHN', measure: 'relief', value: 0 },
];

function given(turn: number): Partial<Record<ActorId, Order[]>> {
  return turn === 1 ? { PRK: PRK_ORDERS, CHN: CHN_ORDERS } : {};
}

async function takeDevice(page: Page, who: 'North Korea' | 'China'): Promise<void> {
  await page.getByRole('heading', { name: `Pass the device to ${who}`, level: 1 }).waitFor();
  await page.getByRole('button', { name: `I play ${who}: show my turn` }).click();
  await skipWalkthrough(page);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

describe("North Korea's and China's levers in the browser", () => {
  test('a nuclear test and three launches; fuel held back and customs tightened; the report says so', async () => {
    const page = await newPage(h);
    await startGame(page, ['PRK', 'CHN']);
    const node = expectedGame(CONTROLLERS, 2023, given, 1);

    // North Korea: its own forms, each with what it brings and costs.
    await takeDevice(page, 'North Korea');
    expect(await page.locator('.chooser-row button').allTextContents()).toEqual([
      'Test-launch missiles',
      'Test a nuclear device',
      'Ship goods or money',
      'Offer a deal',
      'Set priorities at home',
    ]);
    const test = await openForm(page, 'Test a nuclear device', 'nuclearTest');
    const testText = (await test.textContent()) ?? '';
    expect(testText).toContain('your weapons and space programme gains 5 points');
    expect(testText).toContain(
      'it works 90% of the time; if it fails, the programme gains nothing, and the costs below are paid all the same',
    );
    expect(testText).toContain('it costs 30 million US dollars of hard currency');
    expect(testText).toContain('the elected seats weigh it like 10 missile launches when they vote on sanctions');
    await screenshot(page, 'levers-nuclear-form', test);
    await test.getByRole('button', { name: 'Order the test' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(1);
    const launch = await openForm(page, 'Test-launch missiles', 'launch');
    await launch.getByLabel('How many missiles').fill('3');
    await expect
      .poll(() => launch.textContent())
      .toContain('3 missiles cost 60 million US dollars of hard currency (20 million US dollars each).');
    await screenshot(page, 'levers-launch-form', launch);
    await launch.getByRole('button', { name: 'Order the launch' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(2);
    expect(await pendingItems(page).allTextContents()).toEqual([
      expect.stringContaining('Test a nuclear device'),
      expect.stringContaining('Test-launch 3 missiles'),
    ]);
    for (const item of await pendingItems(page).all()) expect(await item.textContent()).toContain('OK as things stand');
    await screenshot(page, 'levers-north-korea');
    await page.getByRole('button', { name: 'End turn' }).click();

    // China: hold back the fuel due under its deal, tighten customs at Dandong.
    await takeDevice(page, 'China');
    const hold = await openForm(page, 'Hold back fuel for North Korea', 'holdFuel');
    expect(await hold.textContent()).toContain(
      'Due to North Korea this turn under your deals: 100 thousand barrels of oil.',
    );
    await screenshot(page, 'levers-hold-form', hold);
    await hold.getByRole('button', { name: "Hold back this turn's fuel" }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(1);
    const customs = await openForm(page, 'Tighten customs on a border route', 'customs');
    expect(await customs.getByLabel('Route', { exact: true }).locator('option').allTextContents()).toEqual([
      'Dandong–Sinuiju Friendship Bridge',
    ]);
    expect(await customs.textContent()).toContain(
      'this turn, a secret shipment on that route is 15 points of percent more likely to be spotted',
    );
    await screenshot(page, 'levers-customs-form', customs);
    await customs.getByRole('button', { name: 'Tighten customs' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(2);
    // Court Mozambique, and put forward a draft to ease the sanctions (China's only measure).
    const lobby = await openForm(page, 'Court an elected member of the Council', 'lobby');
    await lobby.getByLabel('Seat to court').selectOption({ label: 'Mozambique' });
    await lobby.getByRole('button', { name: 'Court the seat' }).click();
    const relief = await openForm(page, 'Put a draft to ease the sanctions to the Council', 'draft');
    expect(await relief.getByLabel('What it would do').locator('option').allTextContents()).toEqual([
      'Ease the sanctions on North Korea',
    ]);
    await relief.getByLabel('Number', { exact: true }).fill('0');
    await relief.getByRole('button', { name: 'Add the draft' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(4);
    expect(await pendingItems(page).allTextContents()).toEqual([
      expect.stringContaining("Hold back this turn's fuel deliveries to North Korea"),
      expect.stringContaining('Tighten customs on the Dandong–Sinuiju Friendship Bridge'),
      expect.stringContaining('Court Mozambique, an elected member of the Council'),
      expect.stringContaining(
        'Put a draft resolution to the Council: Ease the sanctions: let North Korean workers go abroad again',
      ),
    ]);
    for (const item of await pendingItems(page).all()) expect(await item.textContent()).toContain('OK as things stand');
    await screenshot(page, 'levers-china');
    await page.getByRole('button', { name: 'End turn' }).click();

    // Turn 2: the report words each lever, and the game is Node's.
    await takeDevice(page, 'North Korea');
    expect(await turnText(page)).toBe('Turn 2 of 12');
    expect(await stateHash(page)).toBe(node.turns[0]?.hash);
    await tab(page, 'Report');
    const report = (await page.locator('.report').textContent()) ?? '';
    expect(report).toContain('North Korea tested a nuclear device.');
    expect(report).toContain('North Korea launched 3 missiles.');
    expect(report).toContain(
      'China held back 100 thousand barrels of oil due to North Korea under its deals this turn.',
    );
    expect(report).toContain(
      'China tightened customs on the Dandong–Sinuiju Friendship Bridge: this turn, secret cargo there is 15 points of percent more likely to be spotted.',
    );
    expect(report).toContain('Held back this turn (no deliveries either way): China gives 100 thousand barrels of oil');
    await page
      .locator('.report')
      .getByText('North Korea tested a nuclear device.', { exact: true })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'levers-report');
    // The chamber: China's draft with its sponsor, and the seat China courts.
    await tab(page, 'Council');
    const chamber = page.getByTestId('council');
    expect(await chamber.locator('.drafts').textContent()).toContain(
      'Ease the sanctions: let North Korean workers go abroad again (put forward by China in Oct 2023; voted on this turn)',
    );
    await chamber.getByText('The fifteen seats').click();
    expect(await chamber.locator('.seats li', { hasText: 'Mozambique' }).textContent()).toContain(
      'courted by China (in votes up to Jan 2024)',
    );
    await screenshot(page, 'levers-council', chamber.locator('.drafts'));
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 200_000);
});
