/**
 * The shipments phase: one-off transfers ordered this turn, in order-list order after the
 * deals have used their share of route capacity. Covert ones roll for detection.
 */
import type { ActorId } from './ids.ts';
import { isActorId, isResource } from './ids.ts';
import type { TurnContext } from './context.ts';
import type { Indexed, ShipOrder } from './orders.ts';
import type { Cause } from './report.ts';
import { checkTransfer, performTransfer } from './transfers.ts';
import type { Transfer } from './transfers.ts';
import { isAmount, reject } from './validate.ts';

export function resolveShipments(ctx: TurnContext, ships: Indexed<ShipOrder>[]): void {
  for (const { order: o, index } of ships) {
    if (!isActorId(o.actor)) {
      reject(ctx, index, o.actor, 'unknownActor', `unknown actor "${o.actor}"`);
      continue;
    }
    if (!isActorId(o.to)) {
      reject(ctx, index, o.actor, 'unknownActor', `unknown actor "${o.to}"`);
      continue;
    }
    if (o.actor === o.to) {
      reject(ctx, index, o.actor, 'selfTarget', `${o.actor} cannot ship to itself`);
      continue;
    }
    if (!isResource(o.resource)) {
      reject(ctx, index, o.actor, 'unknownResource', `unknown resource "${o.resource}"`);
      continue;
    }
    if (!isAmount(o.amount)) {
      reject(ctx, index, o.actor, 'malformed', `amount ${String(o.amount)} is not a positive whole number`);
      continue;
    }
    const t: Transfer = {
      from: o.actor,
      to: o.to as ActorId,
      resource: o.resource,
      amount: o.amount,
      route: o.route ?? null,
      mode: o.mode,
    };
    const c = checkTransfer(ctx, t);
    if (!c.ok) {
      reject(ctx, index, o.actor, c.error.reason, c.error.message);
      continue;
    }
    const cause: Cause =
      t.route === null ? { rule: 'shipment', order: index } : { rule: 'shipment', order: index, route: t.route };
    performTransfer(ctx, t, c.value, cause);
  }
}
