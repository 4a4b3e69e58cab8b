/**
 * Which kinds of order an actor gives by hand, in the order the orders panel offers them, and
 * the facts a form shows beside its fields (what an order costs and does, with the scenario's
 * design parameters). Who may give which order is the engine's rule (council.ts, tabling.ts,
 * panel.ts, launch.ts, lobby.ts, levers.ts); it is mirrored here only to decide which forms to
 * show (the Council has no stocks to ship, no deals and no domestic priorities). The engine
 * still judges every order. Plain data: the screens word it.
 */
import type { ActorId, Measure, Order, Route, Seat, StateView } from '../engine/index.ts';
import { MEASURES, crossesChina, isElectedSeat, isVotingActor, mayTable } from '../engine/index.ts';

/** Order kinds given through a form (accepting or cancelling a deal is a button on the deal). */
export type FormKind = Exclude<Order['kind'], 'acceptDeal' | 'cancelDeal'>;

/** The forms shown to `actor`, in display order. Russia and China table drafts too (the
 * sanctions-relief draft), and court elected seats. */
export function orderFormsFor(actor: ActorId): FormKind[] {
  if (actor === 'UNSC') return ['draft', 'monitor'];
  const out: FormKind[] = [];
  if (isVotingActor(actor)) out.push('vote', 'draft', 'lobby');
  if (actor === 'PRK') out.push('launch', 'nuclearTest');
  if (actor === 'CHN') out.push('holdFuel', 'customs');
  out.push('ship', 'proposeDeal', 'setPriorities');
  return out;
}

/** The measures `actor` may put to the Council (the engine's tabling.ts `tableDrafts`): the
 * Council majority every measure but relief; Russia and China only relief; nobody else any. */
export function draftMeasuresFor(actor: ActorId): Measure[] {
  return MEASURES.filter((m) => mayTable(actor, m));
}

/** The elected seats a lobbying order may court (no permanent member, no player's seat). */
export function electedSeats(state: Pick<StateView, 'rules'>): Seat[] {
  return state.rules.council.seats.filter(isElectedSeat);
}

/** China's routes, where it can tighten customs. */
export function chineseRoutes(state: Pick<StateView, 'routes'>): Route[] {
  return state.routes.filter(crossesChina);
}
