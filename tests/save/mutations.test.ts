/**
 * 10,000 random mutations of a share link, at every layer: characters of the code, bits and
 * bytes of the compressed stream, and bits, bytes, insertions and deletions of the packed game
 * under the compression (recompressed, so they reach the decoder). Whatever the mutation, the
 * link either is refused or opens to exactly the original game: the same scenario text, names,
 * engine, seed, orders and states. The link embeds its scenario, so most of its bytes are text
 * that a player would be shown.
 *
 * It replays thousands of games, so it runs in the `balance` project (the slow tables), not
 * in `fast`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../src/save/base64url.ts';
import { INTERNAL_ERROR } from '../../src/save/errors.ts';
import { boundedInflate, deflate } from '../../src/save/inflate.ts';
import { EMPTY_CATALOG, encodeShareCode, loadShareCode } from '../../src/save/index.ts';
import { realisticSave } from './helpers.ts';

const SAVE = realisticSave();
const CODE = encodeShareCode(SAVE, EMPTY_CATALOG);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const compressed = ((): Uint8Array => {
  const b = decodeBase64url(CODE.slice(1));
  if (!b.ok) throw new Error('the link does not decode');
  return b.value;
})();
const payload = ((): Uint8Array => {
  const r = boundedInflate(compressed);
  if (!r.ok) throw new Error('the link does not inflate');
  return r.value;
})();

const code = (bytes: Uint8Array): string => `2${encodeBase64url(bytes)}`;
const inner = (bytes: Uint8Array): string => code(deflate(bytes));

/** One random change: the kind, and where (a fraction of the length) and what (a number). */
type Mutation = {
  layer: 'text' | 'compressed' | 'payload';
  op: 'flip' | 'set' | 'insert' | 'delete';
  at: number;
  x: number;
};

function apply(m: Mutation): string {
  if (m.layer === 'text') {
    const i = 1 + Math.floor(m.at * (CODE.length - 1));
    const c = ALPHABET.charAt(m.x % ALPHABET.length);
    if (m.op === 'delete') return CODE.slice(0, i) + CODE.slice(i + 1);
    if (m.op === 'insert') return CODE.slice(0, i) + c + CODE.slice(i);
    return CODE.slice(0, i) + c + CODE.slice(i + 1);
  }
  const src = m.layer === 'compressed' ? compressed : payload;
  const i = Math.floor(m.at * src.length);
  let out: Uint8Array;
  if (m.op === 'flip') {
    out = src.slice();
    out[i] = (out[i] ?? 0) ^ (1 << (m.x % 8));
  } else if (m.op === 'set') {
    out = src.slice();
    out[i] = m.x % 256;
  } else if (m.op === 'insert') out = new Uint8Array([...src.subarray(0, i), m.x % 256, ...src.subarray(i)]);
  else out = new Uint8Array([...src.subarray(0, i), ...src.subarray(i + 1)]);
  return m.layer === 'compressed' ? code(out) : inner(out);
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  layer: fc.constantFrom('text', 'compressed', 'payload'),
  op: fc.constantFrom('flip', 'set', 'insert', 'delete'),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  x: fc.nat(),
});

describe('random mutations of a link', () => {
  it('10,000 of them: each is refused, or opens to exactly the original game', () => {
    let opened = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const text = apply(m);
        const r = loadShareCode(text, EMPTY_CATALOG);
        if (r.ok) {
          opened++;
          // Everything shown comes from the save and the states replayed from it.
          expect(r.value.save).toEqual(SAVE);
          expect(r.value.finalHash).toBe(SAVE.turns.at(-1)?.hash);
        } else {
          refused++;
          expect(r.error.message).not.toContain(INTERNAL_ERROR);
        }
      }),
      { numRuns: 10_000, seed: 13 },
    );
    console.log(`link mutations: ${refused} refused, ${opened} opened to the original game`);
    expect(opened + refused).toBe(10_000);
  }, 900_000);
});
