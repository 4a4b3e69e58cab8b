/**
 * Bounded decompression of share codes. fflate's `inflateSync(x, { out })` silently truncates
 * at the buffer's size, so a bomb would look like a cut-short code; instead the input goes
 * through the streaming `Inflate` in small chunks while a counter sums the output, and the
 * work stops as soon as the limit is passed. A chunk of C input bytes inflates to at most
 * about 1032·C bytes, so the overshoot past the limit is bounded by the chunk size.
 *
 * Bytes after the end of the stream are refused, not ignored (a code must mean one thing):
 * the last byte of a stream always holds its last bits, so the input without its last byte
 * inflates completely only when that byte was not part of the stream.
 */
import { Deflate, Inflate } from 'fflate';
import { err, ok, type Result } from '../engine/index.ts';

export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
const CHUNK = 256;

/** Why a stream does not inflate: over the limit, not deflate data, cut short, or followed by
 * bytes that are not part of it. */
export type InflateFailure = 'tooLarge' | 'corrupt' | 'truncated' | 'trailing';
export type InflateResult = Result<Uint8Array, InflateFailure>;

export function boundedInflate(data: Uint8Array, limit = MAX_INFLATED_BYTES): InflateResult {
  const r = inflateWithin(data, limit);
  if (r.ok && data.length > 1 && inflateWithin(data.subarray(0, data.length - 1), limit).ok) return err('trailing');
  return r;
}

function inflateWithin(data: Uint8Array, limit: number): InflateResult {
  if (data.length === 0) return err('truncated');
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  let over = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length && !over; i += CHUNK) {
      inflater.push(data.subarray(i, Math.min(data.length, i + CHUNK)), i + CHUNK >= data.length);
    }
  } catch (e) {
    if (over) return err('tooLarge');
    // fflate's error code 0 is "unexpected EOF": the stream stopped mid-block.
    return err((e as { code?: number }).code === 0 ? 'truncated' : 'corrupt');
  }
  if (over) return err('tooLarge');
  if (!ended) return err('truncated');
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return ok(out);
}

/** Raw DEFLATE at the highest level (links are made rarely and read by people). */
export function deflate(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9, mem: 8 }, (chunk) => parts.push(chunk));
  d.push(data, true);
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
