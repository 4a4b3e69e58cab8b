/** Download and open helpers, with fakes for the page. */
import { describe, expect, it, vi } from 'vitest';
import type { DownloadEnv, ReadableFile } from '../../src/persist/index.ts';
import {
  downloadText,
  droppedFile,
  fetchShippedScenarios,
  readSaveFile,
  verifyRequest,
  provideShippedScenarios,
  saveFileName,
  shippedCatalog,
} from '../../src/persist/index.ts';
import { shippedFiles } from '../fixtures.ts';
import { cutSave } from '../../src/save/index.ts';
import { golden, realisticSave } from '../save/helpers.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';

// In Node the page's fetch is replaced by the files on disk (the same texts Vite serves).
provideShippedScenarios(shippedFiles());

const fileOf = (text: string, name = 'game.json'): ReadableFile => ({
  size: new TextEncoder().encode(text).length,
  name,
  text: () => Promise.resolve(text),
});

describe('saveFileName', () => {
  it.each([
    { turns: 0, name: 'veto-summit-2023-turn-00.json' },
    { turns: 7, name: 'veto-summit-2023-turn-07.json' },
    { turns: 12, name: 'veto-summit-2023-turn-12.json' },
  ])('$turns turns → $name', ({ turns, name }) => {
    expect(saveFileName(cutSave(realisticSave(), turns))).toBe(name);
  });
});

describe('downloadText', () => {
  it('clicks a hidden link to a blob with the file name', async () => {
    vi.useFakeTimers();
    const clicked: { href: string; download: string }[] = [];
    const revoked: string[] = [];
    let blob: Blob | undefined;
    const env: DownloadEnv = {
      createElement: () => {
        const a = {
          href: '',
          download: '',
          rel: '',
          style: { display: '' },
          click: () => clicked.push({ href: a.href, download: a.download }),
          remove: () => {},
        };
        return a as unknown as HTMLAnchorElement;
      },
      appendChild: () => {},
      createObjectURL: (b) => {
        blob = b;
        return 'blob:1';
      },
      revokeObjectURL: (u) => revoked.push(u),
    };
    expect(downloadText(env, 'veto.json', '{"a":1}')).toStrictEqual({ ok: true, value: undefined });
    expect(clicked).toEqual([{ href: 'blob:1', download: 'veto.json' }]);
    expect(await blob!.text()).toBe('{"a":1}');
    expect(blob!.type).toBe('application/json');
    vi.advanceTimersByTime(10_000);
    expect(revoked).toEqual(['blob:1']);
    vi.useRealTimers();
  });

  it('reports a page that cannot download', () => {
    const env = {
      createObjectURL: () => {
        throw new DOMException('no', 'NotSupportedError');
      },
    } as unknown as DownloadEnv;
    expect(downloadText(env, 'x.json', '')).toEqual({
      ok: false,
      error: 'the download could not start (NotSupportedError)',
    });
  });
});

describe('readSaveFile, then the verifier', () => {
  it.each([
    { name: 'a save file', text: golden('summit-2023.v3.json') },
    { name: 'a version 2 save file', text: golden('summit-2023.v2.json') },
    { name: 'a version 1 save file', text: golden('summit-2023.v1.json') },
    { name: 'a save file with a byte-order mark', text: `\ufeff${golden('summit-2023.v3.json')}` },
    { name: 'a text file holding a link', text: golden('summit-2023.link2.txt') },
    {
      name: 'a text file holding a wrapped link',
      text: `  ${golden('summit-2023.link2.txt').replace(/(.{60})/g, '$1\n  ')}`,
    },
  ])('opens $name', async ({ text }) => {
    const read = await readSaveFile(fileOf(text));
    if (!read.ok) throw new Error(read.error.message);
    const r = verifyRequest({ kind: 'text', text: read.value }, shippedCatalog());
    expect(r.ok && r.value.finalHash).toBe(SUMMIT_FINAL);
  });

  it.each([
    { name: 'a picture', text: '\u0089PNG\r\n' },
    { name: 'notes that start with a digit', text: '2 things to remember for class' },
    { name: 'a short code-like word', text: '3abcdef' },
  ])('calls $name what it is: not a save or link (never "a newer format")', async ({ text }) => {
    const read = await readSaveFile(fileOf(text));
    if (!read.ok) throw new Error(read.error.message);
    expect(verifyRequest({ kind: 'text', text: read.value }, shippedCatalog())).toEqual({
      ok: false,
      error: {
        kind: 'unreadable',
        path: '(root)',
        message: 'not a Veto save or link (a save is a JSON file that starts with "{"; a link holds "#s=")',
        more: 0,
      },
    });
  });

  it('refuses a file over 1 MiB without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const r = await readSaveFile({ size: 5_000_000, name: 'movie.mp4', text });
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'unreadable',
        path: 'movie.mp4',
        message: 'is 5000000 bytes; a save may have at most 1048576',
        more: 0,
      },
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be read', async () => {
    const r = await readSaveFile({
      size: 10,
      name: 'gone.json',
      text: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(r).toEqual({
      ok: false,
      error: { kind: 'unreadable', path: 'gone.json', message: 'could not be read', more: 0 },
    });
  });

  it('works with a real Blob', async () => {
    const text = golden('summit-2023.v3.json');
    expect(await readSaveFile(new Blob([text]))).toEqual({ ok: true, value: text });
  });
});

describe('droppedFile', () => {
  const f = fileOf('{}');
  it.each([
    { name: 'nothing', dt: null, result: { ok: false, error: 'drop a Veto save file (.json)' } },
    {
      name: 'no files (dragged text)',
      dt: { files: [] },
      result: { ok: false, error: 'drop a Veto save file (.json)' },
    },
    {
      name: 'two files',
      dt: { files: [f, f] },
      result: { ok: false, error: 'drop one save file at a time (got 2)' },
    },
    { name: 'one file', dt: { files: [f] }, result: { ok: true, value: f } },
  ])('$name', ({ dt, result }) => {
    expect(droppedFile(dt)).toStrictEqual(result);
  });
});

describe('fetching the shipped scenarios', () => {
  it('fetches every shipped file (not the schema) and records a failed fetch per file, never rejecting', async () => {
    const seen: string[] = [];
    const fake = ((url: string) => {
      seen.push(url);
      if (url.includes('visit-2000')) return Promise.resolve(new Response('nope', { status: 404 }));
      if (url.includes('split-2022')) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response('{"x":1}', { status: 200 }));
    }) as unknown as typeof fetch;
    const files = await fetchShippedScenarios(fake);
    expect(files.map((f) => ('text' in f ? [f.name, 'text'] : [f.name, f.error]))).toEqual([
      ['maximum-pressure-2017.json', 'text'],
      ['pandemic-2020.json', 'text'],
      ['pyongyang-2024.json', 'text'],
      ['split-2022.json', 'could not be loaded (network error)'],
      ['summit-2023.json', 'text'],
      ['visit-2000-long.json', 'could not be loaded (HTTP 404)'],
      ['visit-2000.json', 'could not be loaded (HTTP 404)'],
    ]);
    expect(seen.some((u) => u.includes('schema'))).toBe(false);
  });
});
