/**
 * What each actor's needs take each turn, summed once per scenario: the bots asked for these
 * sums many times a turn, each time scanning the scenario's list of needs. The rules never
 * change during a game, and every state of a game shares one list, so a table kept for the
 * last list seen is read almost always (the same scheme as forecast.ts's indexes; a list is
 * never changed in place, and its length is checked too).
 */
import type { ActorId, Need, Resource } from '../engine/index.ts';
import { ACTORS, RESOURCES, actorIndex, resourceIndex } from '../engine/index.ts';

interface NeedTable {
  list: readonly Need[];
  length: number;
  /** Σ amount of the needs of actor × resource (ACTORS × RESOURCES places), and of those
   * that consume the stock. */
  all: number[];
  consumed: number[];
}

let last: NeedTable | null = null;

function tableOf(list: readonly Need[]): NeedTable {
  const c = last;
  if (c !== null && c.list === list && c.length === list.length) return c;
  const all: number[] = [];
  const consumed: number[] = [];
  for (let i = 0; i < ACTORS.length * RESOURCES.length; i++) {
    all.push(0);
    consumed.push(0);
  }
  for (const n of list) {
    const k = actorIndex(n.actor) * RESOURCES.length + resourceIndex(n.resource);
    all[k] = (all[k] ?? 0) + n.amount;
    if (n.consumed) consumed[k] = (consumed[k] ?? 0) + n.amount;
  }
  last = { list, length: list.length, all, consumed };
  return last;
}

/** Σ amount of `actor`'s needs of `r` (consumed or only held). */
export function needTotal(needs: readonly Need[], actor: ActorId, r: Resource): number {
  return tableOf(needs).all[actorIndex(actor) * RESOURCES.length + resourceIndex(r)] ?? 0;
}

/** Σ amount of `actor`'s needs of `r` that consume the stock. */
export function consumedNeed(needs: readonly Need[], actor: ActorId, r: Resource): number {
  return tableOf(needs).consumed[actorIndex(actor) * RESOURCES.length + resourceIndex(r)] ?? 0;
}
