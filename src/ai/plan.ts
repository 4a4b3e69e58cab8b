/**
 * A bot's turn as moves: each order with one plain-English sentence saying why the bot gave
 * it (the numbers it weighed), so a student can ask "why did China abstain?" and the debrief
 * can show the bots' reasoning beside the engine's causes. Fixed English, no locale formatting.
 *
 * The sentence is passed as a function and written only when the plan explains itself
 * (`botPlan`): rollouts ask the bots for thousands of turns nobody reads, and building the
 * sentences was a large share of a bot's time.
 */
import type { Order, Resource } from '../engine/index.ts';
import { UNITS } from '../engine/index.ts';

export interface Move {
  order: Order;
  why: string;
}

/** The reason for a move, written on demand. */
export type Why = () => string;

/** A move whose reason is not written yet. */
export interface LazyMove {
  order: Order;
  why: Why;
}

export class Plan {
  readonly moves: Move[] = [];

  /** `explain`: write each move's reason (false: `why` is left empty). */
  constructor(private readonly explain: boolean) {}

  /** Record an order (nothing for null: the bot found nothing legal or worth doing). */
  add(order: Order | null, why: Why): void {
    if (order !== null) this.moves.push({ order, why: this.explain ? why() : '' });
  }

  orders(): Order[] {
    return this.moves.map((m) => m.order);
  }
}

/** "1300 shipping containers of munitions" */
export function amountOf(r: Resource, n: number): string {
  return `${n} ${UNITS[r]} of ${r}`;
}
