/**
 * Every screen at the three sizes a class uses (1280×800 and 1024×768 laptops, a 390×844
 * phone): a whole game as North Korea and one as the Security Council, from the scenario list
 * to the debrief and the replay viewer, plus the hot-seat hand-off. On every screen: no
 * identifier in what a player reads, no sideways scroll, and axe finds nothing; on the two
 * larger sizes the page itself never scrolls during play (everything is on one screen). Each
 * game ends at the hash the engine computes in Node for the same orders. The digest names the
 * changes that moved the player's score, as the store computes them from the same report.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Order } from '../../src/engine/index.ts';
import { hashState, viewReport, viewState } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { digestOf } from '../../src/store/index.ts';
import { extrapolationNote } from '../../src/ui/debrief.ts';
import { loadScenario } from '../fixtures.ts';
import type { Harness } from './harness.ts';
import { newPage, pageErrors, screenshot, startHarness } from './harness.ts';
import type { Step } from './play.ts';
import {
  expectedGame,
  giveStep,
  openForm,
  openMenu,
  pendingItems,
  skipWalkthrough,
  startGame,
  stateHash,
  toOrder,
  turnText,
} from './play.ts';
import { checkScreen, scenarioIds } from './scan.ts';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;
const TURNS = 12;
const KNOWN = scenarioIds(loadScenario());

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const PRK_PLAN: Record<number, Step[]> = {
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
  ],
  5: [{ kind: 'launch' }],
  8: [{ kind: 'ship', to: 'RUS', resource: 'munitions', amount: 800, route: 'vladivostok-rajin', mode: 'covert' }],
};
const prkOrders = (turn: number): Order[] => (PRK_PLAN[turn] ?? []).map((s) => toOrder(s, 'PRK'));

const UNSC_ORDERS: Record<number, Order[]> = {
  1: [
    { kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 },
    { kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'dandong-sinuiju'] },
  ],
  3: [{ kind: 'draft', actor: 'UNSC', measure: 'oilCap', value: 300 }],
  6: [{ kind: 'draft', actor: 'UNSC', measure: 'condemn' }],
};

async function giveCouncil(page: Page, turn: number): Promise<void> {
  for (const o of UNSC_ORDERS[turn] ?? []) {
    if (o.kind === 'draft') {
      const form = await openForm(page, 'Put a draft resolution to the Council', 'draft');
      await form.getByLabel('What it would do').selectOption(o.measure);
      if (o.value !== undefined) await form.getByLabel('Number', { exact: true }).fill(String(o.value));
      await form.getByRole('button', { name: 'Add the draft' }).click();
    } else if (o.kind === 'monitor') {
      const form = await openForm(page, 'Send the Panel of Experts', 'monitor');
      for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
      await form.getByLabel('Khasan–Tumangang rail bridge').check();
      await form.getByLabel('Dandong–Sinuiju Friendship Bridge').check();
      await form.getByRole('button', { name: 'Send the Panel' }).click();
    }
  }
  await expect.poll(() => pendingItems(page).count()).toBe((UNSC_ORDERS[turn] ?? []).length);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

async function endTurn(page: Page, next: number): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
  if (next <= TURNS) await page.getByTestId('turn').getByText(`Turn ${next} of ${TURNS}`).waitFor();
  else await page.getByRole('heading', { name: /^Debrief:/, level: 1 }).waitFor();
}

describe.each(SIZES)('at $width×$height', (size) => {
  const label = `${size.width}x${size.height}`;
  const large = size.width >= 1000;
  const phone = !large;

  test('a whole game as North Korea: every screen checked, the digest, the debrief, the replay viewer', async () => {
    const page = await newPage(h, size);
    const check = (name: string, axe: boolean, noPageScroll = false) =>
      checkScreen({ page, name: `${label} ${name}`, known: KNOWN, noPageScroll: noPageScroll && large, axe });
    await page.getByRole('heading', { name: 'Veto', level: 1 }).waitFor();
    await check('start', true);
    if (size.width === 1280) await screenshot(page, 'start');
    await page.getByRole('button', { name: /^Choose this scenario: Munitions for know-how/ }).click();
    await check('briefing', true);
    await page.getByRole('button', { name: 'Choose players' }).click();
    await check('setup', true);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // The walkthrough opens on the first turn.
    await page.getByTestId('walkthrough').getByText('Step 1 of 5').waitFor();
    await check('walkthrough', true, true);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('walkthrough').getByText('Step 2 of 5').waitFor();
    await skipWalkthrough(page);
    expect(await turnText(page)).toBe('Turn 1 of 12');
    // The status bar: one line, at most 64 px on a phone.
    const bar = await page.locator('.status-bar').boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(phone ? 64 : 60);

    const node = expectedGame({ RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' }, 2023, (t) => ({
      PRK: prkOrders(t),
    }));
    for (let turn = 1; turn <= TURNS; turn++) {
      await tab(page, 'Orders');
      for (const s of PRK_PLAN[turn] ?? []) await giveStep(page, s);
      await expect.poll(() => pendingItems(page).count()).toBe((PRK_PLAN[turn] ?? []).length);
      await check(`turn ${turn}, orders`, turn === 1, true);
      if (turn === 2) {
        // The digest: the changes that moved North Korea's score in turn 1, as the store
        // computes them from North Korea's view of the same report.
        const opening = viewState(initialState(loadScenario(), 2023), 'PRK');
        const first = expectedGame(
          { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' },
          2023,
          (t) => ({ PRK: prkOrders(t) }),
          1,
        );
        const after = viewState(first.state, 'PRK');
        const d = digestOf(opening, after, viewReport(node.turns[0]!.report, 'PRK'), 'PRK');
        if (phone) await tab(page, 'Report');
        const items = page.getByTestId('digest').locator('li');
        expect(
          await items.evaluateAll((els) =>
            els.map((e) => e.getAttribute('data-index') ?? e.getAttribute('data-unseen')),
          ),
        ).toEqual(d.entries.map((e) => (e.kind === 'change' ? String(e.index) : e.indicator)));
        expect(d.entries.length).toBeGreaterThanOrEqual(3);
        expect(await page.getByTestId('digest-score').textContent()).toContain(`${d.scoreBefore} → ${d.scoreAfter}`);
        await check('turn 2, digest and report', true, true);
        await page.getByTestId('full-report').click();
        await page.getByRole('heading', { name: 'Full report: Oct 2023 (turn 1)' }).waitFor();
        await tab(page, 'Council');
        await check('turn 2, council', true, true);
        await tab(page, 'You');
        await check('turn 2, you', true, true);
        // A "Why?" popup stays inside the viewport.
        const why = page.locator('.why summary').first();
        await why.click();
        const box = await page.locator('.why[open] .why-pop').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
        expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
        await why.click();
        if (phone) {
          await tab(page, 'Map');
          await check('turn 2, map', true, true);
        }
        await tab(page, 'Orders');
      }
      if (turn === 7) await screenshot(page, `play-${label}`);
      await endTurn(page, turn + 1);
    }
    await check('debrief', true);
    expect(await turnText(page)).toBe('Turn 12 of 12 (finished)');
    expect(await stateHash(page)).toBe(node.turns.at(-1)!.hash);
    // Charts per indicator with axes and labelled lines.
    expect(await page.locator('.debrief svg.turn-chart').count()).toBe(4 + 9);
    expect(await page.locator('.debrief svg.turn-chart .chart-end.hist').first().textContent()).toBe('History');
    if (size.width === 1280) await screenshot(page, 'debrief');
    // What the game kept back, and from which turn history is an extrapolation (summit-2023:
    // the public record stops in mid-2024).
    expect(await page.getByTestId('revealed').locator('li').count()).toBe(3);
    expect(await page.getByTestId('revealed').textContent()).toContain("China's share of North Korea's imports: ");
    const scenario = loadScenario();
    const note = extrapolationNote(initialState(scenario, 2023).rules, scenario.extrapolatedFrom ?? null);
    expect(note).not.toBeNull();
    expect(await page.getByTestId('extrapolation').textContent()).toBe(note);
    if (size.width === 1280) await screenshot(page, 'debrief-revealed', page.getByTestId('revealed'));
    await openMenu(page);
    await check('debrief menu', true);
    await page.getByRole('button', { name: 'Replay viewer' }).click();
    await page.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    await check('replay', true, true);
    // "Play again": the same scenario, the same players, from its first turn.
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByTestId('turn').getByText('Turn 1 of 12').waitFor();
    expect(await stateHash(page)).toBe(hashState(initialState(loadScenario(), 2023)));
    await openMenu(page);
    await page.getByRole('button', { name: 'How to play' }).click();
    await page.getByRole('heading', { name: 'How to play', level: 2 }).waitFor();
    await check('help', true);
    await page.keyboard.press('Escape');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 400_000);

  test('a whole game as the Security Council: its forms only, the chamber, the debrief', async () => {
    const page = await newPage(h, size);
    const check = (name: string, axe: boolean, noPageScroll = false) =>
      checkScreen({ page, name: `${label} council ${name}`, known: KNOWN, noPageScroll: noPageScroll && large, axe });
    await startGame(page, ['UNSC']);
    // The Council has no shipments, deals or domestic priorities.
    const choosers = page.locator('.chooser-row button');
    expect(await choosers.allTextContents()).toEqual([
      'Put a draft resolution to the Council',
      'Send the Panel of Experts',
    ]);
    const node = expectedGame({ RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'human' }, 2023, (t) => ({
      UNSC: UNSC_ORDERS[t] ?? [],
    }));
    for (let turn = 1; turn <= TURNS; turn++) {
      await tab(page, 'Orders');
      await giveCouncil(page, turn);
      await check(`turn ${turn}`, false, true);
      if (turn === 3) {
        await tab(page, 'Council');
        await page.getByTestId('council').locator('.vote-result').first().waitFor();
        await check('turn 3, chamber', true, true);
        if (size.width === 1280) await screenshot(page, 'council');
        await tab(page, 'Orders');
      }
      await endTurn(page, turn + 1);
    }
    await check('debrief', true);
    expect(await stateHash(page)).toBe(node.turns.at(-1)!.hash);
    // "Other scenarios" goes back to the list.
    await page.getByRole('button', { name: 'Other scenarios' }).click();
    await page.getByRole('heading', { name: 'Veto', level: 1 }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 300_000);

  test('hot-seat: the hand-off screen shows nothing private and offers no saving', async () => {
    const page = await newPage(h, size);
    await startGame(page, ['PRK', 'CHN']);
    await page.getByRole('heading', { name: 'Pass the device to North Korea', level: 1 }).waitFor();
    await checkScreen({ page, name: `${label} hand-off`, known: KNOWN, noPageScroll: false, axe: true });
    await openMenu(page);
    expect(await page.getByRole('button', { name: 'Save game' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    await page.close();
  });
});
