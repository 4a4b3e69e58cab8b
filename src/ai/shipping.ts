/**
 * One-off shipments that are always legal: sized to the ledger's stock and route capacity,
 * and, for declared deliveries of a capped good, to the room left under the cap this year.
 */
import type { ActorId, Good, ShipOrder } from '../engine/index.ts';
import { dateOfTurn } from '../engine/index.ts';
import type { Ledger } from './ledger.ts';
import { pickRoute } from './ledger.ts';
import type { ActorView } from './view.ts';

/**
 * Room left this calendar year under the caps on `good` into `to` (the smallest over the caps
 * in force), after declared deals that will deliver this turn; MAX_SAFE_INTEGER when no cap
 * applies.
 */
export function capRoom(v: ActorView, good: Good, to: ActorId): number {
  const room = capRoomBefore(v, good, to);
  if (room === Number.MAX_SAFE_INTEGER) return room;
  const left = room - declaredDealFlow(v, good, to);
  return Math.max(left, 0);
}

/** Units of `good` that declared deals will deliver to `to` this turn (if accepted, for last
 * turn's proposals). */
export function declaredDealFlow(v: ActorView, good: Good, to: ActorId, skip: ReadonlySet<string> = new Set()): number {
  let n = 0;
  for (const d of v.deals) {
    if (skip.has(d.id) || d.mode !== 'declared' || (d.status !== 'active' && d.proposedTurn !== v.turn - 1)) continue;
    if (d.give.resource === good && d.partner === to) n += d.give.amount;
    if (d.get.resource === good && d.proposer === to) n += d.get.amount;
  }
  return n;
}

/** Room under the caps this calendar year before this turn's deliveries (MAX_SAFE_INTEGER:
 * no cap applies). */
export function capRoomBefore(v: ActorView, good: Good, to: ActorId): number {
  const year = dateOfTurn(v.rules.start, v.rules.turnLength, v.turn).year;
  let room = Number.MAX_SAFE_INTEGER;
  for (const c of v.regime.caps) {
    if (c.resource !== good || c.to !== to) continue;
    if (c.untilTurn !== null && c.untilTurn < v.turn) continue;
    const used = c.year === year ? c.declared : 0;
    const left = c.perYear - used;
    if (left < room) room = left;
  }
  return Math.max(room, 0);
}

/** Whether a ban covers `good` from `from` to `to` this turn. */
export function banned(v: ActorView, good: Good, from: ActorId, to: ActorId): boolean {
  for (const b of v.regime.bans) {
    if (
      b.resource === good &&
      b.fromTurn <= v.turn &&
      (b.from === null || b.from === from) &&
      (b.to === null || b.to === to)
    )
      return true;
  }
  return false;
}

/**
 * Ship up to `amount` of `good` to `to`, as much as stock, route and (declared) cap allow;
 * commits it to the ledger. Null when nothing can go.
 */
export function ship(
  v: ActorView,
  ledger: Ledger,
  to: ActorId,
  good: Good,
  amount: number,
  covert: boolean,
): ShipOrder | null {
  const choice = pickRoute(v, ledger, to, [good], covert);
  if (choice === null) return null;
  let n = Math.min(amount, choice.left, ledger.available(good));
  if (!covert) n = Math.min(n, capRoom(v, good, to));
  if (n <= 0) return null;
  ledger.take(good, n);
  ledger.useRoute(choice.route.id, good, n);
  return {
    kind: 'ship',
    actor: v.actor,
    to,
    resource: good,
    amount: n,
    route: choice.route.id,
    mode: covert ? 'covert' : 'declared',
  };
}
