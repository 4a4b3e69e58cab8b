/** The byte-level pieces of share codes: varints, base64url, generic packing, inflate bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../src/save/base64url.ts';
import { ByteReader, ByteWriter, DecodeError } from '../../src/save/bytes.ts';
import { boundedInflate, deflate } from '../../src/save/inflate.ts';
import { StringTable, packValue, readTable, unpackValue } from '../../src/save/packing.ts';

function pack(v: unknown): Uint8Array {
  const t = new StringTable();
  t.collect(v);
  const w = new ByteWriter();
  t.write(w);
  packValue(w, t, v);
  return w.finish();
}

function unpack(b: Uint8Array): unknown {
  const r = new ByteReader(b);
  const v = unpackValue(r, readTable(r));
  expect(r.remaining).toBe(0);
  return v;
}

describe('varints', () => {
  it.each([
    { n: 0, bytes: [0] },
    { n: 127, bytes: [127] },
    { n: 128, bytes: [128, 1] },
    { n: 300, bytes: [172, 2] },
    { n: 2 ** 32, bytes: [128, 128, 128, 128, 16] },
    { n: Number.MAX_SAFE_INTEGER, bytes: [255, 255, 255, 255, 255, 255, 255, 15] },
  ])('$n is $bytes', ({ n, bytes }) => {
    const w = new ByteWriter();
    w.varint(n);
    expect([...w.finish()]).toEqual(bytes);
    expect(new ByteReader(new Uint8Array(bytes)).varint()).toBe(n);
  });

  it.each([
    { name: 'cut short', bytes: [128], message: 'the code is cut short' },
    {
      name: 'nine bytes long',
      bytes: [128, 128, 128, 128, 128, 128, 128, 128, 1],
      message: 'a number in the code is too long',
    },
    {
      name: 'above 2^53',
      bytes: [255, 255, 255, 255, 255, 255, 255, 127],
      message: 'a number in the code is too large',
    },
  ])('refuses a varint $name', ({ bytes, message }) => {
    expect(() => new ByteReader(new Uint8Array(bytes)).varint()).toThrow(new DecodeError(message));
  });
});

describe('base64url', () => {
  it('agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const s = encodeBase64url(b);
        expect(s).toBe(Buffer.from(b).toString('base64url'));
        const d = decodeBase64url(s);
        expect(d.ok && [...d.value]).toEqual([...b]);
      }),
    );
  });

  it.each([
    { s: 'ab+c', at: 2, reason: 'character "+" is not allowed' },
    { s: 'ab c', at: 2, reason: 'character " " is not allowed' },
    { s: 'abcde', at: 5, reason: 'its length is impossible (a character is missing or extra)' },
    { s: 'ab\u00e9', at: 2, reason: 'character "é" is not allowed' },
  ])('refuses $s', ({ s, at, reason }) => {
    expect(decodeBase64url(s)).toEqual({ ok: false, error: { at, reason } });
  });
});

describe('generic packing', () => {
  it('round-trips any JSON value, except that forbidden keys are refused', () => {
    const forbidden = (v: unknown): string | undefined => {
      if (Array.isArray(v)) return v.map(forbidden).find((k) => k !== undefined);
      if (v === null || typeof v !== 'object') return undefined;
      for (const [k, x] of Object.entries(v)) {
        const f = ['__proto__', 'constructor', 'prototype'].includes(k) ? k : forbidden(x);
        if (f !== undefined) return f;
      }
      return undefined;
    };
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false, maxDepth: 8 }), (v) => {
        const clean = JSON.parse(JSON.stringify(v)) as unknown; // -0 becomes 0 in JSON
        const bad = forbidden(clean);
        if (bad === undefined) expect(unpack(pack(clean))).toEqual(clean);
        else expect(() => unpack(pack(clean))).toThrow(DecodeError);
      }),
      { numRuns: 1000 },
    );
  });

  it('packs an order of a kind the engine does not have yet, unchanged', () => {
    const order = {
      kind: 'vote',
      actor: 'CHN',
      draft: 'R-2024-1',
      ballot: 'abstain',
      weight: -3,
      note: null,
      share: 0.25,
      nested: { list: [true, false] },
    };
    expect(unpack(pack([order]))).toEqual([order]);
  });

  it.each([
    { name: '__proto__ as a key', key: '__proto__', message: 'the key "__proto__" is not allowed' },
    { name: 'prototype as a key', key: 'prototype', message: 'the key "prototype" is not allowed' },
  ])('refuses $name', ({ key, message }) => {
    const w = new ByteWriter();
    w.varint(1);
    w.string(key);
    w.byte(3); // object
    w.varint(1);
    w.varint(0);
    w.byte(7); // null
    expect(() => unpack(w.finish())).toThrow(new DecodeError(message));
  });

  it('refuses nesting deeper than 16', () => {
    const w = new ByteWriter();
    w.varint(0);
    for (let i = 0; i < 40; i++) {
      w.byte(4);
      w.varint(1);
    }
    w.byte(7);
    expect(() => unpack(w.finish())).toThrow(new DecodeError('values are nested more than 16 levels deep'));
  });

  it('refuses a count larger than the bytes left, before allocating', () => {
    const w = new ByteWriter();
    w.varint(0);
    w.byte(4);
    w.varint(9999);
    expect(() => unpack(w.finish())).toThrow(new DecodeError('the code is cut short'));
  });
});

describe('bounded inflate', () => {
  it.each([
    { name: '2 MiB exactly', size: 2 * 1024 * 1024, ok: true },
    { name: '2 MiB and one byte', size: 2 * 1024 * 1024 + 1, ok: false },
  ])('$name of zeros', ({ size, ok }) => {
    const r = boundedInflate(deflate(new Uint8Array(size)));
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).toBe('tooLarge');
    else expect(r.value.length).toBe(size);
  });

  it('stops a 40 MiB bomb (the most a 64 KiB code can hold) early', () => {
    const bomb = deflate(new Uint8Array(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(boundedInflate(bomb)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it.each([
    { name: 'cut in half', cut: (b: Uint8Array) => b.subarray(0, b.length >> 1), reason: 'truncated' },
    { name: 'empty', cut: () => new Uint8Array(0), reason: 'truncated' },
    { name: 'an invalid block type', cut: () => new Uint8Array([0x07, 0, 0]), reason: 'corrupt' },
  ])('reports input $name', ({ cut, reason }) => {
    const b = deflate(new TextEncoder().encode('veto '.repeat(500) + Array.from({ length: 300 }, (_, i) => i).join()));
    expect(boundedInflate(cut(b))).toEqual({ ok: false, error: reason });
  });
});
