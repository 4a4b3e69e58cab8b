/**
 * Which kinds of order an actor gives by hand, in the order the orders panel offers them.
 * Who may give which order is the engine's rule (council.ts, panel.ts, launch.ts); it is
 * mirrored here only to decide which forms to show (the Council has no stocks to ship, no
 * deals and no domestic priorities). The engine still judges every order.
 */
import type { ActorId, Order } from '../engine/index.ts';
import { LAUNCH_CHN_RELATION, LAUNCH_PROGRAMME, LAUNCH_UNSC_RELATION, isVotingActor } from '../engine/index.ts';

/** Order kinds given through a form (accepting or cancelling a deal is a button on the deal). */
export type FormKind = Exclude<Order['kind'], 'acceptDeal' | 'cancelDeal'>;

/** The forms shown to `actor`, in display order. */
export function orderFormsFor(actor: ActorId): FormKind[] {
  if (actor === 'UNSC') return ['draft', 'monitor'];
  const out: FormKind[] = [];
  if (isVotingActor(actor)) out.push('vote');
  if (actor === 'PRK') out.push('launch');
  out.push('ship', 'proposeDeal', 'setPriorities');
  return out;
}

/** What one test launch brings and costs, with the engine's constants. */
export const LAUNCH_EFFECTS = {
  programme: LAUNCH_PROGRAMME,
  china: LAUNCH_CHN_RELATION,
  council: LAUNCH_UNSC_RELATION,
} as const;
