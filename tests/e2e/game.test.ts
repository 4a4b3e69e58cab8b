/**
 * The game in a real browser (Debian Chromium via playwright-core, Vite in-process):
 * start a scenario as one actor with bots for the rest, give orders through the panels, end
 * every turn, reach the debrief, and check that the browser's final state hash is the one
 * the engine computes in Node for the same scenario, seed and orders (and, for a game where
 * everyone holds, the one `cli sim` prints).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { main as cli } from '../../src/cli/main.ts';
import type { Harness } from './harness.ts';
import { ROOT, newPage, pageErrors, startHarness } from './harness.ts';
import type { Step } from './play.ts';
import {
  expectedFinalHash,
  expectedGame,
  fillShip,
  giveStep,
  pendingItems,
  skipWalkthrough,
  startGame,
  stateHash,
  toOrder,
  turnText,
} from './play.ts';
import { viewReport, viewState } from '../../src/engine/index.ts';
import { compareWithHistory, historicalRun, initialState } from '../../src/scenario/index.ts';
import { headline } from '../../src/ui/debrief.ts';
import { noteText, shipmentText } from '../../src/ui/reportPanel.ts';
import { loadScenario, shippedFiles } from '../fixtures.ts';

const TURNS = 12;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const PRK_ONLY = { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' } as const;

/** North Korea's plan, turn by turn (turn 3 is played with edits: see the test). */
const PLAN: Record<number, Step[]> = {
  1: [
    { kind: 'setPriorities', munitions: 55, labourAbroad: 40 },
    { kind: 'ship', to: 'RUS', resource: 'munitions', amount: 1500, route: 'khasan-tumangang', mode: 'covert' },
  ],
  2: [
    {
      kind: 'proposeDeal',
      to: 'RUS',
      give: { resource: 'munitions', amount: 500 },
      get: { resource: 'food', amount: 100 },
      route: 'khasan-tumangang',
      mode: 'declared',
      turns: 4,
    },
    { kind: 'ship', to: 'RUS', resource: 'labour', amount: 5, route: 'vladivostok-rajin', mode: 'declared' },
  ],
  // A test launch: the form states what it brings and costs; the engine's verdict shows beside it.
  5: [{ kind: 'launch' }],
};
const TURN3_FINAL: Step = {
  kind: 'ship',
  to: 'CHN',
  resource: 'food',
  amount: 10,
  route: 'dandong-sinuiju',
  mode: 'declared',
};
const LATER: Step = {
  kind: 'ship',
  to: 'RUS',
  resource: 'munitions',
  amount: 800,
  route: 'vladivostok-rajin',
  mode: 'covert',
};

function prkOrders(turn: number): Order[] {
  if (turn === 3) return [toOrder(TURN3_FINAL, 'PRK')];
  const steps = PLAN[turn] ?? (turn % 2 === 0 ? [LATER] : []);
  return steps.map((s) => toOrder(s, 'PRK'));
}

async function endTurn(page: Page, nextTurn: number): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
  if (nextTurn <= TURNS) await page.getByTestId('turn').getByText(`Turn ${nextTurn} of ${TURNS}`).waitFor();
}

async function ordersTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Orders', exact: true }).click();
  // The screen renders on the next animation frame.
  await page.getByRole('tab', { name: 'Orders', exact: true, selected: true }).waitFor();
}

describe('browser game', () => {
  test('a scenario file that cannot be fetched is listed with the reason; the others still play', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Only the data fetch (the dev server also serves a module at `…json?import&url`).
    await page.route(
      (url) => url.pathname.endsWith('/scenarios/visit-2000.json') && url.search === '',
      (route) => route.fulfill({ status: 404, body: 'missing' }),
    );
    await page.goto(h.url);
    const card = page.locator('.scenario-card.invalid');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toBe('visit-2000.json');
    expect(await card.textContent()).toContain('could not be loaded (HTTP 404)');
    expect(await page.getByRole('button', { name: /^Choose this scenario: / }).count()).toBe(shippedFiles().length - 1);
    await page.close();
  });

  test('one human (North Korea) against bots: orders through the panels, twelve turns, debrief, same hash as Node', async () => {
    const page = await newPage(h);
    await page.getByRole('heading', { name: 'Veto', level: 1 }).waitFor();
    await startGame(page, ['PRK']);
    expect(await turnText(page)).toBe('Turn 1 of 12');

    for (let turn = 1; turn <= TURNS; turn++) {
      await ordersTab(page);
      if (turn === 3) {
        // Over capacity first: the engine's verdict shows beside the order before the turn ends.
        await giveStep(page, {
          kind: 'ship',
          to: 'CHN',
          resource: 'oil',
          amount: 999_999,
          route: 'dandong-sinuiju',
          mode: 'declared',
        });
        await expect
          .poll(() => pendingItems(page).first().textContent())
          .toContain('Would be refused: Too much for the Dandong–Sinuiju Friendship Bridge');
        // The order answers back where the player is looking: the form is cleared, and focus is
        // on the new order with its verdict.
        expect(await page.locator('form[data-form="ship"]').getByLabel('How much', { exact: true }).inputValue()).toBe(
          '',
        );
        expect(await page.evaluate(() => document.activeElement?.closest('li')?.className)).toBe('refused');
        // End turn warns before a refused order is played.
        await page.getByRole('button', { name: 'End turn' }).click();
        const warn = page.getByRole('dialog', { name: 'Some orders would be refused' });
        await warn.waitFor();
        expect(await warn.textContent()).toContain('Ship 999,999 thousand barrels of oil to China');
        await page.getByRole('button', { name: 'Go back and fix them' }).click();
        await warn.waitFor({ state: 'hidden' });
        expect(await turnText(page)).toBe('Turn 3 of 12');
        await giveStep(page, { kind: 'ship', to: 'CHN', resource: 'currency', amount: 5, mode: 'declared' });
        await expect.poll(() => pendingItems(page).count()).toBe(2);
        // Change the first into a valid one, then remove the second.
        await page.getByRole('button', { name: 'Change order 1' }).click();
        await fillShip(page, TURN3_FINAL as Extract<Step, { kind: 'ship' }>);
        await page.getByRole('button', { name: 'Save order 1' }).click();
        await page.getByRole('button', { name: 'Remove order 2' }).click();
        await expect.poll(() => pendingItems(page).count()).toBe(1);
        expect(await pendingItems(page).first().textContent()).toContain('OK as things stand');
      } else {
        for (const s of PLAN[turn] ?? (turn % 2 === 0 ? [LATER] : [])) await giveStep(page, s);
      }
      if (turn === 5) {
        expect(await page.getByRole('group', { name: 'Test-launch missiles' }).textContent()).toContain(
          'your weapons and space programme gains 2 points',
        );
        await expect.poll(() => pendingItems(page).first().textContent()).toContain('Test-launch a missile');
        expect(await pendingItems(page).first().textContent()).toContain('OK as things stand');
      }
      if (turn === 7) {
        // The Phaser map is mounted (not the schematic fallback), with its route list beside it.
        await page.locator('#map canvas.veto-map-base').waitFor();
        expect(await page.locator('#map .schematic').count()).toBe(0);
        expect(await page.locator('#map .map-legend li').count()).toBe(4);
      }
      await endTurn(page, turn + 1);
      if (turn === 1) {
        const report = page.locator('.report');
        await expect.poll(() => report.textContent()).toContain('Full report: Oct 2023 (turn 1)');
        // The shipments North Korea may see, the regime notes, the events and the score are part
        // of the report, worded as the page words Node's report of the same turn.
        const text = (await report.textContent()) ?? '';
        const first = expectedGame(PRK_ONLY, 2023, (t) => ({ PRK: prkOrders(t) }), 1);
        const before = viewState(initialState(loadScenario('summit-2023'), 2023), 'PRK');
        const seen = viewReport(first.turns[0]!.report, 'PRK');
        expect(seen.shipments.length).toBeGreaterThan(0);
        for (const x of seen.shipments) expect(text).toContain(shipmentText(x, before));
        for (const n of seen.notes) expect(text).toContain(noteText(n, before, viewState(first.state, 'PRK')));
        for (const e of seen.events) expect(text).toContain(`${e.drawn ? 'Chance' : 'Event'}: ${e.title}.`);
        expect(text).toContain('Your score after the turn');
        expect(await page.getByTestId('announcer').textContent()).toBe('Turn 1 (Oct 2023) played. Now turn 2 of 12.');
        // Focus moved to the digest's heading (focus management on a new turn).
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('What changed for you in Oct 2023');
      }
    }

    await page.getByRole('heading', { name: /^Debrief:/, level: 1 }).waitFor();
    expect(await turnText(page)).toBe('Turn 12 of 12 (finished)');
    const hash = await stateHash(page);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const node = expectedGame(PRK_ONLY, 2023, (t) => ({ PRK: prkOrders(t) }));
    expect(hash).toBe(node.turns.at(-1)!.hash);
    // The headline: North Korea's score against the historical run, as the engine computes it.
    const prk = compareWithHistory(node.state, historicalRun(loadScenario(), 2023)).find((d) => d.actor === 'PRK')!;
    const head = page.getByTestId('history-headline');
    await expect.poll(() => head.textContent()).toContain(`North Korea (a person): ${headline(prk)}`);
    const diverged = page.getByRole('region', { name: 'Where the class left history' });
    expect(await diverged.textContent()).toContain('The game first left history on turn 1 (Oct 2023).');
    expect(await diverged.textContent()).toContain('North Korea (a person): first gave different orders on turn 1');
    // Charts of the score and every indicator with the historical run alongside (dashed lines).
    expect(await page.locator('.debrief svg polyline.hist').count()).toBe(4 + 9);
    expect(await page.getByRole('heading', { name: 'Questions for discussion' }).count()).toBe(1);
    expect(await page.locator('.debrief .source-list li').count()).toBe(loadScenario().sources.length);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 300_000);

  test('pending orders survive a reload: Continue puts them back', async () => {
    const page = await newPage(h);
    await startGame(page, ['PRK']);
    await endTurn(page, 2);
    await ordersTab(page);
    await giveStep(page, { kind: 'setPriorities', munitions: 33, labourAbroad: 44 });
    await expect.poll(() => pendingItems(page).count()).toBe(1);
    await page.getByTestId('autosave').getByText('Autosaved after turn 1.').waitFor({ state: 'attached' });
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    await ordersTab(page);
    await expect.poll(() => pendingItems(page).count()).toBe(1);
    expect(await pendingItems(page).first().textContent()).toContain(
      'Set industry 33% on munitions and send 44% of spare workers abroad',
    );
    // The walkthrough was skipped once: it does not come back after the reload.
    expect(await page.getByTestId('walkthrough').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 300_000);

  test('keyboard only: set priorities and ship with Tab, type and Enter, end all turns, same hash as Node', async () => {
    const page = await newPage(h, { width: 1024, height: 700 });
    await page.getByRole('heading', { name: 'Veto', level: 1 }).waitFor();

    /** Tab forward until the focused element's name matches; fails after `max` presses. */
    const tabTo = async (name: string | RegExp, max = 250): Promise<void> => {
      for (let i = 0; i < max; i++) {
        const current = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (el === null) return '';
          const labels = (el as HTMLInputElement).labels;
          return (
            el.getAttribute('aria-label') ??
            (labels && labels.length > 0 ? labels[0]!.textContent : el.textContent) ??
            ''
          );
        });
        if (typeof name === 'string' ? current.trim() === name : name.test(current)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach "${String(name)}" with Tab`);
    };

    await tabTo(/^Choose this scenario: Munitions for know-how/);
    await page.keyboard.press('Enter');
    await tabTo('Choose players');
    await page.keyboard.press('Enter');
    // North Korea is preselected as the human player; everyone else is a bot.
    await tabTo('Start');
    await page.keyboard.press('Enter');
    await page.getByTestId('turn').getByText('Turn 1 of 12').waitFor();
    // The walkthrough takes focus; Escape skips it.
    await page.getByTestId('walkthrough').getByText('Step 1 of 5').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('walkthrough').waitFor({ state: 'hidden' });

    // Choosing a kind of order opens its form with focus in its first field.
    await tabTo('Set priorities at home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    await tabTo('Set the priorities');
    await page.keyboard.press('Enter');

    await tabTo('Ship goods or money');
    await page.keyboard.press('Enter');
    await page.keyboard.type('China');
    await tabTo('What');
    await page.keyboard.type('Food');
    await tabTo('How much');
    await page.keyboard.type('40');
    await tabTo('Route');
    await page.keyboard.type('Dandong');
    await tabTo('Add the shipment');
    await page.keyboard.press('Enter');
    await expect.poll(() => pendingItems(page).count()).toBe(2);

    for (let turn = 1; turn <= TURNS; turn++) {
      await tabTo('End turn');
      await page.keyboard.press('Enter');
      if (turn < TURNS)
        await page
          .getByTestId('turn')
          .getByText(`Turn ${turn + 1} of ${TURNS}`)
          .waitFor();
    }
    await page.getByRole('heading', { name: /^Debrief:/, level: 1 }).waitFor();
    const expected = expectedFinalHash(PRK_ONLY, 2023, (t) =>
      t === 1
        ? {
            PRK: [
              { kind: 'setPriorities', actor: 'PRK', munitions: 30, labourAbroad: 50 },
              {
                kind: 'ship',
                actor: 'PRK',
                to: 'CHN',
                resource: 'food',
                amount: 40,
                route: 'dandong-sinuiju',
                mode: 'declared',
              },
            ],
          }
        : {},
    );
    expect(await stateHash(page)).toBe(expected);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 300_000);

  test('a human who holds every turn against bots gives the hash `cli sim --play bots --hold` prints', async () => {
    const page = await newPage(h);
    await startGame(page, ['UNSC'], 99);
    for (let turn = 1; turn <= TURNS; turn++) await endTurn(page, turn + 1);
    await page.getByRole('heading', { name: /^Debrief:/, level: 1 }).waitFor();
    const out = cli([
      'sim',
      `${ROOT}scenarios/summit-2023.json`,
      '--seed',
      '99',
      '--play',
      'bots',
      '--hold',
      'UNSC',
      '--json',
    ]);
    expect(out.code).toBe(0);
    expect(await stateHash(page)).toBe((JSON.parse(out.stdout) as { hash: string }).hash);
    await page.close();
  }, 300_000);

  test('hot-seat: a hand-off screen between humans hides the other player\u2019s orders', async () => {
    const page = await newPage(h);
    await startGame(page, ['PRK', 'CHN']);
    const handoff = (who: string) => page.getByRole('heading', { name: `Pass the device to ${who}`, level: 1 });
    await handoff('North Korea').waitFor();
    expect(await page.locator('.orders').count()).toBe(0);
    await page.getByRole('button', { name: 'I play North Korea: show my turn' }).click();
    await skipWalkthrough(page);
    const secret: Step = {
      kind: 'ship',
      to: 'RUS',
      resource: 'munitions',
      amount: 1234,
      route: 'khasan-tumangang',
      mode: 'covert',
    };
    await giveStep(page, secret);
    await page.getByRole('button', { name: 'End turn' }).click();
    await handoff('China').waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('1,234');
    await page.getByRole('button', { name: 'I play China: show my turn' }).click();
    await expect.poll(() => pendingItems(page).count()).toBe(0);
    expect((await page.locator('body').textContent()) ?? '').not.toContain('1,234');
    await page.getByRole('button', { name: 'End turn' }).click();
    // The turn resolved; the device goes back to the first human.
    await handoff('North Korea').waitFor();
    expect(await turnText(page)).toBe('Turn 2 of 12');
    const controllers = { RUS: 'bot', PRK: 'human', CHN: 'human', UNSC: 'bot' } as const;
    const orders = (t: number): Partial<Record<ActorId, Order[]>> => (t === 1 ? { PRK: [toOrder(secret, 'PRK')] } : {});
    // Hash after one turn equals Node's for the same orders.
    const { playTurns } = await import('../../src/engine/index.ts');
    const { initialState } = await import('../../src/scenario/index.ts');
    const { assembleOrders } = await import('../../src/store/index.ts');
    const { botOrders } = await import('../../src/ai/index.ts');
    const { loadScenario } = await import('../fixtures.ts');
    const one = playTurns(initialState(loadScenario(), 2023), 1, (s) =>
      assembleOrders(s, controllers, { RUS: [], PRK: orders(1).PRK ?? [], CHN: [], UNSC: [] }, botOrders),
    );
    expect(await stateHash(page)).toBe(one.turns[0]!.hash);
    // China sees the covert shipment only if the monitors detected it.
    await page.getByRole('button', { name: 'I play North Korea: show my turn' }).click();
    expect((await page.locator('.report').textContent()) ?? '').toContain('1,234 shipping containers of munitions');
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByRole('button', { name: 'I play China: show my turn' }).click();
    // China sees the covert shipment only if the monitors detected it (decided by the seed).
    const detected = one.turns[0]!.report.shipments.some((s) => s.amount === 1234 && s.detected);
    const chinaReport = (await page.locator('.report').textContent()) ?? '';
    expect(chinaReport.includes('1,234 shipping containers of munitions')).toBe(detected);
    // Nor can China read it off North Korea's stockpiles: another country's stocks are secret.
    await page.getByRole('tab', { name: 'You', exact: true }).click();
    // The screen renders on the next animation frame: wait for the tab's own table first.
    await page.getByRole('table', { name: 'Your stocks' }).waitFor();
    expect(await page.getByRole('table', { name: 'Your stocks' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: "North Korea's stocks" }).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'How things stand (0 to 100)' }).count()).toBe(1);
    await page.close();
  }, 300_000);
});
