/**
 * Saves, links, autosave and the replay viewer in a real browser (Debian Chromium through
 * playwright-core, Vite in-process). Every "fresh browser" is a new browser context: no
 * storage, no page state shared with the one that made the save.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { fingerprint, playTurns } from '../../src/engine/index.ts';
import { main as cli } from '../../src/cli/main.ts';
import { loadSave } from '../../src/save/index.ts';
import { assembleOrders } from '../../src/store/index.ts';
import { botOrders } from '../../src/ai/index.ts';
import type { Harness } from './harness.ts';
import { ROOT, screenshot, startHarness } from './harness.ts';
import { giveStep, openMenu, startGame, stateHash, turnText } from './play.ts';
import { SAVES_DIR } from '../save/helpers.ts';
import { DRILL_FINAL, SUMMIT_FINAL } from '../save/pins.ts';

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), 'veto-e2e-saves-'));
const contexts: BrowserContext[] = [];
/** A check runs in a Web Worker: on a busy machine its result may take seconds to come. */
const CHECKED = { timeout: 30_000 };
/** Figures measured on the way (printed at the end; not asserted). */
const figures: string[] = [];

beforeAll(async () => {
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await h?.close();
  if (figures.length > 0) console.log(`saves e2e figures:\n  ${figures.join('\n  ')}`);
});

type TrackedPage = Page & { errors: string[] };

/** A page in a fresh browser context (its own storage), opened at `hash` (e.g. `#s=…`). */
async function freshPage(hash = ''): Promise<TrackedPage> {
  const context = await h.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = (await context.newPage()) as TrackedPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  await page.goto(`${h.url}${hash}`);
  await page
    .getByRole('heading', { name: 'Veto', level: 1 })
    .or(page.getByRole('heading', { name: /^Replay:/, level: 1 }))
    .first()
    .waitFor();
  return page;
}

async function endTurn(page: Page, next: number): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.getByTestId('turn').getByText(`Turn ${next} of 12`).waitFor();
}

/** North Korea against bots, two turns with one order each; returns the page in play. */
async function twoTurns(): Promise<TrackedPage> {
  const page = await freshPage();
  await startGame(page, ['PRK']);
  await giveStep(page, {
    kind: 'ship',
    to: 'RUS',
    resource: 'munitions',
    amount: 1500,
    route: 'khasan-tumangang',
    mode: 'covert',
  });
  await endTurn(page, 2);
  await page.getByRole('tab', { name: 'Orders', exact: true }).click();
  await giveStep(page, { kind: 'setPriorities', munitions: 55, labourAbroad: 40 });
  await endTurn(page, 3);
  await openMenu(page);
  await page.getByTestId('autosave').getByText('Autosaved after turn 2.').waitFor();
  return page;
}

async function downloadSave(page: Page, name: string): Promise<string> {
  await openMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save game' }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  expect(download.suggestedFilename()).toMatch(/^veto-summit-2023-turn-\d\d\.json$/);
  return path;
}

async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a saved game' }).click(),
  ]);
  await chooser.setFiles(path);
}

/** The "verified in N ms" the page reports after a load. */
async function verifiedMs(page: Page): Promise<number> {
  const text = (await page.getByTestId('save-status').textContent()) ?? '';
  // The page formats its numbers for the reader: "1,368 ms".
  const m = /verified in ([\d,]+) ms/.exec(text);
  expect(m, text).not.toBeNull();
  return Number(m![1]!.replaceAll(',', ''));
}

async function copyLink(page: Page): Promise<string> {
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('Share link');
  await expect.poll(() => field.inputValue()).toMatch(/#s=/);
  return field.inputValue();
}

/** One message, naming where; the start screen still works (a scenario can be opened). */
async function refusedAndUsable(page: TrackedPage, pattern: RegExp): Promise<string> {
  const alert = page.getByTestId('save-alert');
  await expect.poll(() => alert.textContent(), CHECKED).toMatch(pattern);
  expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'Veto', level: 1 }).isVisible()).toBe(true);
  const text = (await alert.textContent()) ?? '';
  await page
    .getByRole('button', { name: /^Choose this scenario/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Choose players' }).waitFor();
  expect(page.errors).toEqual([]);
  return text;
}

// Each test plays or opens games in a fresh browser, and the checks run in a worker: on a
// busy machine that takes longer than the default minute.
describe('saves in the browser', { timeout: 120_000 }, () => {
  test('play two turns, download the save: it verifies with `cli replay` and opens in a fresh browser at the same fingerprint', async () => {
    const page = await twoTurns();
    const hash = await stateHash(page);
    const path = await downloadSave(page, 'two-turns.json');

    const r = cli(['replay', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`final hash ${hash}`);
    expect(r.stdout).toContain(`fingerprint ${fingerprint(hash)}`);

    const other = await freshPage();
    await openFile(other, path);
    await other.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    expect(await stateHash(other)).toBe(hash);
    expect(await turnText(other)).toBe('Turn 3 of 12');
    figures.push(`open + verify a 2-turn save file in Chromium: ${await verifiedMs(other)} ms`);
    expect(other.errors).toEqual([]);
  });

  test('a link opens in a fresh browser at the same fingerprint, and hashchange opens another', async () => {
    const page = await twoTurns();
    const hash = await stateHash(page);
    const link = await copyLink(page);
    expect(await page.getByTestId('link-info').textContent()).toBe(
      `${link.length} characters · fingerprint ${fingerprint(hash)}`,
    );
    figures.push(`share link after 2 turns: ${link.length} characters`);

    const other = await freshPage(link.slice(link.indexOf('#')));
    await other.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    expect(await stateHash(other)).toBe(hash);
    figures.push(`open + verify a 2-turn link in Chromium: ${await verifiedMs(other)} ms`);
    // Opened once: the code leaves the address, so a reload offers Continue instead.
    expect(await other.evaluate(() => location.hash)).toBe('');

    // The sender plays one more turn and sends a new link: the receiver's page follows the
    // address change (hashchange) and verifies the new game.
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByTestId('turn').getByText('Turn 4 of 12').waitFor();
    const link3 = await copyLink(page);
    await other.evaluate(
      (frag) => {
        location.hash = frag;
      },
      link3.slice(link3.indexOf('#')),
    );
    await expect.poll(() => turnText(other), CHECKED).toBe('Turn 4 of 12');
    expect(await stateHash(other)).toBe(await stateHash(page));
    expect(other.errors).toEqual([]);
  });

  test('Copy link: copied when the clipboard allows it; refused, the link stays selected in its field', async () => {
    const page = await twoTurns();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
    const link = await copyLink(page);
    await expect
      .poll(() => page.getByTestId('save-status').textContent())
      .toMatch(/^Link copied \([\d,]+ characters\)/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await openMenu(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByTestId('save-alert').textContent())
      .toBe('The link was not copied: the browser refused to copy; select the link and copy it by hand.');
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return {
        label: el.labels?.[0]?.textContent,
        all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
        value: el.value,
      };
    });
    expect(selected).toEqual({ label: 'Share link', all: true, value: link });
  });

  test('a tampered save shows one clear message naming the turn, and the start screen stays usable', async () => {
    const page = await twoTurns();
    const path = await downloadSave(page, 'to-tamper.json');
    const text = readFileSync(path, 'utf8');
    const tampered = text.replace('"amount":1500', '"amount":1400');
    expect(tampered).not.toBe(text);
    const bad = join(dir, 'tampered.json');
    writeFileSync(bad, tampered);

    const other = await freshPage();
    await openFile(other, bad);
    const msg = await refusedAndUsable(
      other,
      /^The file \u2068tampered\.json\u2069 cannot be opened: it was changed or damaged after it was saved\. Details: turns\[0\]: turn 1 does not verify/,
    );
    figures.push(`tampered save: "${msg}"`);
  });

  test('a truncated link shows one clear message and the start screen stays usable', async () => {
    const page = await twoTurns();
    const link = await copyLink(page);
    const frag = link.slice(link.indexOf('#'));
    const other = await freshPage(frag.slice(0, Math.floor(frag.length / 2)));
    const msg = await refusedAndUsable(
      other,
      /^The link cannot be opened: this is not a Veto save or link, or it is damaged\. Details: the code /,
    );
    figures.push(`truncated link: "${msg}"`);

    // The same broken link arriving mid-game (hashchange): the message, and the game stays.
    const hash = await stateHash(page);
    await page.evaluate(
      (f) => {
        location.hash = f;
      },
      frag.slice(0, Math.floor(frag.length / 2)),
    );
    await expect
      .poll(() => page.getByTestId('save-alert').textContent(), CHECKED)
      .toMatch(/^The link cannot be opened: this is not a Veto save or link, or it is damaged\. Details: the code /);
    expect(await stateHash(page)).toBe(hash);
    expect(await page.getByRole('button', { name: 'End turn' }).isEnabled()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  test('Continue after a reload restores the same fingerprint', async () => {
    const page = await twoTurns();
    const hash = await stateHash(page);
    await page.reload();
    const info = page.getByTestId('continue-info');
    await expect.poll(() => info.textContent(), CHECKED).toContain(`2 turns played, fingerprint ${fingerprint(hash)}`);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    expect(await stateHash(page)).toBe(hash);
    expect(await turnText(page)).toBe('Turn 3 of 12');
    figures.push(`Continue (read + verify a 2-turn autosave from IndexedDB): ${await verifiedMs(page)} ms`);
    expect(page.errors).toEqual([]);
  });

  test.each([
    {
      name: 'only the newest autosave edited: Continue falls back to the one before and says why',
      keys: ['autosave/current'],
      skipped: true,
    },
    {
      name: 'both autosaves edited: no Continue is offered, and the reason is shown',
      keys: ['autosave/current', 'autosave/previous'],
      skipped: false,
    },
  ])('$name', async ({ keys, skipped }) => {
    const page = await twoTurns();
    await page.evaluate(async (ks) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('veto');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const k of ks) {
        const tx = db.transaction('saves', 'readwrite');
        const os = tx.objectStore('saves');
        const got = os.get(k);
        await new Promise((res) => (got.onsuccess = res));
        os.put(String(got.result).replace('\\"amount\\":1500', '\\"amount\\":1400'), k);
        await new Promise((res) => (tx.oncomplete = res));
      }
      db.close();
    }, keys);
    await page.reload();
    if (skipped) {
      // The offer is what verified: the autosave before the edited one.
      await expect.poll(() => page.getByTestId('continue-info').textContent(), CHECKED).toContain('1 turn played');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('button', { name: 'End turn' }).waitFor();
      expect(await turnText(page)).toBe('Turn 2 of 12');
      expect(await page.getByTestId('save-status').textContent()).toMatch(
        /The newest autosave was skipped: it was changed or damaged after it was saved\. Details: turns\[0\]: turn 1 does not verify: .*\. This is the one before it\.$/,
      );
    } else {
      await refusedAndUsable(
        page,
        /^Your last game \(the autosave\) cannot be opened: it was changed or damaged after it was saved\. Details: turns\[0\]: turn 1 does not verify/,
      );
      expect(await page.getByRole('button', { name: 'Continue', exact: true }).count()).toBe(0);
    }
  });

  test('a failed autosave write is shown with a download offer, and the earlier autosave is kept', async () => {
    const page = await twoTurns();
    const kept = await stateHash(page);
    // The storage is full from now on: every put fails as a full disk makes it fail.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await endTurn(page, 4);
    const alert = page.getByTestId('save-alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^Autosave after turn 3 failed: saving: the browser's storage for this site is full\. Your earlier autosave is kept/,
      );
    await openMenu(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the save' }).click(),
    ]);
    const path = join(dir, 'offered.json');
    await download.saveAs(path);
    expect(cli(['replay', path]).stdout).toContain(`final hash ${await stateHash(page)}`);

    await page.reload();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    expect(await stateHash(page)).toBe(kept);
  });

  test('the replay viewer steps back with buttons and keys, and forks a game whose next turn matches playTurns in Node', async () => {
    const page = await twoTurns();
    const path = await downloadSave(page, 'for-fork.json');
    const final = await stateHash(page);
    await openMenu(page);
    await page.getByRole('button', { name: 'Replay viewer' }).click();
    await page.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    const position = page.getByTestId('replay-position');
    expect(await position.textContent()).toMatch(/^After turn 2 of 12 \(Jan 2024\)/);
    await page.getByRole('button', { name: 'First: the start' }).click();
    // The screen follows the store at the next animation frame.
    await expect.poll(() => position.textContent()).toMatch(/^The start, before turn 1/);
    expect(await page.getByRole('button', { name: 'Previous turn' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position.textContent()).toMatch(/^After turn 1 of 12/);
    await page.getByRole('slider', { name: 'Turn shown' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => stateHash(page)).toBe(final);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position.textContent()).toMatch(/^After turn 1 of 12/);

    const l = loadSave(readFileSync(path, 'utf8'));
    if (!l.ok) throw new Error(l.error.message);
    expect(await stateHash(page)).toBe(l.value.save.turns[0]!.hash);
    expect(await page.locator('.report').textContent()).toContain('(turn 1)');
    await screenshot(page, 'replay');

    await page.getByRole('button', { name: 'Play on from here' }).click();
    await page.getByRole('button', { name: 'End turn' }).waitFor();
    expect(await turnText(page)).toBe('Turn 2 of 12');
    // What playing on did, where the player is looking (the store says what, the page words it).
    await expect
      .poll(() => page.getByTestId('toast').textContent())
      .toBe('New branch from turn 1: turn 2 of the old game is not part of it.');
    await endTurn(page, 3);
    const controllers = { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' } as const;
    const expected = playTurns(l.value.states[1]!, 1, (s) =>
      assembleOrders(s, controllers, { RUS: [], PRK: [], CHN: [], UNSC: [] }, botOrders),
    );
    expect(await stateHash(page)).toBe(expected.turns[0]!.hash);
    expect(page.errors).toEqual([]);
  });

  test('a save made by `cli sim --save` opens in the browser at the same fingerprint', async () => {
    const path = join(dir, 'sim.json');
    const r = cli(['sim', `${ROOT}scenarios/summit-2023.json`, '--play', 'historical', '--save', path]);
    expect(r.code, r.stderr).toBe(0);
    const save = JSON.parse(readFileSync(path, 'utf8')) as { turns: { hash: string }[] };
    const page = await freshPage();
    await openFile(page, path);
    await page.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    expect(await stateHash(page)).toBe(save.turns.at(-1)!.hash);
    figures.push(`open + verify the ${save.turns.length}-turn cli sim save in Chromium: ${await verifiedMs(page)} ms`);
    expect(page.errors).toEqual([]);
  });

  test.each([
    {
      name: 'the 40-turn drill save (custom scenario embedded), dropped on the page',
      file: 'drill-40.v3.json',
      how: 'drop',
      hash: DRILL_FINAL,
    },
    {
      name: 'the version 2 drill save (migrated), dropped on the page',
      file: 'drill-40.v2.json',
      how: 'drop',
      hash: DRILL_FINAL,
    },
    {
      name: 'the version 1 golden save (migrated), through the file picker',
      file: 'summit-2023.v1.json',
      how: 'picker',
      hash: SUMMIT_FINAL,
    },
    {
      name: 'the golden 12-turn link, in the address',
      file: 'summit-2023.link2.txt',
      how: 'address',
      hash: SUMMIT_FINAL,
    },
    {
      name: 'the golden 12-turn link of share format 1, in the address',
      file: 'summit-2023.link1.txt',
      how: 'address',
      hash: SUMMIT_FINAL,
    },
    {
      name: 'the 40-turn drill link (scenario embedded), in the address',
      file: 'drill-40.link2.txt',
      how: 'address',
      hash: DRILL_FINAL,
    },
  ] as const)('golden: $name opens at the pinned hash', async ({ file, how, hash }) => {
    const text = readFileSync(`${SAVES_DIR}${file}`, 'utf8');
    let page: TrackedPage;
    if (how === 'address') {
      const code = text.trim();
      page = await freshPage(`#s=${code.slice(code.indexOf('#s=') >= 0 ? code.indexOf('#s=') + 3 : 0)}`);
    } else {
      page = await freshPage();
      if (how === 'picker') await openFile(page, `${SAVES_DIR}${file}`);
      else {
        const dt = await page.evaluateHandle(
          ({ body, name }) => {
            const d = new DataTransfer();
            d.items.add(new File([body], name, { type: 'application/json' }));
            return d;
          },
          { body: text, name: file },
        );
        await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
        await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
      }
    }
    await page.getByRole('heading', { name: /^Replay:/, level: 1 }).waitFor();
    await expect.poll(() => stateHash(page)).toBe(hash);
    figures.push(`open + verify ${file} (${how}) in Chromium: ${await verifiedMs(page)} ms`);
    expect(page.errors).toEqual([]);
  });
});
