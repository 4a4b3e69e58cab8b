import { canonicalJson } from './canonical.ts';
import { sha256Hex } from './sha256.ts';
import type { GameState } from './state.ts';

/** The canonical state hash: SHA-256 (hex) of the state's canonical JSON, rules included, so
 * two games that differ in any rule or any number never share a hash. */
export function hashState(s: GameState): string {
  return sha256Hex(canonicalJson(s));
}

/** The short fingerprint people read aloud: the hash's first 8 hex digits, grouped 4-4. */
export function fingerprint(hash: string): string {
  return `${hash.slice(0, 4)}-${hash.slice(4, 8)}`;
}
