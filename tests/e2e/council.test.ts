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
import { newPage, pageErrors, pngVariety, screenshot, startHarness } from './harness.ts';
import { expectedGame, startGame, stateHash, turnText } from './play.ts';

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
}

async function endMyTurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
}

const pending = (page: Page) => page.getByRole('list', { name: 'Orders for this turn' }).getByRole('listitem');

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

    // Turn 1, China: nothing on the table; only the forms China can use.
    await takeDevice(page, 'China');
    expect(await page.getByRole('group', { name: 'Council votes' }).textContent()).toContain(
      'No draft is on the table this turn',
    );
    expect(await page.getByRole('group', { name: 'Table a draft resolution' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Test-launch a missile' }).count()).toBe(0);
    // China's own briefing, open on the first turn.
    expect(await page.getByRole('region', { name: 'Your briefing' }).textContent()).toContain(
      loadScenario().briefing.CHN.slice(0, 60),
    );
    await endMyTurn(page);

    // Turn 1, the Council: table a draft (the measure's help shown), direct the Panel.
    await takeDevice(page, 'UN Security Council');
    expect((await page.getByRole('region', { name: 'Your briefing' }).textContent()) ?? '').not.toContain(
      loadScenario().briefing.CHN.slice(0, 60),
    );
    const draft = page.getByRole('group', { name: 'Table a draft resolution' });
    await draft.getByLabel('Measure').selectOption('renewPanel');
    expect(await draft.locator('.measure-help').textContent()).toContain('Extends the Panel of Experts');
    await draft.getByLabel('Value', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Table draft' }).click();
    const panel = page.getByRole('group', { name: 'Direct the Panel of Experts' });
    expect(await panel.textContent()).toContain('mandate runs through turn 3 (Apr 2024)');
    await panel.getByLabel('Vladivostok–Rajin sea lane').uncheck();
    await panel.getByLabel('Khasan–Tumangang rail bridge', { exact: false }).check();
    await panel.getByLabel('Dandong–Sinuiju', { exact: false }).check();
    await page.getByRole('button', { name: 'Assign the Panel' }).click();
    await expect.poll(() => pending(page).count()).toBe(2);
    expect(await pending(page).nth(0).textContent()).toContain(
      "Table a draft resolution: renew the Panel of Experts' mandate (4)",
    );
    expect(await pending(page).nth(0).textContent()).toContain('Valid now');
    expect(await pending(page).nth(1).textContent()).toContain('Valid now');
    await endMyTurn(page);

    // Turn 2, China: the draft is on the table with China's default vote; vote yes.
    await takeDevice(page, 'China');
    expect(await turnText(page)).toBe('Turn 2 of 12');
    const chamber = page.getByRole('region', { name: 'Council chamber' });
    expect(await chamber.locator('.drafts').textContent()).toContain(
      "R1-1: renew the Panel of Experts' mandate (new mandate of 4 turn(s)). Tabled on turn 1; put to the vote on turn 2. Without a vote order, Russia votes no and China votes abstain.",
    );
    const vote = page.getByRole('group', { name: 'Vote on draft R1-1' });
    expect(await vote.locator('.default-vote').textContent()).toContain('If you give no vote, China votes abstain');
    await vote.getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Cast vote on R1-1' }).click();
    await expect.poll(() => pending(page).first().textContent()).toContain('Vote yes on draft R1-1');
    expect(await pending(page).first().textContent()).toContain('Valid now');
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    await endMyTurn(page);

    // Turn 3, China: the chamber shows the vote, seat by seat, and the result Node computes.
    await takeDevice(page, 'China');
    const two = expectedGame(CONTROLLERS, 2023, given, 2);
    const want = councilView(two.state, two.turns[1]!.report).lastVotes[0]!;
    const said = `council: R1-1 ${want.verdict.charAt(0).toLowerCase()}${want.verdict.slice(1)}`;
    expect(await page.getByTestId('announcer').textContent()).toBe(
      `Turn 2 (Jan 2024) resolved: ${said}. Now turn 3 of 12.`,
    );
    const result = chamber.locator('.vote-result[data-draft="R1-1"]');
    expect(await result.locator('.verdict-line').textContent()).toContain(`R1-1 — ${want.verdict}`);
    const chinaRow = result.getByRole('row', { name: /^China/ });
    expect(await chinaRow.textContent()).toContain('Yes');
    expect(await chinaRow.textContent()).toContain('its own order');
    expect(await result.getByRole('row').count()).toBe(16);
    expect(await result.locator('abbr.perm').count()).toBe(5);
    expect(await chamber.locator('.record').textContent()).toContain(
      `R1-1 (turn 2 (Jan 2024)): renew the Panel of Experts' mandate — ${want.verdict}`,
    );
    expect(await chamber.locator('.record').textContent()).toContain('May 2022 draft (May 2022 (before the game))');
    // The turn report carries the same vote, the regime notes and the scores.
    const report = page.getByRole('region', { name: 'Turn report' });
    expect(await report.textContent()).toContain(`R1-1 — ${want.verdict}`);
    expect(await report.textContent()).toContain('Your score after the turn');
    await screenshot(page, 'council', chamber);
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    await endMyTurn(page);

    // Turn 4: unless the draft was adopted, the Panel's mandate has lapsed, and the form says so.
    await takeDevice(page, 'China');
    await endMyTurn(page);
    await takeDevice(page, 'UN Security Council');
    expect(await turnText(page)).toBe('Turn 4 of 12');
    const panel4 = page.getByRole('group', { name: 'Direct the Panel of Experts' });
    if (want.outcome === 'adopted') {
      expect(await panel4.textContent()).toContain('mandate runs through turn 6');
    } else {
      expect(await panel4.textContent()).toContain('mandate lapsed after turn 3 (Apr 2024)');
      expect(await page.getByRole('button', { name: 'Assign the Panel' }).isDisabled()).toBe(true);
    }
    expect(await stateHash(page)).toBe(node.turns[2]!.hash);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
