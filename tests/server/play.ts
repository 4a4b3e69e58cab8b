/** How the test students play: orders made from nothing but the view their seat receives. */
import type { ActorId, Order, StateView } from '../../src/engine/index.ts';

/** Orders a student gives from what its view shows: covert trade between Russia and North
 * Korea (the secrets the others must not see), declared food from China, and the Council's
 * monitoring and drafts. Some may be rejected (a closed route, an empty stock): that is play. */
export function ordersFromView(v: StateView, me: ActorId): Order[] {
  const mine = v.actors[me];
  if (mine === undefined) return [];
  const route = (other: ActorId) => v.routes.find((r) => r.open && r.ends.includes(me) && r.ends.includes(other));
  const out: Order[] = [{ kind: 'setPriorities', actor: me, ...mine.priorities }];
  const ship = (to: ActorId, resource: 'oil' | 'munitions' | 'food', want: number, mode: 'covert' | 'declared') => {
    const r = route(to);
    const amount = Math.min(want, mine.stocks[resource], r?.capacity[resource] ?? 0);
    if (r !== undefined && amount > 0) out.push({ kind: 'ship', actor: me, to, resource, amount, route: r.id, mode });
  };
  switch (me) {
    case 'RUS':
      ship('PRK', 'oil', 40, 'covert');
      break;
    case 'PRK':
      ship('RUS', 'munitions', 30, 'covert');
      break;
    case 'CHN':
      ship('PRK', 'food', 20, 'declared');
      break;
    case 'UNSC':
      if (v.turn % 3 === 2) out.push({ kind: 'draft', actor: me, measure: 'condemn' });
      break;
  }
  return out;
}
