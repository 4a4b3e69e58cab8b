/**
 * Page helpers for the browser tests: giving orders through the panels (by label, as a user
 * would), reading the status bar, and the Node-side expectation for the same game.
 */
import type { Page } from 'playwright-core';
import type { ActorId, Order, PlayResult } from '../../src/engine/index.ts';
import { playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import type { Controllers } from '../../src/store/index.ts';
import { assembleOrders } from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

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

export async function fillShip(page: Page, s: ShipStep): Promise<void> {
  await page.getByLabel('Send to').selectOption(s.to);
  await page.getByLabel('Resource', { exact: true }).selectOption(s.resource);
  await page.getByLabel('Amount', { exact: true }).fill(String(s.amount));
  await page.getByLabel('Route', { exact: true }).selectOption(s.route ?? '');
  await page
    .getByRole('group', { name: 'Ship goods or currency' })
    .getByLabel(s.mode === 'covert' ? 'Covert (may be detected)' : 'Declared (everyone sees it)')
    .check();
}

export async function giveStep(page: Page, s: Step): Promise<void> {
  switch (s.kind) {
    case 'ship':
      await fillShip(page, s);
      await page.getByRole('button', { name: 'Add shipment' }).click();
      return;
    case 'proposeDeal': {
      await page.getByLabel('Partner').selectOption(s.to);
      await page.getByLabel('You give', { exact: true }).selectOption(s.give.resource);
      await page.getByLabel('Amount you give each turn').fill(String(s.give.amount));
      await page.getByLabel('You get', { exact: true }).selectOption(s.get.resource);
      await page.getByLabel('Amount you get each turn').fill(String(s.get.amount));
      await page.getByLabel('Route for goods').selectOption(s.route ?? '');
      await page.getByLabel('For how many turns').fill(String(s.turns));
      await page
        .getByRole('group', { name: 'Propose a standing deal' })
        .getByLabel(s.mode === 'covert' ? 'Covert' : 'Declared', { exact: true })
        .check();
      await page.getByRole('button', { name: 'Propose deal' }).click();
      return;
    }
    case 'setPriorities':
      await page.getByLabel('Industry on munitions (%)').fill(String(s.munitions));
      await page.getByLabel('Spare workers sent abroad (%)').fill(String(s.labourAbroad));
      await page.getByRole('button', { name: 'Set priorities' }).click();
      return;
    case 'launch':
      await page.getByRole('button', { name: 'Order a test launch' }).click();
      return;
  }
}

export async function stateHash(page: Page): Promise<string> {
  return (await page.locator('[data-state-hash]').getAttribute('data-state-hash')) ?? '';
}

export async function turnText(page: Page): Promise<string> {
  return (await page.getByTestId('turn').textContent()) ?? '';
}

/** Start screen → briefing → setup with the given humans → play. */
export async function startGame(page: Page, humans: readonly ActorId[], seed?: number): Promise<void> {
  await page.getByRole('button', { name: /^Read the briefing: Munitions for know-how/ }).click();
  await page.getByRole('button', { name: 'Choose players' }).click();
  for (const a of ['RUS', 'PRK', 'CHN', 'UNSC'] as const) {
    const group = page.getByRole('group', {
      name: { RUS: 'Russia', PRK: 'North Korea', CHN: 'China', UNSC: 'UN Security Council' }[a],
      exact: true,
    });
    await group.getByLabel(humans.includes(a) ? 'Human player' : 'Computer (bot)').check();
  }
  if (seed !== undefined) {
    await page.getByLabel(/Random seed/).fill(String(seed));
    await page.getByLabel(/Random seed/).dispatchEvent('change');
  }
  await page.getByRole('button', { name: 'Start', exact: true }).click();
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
