/**
 * A realistic turn of orders for the shipped 2023 scenario, used by `bench` and by tests:
 * priorities, covert munitions by rail, declared oil and food by sea, workers, cash, Chinese
 * food over the bridge, and a standing deal proposed on turn 1 and accepted on turn 2.
 */
import type { GameState, Order } from '../engine/index.ts';

const EVERY_TURN: readonly Order[] = [
  { kind: 'setPriorities', actor: 'PRK', munitions: 60, labourAbroad: 40 },
  {
    kind: 'ship',
    actor: 'PRK',
    to: 'RUS',
    resource: 'munitions',
    amount: 1500,
    route: 'khasan-tumangang',
    mode: 'covert',
  },
  { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'oil', amount: 120, route: 'vladivostok-rajin', mode: 'declared' },
  { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'food', amount: 200, route: 'khasan-tumangang', mode: 'declared' },
  { kind: 'ship', actor: 'PRK', to: 'RUS', resource: 'labour', amount: 5, route: 'khasan-tumangang', mode: 'covert' },
  { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'currency', amount: 30, mode: 'covert' },
  { kind: 'ship', actor: 'CHN', to: 'PRK', resource: 'food', amount: 100, route: 'dandong-sinuiju', mode: 'declared' },
];

const TURN_1: readonly Order[] = [
  ...EVERY_TURN,
  {
    kind: 'proposeDeal',
    actor: 'RUS',
    to: 'PRK',
    give: { resource: 'oil', amount: 50 },
    get: { resource: 'munitions', amount: 800 },
    route: 'vladivostok-rajin',
    mode: 'covert',
    turns: 8,
  },
];

const TURN_2: readonly Order[] = [...EVERY_TURN, { kind: 'acceptDeal', actor: 'PRK', deal: 'D1-1' }];

export function realisticOrders(s: GameState): readonly Order[] {
  return s.turn === 1 ? TURN_1 : s.turn === 2 ? TURN_2 : EVERY_TURN;
}
