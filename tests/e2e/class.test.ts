/**
 * A class in three Chromium contexts against the real class server (built pages, embedded
 * database): the instructor creates a session, two students join (one by the link's code, one
 * typing it), the instructor seats them, both send orders, the turn resolves, the instructor
 * sends news and ends the class, and everyone sees the class debrief. axe finds nothing on the
 * console or the join page (nor on the student's turn and the debrief), and no page shows an
 * identifier-looking token (the class code, which is data, aside).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { loadScenario } from '../fixtures.ts';
import { identifierTokens, scenarioIds } from '../identifiers.ts';
import type { TestServer } from '../server/harness.ts';
import { KEY, startTestServer } from '../server/harness.ts';
import { ROOT, screenshot } from './harness.ts';
import { playerText } from './scan.ts';

let dist: string;
let ts: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

async function page(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(ctx);
  const p = await ctx.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return p;
}

const KNOWN = scenarioIds(loadScenario('pyongyang-2024'));

/** Identifier-looking tokens on the page, the class code left out (a random code such as
 * "PRK-234" would look like an actor code; it is what students type, not a label). */
async function identifiers(p: Page, what: string, code: string): Promise<string[]> {
  const text = (await playerText(p)).replaceAll(`${code.slice(0, 3)}-${code.slice(3)}`, '').replaceAll(code, '');
  return identifierTokens(text, KNOWN).map((x) => `${what}: ${x}`);
}

async function axe(p: Page, what: string): Promise<string[]> {
  const r = await new AxeBuilder({ page: p }).analyze();
  return r.violations.map(
    (v) => `${what}: ${v.id} (${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}): ${v.help}`,
  );
}

beforeAll(async () => {
  browser = await launchChromium();
  dist = mkdtempSync(join(tmpdir(), 'veto-class-dist-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  ts = await startTestServer({ dist });
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await ts?.close();
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

describe('a class in the browser', () => {
  it('instructor and two students: seats, orders, a resolved turn, news, the class debrief; axe clean', {
    timeout: 240_000,
  }, async () => {
    const violations: string[] = [];
    const tokens: string[] = [];
    const teacher = await page();
    await teacher.goto(`${ts.url}/console.html#key=${KEY}`);
    await teacher.getByLabel('Scenario', { exact: true }).selectOption('pyongyang-2024');
    violations.push(...(await axe(teacher, 'console home')));
    await screenshot(teacher, 'class-console-home');
    await teacher.getByRole('button', { name: 'Create the class session' }).click();
    const codeText = (await teacher.getByTestId('join-code').textContent({ timeout: 30_000 })) ?? '';
    const code = codeText.replace('-', '');
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const ana = await page();
    await ana.goto(`${ts.url}/class.html#code=${code}`);
    violations.push(...(await axe(ana, 'join page')));
    tokens.push(...(await identifiers(ana, 'join page', code)));
    await screenshot(ana, 'class-join');
    await ana.getByLabel('Your name', { exact: true }).fill('Ana');
    await ana.getByRole('button', { name: 'Join the class' }).click();
    await ana.getByText('Wait for your instructor to give you a country').waitFor();

    const ben = await page();
    await ben.goto(`${ts.url}/class.html`);
    await ben.getByLabel('Class code', { exact: true }).fill(codeText.toLowerCase());
    await ben.getByLabel('Your name', { exact: true }).fill('Ben');
    await ben.getByRole('button', { name: 'Join the class' }).click();
    await ben.getByText('Wait for your instructor to give you a country').waitFor();

    await teacher.getByLabel('Ana', { exact: true }).selectOption({ label: 'Game 1: North Korea' });
    await teacher.getByLabel('Ben', { exact: true }).selectOption({ label: 'Game 1: Russia' });
    await ana.getByRole('heading', { name: 'You play North Korea' }).waitFor();
    await ben.getByRole('heading', { name: 'You play Russia' }).waitFor();
    await teacher.getByTestId('start').click();
    violations.push(...(await axe(teacher, 'console session')));
    tokens.push(...(await identifiers(teacher, 'console session', code)));
    await screenshot(teacher, 'class-console');

    // Ana gives an order with the priorities form and tests a nuclear device; Ben holds.
    await ana.getByRole('heading', { name: 'North Korea: your orders for this turn' }).waitFor();
    await ana.getByRole('button', { name: 'Set the priorities', exact: true }).click();
    await ana
      .getByText(/^Set industry \d+% on munitions and send \d+% of spare workers abroad$/)
      .first()
      .waitFor();
    // North Korea's own lever, from the same form spec as on one device.
    const nuclear = ana.locator('form[data-form="nuclearTest"]');
    expect(await nuclear.textContent()).toContain('the elected seats weigh it like');
    await nuclear.getByRole('button', { name: 'Order the test', exact: true }).click();
    await ana.locator('.pending').getByText('Test a nuclear device', { exact: true }).waitFor();
    await screenshot(ana, 'class-student-levers', nuclear);
    await ana.getByRole('button', { name: 'Send my orders' }).click();
    await ana.getByTestId('sent').getByText('Ana sent 2 orders').waitFor();
    violations.push(...(await axe(ana, 'student turn')));
    tokens.push(...(await identifiers(ana, 'student turn', code)));
    await ben.getByRole('button', { name: 'Send my orders' }).click();
    await ana.getByRole('heading', { name: /What happened in .* \(turn 1\)/ }).waitFor({ timeout: 30_000 });
    await ben.getByRole('heading', { name: /What happened in .* \(turn 1\)/ }).waitFor();
    await teacher.getByRole('heading', { name: /What happened in .* \(turn 1\)/ }).waitFor();
    await screenshot(ana, 'class-student-turn');
    tokens.push(...(await identifiers(ana, 'student report', code)));
    tokens.push(...(await identifiers(teacher, 'watched game', code)));

    await teacher.getByLabel('Headline', { exact: true }).fill('Floods in the north');
    await teacher.getByLabel('Text', { exact: true }).fill('Heavy rain has cut the rail line for a week.');
    await teacher.getByRole('button', { name: 'Send the news' }).click();
    await ana.getByText('Floods in the north').waitFor();
    await ben.getByText('Heavy rain has cut the rail line for a week.').waitFor();

    await teacher.getByTestId('end').click();
    for (const p of [teacher, ana, ben]) await p.getByRole('heading', { name: /^Class debrief: / }).waitFor();
    violations.push(...(await axe(ana, 'student debrief')));
    tokens.push(...(await identifiers(ana, 'student debrief', code)));
    tokens.push(...(await identifiers(teacher, 'console debrief', code)));
    await screenshot(ana, 'class-debrief');
    expect(violations).toEqual([]);
    expect(tokens).toEqual([]);
    expect(errors).toEqual([]);
  });
});
