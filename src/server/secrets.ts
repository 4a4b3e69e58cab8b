/**
 * The class's secrets: seat tokens (a student's way back into the same seat; the log keeps only
 * their hash) and the instructor key, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret: 24 bytes, base64url (32 characters). */
export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** What the log stores of a seat token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
