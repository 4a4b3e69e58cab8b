/**
 * The verdict shown beside each pending order before the turn ends, computed from what the
 * player may see. The engine's `resolveTurn` runs on a stand-in for the whole state built from
 * the player's view (what the player cannot see is empty: other actors' stockpiles are zero,
 * hidden deals absent), with only this player's orders while everyone else holds. The checks
 * on one's own orders read one's own stocks, the routes, the visible deals, the council and the
 * Panel, so the verdict is the engine's; what others order in the same turn (shared route
 * capacity) can still change it, which the panel says. Computing it from the view keeps it
 * secret-safe (it cannot reveal a hidden deal filling a route) and lets a class client, which
 * holds only views, show the same verdicts.
 */
import type { ActorId, ActorState, GameState, Order, PairKey, Rejection, StateView } from '../engine/index.ts';
import { ACTORS, PAIRS, emptyTally, resolveTurn } from '../engine/index.ts';

const NOBODY: ActorState = {
  stocks: { oil: 0, food: 0, munitions: 0, labour: 0, currency: 0, knowhow: 0 },
  priorities: { munitions: 0, labourAbroad: 0 },
};

/** A full state carrying exactly what `v` shows, with zeros and nothing where it shows nothing. */
export function standInState(v: StateView): GameState {
  const actors = {} as Record<ActorId, ActorState>;
  for (const a of ACTORS) actors[a] = v.actors[a] ?? NOBODY;
  const relations = {} as Record<PairKey, number>;
  for (const p of PAIRS) relations[p] = v.relations[p] ?? 0;
  const o = v.rules.objectives;
  return {
    turn: v.turn,
    rng: [1, 2, 3, 4],
    // The stand-in's dice are its own: the verdict never depends on a roll.
    covertKey: [1, 2],
    actors,
    indicators: v.indicators,
    relations,
    routes: v.routes,
    deals: [...v.deals],
    trade: v.trade ?? {},
    regime: v.regime,
    council: v.council,
    fired: [...v.fired],
    recorded: { ...v.recorded },
    hidden: v.hidden ?? { integrity: v.indicators.unscSanctionsIntegrity },
    tally: emptyTally(v.turn - 1),
    rules: { ...v.rules, objectives: { RUS: o.RUS ?? [], PRK: o.PRK ?? [], CHN: o.CHN ?? [], UNSC: o.UNSC ?? [] } },
  };
}

/** The engine's rejections of `orders` (one actor's list) by their index in that list. */
export function previewRejections(state: GameState, orders: readonly Order[]): Map<number, Rejection[]> {
  const out = new Map<number, Rejection[]>();
  if (orders.length === 0) return out;
  const { report } = resolveTurn(state, orders);
  for (const r of report.rejections) {
    const list = out.get(r.order) ?? [];
    list.push(r);
    out.set(r.order, list);
  }
  return out;
}

/** Verdicts on the viewer's pending orders, from its view of the state. */
export function previewFromView(v: StateView, orders: readonly Order[]): Map<number, Rejection[]> {
  return previewRejections(standInState(v), orders);
}
