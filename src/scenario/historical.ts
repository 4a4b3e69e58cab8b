/**
 * The historical script: orders per turn that reproduce what happened. `historicalOrders`
 * gives them by turn for `cli sim --play historical` and the debrief; `checkHistorical`
 * replays the script from the scenario's seed and reports every order the engine would reject
 * as `historical[i].orders[j]: reason`, so an author learns of a broken script at validation.
 */
import type { Order } from '../engine/index.ts';
import { resolveTurn } from '../engine/index.ts';
import { isOver } from '../engine/index.ts';
import { initialState } from './build.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './schema.ts';

export function historicalOrders(s: Scenario): Map<number, readonly Order[]> {
  const out = new Map<number, readonly Order[]>();
  for (const h of s.historical) out.set(h.turn, h.orders);
  return out;
}

/** Static checks (turns in range, each once, ascending), then the replay. */
export function checkHistorical(s: Scenario): Problem[] {
  const out: Problem[] = [];
  let last = 0;
  s.historical.forEach((h, i) => {
    if (h.turn > s.turns)
      out.push({
        path: `historical[${i}].turn`,
        message: `turn ${h.turn} is past the end of the game (turn ${s.turns})`,
      });
    else if (h.turn <= last)
      out.push({
        path: `historical[${i}].turn`,
        message: `turn ${h.turn} comes after turn ${last}; list each turn once, in order`,
      });
    last = Math.max(last, h.turn);
  });
  if (out.length > 0 || s.historical.length === 0) return out;
  const byTurn = new Map(s.historical.map((h, i) => [h.turn, { i, orders: h.orders }]));
  let state = initialState(s, s.seed);
  while (!isOver(state)) {
    const entry = byTurn.get(state.turn);
    const i = entry?.i;
    const orders = entry?.orders ?? [];
    const r = resolveTurn(state, orders);
    for (const x of r.report.rejections) {
      out.push({
        path: `historical[${i ?? -1}].orders[${x.order}]`,
        message: `the engine rejects this order on turn ${state.turn} (${x.reason}): ${x.message}`,
      });
    }
    state = r.state;
  }
  return out;
}
