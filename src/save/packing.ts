/**
 * Generic packing of JSON values for share codes, so that orders of any kind (including
 * kinds added to the engine later) pack with no change here. Strings (object keys and string
 * values alike) go into one table and are written as indices; integers as varints. The
 * decoded values are then checked by the same schemas as a save file.
 *
 * Value tags:  0 string  1 int ≥ 0  2 int < 0  3 object  4 array  5 true  6 false  7 null
 *              8 float64
 */
import type { ByteReader, ByteWriter } from './bytes.ts';
import { DecodeError } from './bytes.ts';

const TAG = { string: 0, uint: 1, negint: 2, object: 3, array: 4, true: 5, false: 6, null: 7, float: 8 } as const;

export const MAX_PACK_DEPTH = 16;
export const MAX_TABLE_STRINGS = 4096;
export const MAX_STRING_BYTES = 4096;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Collects the strings of the values to pack, in order of first use. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  collect(v: unknown): void {
    if (typeof v === 'string') this.add(v);
    else if (Array.isArray(v)) for (const x of v) this.collect(x);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) continue;
        this.add(k);
        this.collect(x);
      }
    }
  }

  write(w: ByteWriter): void {
    w.varint(this.strings.length);
    for (const s of this.strings) w.string(s);
  }

  indexOf(s: string): number {
    const i = this.index.get(s);
    if (i === undefined) throw new Error(`packing: "${s}" was not collected`);
    return i;
  }
}

export function readTable(r: ByteReader): string[] {
  const n = r.count(1, MAX_TABLE_STRINGS, 'the string table');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.string(MAX_STRING_BYTES));
  return out;
}

export function packValue(w: ByteWriter, t: StringTable, v: unknown): void {
  if (v === null) w.byte(TAG.null);
  else if (v === true) w.byte(TAG.true);
  else if (v === false) w.byte(TAG.false);
  else if (typeof v === 'string') {
    w.byte(TAG.string);
    w.varint(t.indexOf(v));
  } else if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
      w.byte(v >= 0 ? TAG.uint : TAG.negint);
      w.varint(Math.abs(v));
    } else {
      w.byte(TAG.float);
      w.float64(v);
    }
  } else if (Array.isArray(v)) {
    w.byte(TAG.array);
    w.varint(v.length);
    for (const x of v) packValue(w, t, x === undefined ? null : x);
  } else if (typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    w.byte(TAG.object);
    w.varint(entries.length);
    for (const [k, x] of entries) {
      w.varint(t.indexOf(k));
      packValue(w, t, x);
    }
  } else throw new Error(`packing: cannot pack a ${typeof v}`);
}

/** The reverse of packValue; every count is checked against the bytes left (each item takes
 * at least one byte), the depth is bounded, and forbidden keys are refused. */
export function unpackValue(r: ByteReader, table: readonly string[], depth = 0): unknown {
  if (depth > MAX_PACK_DEPTH) throw new DecodeError(`values are nested more than ${MAX_PACK_DEPTH} levels deep`);
  const tag = r.byte();
  switch (tag) {
    case TAG.string:
      return str(r, table);
    case TAG.uint:
      return r.varint();
    case TAG.negint: {
      const n = r.varint();
      if (n === 0) throw new DecodeError('a number in the code is malformed');
      return -n;
    }
    case TAG.object: {
      const n = r.count(2, 1024, 'an object');
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const k = str(r, table);
        if (FORBIDDEN_KEYS.has(k)) throw new DecodeError(`the key "${k}" is not allowed`);
        if (Object.hasOwn(out, k)) throw new DecodeError(`the key "${k}" appears twice`);
        out[k] = unpackValue(r, table, depth + 1);
      }
      return out;
    }
    case TAG.array: {
      const n = r.count(1, 10_000, 'a list');
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) out.push(unpackValue(r, table, depth + 1));
      return out;
    }
    case TAG.true:
      return true;
    case TAG.false:
      return false;
    case TAG.null:
      return null;
    case TAG.float: {
      const x = r.float64();
      if (!Number.isFinite(x)) throw new DecodeError('a number in the code is not finite');
      return x;
    }
    default:
      throw new DecodeError(`unknown value tag ${tag}`);
  }
}

function str(r: ByteReader, table: readonly string[]): string {
  const i = r.varint();
  const s = table[i];
  if (s === undefined) throw new DecodeError(`string ${i} is not in the code's table`);
  return s;
}
