/**
 * An objective with a `zero` (the value at or short of which it is worth nothing) in a real
 * browser: the briefing of maximum-pressure-2017 lists the Council's authority objective with
 * it, and the setup screen's "scored on" line for the Council says the same, so a student
 * choosing a side knows where an objective stops counting.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, screenshot, startHarness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const AUTHORITY =
  "The Security Council's authority at least 62, full marks at 65 or more, worth nothing at 57 or less (counts twice)";

describe('objectives with a zero', () => {
  test('the 2017 briefing and setup say where the Council’s authority stops counting', async () => {
    const page = await newPage(h);
    await page.getByRole('button', { name: /^Choose this scenario: Maximum pressure/ }).click();
    const council = page.locator('dl.roles dd').nth(3);
    await expect
      .poll(() => council.getByRole('listitem').allTextContents())
      .toEqual([
        'How well the sanctions hold at least 82, full marks at 84 or more (counts twice)',
        AUTHORITY,
        "North Korea's weapons and space programme at most 88, full marks at 85 or less (counts once)",
      ]);
    await council.scrollIntoViewIfNeeded();
    await screenshot(page, 'objectives-zero-briefing', page.locator('dl.roles'));

    await page.getByRole('button', { name: 'Choose players' }).click();
    const group = page.getByRole('group', { name: 'UN Security Council', exact: true });
    await expect.poll(async () => (await group.locator('p.hint').first().textContent()) ?? '').toContain(AUTHORITY);
    await screenshot(page, 'objectives-zero-setup', group);
    expect(pageErrors(page)).toEqual([]);
  });
});
