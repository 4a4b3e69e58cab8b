/** Small remembered choices of this browser (e.g. the walkthrough was seen), in localStorage.
 * Storage may be missing or refused (private mode): then nothing is remembered, nothing fails. */
export function readFlag(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function writeFlag(key: string, on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(key, '1');
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // Not remembered: the walkthrough shows again next time, which is harmless.
  }
}
