/**
 * What-if runs for the dilemma tests: the historical script with one actor's orders rewritten
 * by a policy, played from a given seed, scored by the engine (src/engine/score.ts).
 */
import type { ActorId, GameState, Order } from '../../src/engine/index.ts';
import { actorScore, playTurns } from '../../src/engine/index.ts';
import { historicalOrders, initialState } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';

/** Rewrites one turn's historical orders (all actors'); gets the state before the turn. */
export type Policy = (orders: readonly Order[], state: GameState) => Order[];

export function playWith(id: string, seed: number, policy: Policy): GameState {
  const scenario = loadScenario(id);
  const byTurn = historicalOrders(scenario);
  return playTurns(initialState(scenario, seed), scenario.turns, (s) => policy(byTurn.get(s.turn) ?? [], s)).state;
}

export function scoreWith(id: string, seed: number, actor: ActorId, policy: Policy): number {
  return actorScore(playWith(id, seed, policy), actor);
}

export const HISTORY: Policy = (orders) => orders.slice();

/** PRK launches every turn (one launch order a turn at most). */
export const LAUNCH_EVERY_TURN: Policy = (orders) => [
  ...orders.filter((o) => o.kind !== 'launch'),
  { kind: 'launch', actor: 'PRK' },
];

/** PRK never launches. */
export const NO_LAUNCHES: Policy = (orders) => orders.filter((o) => o.kind !== 'launch');

/** Every vote `actor` casts by order becomes `vote`. */
export function voteAll(actor: 'RUS' | 'CHN', vote: 'yes' | 'no' | 'abstain'): Policy {
  return (orders) => orders.map((o) => (o.kind === 'vote' && o.actor === actor ? { ...o, vote } : o));
}

/** Covert shipments by `actor` are declared instead (same goods, same routes). */
export function declareAll(actor: ActorId): Policy {
  return (orders) =>
    orders.map((o) => (o.kind === 'ship' && o.actor === actor && o.mode === 'covert' ? { ...o, mode: 'declared' } : o));
}

/** `actor` sends none of `resource` (its one-off shipments of it are dropped). */
export function withhold(actor: ActorId, resource: string): Policy {
  return (orders) => orders.filter((o) => !(o.kind === 'ship' && o.actor === actor && o.resource === resource));
}

/** UNSC tables no drafts. */
export const NO_DRAFTS: Policy = (orders) => orders.filter((o) => o.kind !== 'draft');

export function both(a: Policy, b: Policy): Policy {
  return (orders, state) => b(a(orders, state), state);
}

/** One more declared shipment every turn, on top of the historical orders. */
export function extraShipment(
  actor: ActorId,
  to: ActorId,
  resource: 'oil' | 'food',
  amount: number,
  route: string,
): Policy {
  return (orders) => [...orders, { kind: 'ship', actor, to, resource, amount, route, mode: 'declared' }];
}
