/**
 * The council in a real browser: hot-seat China and the Security Council. The Council tables
 * a draft and points the Panel at routes through the forms; China sees the draft on the table
 * with its default vote, votes yes, and the chamber shows every seat's vote and the result
 * the engine computes in Node for the same orders. The Panel's mandate then lapses and the
 * monitoring form says so.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { councilView } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, pngVariety, startHarness } from './harness.ts';
import { expectedGame, openForm, pendingItems, skipWalkthrough, startGame, stateHash, turnText } from './play.ts';
import { verdictText } from '../../src/ui/councilPanel.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const CONTROLLERS = { RUS: 'bot', PRK: 'bot', CHN: 'human', UNSC: 'human' } as const;
const DRAFT: Order = { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 };
const MONITOR: Order = { kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'dandong-sinuiju'] };
const VOTE: Order = { kind: 'vote', actor: 'CHN', draft: 'R1-1', vote: 'yes' };

function given(turn: number): Partial<Record<ActorId, Order[]>> {
  if (turn === 1) return { UNSC: [DRAFT, MONITOR] };
  if (turn === 2) return { CHN: [VOTE] };
  return {};
}

async function takeDevice(page: Page, who: 'China' | 'UN Security Council'): Promise<void> {
  await page.getByRole('heading', { name: `Pass the device to ${who}`, level: 1 }).waitFor();
  await page.getByRole('button', { name: `I play ${who}: show my turn` }).click();
  await skipWalkthrough(page);
}

async function endMyTurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  // The screen renders on the next animation frame.
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

const chamber = (page: Page) => page.getByTestId('council');

describe('council in the browser', () => {
  test('a blank screenshot is told apart from a rendered one', async () => {
    const page = await h.browser.newPage({ viewport: { width: 400, height: 300 } });
    await page.setContent('<body style="margin:0;background:#fff"></body>');
    expect(pngVariety(await page.screenshot())).toBeLessThan(32);
    await page.close();
  });

  test('hot-seat China and the Council: table a draft, vote as China, see the chamber show the result', async () => {
    const page = await newPage(h);
    await startGame(page, ['CHN', 'UNSC']);
    const node = expectedGame(CONTROLLERS, 2023, given, 4);

    // Turn 1, China: nothing to vote on; only the forms China can use.
    await takeDevice(page, 'China');
    const choosers = page.locator('.chooser-row button');
    expect(await choosers.allTextContents()).toEqual([
      'Put a draft to ease the sanctions to the Council',
      'Court an elected member of the Council',
      'Hold back fuel for North Korea',
      'Tighten customs on a border route',
      'Ship goods or money',
      'Offer a deal',
      'Set priorities at home',
    ]);
    await tab(page, 'Council');
    expect(await chamber(page).textContent()).toContain('No draft is waiting.');
    // China's own briefing, open on the first turn.
    await tab(page, 'You');
    expect(await page.locator('.my-briefing').textContent()).toContain(loadScenario().briefing.CHN.slice(0, 60));
    await endMyTurn(page);

    // Turn 1, the Council: table a draft (the measure's help shown), direct the Panel.
    await takeDevice(page, 'UN Security Council');
    await tab(page, 'You');
    expect((await page.locator('.you').textContent()) ?? '').not.toContain(loadScenario().briefing.CHN.slice(0, 60));
    await tab(page, 'Orders');
    const draft = await openForm(page, 'Put a draft resolution to the Council', 'draft');
    await draft.getByLabel('What it would do').selectOption('renewPanel');
    expect(await draft.textContent()).toContain('Gives the Panel of Experts a new mandate');
    await draft.getByLabel('Number', { exact: true }).fill('4');
    await draft.getByRole('button', { name: 'Add the draft' }).click();
    const panel = await openForm(page, 'Send the Panel of Experts', 'monitor');
    expect(await panel.textContent()).toContain('The Panel works until Apr 2024');
    await panel.getByLabel('Vladivostok–Rajin sea lane').uncheck();
    await panel.getByLabel('Khasan–Tumangang rail bridge').check();
    await panel.getByLabel('Dandong–Sinuiju Friendship Bridge').check();
    await panel.getByRole('button', { name: 'Send the Panel' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(2);
    expect(await pendingItems(page).nth(0).textContent()).toContain(
      "Put a draft resolution to the Council: Renew the Panel of Experts' mandate for 4 turns",
    );
    expect(await pendingItems(page).nth(0).textContent()).toContain('OK as things stand');
    expect(await pendingItems(page).nth(1).textContent()).toContain('OK as things stand');
    await endMyTurn(page);

    // Turn 2, China: the draft is waiting with China's default vote; vote yes.
    await takeDevice(page, 'China');
    expect(await turnText(page)).toBe('Turn 2 of 12');
    await tab(page, 'Council');
    expect(await chamber(page).locator('.drafts').textContent()).toContain(
      "Renew the Panel of Experts' mandate for 4 turns (put forward in Oct 2023; voted on this turn). If they give no vote, Russia votes no and China votes abstain.",
    );
    await tab(page, 'Orders');
    const vote = await openForm(page, "Your vote: Renew the Panel of Experts' mandate for 4 turns", 'vote:R1-1');
    expect(await vote.textContent()).toContain('If you give no vote, you vote abstain');
    await vote.getByLabel('Yes', { exact: true }).check();
    await vote.getByRole('button', { name: 'Cast the vote' }).click();
    await expect
      .poll(() => pendingItems(page).first().textContent())
      .toContain("Vote yes on: Renew the Panel of Experts' mandate for 4 turns");
    expect(await pendingItems(page).first().textContent()).toContain('OK as things stand');
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    await endMyTurn(page);

    // Turn 3, China: the chamber shows the vote, seat by seat, and the result Node computes.
    await takeDevice(page, 'China');
    const two = expectedGame(CONTROLLERS, 2023, given, 2);
    const want = councilView(two.state, two.turns[1]!.report).lastVotes[0]!;
    expect(await page.getByTestId('announcer').textContent()).toBe('Turn 2 (Jan 2024) played. Now turn 3 of 12.');
    await tab(page, 'Council');
    const result = chamber(page).locator('.vote-result[data-draft="R1-1"]');
    expect(await result.locator('.verdict-line').textContent()).toBe(
      `Renew the Panel of Experts' mandate for 4 turns — ${verdictText(want)}`,
    );
    const chinaRow = result.getByRole('row', { name: /^China/ });
    expect(await chinaRow.textContent()).toContain('Yes');
    expect(await chinaRow.textContent()).toContain('its own choice');
    expect(await result.getByRole('row').count()).toBe(16);
    expect(await result.locator('.perm').count()).toBe(5);
    expect(await chamber(page).locator('.record').textContent()).toContain(
      `Renew the Panel of Experts' mandate (Jan 2024): ${verdictText(want)}`,
    );
    expect(await chamber(page).locator('.record').textContent()).toContain(
      'Cap oil deliveries to North Korea (May 2022, before the game): Vetoed by China and Russia',
    );
    // The turn report carries the same vote and the score.
    await tab(page, 'Report');
    expect(await page.locator('.report').textContent()).toContain(verdictText(want));
    expect(await page.locator('.report').textContent()).toContain('Your score after the turn');
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    await endMyTurn(page);

    // Turn 4: unless the draft was adopted, the Panel's mandate has lapsed, and the form says so.
    await takeDevice(page, 'China');
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    expect(await turnText(page)).toBe('Turn 4 of 12');
    await tab(page, 'Orders');
    const panel4 = await openForm(page, 'Send the Panel of Experts', 'monitor');
    if (want.outcome === 'adopted') {
      expect(await panel4.textContent()).toContain('The Panel works until Jan 2025');
    } else {
      expect(await panel4.textContent()).toContain('The Panel stopped work after Apr 2024');
      expect(await panel4.getByRole('button', { name: 'Send the Panel' }).isDisabled()).toBe(true);
    }
    expect(await stateHash(page)).toBe(node.turns[2]!.hash);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 200_000);
});
