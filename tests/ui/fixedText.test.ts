/**
 * Every player-facing string of the single-device page comes from the message catalogue
 * (src/ui/i18n): no file of src/ui (outside the catalogue itself and the class pages,
 * src/ui/class), src/ui/orders or src/main.ts puts a fixed English sentence on screen. The
 * scanner (fixedText.ts) is held against a table of snippets first, so the test can fail.
 * And every message of the catalogue is used (ids found in the source, src/ui/class included).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { fixedText, idsUsed, readsLikeWords } from './fixedText.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const IDS: ReadonlySet<string> = new Set(Object.keys(en));

/** The page's own source: src/ui/*.ts, src/ui/orders/*.ts and the entry, src/main.ts.
 * Not src/ui/i18n (the catalogue: words are its job) nor src/ui/class (the class pages). */
function pageSources(): string[] {
  const ts = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [...ts('src/ui'), ...ts('src/ui/orders'), 'src/main.ts'];
}

/**
 * Fixed text that is on purpose not in the catalogue, as "file: text". Empty: add an entry
 * only for text a player never reads, with the reason beside it.
 */
const ALLOWED: readonly string[] = [];

describe('the scanner', () => {
  test.each([
    ['Save game', true],
    ['Checking ', true],
    [' or drop a save file on the page ', true],
    ['Cancel', true],
    ['saves.region', false],
    ['hint', false],
    [' — ', false],
    ['', false],
    ['%', false],
  ])('%j reads like words: %s', (text, words) => {
    expect(readsLikeWords(text)).toBe(words);
  });

  test.each([
    ["h('p', {}, 'Hello there');", ['Hello there']],
    ["h('label', { for: id }, 'Share link ', field);", ['Share link ']],
    ["button('Cancel', () => stop());", ['Cancel']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as text, templates and all
    ['el.textContent = `Checking ${what}: turn ${n}`;', ['Checking ', ': turn ']],
    ["h('section', { 'aria-label': 'Saved games' });", ['Saved games']],
    ["h('p', { title: 'More about this' });", ['More about this']],
    ["store.getState().setSaveNotice('error', 'There is no autosave.');", ['There is no autosave.']],
    ["const what = file.name ?? 'the file';", ['the file']],
    ["el.setAttribute('aria-label', 'Close the menu');", ['Close the menu']],
    ["h('p', { class: 'hint warn', 'data-testid': 'save alert' });", []],
    ["doc.querySelector('.digest h2');", []],
    ["el.classList.add('toast error');", []],
    ["console.warn('The map could not start; showing the schematic map instead.', why);", []],
    ["throw new Error('index.html has no #app element');", []],
    ["if (ev.key === 'Escape') close();", []],
    ["switch (x) { case 'Some Thing': break; }", []],
    ["t('saves.region');", []],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as text, templates and all
    ['t(`actorTitle.${a}` as const);', []],
    ["import { h } from './dom.ts';", []],
    ["type Tone = 'All good' | 'Not good';", []],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as text, templates and all
    ['el.style.transform = `translate(${x}px, ${y}px)`;', []],
    // where text is certainly shown, one word in lower case is a finding too
    ["h('span', {}, n, ' ', n === 1 ? 'turn' : 'turns');", ['turn', 'turns']],
    ["el.textContent = ready ? '' : 'waiting';", ['waiting']],
    ["el.append(' or ', other);", [' or ']],
    ["h('p', { title: 'hash' });", ['hash']],
    ["el.setAttribute('title', 'hash');", ['hash']],
    ["h('p', { class: 'hint' }, t('saves.dropHint'));", []],
    ["button(t('saves.save'), go);", []],
    ["const steps = [{ part: 'map', title: 'walk.1.title' }];", []],
    ["el.className = 'toast error';", []],
  ])('%s', (source, found) => {
    expect(fixedText(source, IDS).map((f) => f.text)).toEqual(found);
  });

  test('findings carry their line', () => {
    expect(fixedText("const a = 1;\n\nbutton('Save game', go);\n")).toEqual([{ line: 3, text: 'Save game' }]);
  });
});

describe('the page', () => {
  test('scans the files it means to', () => {
    const files = pageSources();
    expect(files).toContain('src/ui/savesBar.ts');
    expect(files).toContain('src/ui/saveController.ts');
    expect(files).toContain('src/ui/orders/ordersPanel.ts');
    expect(files).toContain('src/main.ts');
    expect(files.filter((f) => f.startsWith('src/ui/i18n/') || f.startsWith('src/ui/class/'))).toEqual([]);
  });

  test('puts no fixed English on screen: every sentence comes from the catalogue', () => {
    const found = pageSources().flatMap((file) =>
      fixedText(readFileSync(join(ROOT, file), 'utf8'), IDS, file)
        .filter((f) => !ALLOWED.includes(`${file}: ${f.text}`))
        .map((f) => `${file}:${f.line}: ${JSON.stringify(f.text)}`),
    );
    expect(found).toEqual([]);
  });
});

/** Every .ts file under src/ui but the catalogue (the class pages included: they use it too),
 * and the entry. */
function catalogueUsers(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      const p = `${dir}/${f}`;
      if (statSync(join(ROOT, p)).isDirectory()) {
        if (p !== 'src/ui/i18n') walk(p);
      } else if (p.endsWith('.ts')) out.push(p);
    }
  };
  walk('src/ui');
  return [...out, 'src/main.ts'];
}

/** Messages no code uses at the time of writing (each either gets used or leaves the
 * catalogue; the test fails when one here is used, to keep this list exact). */
const UNUSED: readonly string[] = ['menu.quitConfirm', 'walk.label'];

describe('the catalogue', () => {
  test('every message is used by the page, by its id or by a pattern of ids (`actor.<code>`)', () => {
    const used = catalogueUsers().map((f) => idsUsed(readFileSync(join(ROOT, f), 'utf8'), f));
    const isUsed = (id: string): boolean => used.some((u) => u.exact.has(id) || u.patterns.some((p) => p.test(id)));
    expect(Object.keys(en).filter((id) => !isUsed(id))).toEqual(UNUSED);
  });

  test('the saved-games messages are each used by their own id', () => {
    const used = catalogueUsers().map((f) => idsUsed(readFileSync(join(ROOT, f), 'utf8'), f).exact);
    const ids = Object.keys(en).filter((id) => id.startsWith('saves.'));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !used.some((u) => u.has(id)))).toEqual([]);
  });
});
