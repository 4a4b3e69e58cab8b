/**
 * Scenario text is inserted as text, never HTML: no module in src/ui (or the shell) may use an
 * HTML-parsing sink. The DOM builder (src/ui/dom.ts) creates Text nodes for every string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const UI = fileURLToPath(new URL('../../src/ui/', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const SINKS = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'document.write',
  'DOMParser',
  'createContextualFragment',
];

const files = [
  ...readdirSync(UI)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${UI}${f}`),
  MAIN,
];

test.each(files.map((f) => [f.split('/src/')[1]!, f]))('%s uses no HTML-parsing sink', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  expect(SINKS.filter((s) => text.includes(s))).toEqual([]);
});
