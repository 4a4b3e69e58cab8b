/** Join codes: drawn evenly from the alphabet, typed in any form, refused with a sentence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, codeFromBytes, formatCode, isCode, normalizeCode } from '../../src/classroom/index.ts';

describe('join codes', () => {
  it('use 29 characters that cannot be mistaken for each other', () => {
    expect(CODE_ALPHABET).toBe('ABCDEFGHJKMNPQRSTWXYZ23456789');
    expect(CODE_ALPHABET.length ** 6).toBe(594_823_321);
  });

  it.each([
    { typed: 'abc-def', result: 'ABCDEF' },
    { typed: ' ABC DEF ', result: 'ABCDEF' },
    { typed: 'abcdef', result: 'ABCDEF' },
    { typed: 'ABC-DE', result: 'A class code has 6 letters and digits, like ABC-DEF.' },
    { typed: 'ABC-DE0', result: 'That is not a class code: check the letters and digits with your instructor.' },
    { typed: 'ILOUV1', result: 'That is not a class code: check the letters and digits with your instructor.' },
  ])('"$typed" → $result', ({ typed, result }) => {
    const r = normalizeCode(typed);
    expect(r.ok ? r.value : r.error).toBe(result);
  });

  it('skip the bytes that would bias the draw and need enough of them', () => {
    expect(codeFromBytes(Uint8Array.from([0, 1, 28, 29, 232, 255, 2, 3]))).toBe('AB9ACD');
    expect(codeFromBytes(Uint8Array.from([0, 1, 2, 3, 4, 5]))).toBe('ABCDEF');
    expect(codeFromBytes(Uint8Array.from([0, 1, 2, 3, 4]))).toBe(null);
    expect(codeFromBytes(Uint8Array.from([232, 240, 255]))).toBe(null);
  });

  it('round-trip: every drawn code is valid and reads back from its displayed form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const code = codeFromBytes(bytes);
        if (code === null) return true;
        const back = normalizeCode(formatCode(code).toLowerCase());
        return isCode(code) && back.ok && back.value === code;
      }),
    );
  });
});
