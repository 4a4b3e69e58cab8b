/**
 * A bot's turn as moves: each order with one plain-English sentence saying why the bot gave
 * it (the numbers it weighed), so a student can ask "why did China abstain?" and the debrief
 * can show the bots' reasoning beside the engine's causes. Fixed English, no locale formatting.
 */
import type { Order, Resource } from '../engine/index.ts';
import { UNITS } from '../engine/index.ts';

export interface Move {
  order: Order;
  why: string;
}

export class Plan {
  readonly moves: Move[] = [];

  /** Record an order (nothing for null: the bot found nothing legal or worth doing). */
  add(order: Order | null, why: string): void {
    if (order !== null) this.moves.push({ order, why });
  }

  orders(): Order[] {
    return this.moves.map((m) => m.order);
  }
}

/** "1300 shipping containers of munitions" */
export function amountOf(r: Resource, n: number): string {
  return `${n} ${UNITS[r]} of ${r}`;
}
