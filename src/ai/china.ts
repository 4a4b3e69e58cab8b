/**
 * The Chinese bot. China carries most of North Korea's trade and wants a calm border (which
 * follows the regime's stability), influence in Pyongyang (its share of North Korea's imports)
 * and a tolerable standing with the West (GAME.md). Its vote is the swing of the game.
 *
 * Each turn, in this order:
 * - votes on sanctions: when Russia is expected to veto anyway, abstains and lets Russia carry
 *   the cost; otherwise vetoes to protect its partner when its standing can bear a veto and
 *   stay at target, or a harsh draft (an oil cap cut by more than 30%, workers home within a
 *   turn) against a friendly partner at a dip of up to 5 below target, or any sanction at that
 *   dip while the border is below its target (an adopted sanction costs the regime stability,
 *   and the border follows it: engine 0.3.0); abstains when its
 *   standing is lower; votes yes when its standing is far below target or Pyongyang has
 *   turned hostile. The Panel and condemnations: abstains,
 *   or votes yes when relations with Pyongyang have soured;
 * - deals: ends its own declared deals in a capped good once the cap has no room for them
 *   (each delivery would be a breach); takes North Korean proposals that pay, counting influence and the border as half
 *   again the value of what it gives while either is below target; on its proposing turns,
 *   renews food-for-cash at a friendship price when no food deal runs;
 * - aid: declared food over its border while influence or the border is under target (plus a
 *   margin), sized to the gap, from what its own economy can spare (food is not sanctioned, so
 *   this never breaches the regime);
 * - levers (China's own orders): holds back its fuel when Pyongyang has worn out Beijing's
 *   patience (relations at or below HOLD_FUEL_AT) and the regime can bear it; tightens customs at
 *   its border when its standing is below target and the border can spare a point;
 * - relief and lobbying: votes yes on relief, tables it (on even turns) when the regime is
 *   faltering and the border below target; when it abstains on a sanction that Russia is not
 *   expected to veto, courts the one seat that would leave a nine-vote draft short.
 */
import type { Deal, Draft, Good, Vote } from '../engine/index.ts';
import { changesNothing, fuelDue, isGood, vetoedUntil } from '../engine/index.ts';
import { acceptProposals, activeFlow, mayPropose, pendingIn, priceIn, proposal } from './dealing.ts';
import { isSanction, noOdds } from './forecast.ts';
import { courtToBlock } from './lobbying.ts';
import { Ledger, idsOf } from './ledger.ts';
import type { Move, Why } from './plan.ts';
import { Plan, amountOf } from './plan.ts';
import { marginOf, targetOf } from './outlook.ts';
import { capRoomBefore, declaredDealFlow, ship } from './shipping.ts';
import { jitter } from './variety.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

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
/** Relations with Pyongyang at or below this: Beijing's patience is gone; it holds back fuel. */
const HOLD_FUEL_AT = 20;
/** ... unless the regime is this close to breaking (the border would pay). */
const HOLD_FUEL_STABILITY = 40;
/** Below this North Korean stability, with its border under target, China tables relief. */
const RELIEF_STABILITY = 35;

export function chineseVote(v: ActorView, d: Draft): { vote: Vote; why: Why } {
  if (d.measure === 'relief')
    return { vote: 'yes', why: () => `votes for ${d.id}: relief steadies the regime on its border` };
  const standing = marginOf(v, 'chnStanding', 10);
  const partner = v.relations.PRK ?? 0;
  const where = (): string =>
    `standing ${v.indicators.chnStanding} (${standing >= 0 ? `${standing} above` : `${-standing} below`} target), relations with Pyongyang ${partner}`;
  if (!isSanction(d.measure)) {
    return partner < PROTECT_FLOOR
      ? { vote: 'yes', why: () => `votes for ${d.id}: Pyongyang has turned hostile (${where()})` }
      : {
          vote: 'abstain',
          why: () => `abstains on ${d.id}: it does not tighten sanctions, and Pyongyang is a partner (${where()})`,
        };
  }
  if (standing <= STANDING_YES_BELOW || partner < PROTECT_FLOOR)
    return { vote: 'yes', why: () => `votes for ${d.id} to mend its standing or rein in Pyongyang (${where()})` };
  const rus = noOdds(v, 'RUS', d.measure);
  if (rus >= RUSSIA_VETOES)
    return {
      vote: 'abstain',
      why: () =>
        `abstains on ${d.id}: Russia is expected to veto it (odds ${rus}%), so China need not pay for a veto (${where()})`,
    };
  if (standing - v.rules.design.vetoReputation >= 0)
    return {
      vote: 'no',
      why: () =>
        `vetoes ${d.id} to shield its partner: its standing can bear the ${v.rules.design.vetoReputation} points (${where()})`,
    };
  // A harsh draft is worth a dip below target to shield a friendly partner.
  if (harsh(v, d) && partner >= HARSH_PROTECT && standing - v.rules.design.vetoReputation >= -HARSH_DIP) {
    return {
      vote: 'no',
      why: () =>
        `vetoes ${d.id}: the draft is harsh, and a friendly partner is worth a dip of ${v.rules.design.vetoReputation - standing} below target (${where()})`,
    };
  }
  // A troubled border is worth the same dip: every adopted sanction shakes the regime, and the
  // border follows it.
  const border = marginOf(v, 'chnBorderStability', 0);
  if (border < 0 && standing - v.rules.design.vetoReputation >= -HARSH_DIP) {
    return {
      vote: 'no',
      why: () =>
        `vetoes ${d.id}: the border is ${-border} below target, and a sanction would shake the regime further; that is worth a dip of ${v.rules.design.vetoReputation - standing} below target (${where()})`,
    };
  }
  return {
    vote: 'abstain',
    why: () => `abstains rather than vetoes ${d.id}: a veto would cost standing it cannot spare (${where()})`,
  };
}

/** A draft that cuts the oil cap in force by more than HARSH_CUT percent, or orders workers
 * home within a turn. */
export function harsh(v: ActorView, d: Draft): boolean {
  if (d.measure === 'workerBan') return d.value <= 1;
  if (d.measure !== 'oilCap') return false;
  let current: number | null = null;
  for (const c of v.regime.caps) {
    if (c.resource === 'oil' && c.to === 'PRK' && c.untilTurn === null && (current === null || c.perYear < current))
      current = c.perYear;
  }
  return current !== null && d.value * 100 < current * (100 - HARSH_CUT);
}

/** China's own active declared deals that would take deliveries of a capped good over the
 * cap this year, latest first, until the rest fit. */
export function overCap(v: ActorView): Deal[] {
  const out: Deal[] = [];
  const skip = new Set<string>();
  const mine = v.deals
    .filter(
      (d) =>
        d.status === 'active' &&
        d.mode === 'declared' &&
        d.proposer === 'CHN' &&
        isGood(d.give.resource) &&
        d.give.amount > 0,
    )
    .reverse();
  for (const d of mine) {
    const good = d.give.resource as Good;
    const room = capRoomBefore(v, good, d.partner);
    if (room === Number.MAX_SAFE_INTEGER || declaredDealFlow(v, good, d.partner, skip) <= room) continue;
    out.push(d);
    skip.add(d.id);
  }
  return out;
}

export function chinaPlan(v: ActorView, explain = true): Move[] {
  const plan = new Plan(explain);
  let courted = false;
  for (const d of v.council.drafts) {
    const x = chineseVote(v, d);
    plan.add({ kind: 'vote', actor: 'CHN', draft: d.id, vote: x.vote }, x.why);
    if (courted || x.vote !== 'abstain' || d.by !== 'UNSC' || !isSanction(d.measure)) continue;
    if ((v.relations.PRK ?? 0) < PROTECT_FLOOR || noOdds(v, 'RUS', d.measure) >= RUSSIA_VETOES) continue;
    const c = courtToBlock(v, d, { RUS: 'abstain', CHN: x.vote });
    if (c !== null) {
      plan.add(c.order, c.why);
      courted = true;
    }
  }
  const p = v.rules.design;
  const partner = v.relations.PRK ?? 0;
  if (partner <= HOLD_FUEL_AT && v.indicators.prkStability >= HOLD_FUEL_STABILITY && fuelDue(v) > 0) {
    plan.add(
      { kind: 'holdFuel', actor: 'CHN' },
      () =>
        `holds back this turn's fuel: relations with Pyongyang are ${partner}, at or below ${HOLD_FUEL_AT}, and the regime (stability ${v.indicators.prkStability}) can bear a lesson; influence +${p.holdFuelInfluence}, standing +${p.holdFuelStanding}`,
    );
  }
  const dandong = v.routes.find((r) => r.ends[0] === 'CHN' || r.ends[1] === 'CHN');
  if (dandong !== undefined && marginOf(v, 'chnStanding', 0) < 0 && marginOf(v, 'chnBorderStability', 0) >= 3) {
    plan.add(
      { kind: 'customs', actor: 'CHN', route: dandong.id },
      () =>
        `tightens customs on ${dandong.name}: its standing is below target, and the border (${v.indicators.chnBorderStability}) can spare ${p.customsBorder}`,
    );
  }
  if (
    v.turn % 2 === 0 &&
    v.indicators.prkStability < RELIEF_STABILITY &&
    marginOf(v, 'chnBorderStability', 0) < 0 &&
    marginOf(v, 'chnStanding', 10) >= p.reliefReputation &&
    changesNothing(v, 'relief', 0) === null &&
    vetoedUntil(v, 'relief') === null &&
    // A relief draft voted this turn may lift the ban first: wait for its outcome.
    !v.council.drafts.some((d) => d.measure === 'relief')
  ) {
    plan.add(
      { kind: 'draft', actor: 'CHN', measure: 'relief', value: 0 },
      () =>
        `tables sanctions relief: the regime's stability is ${v.indicators.prkStability} and the border below target`,
    );
  }

  const influenceGap = -marginOf(v, 'chnInfluence', 0) + AID_MARGIN;
  const borderGap = -marginOf(v, 'chnBorderStability', 0) + AID_MARGIN;
  const worried = influenceGap > 0 || borderGap > 0;
  // A declared deal of a capped good that the cap no longer has room for would breach it
  // every turn (standing lost each time): end it.
  const cancelled = overCap(v);
  for (const d of cancelled)
    plan.add(
      { kind: 'cancelDeal', actor: 'CHN', deal: d.id },
      () =>
        `cancels ${d.id}: the cap on ${d.give.resource} into North Korea has ${capRoomBefore(v, d.give.resource as Good, d.partner)} left this year, too little for its declared deliveries, and each delivery over it would cost standing`,
    );
  const ledger = new Ledger(v, idsOf(cancelled));
  for (const m of acceptProposals(v, ledger, () => (worried ? 50 : 0))) plan.add(m.order, m.why);

  if (mayPropose(v) && activeFlow(v, 'PRK', 'CHN', 'food') === 0 && !pendingIn(v, 'PRK', 'CHN', 'food')) {
    const need = needTotal(v.rules.needs, 'PRK', 'food');
    const amount = Math.floor(need / 10);
    if (amount > 0) {
      const p = proposal(
        v,
        ledger,
        {
          to: 'PRK',
          give: { resource: 'food', amount },
          get: { resource: 'currency', amount: priceIn(v, 'food', amount, 'currency', 50) },
          covert: false,
          turns: FOOD_DEAL_TURNS,
        },
        1,
      );
      plan.add(
        p,
        () =>
          `offers ${amountOf('food', p?.give.amount ?? amount)} a turn at half price: no food contract runs, and trade is China's hold on Pyongyang`,
      );
    }
  }

  if (worried) {
    // Aid in proportion to the larger gap: 60 thousand tonnes a point, jittered by ±10%.
    const gap = Math.max(influenceGap, borderGap);
    const amount = Math.floor((gap * jitter(v, 'aid', 60, 6)) / 10) * 10;
    if (amount > 0) {
      plan.add(
        ship(v, ledger, 'PRK', 'food', amount, false),
        () =>
          `sends food aid: influence is ${v.indicators.chnInfluence} and border stability ${v.indicators.chnBorderStability}, within ${AID_MARGIN} of or below their targets (${targetOf(v, 'CHN', 'chnInfluence')?.target ?? 0} and ${targetOf(v, 'CHN', 'chnBorderStability')?.target ?? 0}); aid raises China's share of North Korea's imports and steadies the regime`,
      );
    }
  }
  return plan.moves;
}
