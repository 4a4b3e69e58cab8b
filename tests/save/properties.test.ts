/**
 * Hostile input, generated: random bytes and text, truncations, bit flips, and valid saves
 * and links with one part changed. Whatever comes in, loading never throws, and it never
 * hands back a game that does not verify when replayed and hashed independently here (the
 * chain's formula is written out again below: it is a contract of the format).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashState, resolveTurn, sha256Hex } from '../../src/engine/index.ts';
import { decodeBase64url, encodeBase64url } from '../../src/save/base64url.ts';
import { INTERNAL_ERROR } from '../../src/save/errors.ts';
import { boundedInflate, deflate } from '../../src/save/inflate.ts';
import type { LoadedGame, SaveResult } from '../../src/save/index.ts';
import { SAVE_ERROR_KINDS, loadSave, loadShareCode } from '../../src/save/index.ts';
import { initialState, scenarioContentHash } from '../../src/scenario/index.ts';
import { golden, shipped } from './helpers.ts';

const SAVE = golden('summit-2023.v3.json');
const SAVE_V2 = golden('summit-2023.v2.json');
const SAVE_V1 = golden('summit-2023.v1.json');
const LINK = golden('summit-2023.link2.txt').trim();

/** Replays and re-chains the loaded save with no help from the save module. */
function verifiesIndependently(g: LoadedGame): boolean {
  const s = g.save;
  if (scenarioContentHash(s.scenario) !== s.scenarioHash) return false;
  let link = sha256Hex(`veto-game-start\n${s.engine}\n${s.scenarioHash}\n${s.seed}\n${canonicalJson(s.players)}`);
  if (link !== s.start) return false;
  let state = initialState(s.scenario, s.seed);
  for (const t of s.turns) {
    state = resolveTurn(state, t.orders).state;
    if (hashState(state) !== t.hash) return false;
    link = sha256Hex(`veto-game-turn\n${link}\n${canonicalJson(t.orders)}\n${t.hash}`);
    if (link !== t.chain) return false;
  }
  return hashState(state) === g.finalHash && link === g.gameHash;
}

/** Never throws; a refusal is well-formed; a success verifies. */
function check(load: () => SaveResult<LoadedGame>): SaveResult<LoadedGame> {
  const r = load();
  if (r.ok) expect(verifiesIndependently(r.value)).toBe(true);
  else {
    expect(SAVE_ERROR_KINDS).toContain(r.error.kind);
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.message).not.toContain(INTERNAL_ERROR);
    expect(r.error.path.length).toBeGreaterThan(0);
  }
  return r;
}

function flipBit(b: Uint8Array, bit: number): Uint8Array {
  const out = b.slice();
  const i = Math.floor(bit / 8) % out.length;
  out[i]! ^= 1 << (bit % 8);
  return out;
}

const linkBytes = ((): Uint8Array => {
  const b = decodeBase64url(LINK.slice(1));
  if (!b.ok) throw new Error('golden link');
  return b.value;
})();
const inflatedLink = ((): Uint8Array => {
  const r = boundedInflate(linkBytes);
  if (!r.ok) throw new Error('golden link');
  return r.value;
})();

/** A JSON path into the save document and a replacement value. */
type Doc = Record<string, unknown>;
function mutate(doc: unknown, choices: number[], value: unknown): unknown {
  if (choices.length === 0 || doc === null || typeof doc !== 'object') return value;
  const [c, ...rest] = choices;
  if (Array.isArray(doc)) {
    if (doc.length === 0) return value;
    const i = c! % doc.length;
    return doc.map((x, j) => (j === i ? mutate(x, rest, value) : x));
  }
  const keys = Object.keys(doc);
  if (keys.length === 0) return value;
  const k = keys[c! % keys.length]!;
  return { ...(doc as Doc), [k]: mutate((doc as Doc)[k], rest, value) };
}

describe('hostile saves and links', () => {
  it('random text is refused, never thrown on', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
        expect(check(() => loadSave(s)).ok).toBe(false);
        expect(check(() => loadShareCode(s, shipped)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('random bytes as a code are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        expect(check(() => loadShareCode(`2${encodeBase64url(b)}`, shipped)).ok).toBe(false);
        expect(check(() => loadShareCode(`2${encodeBase64url(deflate(b))}`, shipped)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation of a save file is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAVE.length - 3 }), (n) => {
        expect(check(() => loadSave(SAVE.slice(0, n))).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('every truncation of a link is refused', () => {
    for (let n = 0; n < LINK.length; n++)
      expect(check(() => loadShareCode(LINK.slice(0, n), shipped)).ok, `cut at ${n}`).toBe(false);
  });

  it('bit flips in a save file never load an unverified game', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(SAVE, SAVE_V2, SAVE_V1), (bit, text) => {
        const b = flipBit(new TextEncoder().encode(text), bit);
        check(() => loadSave(new TextDecoder().decode(b)));
      }),
      { numRuns: 150 },
    );
  });

  it('bit flips in a link, before or after compression, never load an unverified game', () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (bit, inner) => {
        const code = inner
          ? `2${encodeBase64url(deflate(flipBit(inflatedLink, bit)))}`
          : `2${encodeBase64url(flipBit(linkBytes, bit))}`;
        check(() => loadShareCode(code, shipped));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid save with any one part replaced never loads an unverified game', () => {
    const doc = JSON.parse(SAVE) as unknown;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        check(() => loadSave(JSON.stringify(mutate(doc, path, value))));
      }),
      { numRuns: 200 },
    );
  });

  it('a valid save with one amount nudged is refused, even when the nudge changes no state', () => {
    const doc = JSON.parse(SAVE) as { turns: { orders: Record<string, unknown>[] }[] };
    fc.assert(
      fc.property(fc.nat(11), fc.nat(), fc.integer({ min: 1, max: 50 }), (turn, o, delta) => {
        const d = structuredClone(doc);
        const orders = d.turns[turn]!.orders;
        const index = o % orders.length;
        const order = orders[index]!;
        fc.pre(typeof order.amount === 'number');
        order.amount = (order.amount as number) + delta;
        const r = check(() => loadSave(JSON.stringify(d)));
        // The chain covers the orders as given: an order the engine now rejects (over
        // capacity, say) changes no state, and is refused all the same.
        expect(r.ok ? null : [r.error.kind, r.error.path]).toEqual(['mismatch', `turns[${turn}]`]);
      }),
      { numRuns: 100 },
    );
  });
});
