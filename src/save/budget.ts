/**
 * The cost of checking a game, computed before replaying it, so that a small link cannot
 * make a page or `cli replay` work for minutes and fill gigabytes.
 *
 * What costs: each replayed turn copies the state, resolves the orders, hashes the state's
 * canonical JSON and keeps the state and report for the replay viewer. All of that grows with
 * the size of the state, which is the starting state plus the deals running (every deal is
 * delivered, reported and hashed each turn), plus the orders given. The unit is one record of
 * RECORD_BYTES (a deal's canonical JSON is about 225 bytes); a turn costs
 *
 *   ceil(starting state's canonical JSON / RECORD_BYTES) + deals running after it + orders
 *
 * The deals running are bounded from the orders alone: a deal starts running only when an
 * `acceptDeal` answers a proposal of the turn before (at most as many as were proposed), and
 * runs for at most the longest term proposed that turn; proposals live one turn; the
 * scenario's own deals are in the starting state. Orders that the engine will reject can only
 * make the bound larger than the truth, never smaller.
 *
 * That estimate counts the starting state's size for every turn; the state also grows in
 * other ways (evidence, council decisions), so the replay measures the real cost too, turn by
 * turn, from the canonical JSON it hashes, and stops as soon as that passes the same limit.
 *
 * MAX_REPLAY_UNITS (25 MB of canonical state JSON over the whole game) is about four times
 * the largest legitimate game: 200 turns of the shipped scenario with bots everywhere
 * measure about 24,000 units (states from 11 KB at the start to 47 KB at the end). A game
 * over it is refused with the numbers: before any turn is replayed when the estimate is over,
 * else at the turn where the measured work passes it.
 */
import type { Order } from '../engine/index.ts';

export const RECORD_BYTES = 250;
export const MAX_REPLAY_UNITS = 100_000;

export interface ReplayCost {
  /** The whole game's cost in records. */
  units: number;
  /** What one turn costs for the starting state alone. */
  stateUnits: number;
  /** The most deals that can be running at once, and the first turn after which they can. */
  peakDeals: number;
  peakTurn: number;
}

export function replayCost(
  startStateBytes: number,
  initialDeals: number,
  turns: readonly { orders: readonly Order[] }[],
): ReplayCost {
  const n = turns.length;
  const stateUnits = Math.ceil(startStateBytes / RECORD_BYTES);
  // running[t] (0-based turn index) gains a_u from turn u for the longest term proposed at u − 1.
  const delta = new Array<number>(n + 1).fill(0);
  let prevProposals = 0;
  let prevLongest = 0;
  const proposals: number[] = [];
  for (let u = 0; u < n; u++) {
    const orders = turns[u]?.orders ?? [];
    let proposed = 0;
    let accepted = 0;
    let longest = 0;
    for (const o of orders) {
      if (o.kind === 'proposeDeal') {
        proposed++;
        longest = Math.max(longest, o.turns);
      } else if (o.kind === 'acceptDeal') accepted++;
    }
    const started = Math.min(accepted, prevProposals);
    if (started > 0 && prevLongest > 0) {
      delta[u] = (delta[u] ?? 0) + started;
      const end = Math.min(n, u + prevLongest);
      delta[end] = (delta[end] ?? 0) - started;
    }
    proposals.push(proposed);
    prevProposals = proposed;
    prevLongest = longest;
  }
  let units = 0;
  let running = 0;
  let peakDeals = initialDeals;
  let peakTurn = 0;
  for (let t = 0; t < n; t++) {
    running += delta[t] ?? 0;
    const live = running + (proposals[t] ?? 0);
    units += stateUnits + live + (turns[t]?.orders.length ?? 0);
    if (initialDeals + live > peakDeals) {
      peakDeals = initialDeals + live;
      peakTurn = t + 1;
    }
  }
  return { units, stateUnits, peakDeals, peakTurn };
}

/** Why a game is refused, in words a player can act on; undefined when it is within budget. */
export function overBudget(cost: ReplayCost, limit = MAX_REPLAY_UNITS): string | undefined {
  if (cost.units <= limit) return undefined;
  const mb = (units: number): string => `${Math.max(1, Math.round((units * RECORD_BYTES) / 1e6))} MB`;
  const deals =
    cost.peakTurn > 0
      ? ` (up to ${grouped(cost.peakDeals)} deals could be running at once, by turn ${cost.peakTurn})`
      : '';
  return `this game is too big to check safely: replaying it means working through about ${mb(cost.units)} of game records${deals}, and Veto checks at most ${mb(limit)}`;
}

/** The refusal when the measured work passes the limit at `turn`. */
export function overBudgetAt(turn: number, stateBytes: number, limit = MAX_REPLAY_UNITS): string {
  const kb = Math.round(stateBytes / 1000);
  return `this game is too big to check safely: by turn ${turn} replaying it has worked through more than ${Math.round((limit * RECORD_BYTES) / 1e6)} MB of game records (the state after turn ${turn} alone is ${grouped(kb)} KB), the most Veto checks`;
}

/** 3840 → "3,840": the same in every locale (no Intl in pure code). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
