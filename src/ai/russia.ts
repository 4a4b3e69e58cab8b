/**
 * The Russian bot. Russia needs munitions for the war and labour for reconstruction, has oil,
 * food and cash to spare, and holds a veto (GAME.md).
 *
 * Each turn, in this order:
 * - votes: vetoes drafts that threaten its covert supply (the Panel, sanctions) while its
 *   reputation can bear the cost of a veto and stay at its target; abstains otherwise;
 * - priorities: all industry to munitions while food stocks are ample;
 * - deals: takes North Korean proposals that pay; on its proposing turns offers cash for
 *   shells (covert, one detection roll a turn since cash moves through banks) sized to the gap
 *   between its need and its output, and food for workers; cancels a deal of its own it can
 *   no longer honour;
 * - shipments: while it buys from Pyongyang, fuel to cover North Korea's oil need that China's
 *   declared deliveries leave open, declared within the cap's room, covert above it while its
 *   reputation has a margin; food aid when the regime wobbles (partner protection).
 */
import type { Draft, Measure, Order, Vote } from '../engine/index.ts';
import { VETO_REPUTATION } from '../engine/council.ts';
import { acceptProposals, activeFlow, mayPropose, pendingIn, priceIn, proposal, undeliverable } from './dealing.ts';
import { isSanction } from './forecast.ts';
import { Ledger } from './ledger.ts';
import { marginOf, needOf, outputOf, projectedEnd } from './outlook.ts';
import { banned, ship } from './shipping.ts';
import { jitter } from './variety.ts';
import type { ActorView } from './view.ts';

/** Reputation points kept in hand beyond a veto's cost before Russia vetoes a sanction. */
const SANCTION_VETO_MARGIN = 0;
/** The Panel threatens the covert supply directly: Russia vetoes it even a little below target. */
const PANEL_VETO_FLOOR = -6;
const SHELL_DEAL_TURNS = 3;
const WORKER_DEAL_TURNS = 4;
/** Below this North Korean stability Russia sends food aid to keep its supplier standing. */
const AID_STABILITY = 45;
const AID_FOOD = 300;

export function russianVote(v: ActorView, d: Draft): Vote {
  const margin = marginOf(v, 'rusReputation', 10) - VETO_REPUTATION;
  const m: Measure = d.measure;
  if (m === 'renewPanel') return margin >= PANEL_VETO_FLOOR ? 'no' : 'abstain';
  if (isSanction(m)) {
    // A ban already in force changes nothing for Russia's covert trade: not worth a veto.
    if ((m === 'armsEmbargo' && v.regime.bans.some((b) => b.resource === 'munitions' && b.from === 'PRK')) ||
        (m === 'workerBan' && d.value === 0 && v.regime.bans.some((b) => b.resource === 'labour' && b.from === 'PRK' && b.deadlineTurn === null))) {
      return 'abstain';
    }
    return margin >= SANCTION_VETO_MARGIN ? 'no' : 'abstain';
  }
  // condemn: shield the partner only with reputation to spare.
  return margin >= 5 && (v.relations.PRK ?? 0) >= 30 ? 'no' : 'abstain';
}

export function russiaOrders(v: ActorView): Order[] {
  const out: Order[] = [];
  for (const d of v.council.drafts) out.push({ kind: 'vote', actor: 'RUS', draft: d.id, vote: russianVote(v, d) });

  const econ = v.rules.economy.RUS;
  const pri = v.own.priorities;
  if (econ.flex.munitions > 0) {
    const foodOut = activeFlow(v, 'PRK', 'RUS', 'food');
    const munitions = v.own.stocks.food >= 4 * (foodOut + AID_FOOD) ? 100 : 70;
    if (munitions !== pri.munitions) out.push({ kind: 'setPriorities', actor: 'RUS', munitions, labourAbroad: pri.labourAbroad });
  }

  const cancelled = undeliverable(v);
  for (const d of cancelled) out.push({ kind: 'cancelDeal', actor: 'RUS', deal: d.id });
  const ledger = new Ledger(v, new Set(cancelled.map((d) => d.id)));
  out.push(...acceptProposals(v, ledger));

  if (mayPropose(v)) {
    // Shells: the gap between need and full output, moved a third of the way towards ending
    // the turn with half a turn's need in reserve.
    const need = needOf(v, 'munitions');
    if (need > 0 && !pendingIn(v, 'PRK', 'PRK', 'munitions')) {
      const full = { munitions: 100, labourAbroad: pri.labourAbroad };
      const structural = need - outputOf(v, 'munitions', full) - activeFlow(v, 'PRK', 'PRK', 'munitions');
      const adjust = Math.trunc((Math.floor(need / 2) - projectedEnd(v, 'munitions', full)) / 3);
      const amount = Math.floor((structural + adjust) / 100) * 100;
      if (amount >= 200) {
        // Price: 60% of list, more as the war effort falls below its target; ±5 by the view.
        const urgency = Math.max(0, -marginOf(v, 'rusWarEffort', 0));
        const ratio = Math.min(100, jitter(v, 'shell-price', 60 + 2 * urgency, 5));
        const p = proposal(v, ledger, { to: 'PRK', give: { resource: 'currency', amount: priceIn(v, 'munitions', amount, 'currency', ratio) }, get: { resource: 'munitions', amount }, covert: true, turns: SHELL_DEAL_TURNS }, 100);
        if (p !== null) out.push(p);
      }
    }
    const labourNeed = needOf(v, 'labour');
    if (labourNeed > 0 && !pendingIn(v, 'PRK', 'PRK', 'labour')) {
      const gap = labourNeed - activeFlow(v, 'PRK', 'PRK', 'labour') + Math.max(0, labourNeed - v.own.stocks.labour);
      if (gap > 0) {
        const p = proposal(v, ledger, { to: 'PRK', give: { resource: 'food', amount: priceIn(v, 'labour', gap, 'food', 100) }, get: { resource: 'labour', amount: gap }, covert: true, turns: WORKER_DEAL_TURNS }, 1);
        if (p !== null) out.push(p);
      }
    }
  }

  const buying = v.deals.some((d) => d.status === 'active' && ((d.proposer === 'RUS' && d.partner === 'PRK') || (d.proposer === 'PRK' && d.partner === 'RUS')));
  if (buying) {
    // Fuel for the partner: its public oil need less China's declared oil.
    let oilNeed = 0;
    for (const n of v.rules.needs) if (n.actor === 'PRK' && n.resource === 'oil') oilNeed += n.amount;
    let chinaOil = 0;
    for (const d of v.deals) if (d.status === 'active' && d.mode === 'declared' && d.proposer === 'CHN' && d.partner === 'PRK' && d.give.resource === 'oil') chinaOil += d.give.amount;
    const fuel = oilNeed - chinaOil + 50;
    if (fuel > 0 && !banned(v, 'oil', 'RUS', 'PRK')) {
      const declared = ship(v, ledger, 'PRK', 'oil', fuel, false);
      if (declared !== null) out.push(declared);
      const rest = fuel - (declared?.amount ?? 0);
      if (rest > 0 && marginOf(v, 'rusReputation', 10) >= 2) {
        const covert = ship(v, ledger, 'PRK', 'oil', rest, true);
        if (covert !== null) out.push(covert);
      }
    }
  }
  if (v.indicators.prkStability < AID_STABILITY && !banned(v, 'food', 'RUS', 'PRK')) {
    const aid = ship(v, ledger, 'PRK', 'food', AID_FOOD, false);
    if (aid !== null) out.push(aid);
  }
  return out;
}
