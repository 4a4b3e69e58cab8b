/**
 * Bytes for share codes: a writer and a bounds-checked reader of unsigned varints (LEB128,
 * up to 2^53 − 1), UTF-8 strings and raw bytes. The reader never reads past its end and never
 * allocates more than the bytes it holds: every length is checked against what remains
 * before use, so a hostile length costs nothing.
 */

export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b & 0xff;
  }

  /** Non-negative safe integer, 7 bits a byte, low first. Division, not bit shifts: values
   * above 2^32 must survive. */
  varint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint: ${n} is not a non-negative safe integer`);
    let x = n;
    while (x >= 0x80) {
      this.byte((x % 0x80) | 0x80);
      x = Math.floor(x / 0x80);
    }
    this.byte(x);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  string(s: string): void {
    const b = encoder.encode(s);
    this.varint(b.length);
    this.bytes(b);
  }

  /** IEEE-754 double, little-endian: exact for every finite number. */
  float64(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.bytes(b);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Thrown by ByteReader on malformed input; decoders catch it and turn it into a SaveError. */
export class DecodeError extends Error {}

/** The longest varint of a safe integer: ceil(53 / 7) bytes. */
const MAX_VARINT_BYTES = 8;

export class ByteReader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.pos;
  }

  byte(): number {
    const b = this.data[this.pos++];
    if (b === undefined) throw new DecodeError('the code is cut short');
    return b;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (!Number.isSafeInteger(n)) throw new DecodeError('a number in the code is too large');
        return n;
      }
      scale *= 0x80;
    }
    throw new DecodeError('a number in the code is too long');
  }

  /** A count of items each taking at least `minBytes`: more than could fit is malformed. */
  count(minBytes: number, max: number, what: string): number {
    const n = this.varint();
    if (n > max) throw new DecodeError(`${what}: ${n} is more than the limit of ${max}`);
    if (n * minBytes > this.remaining) throw new DecodeError('the code is cut short');
    return n;
  }

  bytes(n: number): Uint8Array {
    if (n > this.remaining) throw new DecodeError('the code is cut short');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(maxBytes: number): string {
    const n = this.varint();
    if (n > maxBytes) throw new DecodeError(`a text in the code is ${n} bytes; the limit is ${maxBytes}`);
    try {
      return decoder.decode(this.bytes(n));
    } catch (e) {
      if (e instanceof DecodeError) throw e;
      throw new DecodeError('a text in the code is not valid UTF-8');
    }
  }

  float64(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  hex(n: number): string {
    return toHex(this.bytes(n));
  }
}

export function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/** Hex (lower-case, even length) to bytes; the caller has validated the text. */
export function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}
