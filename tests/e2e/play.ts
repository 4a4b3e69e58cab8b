/**
 * Page helpers for the browser tests: giving orders through the panels (by label, as a user
 * would), reading the status bar, and the Node-side expectation for the same game.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ActorId, Order, PlayResult } from '../../src/engine/index.ts';
import { playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import type { Controllers } from '../../src/store/index.ts';
import { assembleOrders } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';
import { pageErrors } from './harness.ts';

export interface ShipStep {
  kind: 'ship';
  to: ActorId;
  resource: string;
  amount: number;
  route?: string;
  mode: 'declared' | 'covert';
}
export interface DealStep {
  kind: 'proposeDeal';
  to: ActorId;
  give: { resource: string; amount: number };
  get: { resource: string; amount: number };
  route?: string;
  mode: 'declared' | 'covert';
  turns: number;
}
export interface PrioritiesStep {
  kind: 'setPriorities';
  munitions: number;
  labourAbroad: number;
}
export interface LaunchStep {
  kind: 'launch';
}
export type Step = ShipStep | DealStep | PrioritiesStep | LaunchStep;

export function toOrder(step: Step, actor: ActorId): Order {
  switch (step.kind) {
    case 'ship': {
      const o: Order = {
        kind: 'ship',
        actor,
        to: step.to,
        resource: step.resource,
        amount: step.amount,
        mode: step.mode,
      };
      if (step.route !== undefined) o.route = step.route;
      return o;
    }
    case 'proposeDeal': {
      const o: Order = {
        kind: 'proposeDeal',
        actor,
        to: step.to,
        give: step.give,
        get: step.get,
        mode: step.mode,
        turns: step.turns,
      };
      if (step.route !== undefined) o.route = step.route;
      return o;
    }
    case 'setPriorities':
      return { kind: 'setPriorities', actor, munitions: step.munitions, labourAbroad: step.labourAbroad };
    case 'launch':
      return { kind: 'launch', actor };
  }
}

/** Open the order form with this chooser label (if not open yet) and return it. */
export async function openForm(page: Page, label: string, key: string): Promise<Locator> {
  const form = page.locator(`form[data-form="${key}"]`);
  if (!(await form.isVisible())) await page.getByRole('button', { name: label, exact: true }).click();
  await form.waitFor();
  return form;
}

export async function fillShip(page: Page, s: ShipStep): Promise<Locator> {
  const form = await openForm(page, 'Ship goods or money', 'ship');
  await form.getByLabel('Send to').selectOption(s.to);
  await form.getByLabel('What', { exact: true }).selectOption(s.resource);
  await form.getByLabel('How much', { exact: true }).fill(String(s.amount));
  await form.getByLabel('Route', { exact: true }).selectOption(s.route ?? '');
  await form.getByLabel(s.mode === 'covert' ? 'In secret (it may be spotted)' : 'Openly (everyone sees it)').check();
  return form;
}

export async function giveStep(page: Page, s: Step): Promise<void> {
  switch (s.kind) {
    case 'ship': {
      const form = await fillShip(page, s);
      await form.getByRole('button', { name: 'Add the shipment' }).click();
      return;
    }
    case 'proposeDeal': {
      const form = await openForm(page, 'Offer a deal', 'proposeDeal');
      await form.getByLabel('Partner').selectOption(s.to);
      await form.getByLabel('You give', { exact: true }).selectOption(s.give.resource);
      await form.getByLabel('How much you give each turn').fill(String(s.give.amount));
      await form.getByLabel('You get', { exact: true }).selectOption(s.get.resource);
      await form.getByLabel('How much you get each turn').fill(String(s.get.amount));
      await form.getByLabel('Route', { exact: true }).selectOption(s.route ?? '');
      await form.getByLabel('For how many turns').fill(String(s.turns));
      await form
        .getByLabel(s.mode === 'covert' ? 'In secret (it may be spotted)' : 'Openly (everyone sees it)')
        .check();
      await form.getByRole('button', { name: 'Add the offer' }).click();
      return;
    }
    case 'setPriorities': {
      const form = await openForm(page, 'Set priorities at home', 'setPriorities');
      await form.getByLabel('Industry making munitions (%)').fill(String(s.munitions));
      await form.getByLabel('Spare workers sent abroad (%)').fill(String(s.labourAbroad));
      await form.getByRole('button', { name: 'Set the priorities' }).click();
      return;
    }
    case 'launch': {
      const form = await openForm(page, 'Test-launch missiles', 'launch');
      await form.getByRole('button', { name: 'Order the launch' }).click();
      return;
    }
  }
}

/** The player's pending orders. */
export function pendingItems(page: Page): Locator {
  return page.getByRole('list', { name: 'Your orders this turn' }).getByRole('listitem');
}

/** Skip the first-turn walkthrough when it shows. */
export async function skipWalkthrough(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip the walkthrough' });
  // A click can land while the screen is being rebuilt (the map arriving on a loaded machine);
  // a person would click again, or press Escape (which also skips it), and so does the test:
  // a bounded number of tries, alternating the two, each given time to take effect.
  for (let i = 0; i < 8 && (await skip.isVisible()); i++) {
    if (i % 2 === 0) await skip.click({ timeout: 5_000 }).catch(() => undefined);
    else await page.keyboard.press('Escape');
    await skip.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
  if (await skip.isVisible()) throw new Error(`the walkthrough would not close: ${await walkthroughDiagnosis(page)}`);
}

/** What the page looks like when the walkthrough will not close: whether animation frames
 * still run (the app redraws in one, or 100 ms without one), what lies on top of the Skip button, how many
 * walkthroughs are in the page, and the page's errors. */
async function walkthroughDiagnosis(page: Page): Promise<string> {
  const seen = await page
    .evaluate(async () => {
      const frame = await Promise.race([
        new Promise<string>((r) => requestAnimationFrame(() => r('runs'))),
        new Promise<string>((r) => setTimeout(() => r('stalled for 2 s'), 2_000)),
      ]);
      const dialogs = [...document.querySelectorAll('dialog.walkthrough')];
      const skip = [...document.querySelectorAll('dialog.walkthrough button')].at(-1);
      const box = skip?.getBoundingClientRect();
      const top = box === undefined ? null : document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return JSON.stringify({
        frame,
        visibility: document.visibilityState,
        focus: document.hasFocus(),
        active: document.activeElement?.outerHTML.slice(0, 80),
        mode: document.body.dataset.mode,
        dialogs: dialogs.map(
          (d) => `${(d as HTMLDialogElement).open ? 'open' : 'closed'}${d.isConnected ? '' : ' detached'}`,
        ),
        onTop: top?.outerHTML.slice(0, 120) ?? null,
      });
    })
    .catch((e: unknown) => `(the page did not answer: ${String(e)})`);
  const shot = join(tmpdir(), `veto-walkthrough-${process.pid}-${Date.now()}.png`);
  await page.screenshot({ path: shot }).catch(() => undefined);
  return `${seen}; page errors: ${JSON.stringify(pageErrors(page))}; screenshot: ${shot}`;
}

/** Open the game menu (the saved-games tools, help, the fingerprint, Quit). */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.locator('details.menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

export async function stateHash(page: Page): Promise<string> {
  return (await page.locator('[data-state-hash]').getAttribute('data-state-hash')) ?? '';
}

export async function turnText(page: Page): Promise<string> {
  return (await page.getByTestId('turn').textContent()) ?? '';
}

export const ACTOR_TITLE = { RUS: 'Russia', PRK: 'North Korea', CHN: 'China', UNSC: 'UN Security Council' } as const;

/** Start screen → briefing → setup with the given humans → play (the walkthrough skipped). */
export async function startGame(
  page: Page,
  humans: readonly ActorId[],
  seed?: number,
  opts: { walkthrough?: 'skip' | 'keep' } = {},
): Promise<void> {
  await page.getByRole('button', { name: /^Choose this scenario: Munitions for know-how/ }).click();
  await page.getByRole('button', { name: 'Choose players' }).click();
  for (const a of ['RUS', 'PRK', 'CHN', 'UNSC'] as const) {
    const group = page.getByRole('group', { name: ACTOR_TITLE[a], exact: true });
    await group.getByLabel(humans.includes(a) ? 'A person' : 'The computer', { exact: true }).check();
  }
  if (seed !== undefined) {
    await page.getByText('More options').click();
    await page.getByLabel(/Random seed/).fill(String(seed));
    await page.getByLabel(/Random seed/).dispatchEvent('change');
  }
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  if (humans.length === 1 && opts.walkthrough !== 'keep') {
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    await skipWalkthrough(page);
  }
}

/** The same game in Node: the scenario, seed and per-turn human orders, bots for the rest. */
export function expectedGame(
  controllers: Controllers,
  seed: number,
  humanOrders: (turn: number) => Partial<Record<ActorId, Order[]>>,
  turns?: number,
): PlayResult {
  const scenario = loadScenario('summit-2023');
  const start = initialState(scenario, seed);
  return playTurns(start, turns ?? scenario.turns, (s) => {
    const given = humanOrders(s.turn);
    const pending = { RUS: given.RUS ?? [], PRK: given.PRK ?? [], CHN: given.CHN ?? [], UNSC: given.UNSC ?? [] };
    return assembleOrders(s, controllers, pending, botOrders);
  });
}

export function expectedFinalHash(
  controllers: Controllers,
  seed: number,
  humanOrders: (turn: number) => Partial<Record<ActorId, Order[]>>,
): string {
  return expectedGame(controllers, seed, humanOrders).turns.at(-1)!.hash;
}
