/**
 * The one contract every piece of the UI follows: an element, an optional `update` called with
 * fresh data (at most once per animation frame, or 100 ms when frames are held back; app.ts), and an optional `destroy` called once
 * when it is removed. A component updates in place, so focus and half-filled fields survive,
 * and checks with `inputs` whether what it shows has changed before doing any work.
 */
export interface Component<T = void> {
  el: HTMLElement;
  update?(data: T): void;
  destroy?(): void;
}

/** Remembers the last inputs; returns true when any of them differs (by identity). */
export function inputs(): (...now: readonly unknown[]) => boolean {
  let last: readonly unknown[] | null = null;
  return (...now) => {
    if (last !== null && last.length === now.length && now.every((x, i) => Object.is(x, last?.[i]))) return false;
    last = now;
    return true;
  };
}
