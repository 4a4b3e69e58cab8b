/**
 * The class pages (src/ui/class) word everything through the message catalogue: no string
 * literal in their sources reads as English (a letter and a space, or a capitalised word),
 * except the few a player never reads, listed below with the reason; none of them uses the
 * engine's fixed-English helpers (explain.ts, the label tables); and every class message of
 * the catalogue is used by them. The scanner is checked on a table of named snippets first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classPages } from '../../src/ui/i18n/en/class.ts';
import { literals, readsAsEnglish } from './sourceLiterals.ts';

const DIR = join(import.meta.dirname, '../../src/ui/class');

/**
 * Literals a player never reads, by file: each with why it is not a catalogue message.
 * (CSS class lists, `{ class: 'panel report' }`, are never read either: skipped by key.)
 */
const ALLOWED: Readonly<Record<string, readonly { text: string; why: string }[]>> = {
  // A page without its #app element is a broken build, reported to the developer console.
  'consoleEntry.ts': [{ text: 'console.html has no #app element', why: 'developer error' }],
  'joinEntry.ts': [{ text: 'class.html has no #app element', why: 'developer error' }],
  // The HTTP Authorization scheme, part of the protocol.
  'consoleApi.ts': [{ text: 'Bearer ', why: 'HTTP header' }],
};

function sources(): { file: string; text: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
}

describe('the literal scanner', () => {
  test.each([
    ['a plain string', `h('p', {}, 'Hello there');`, ['p', 'Hello there']],
    ['double quotes', `const a = "It's here";`, ["It's here"]],
    [
      'a template, its static parts',
      `const a = \`You are \${name} in game \${n + 1}\`;`,
      ['You are ', ' in game ', ''],
    ],
    ['a nested template', `x(\`a \${f(\`b \${c} d\`)} e\`)`, ['a ', 'b ', ' d', ' e']],
    ['an object in a template expression', `x(\`a \${g({ k: 1 })} b\`)`, ['a ', ' b']],
    ['comments are skipped', "// 'Not this'\n/* 'nor this' */ f('this')", ['this']],
    ['a regex with quotes is skipped', "const r = /'[a-z]\"/g; f('after')", ['after']],
    ['a regex after return', "function f() { return /a b/.test(x) ? 'yes it is' : '' }", ['yes it is', '']],
    ['a division is not a regex', "const a = b / 2; f('c / d')", ['c / d']],
    ['escaped quotes', "f('it\\'s')", ["it\\'s"]],
  ])('%s', (_name, src, want) => {
    expect(literals(src).map((l) => l.text)).toEqual(want);
  });

  test('lines are counted through comments and templates', () => {
    const src = "/* one\n two */\nf('a');\nconst x = `b\nc`;\nf('d')";
    expect(literals(src)).toEqual([
      { line: 3, text: 'a', key: null },
      { line: 4, text: 'b\nc', key: null },
      { line: 6, text: 'd', key: null },
    ]);
  });

  test('a property value records its property', () => {
    const src = "h('p', { class: 'panel report', 'aria-label': t('x'), role: 'status' }, x ? 'a b' : 'c d')";
    expect(literals(src).map((l) => [l.text, l.key])).toEqual([
      ['p', null],
      ['panel report', 'class'],
      ['aria-label', null],
      ['x', null],
      ['status', 'role'],
      ['a b', null],
      ['c d', null],
    ]);
  });

  test.each([
    ['Send my orders', true],
    ['Pause', true],
    ['Bearer ', true],
    ['class.orders.send', false],
    ['aria-describedby', false],
    [' · ', false],
    ['GET', false],
    ['M', false],
    ['', false],
  ])('%j reads as English: %s', (text, want) => {
    expect(readsAsEnglish(text)).toBe(want);
  });
});

describe('the class pages', () => {
  test('put no fixed English on screen: every sentence is a catalogue message', () => {
    const found = sources().flatMap(({ file, text }) => {
      const allowed = new Set((ALLOWED[file] ?? []).map((a) => a.text));
      return literals(text)
        .filter((l) => l.key !== 'class' && readsAsEnglish(l.text) && !allowed.has(l.text))
        .map((l) => `src/ui/class/${file}:${l.line}: ${JSON.stringify(l.text)}`);
    });
    expect(found).toEqual([]);
  });

  test('every allowed literal is still there (the list does not outlive its reasons)', () => {
    const all = new Map(sources().map(({ file, text }) => [file, new Set(literals(text).map((l) => l.text))]));
    const stale = Object.entries(ALLOWED).flatMap(([file, list]) =>
      list.filter((a) => !all.get(file)?.has(a.text)).map((a) => `${file}: ${JSON.stringify(a.text)}`),
    );
    expect(stale).toEqual([]);
  });

  test("use none of the engine's fixed-English helpers (explain.ts, label tables)", () => {
    const ENGINE_ENGLISH =
      /\b(?:explain\w*|describeTarget|ACTOR_NAME|INDICATOR_LABEL|MEASURE_LABEL|UNITS|formatDate)\b/;
    const found = sources().flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((l, i) => (ENGINE_ENGLISH.test(l) ? [`src/ui/class/${file}:${i + 1}: ${l.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  test("the class part of the catalogue holds the class pages' keys, and the game's page uses none", () => {
    expect(Object.keys(classPages).filter((k) => !k.startsWith('class.'))).toEqual([]);
    const gamePage = join(import.meta.dirname, '../../src/ui');
    const used: string[] = [];
    for (const f of readdirSync(gamePage, { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.ts') || f.startsWith('class/') || f.startsWith('i18n/')) continue;
      const text = readFileSync(join(gamePage, f), 'utf8');
      for (const m of text.matchAll(/['`](class\.[A-Za-z0-9_.]+)/g)) used.push(`${f}: ${m[1]}`);
    }
    expect(used).toEqual([]);
  });

  test('every class message of the catalogue is used by them', () => {
    const text = sources()
      .map((s) => s.text)
      .join('\n');
    const unused = Object.keys(classPages).filter(
      (k) => !text.includes(`'${k}'`) && !text.includes(`\`${k.slice(0, k.lastIndexOf('.') + 1)}\${`),
    );
    expect(unused).toEqual([]);
  });
});
