import { describe, expect, it } from 'vitest';
import {
  catalogProblems,
  provideShippedScenarios,
  codeFromHash,
  copyText,
  shareUrl,
  shippedCatalog,
  writeCodeToAddress,
} from '../../src/persist/index.ts';
import { loadShareCode } from '../../src/save/index.ts';
import { golden } from '../save/helpers.ts';
import { SUMMIT_SCENARIO_HASH } from '../save/pins.ts';
import { shippedFiles } from '../fixtures.ts';

// In Node the page's fetch is replaced by the files on disk (the same texts Vite serves).
provideShippedScenarios(shippedFiles());

describe('codeFromHash', () => {
  it.each([
    { hash: '', code: undefined },
    { hash: '#', code: undefined },
    { hash: '#s=', code: undefined },
    { hash: '#s=1abc', code: '1abc' },
    { hash: 's=1abc', code: '1abc' },
    { hash: '#lang=en&s=1abc', code: '1abc' },
    { hash: '#turn=3', code: undefined },
  ])('$hash → $code', ({ hash, code }) => {
    expect(codeFromHash(hash)).toBe(code);
  });
});

describe('shareUrl and the address bar', () => {
  it.each([
    { href: 'https://veto.example/play/', url: 'https://veto.example/play/#s=1abc' },
    { href: 'https://veto.example/play/?x=1#s=1old', url: 'https://veto.example/play/?x=1#s=1abc' },
    { href: 'file:///tmp/veto/index.html#', url: 'file:///tmp/veto/index.html#s=1abc' },
  ])('$href', ({ href, url }) => {
    expect(shareUrl(href, '1abc')).toBe(url);
  });

  it.each([
    { code: '1abc' as string | undefined, url: 'https://v.example/#s=1abc' },
    { code: undefined, url: 'https://v.example/' },
  ])('writes $code into the address without a history entry', ({ code, url }) => {
    const calls: unknown[][] = [];
    writeCodeToAddress(
      { replaceState: (...a: unknown[]) => calls.push(a) },
      { href: 'https://v.example/#s=1old', hash: '#s=1old' },
      code,
    );
    expect(calls).toEqual([[null, '', url]]);
  });
});

describe('copyText', () => {
  it.each([
    { name: 'copied', clipboard: { writeText: () => Promise.resolve() }, result: { ok: true, value: undefined } },
    {
      name: 'refused',
      clipboard: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      result: { ok: false, error: 'the browser refused to copy; select the link and copy it by hand' },
    },
    {
      name: 'no clipboard',
      clipboard: undefined,
      result: { ok: false, error: 'this browser cannot copy from a page; select the link and copy it by hand' },
    },
  ])('$name', async ({ clipboard, result }) => {
    expect(await copyText(clipboard, 'x')).toStrictEqual(result);
  });
});

describe('the shipped catalog', () => {
  it('holds every shipped scenario, valid, with its content hash', () => {
    expect(shippedCatalog().ids()).toContain('summit-2023');
    expect(shippedCatalog().get('summit-2023')!.hash).toBe(SUMMIT_SCENARIO_HASH);
    expect(catalogProblems()).toEqual([]);
  });

  it('opens the golden link', () => {
    expect(loadShareCode(golden('summit-2023.link2.txt'), shippedCatalog()).ok).toBe(true);
  });
});
