/**
 * The Chinese bot. China carries most of North Korea's trade and wants a calm border (which
 * follows the regime's stability), influence in Pyongyang (its share of North Korea's imports)
 * and a tolerable standing with the West (GAME.md). Its vote is the swing of the game.
 *
 * Each turn, in this order:
 * - votes on sanctions: when Russia is expected to veto anyway, abstains and lets Russia carry
 *   the cost; otherwise vetoes to protect its partner when its standing can bear a veto and
 *   stay at target, or a harsh draft (an oil cap cut by more than 30%, workers home within a
 *   turn) against a friendly partner at a dip of up to 5 below target; abstains when its
 *   standing is lower; votes yes when its standing is far below target or Pyongyang has
 *   turned hostile. The Panel and condemnations: abstains,
 *   or votes yes when relations with Pyongyang have soured;
 * - deals: ends its own declared deals in a capped good once the cap has no room for them
 *   (each delivery would be a breach); takes North Korean proposals that pay, counting influence and the border as half
 *   again the value of what it gives while either is below target; on its proposing turns,
 *   renews food-for-cash at a friendship price when no food deal runs;
 * - aid: declared food over its border while influence or the border is under target (plus a
 *   margin), sized to the gap (food is not sanctioned, so this never breaches the regime).
 */
import type { Deal, Draft, Good, Order, Vote } from '../engine/index.ts';
import { isGood } from '../engine/index.ts';
import { VETO_REPUTATION } from '../engine/council.ts';
import { acceptProposals, activeFlow, mayPropose, pendingIn, priceIn, proposal } from './dealing.ts';
import { isSanction, noOdds } from './forecast.ts';
import { Ledger } from './ledger.ts';
import { marginOf } from './outlook.ts';
import { capRoomBefore, declaredDealFlow, ship } from './shipping.ts';
import { jitter } from './variety.ts';
import type { ActorView } from './view.ts';

/** Standing this far below target makes China vote for sanctions (a yes earns standing). */
const STANDING_YES_BELOW = -10;
/** Russia's odds of a veto (percent) at which China abstains and lets Russia carry it. */
const RUSSIA_VETOES = 60;
/** Relations with Pyongyang below this end China's protection. */
const PROTECT_FLOOR = 0;
const AID_MARGIN = 5;
/** An oil cap cut by more than this percent is harsh. */
const HARSH_CUT = 30;
/** Standing points below target China accepts to veto a harsh draft against a friendly partner. */
const HARSH_DIP = 5;
/** Relations with Pyongyang at which China shields it from harsh drafts. */
const HARSH_PROTECT = 30;
const FOOD_DEAL_TURNS = 4;

export function chineseVote(v: ActorView, d: Draft): Vote {
  const standing = marginOf(v, 'chnStanding', 10);
  const partner = v.relations.PRK ?? 0;
  if (!isSanction(d.measure)) return partner < PROTECT_FLOOR ? 'yes' : 'abstain';
  if (standing <= STANDING_YES_BELOW || partner < PROTECT_FLOOR) return 'yes';
  if (noOdds(v, 'RUS', d.measure) >= RUSSIA_VETOES) return 'abstain';
  if (standing - VETO_REPUTATION >= 0) return 'no';
  // A harsh draft is worth a dip below target to shield a friendly partner.
  if (harsh(v, d) && partner >= HARSH_PROTECT && standing - VETO_REPUTATION >= -HARSH_DIP) return 'no';
  return 'abstain';
}

/** A draft that cuts the oil cap in force by more than HARSH_CUT percent, or orders workers
 * home within a turn. */
export function harsh(v: ActorView, d: Draft): boolean {
  if (d.measure === 'workerBan') return d.value <= 1;
  if (d.measure !== 'oilCap') return false;
  let current: number | null = null;
  for (const c of v.regime.caps) {
    if (c.resource === 'oil' && c.to === 'PRK' && c.untilTurn === null && (current === null || c.perYear < current)) current = c.perYear;
  }
  return current !== null && d.value * 100 < current * (100 - HARSH_CUT);
}

/** China's own active declared deals that would take deliveries of a capped good over the
 * cap this year, latest first, until the rest fit. */
export function overCap(v: ActorView): Deal[] {
  const out: Deal[] = [];
  const skip = new Set<string>();
  const mine = v.deals.filter((d) => d.status === 'active' && d.mode === 'declared' && d.proposer === 'CHN' && isGood(d.give.resource) && d.give.amount > 0).reverse();
  for (const d of mine) {
    const good = d.give.resource as Good;
    const room = capRoomBefore(v, good, d.partner);
    if (room === Number.MAX_SAFE_INTEGER || declaredDealFlow(v, good, d.partner, skip) <= room) continue;
    out.push(d);
    skip.add(d.id);
  }
  return out;
}

export function chinaOrders(v: ActorView): Order[] {
  const out: Order[] = [];
  for (const d of v.council.drafts) out.push({ kind: 'vote', actor: 'CHN', draft: d.id, vote: chineseVote(v, d) });

  const influenceGap = -marginOf(v, 'chnInfluence', 0) + AID_MARGIN;
  const borderGap = -marginOf(v, 'chnBorderStability', 0) + AID_MARGIN;
  const worried = influenceGap > 0 || borderGap > 0;
  // A declared deal of a capped good that the cap no longer has room for would breach it
  // every turn (standing lost each time): end it.
  const cancelled = overCap(v);
  for (const d of cancelled) out.push({ kind: 'cancelDeal', actor: 'CHN', deal: d.id });
  const ledger = new Ledger(v, new Set(cancelled.map((d) => d.id)));
  out.push(...acceptProposals(v, ledger, () => (worried ? 50 : 0)));

  if (mayPropose(v) && activeFlow(v, 'PRK', 'CHN', 'food') === 0 && !pendingIn(v, 'PRK', 'CHN', 'food')) {
    let need = 0;
    for (const n of v.rules.needs) if (n.actor === 'PRK' && n.resource === 'food') need += n.amount;
    const amount = Math.floor(need / 10);
    if (amount > 0) {
      const p = proposal(v, ledger, { to: 'PRK', give: { resource: 'food', amount }, get: { resource: 'currency', amount: priceIn(v, 'food', amount, 'currency', 50) }, covert: false, turns: FOOD_DEAL_TURNS }, 1);
      if (p !== null) out.push(p);
    }
  }

  if (worried) {
    // Aid in proportion to the larger gap: 60 thousand tonnes a point, jittered by ±10%.
    const gap = Math.max(influenceGap, borderGap);
    const amount = Math.floor((gap * jitter(v, 'aid', 60, 6)) / 10) * 10;
    if (amount > 0) {
      const aid = ship(v, ledger, 'PRK', 'food', amount, false);
      if (aid !== null) out.push(aid);
    }
  }
  return out;
}
