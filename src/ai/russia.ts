/**
 * The Russian bot. Russia needs munitions for the war and labour for reconstruction, has oil,
 * food and cash to spare, and holds a veto (GAME.md).
 *
 * Each turn, in this order:
 * - votes: vetoes sanctions while its reputation can bear a veto and stay at target, and the
 *   Panel's renewal when the detections it would bring under the running covert deals (each a
 *   breach, and half of them seized cargo) are expected to cost more than the veto; abstains
 *   otherwise, and then courts the one elected seat that would leave a nine-vote draft short
 *   (lobbying.ts); votes yes on sanctions relief;
 * - relief: tables a relief draft when workers are banned and the partner is faltering (on odd
 *   turns; China on even ones, so the two never table relief in the same turn);
 * - priorities: all industry to munitions while food stocks are ample;
 * - deals: takes North Korean proposals that pay; on its proposing turns offers cash for
 *   shells (covert, one detection roll a turn since cash moves through banks) sized to the gap
 *   between its need and its output, food for workers, and space know-how for more shells
 *   (¶5); cancels a deal of its own it can no longer honour;
 * - shipments: while it buys from Pyongyang, fuel to cover North Korea's oil need that China's
 *   declared deliveries leave open, declared within the cap's room, covert above it while its
 *   reputation has a margin; food aid when the regime wobbles (partner protection).
 */
import type { ActorId, Draft, Good, Measure, Vote } from '../engine/index.ts';
import { changesNothing, isGood, vetoedUntil } from '../engine/index.ts';
import { acceptProposals, activeFlow, mayPropose, pendingIn, priceIn, proposal, undeliverable } from './dealing.ts';
import { isSanction, noOdds } from './forecast.ts';
import { courtToBlock } from './lobbying.ts';
import { Ledger, idsOf, oddsOn, pickRoute, routeById } from './ledger.ts';
import type { Move, Why } from './plan.ts';
import { Plan, amountOf } from './plan.ts';
import { marginOf, needOf, outputOf, projectedEnd } from './outlook.ts';
import { banned, capRoom, ship } from './shipping.ts';
import { jitter } from './variety.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

/** Reputation points kept in hand beyond a veto's cost before Russia vetoes a sanction. */
const SANCTION_VETO_MARGIN = 0;
/** The Panel threatens the covert supply directly: Russia vetoes it even a little below target,
 * when the detections it would bring are expected to cost more reputation than the veto. */
const PANEL_VETO_FLOOR = -6;
const SHELL_DEAL_TURNS = 3;
const WORKER_DEAL_TURNS = 4;
/** Below this North Korean stability Russia sends food aid to keep its supplier standing. */
const AID_STABILITY = 45;
const AID_FOOD = 300;
/** Below this North Korean stability, with workers banned, Russia tables sanctions relief. */
const RELIEF_STABILITY = 40;
/** Points of war effort a seized cargo of shells or workers is worth, in the Panel's cost. */
const SEIZURE_POINTS = 3;
const KNOWHOW_DEAL_TURNS = 3;

/**
 * Reputation (in hundredths of a point) a renewed Panel is expected to cost Russia over a
 * mandate of `turns`: each covert leg of a banned or capped good in its running deals with
 * North Korea (and those it proposed last turn, which may start now) is seen with the Panel's
 * extra odds each turn (as if monitored: the Council can point the Panel at any route once it is
 * renewed), and each sighting is a breach and, at seizeBp, lost cargo.
 */
export function panelCost(v: ActorView, turns: number): number {
  const p = v.regime.panel;
  let cost = 0;
  for (const d of v.deals) {
    const running = d.status === 'active' || (d.proposer === 'RUS' && d.proposedTurn === v.turn - 1);
    if (d.mode !== 'covert' || d.route === null || !running) continue;
    if (!((d.proposer === 'RUS' && d.partner === 'PRK') || (d.proposer === 'PRK' && d.partner === 'RUS'))) continue;
    // The Council can point a renewed Panel anywhere at any time: assume it watches this route.
    const extra = p.bonusBp + p.monitorBonusBp;
    let legs = 0;
    if (isGood(d.give.resource) && sanctioned(v, d.give.resource, d.proposer, d.partner)) legs++;
    if (isGood(d.get.resource) && sanctioned(v, d.get.resource, d.partner, d.proposer)) legs++;
    // Hundredths of a point per detection: the breach, and the cargo seized.
    const perDetection =
      100 * v.rules.design.breachReputation + Math.floor((SEIZURE_POINTS * v.rules.design.seizeBp) / 100);
    cost += Math.floor((legs * extra * Math.min(turns, d.remaining + 1) * perDetection) / 10_000);
  }
  return cost;
}

function sanctioned(v: ActorView, good: Good, from: ActorId, to: ActorId): boolean {
  if (banned(v, good, from, to)) return true;
  for (const c of v.regime.caps) if (c.resource === good && c.to === to && c.untilTurn === null) return true;
  return false;
}

export function russianVote(v: ActorView, d: Draft): { vote: Vote; why: Why } {
  if (d.measure === 'relief')
    return { vote: 'yes', why: () => `votes for ${d.id}: relief eases the pressure on its partner` };
  const veto = v.rules.design.vetoReputation;
  const rep = v.indicators.rusReputation;
  const margin = marginOf(v, 'rusReputation', 10) - veto;
  const after = (): string =>
    `reputation ${rep} would be ${rep - veto} after a veto, ${margin >= 0 ? `${margin} above` : `${-margin} below`} its target`;
  const m: Measure = d.measure;
  if (m === 'renewPanel') {
    const cost = panelCost(v, d.value);
    const weighs = (): string =>
      `the Panel would cost about ${Math.floor(cost / 100)}.${String(cost % 100).padStart(2, '0')} reputation points in detected breaches and seized cargo over ${d.value} turns of its covert deals, against ${veto} for a veto`;
    if (margin < PANEL_VETO_FLOOR)
      return { vote: 'abstain', why: () => `abstains on ${d.id}: ${after()}, too low to veto` };
    return cost > 100 * veto
      ? { vote: 'no', why: () => `vetoes ${d.id}: ${weighs()}` }
      : { vote: 'abstain', why: () => `abstains on ${d.id}: ${weighs()}` };
  }
  if (isSanction(m)) {
    // A ban already in force changes nothing for Russia's covert trade: not worth a veto.
    if (
      (m === 'armsEmbargo' && v.regime.bans.some((b) => b.resource === 'munitions' && b.from === 'PRK')) ||
      (m === 'workerBan' &&
        d.value === 0 &&
        v.regime.bans.some((b) => b.resource === 'labour' && b.from === 'PRK' && b.deadlineTurn === null))
    ) {
      return {
        vote: 'abstain',
        why: () => `abstains on ${d.id}: the same ban is already in force, so it changes nothing for Russia`,
      };
    }
    return margin >= SANCTION_VETO_MARGIN
      ? { vote: 'no', why: () => `vetoes ${d.id} to shield its supplier: ${after()}` }
      : { vote: 'abstain', why: () => `abstains on ${d.id}: ${after()}` };
  }
  // condemn: shield the partner only with reputation to spare.
  return margin >= 5 && (v.relations.PRK ?? 0) >= 30
    ? { vote: 'no', why: () => `vetoes ${d.id} to shield Pyongyang: ${after()}` }
    : { vote: 'abstain', why: () => `abstains on ${d.id}: ${after()}, and a condemnation does not touch its trade` };
}

/**
 * Cash offered for shells, in percent of their list price: 60%, plus the seller's risk (the
 * odds of detection on the route, in percent, since North Korea discounts covert sanctioned
 * trade by them), plus 2 a point of war effort below target, plus 20 when Russia's own
 * munitions will run short this turn; ±5 by the view's draw.
 */
export function shellPrice(v: ActorView, routeId: string | undefined): number {
  const route = routeById(v, routeId);
  const risk = route === undefined ? 0 : Math.floor(oddsOn(v, route) / 100);
  const urgency = Math.max(0, -marginOf(v, 'rusWarEffort', 0));
  const short = projectedEnd(v, 'munitions') < 0 ? 20 : 0;
  return jitter(v, 'shell-price', 60 + risk + 2 * urgency + short, 5);
}

export function russiaPlan(v: ActorView, explain = true): Move[] {
  const plan = new Plan(explain);
  let courted = false;
  for (const d of v.council.drafts) {
    const x = russianVote(v, d);
    plan.add({ kind: 'vote', actor: 'RUS', draft: d.id, vote: x.vote }, x.why);
    if (courted || x.vote !== 'abstain' || d.by !== 'UNSC' || d.measure === 'condemn') continue;
    const china: Vote = noOdds(v, 'CHN', d.measure) >= 50 ? 'no' : 'abstain';
    if (china === 'no') continue;
    const c = courtToBlock(v, d, { RUS: x.vote, CHN: china });
    if (c !== null) {
      plan.add(c.order, c.why);
      courted = true;
    }
  }
  if (
    v.turn % 2 === 1 &&
    v.indicators.prkStability < RELIEF_STABILITY &&
    marginOf(v, 'rusReputation', 10) >= v.rules.design.reliefReputation &&
    changesNothing(v, 'relief', 0) === null &&
    vetoedUntil(v, 'relief') === null &&
    // A relief draft voted this turn may lift the ban first: wait for its outcome.
    !v.council.drafts.some((d) => d.measure === 'relief')
  ) {
    plan.add(
      { kind: 'draft', actor: 'RUS', measure: 'relief', value: 0 },
      () =>
        `tables sanctions relief: North Korean stability is ${v.indicators.prkStability}, below ${RELIEF_STABILITY}, and its workers are banned; Pyongyang will remember who tried`,
    );
  }

  const econ = v.rules.economy.RUS;
  const pri = v.own.priorities;
  if (econ.flex.munitions > 0) {
    const foodOut = activeFlow(v, 'PRK', 'RUS', 'food');
    const munitions = v.own.stocks.food >= 4 * (foodOut + AID_FOOD) ? 100 : 70;
    if (munitions !== pri.munitions) {
      plan.add({ kind: 'setPriorities', actor: 'RUS', munitions, labourAbroad: pri.labourAbroad }, () =>
        munitions === 100
          ? `puts all industry into munitions: food stocks (${v.own.stocks.food}) cover four turns of its food deliveries and aid`
          : `keeps 30% of industry on food: food stocks (${v.own.stocks.food}) are running low`,
      );
    }
  }

  const cancelled = undeliverable(v);
  for (const d of cancelled)
    plan.add(
      { kind: 'cancelDeal', actor: 'RUS', deal: d.id },
      () =>
        `cancels ${d.id}: it can no longer deliver ${amountOf(d.give.resource, d.give.amount)} a turn (a cancellation costs less than defaults)`,
    );
  const ledger = new Ledger(v, idsOf(cancelled));
  for (const m of acceptProposals(v, ledger)) plan.add(m.order, m.why);

  if (mayPropose(v)) {
    // Shells: the gap between need and full output, moved a third of the way towards ending
    // the turn with half a turn's need in reserve.
    const need = needOf(v, 'munitions');
    if (need > 0 && !pendingIn(v, 'PRK', 'PRK', 'munitions')) {
      const full = { munitions: 100, labourAbroad: pri.labourAbroad };
      const structural = need - outputOf(v, 'munitions', full) - activeFlow(v, 'PRK', 'PRK', 'munitions');
      const adjust = Math.trunc((Math.floor(need / 2) - projectedEnd(v, 'munitions', full)) / 3);
      const choice = pickRoute(v, ledger, 'PRK', ['munitions'], true);
      const amount = Math.floor(Math.min(structural + adjust, choice?.left ?? 0) / 100) * 100;
      if (choice !== null && amount >= 200) {
        const ratio = shellPrice(v, choice.route.id);
        const p = proposal(
          v,
          ledger,
          {
            to: 'PRK',
            give: { resource: 'currency', amount: priceIn(v, 'munitions', amount, 'currency', ratio) },
            get: { resource: 'munitions', amount },
            covert: true,
            turns: SHELL_DEAL_TURNS,
          },
          100,
        );
        plan.add(
          p,
          () =>
            `offers cash for ${amountOf('munitions', p?.get.amount ?? amount)} a turn: it needs ${need} a turn and makes ${outputOf(v, 'munitions', full)}; the price is ${ratio}% of list, covering North Korea's risk of detection on ${choice.route.name} (${oddsOn(v, choice.route)} in 10,000)`,
        );
      }
    }
    if (
      v.own.stocks.knowhow > 0 &&
      !pendingIn(v, 'PRK', 'RUS', 'knowhow') &&
      activeFlow(v, 'PRK', 'RUS', 'knowhow') === 0
    ) {
      const choice = pickRoute(v, ledger, 'PRK', ['munitions'], true);
      if (choice !== null) {
        const shells = Math.min(priceIn(v, 'knowhow', 1, 'munitions', 100), choice.left);
        const p = proposal(
          v,
          ledger,
          {
            to: 'PRK',
            give: { resource: 'knowhow', amount: 1 },
            get: { resource: 'munitions', amount: shells },
            covert: true,
            turns: KNOWHOW_DEAL_TURNS,
          },
          100,
        );
        plan.add(
          p,
          () =>
            `offers a package of space know-how a turn for ${amountOf('munitions', p?.get.amount ?? shells)}: Pyongyang values the technology more than cash, and Russia needs the shells`,
        );
      }
    }
    const labourNeed = needOf(v, 'labour');
    if (labourNeed > 0 && !pendingIn(v, 'PRK', 'PRK', 'labour')) {
      const gap = labourNeed - activeFlow(v, 'PRK', 'PRK', 'labour') + Math.max(0, labourNeed - v.own.stocks.labour);
      if (gap > 0) {
        const p = proposal(
          v,
          ledger,
          {
            to: 'PRK',
            give: { resource: 'food', amount: priceIn(v, 'labour', gap, 'food', 100) },
            get: { resource: 'labour', amount: gap },
            covert: true,
            turns: WORKER_DEAL_TURNS,
          },
          1,
        );
        plan.add(
          p,
          () =>
            `offers food for ${amountOf('labour', p?.get.amount ?? gap)} a turn: reconstruction needs ${labourNeed} a turn and it has ${v.own.stocks.labour}`,
        );
      }
    }
  }

  const buying = v.deals.some(
    (d) =>
      d.status === 'active' &&
      ((d.proposer === 'RUS' && d.partner === 'PRK') || (d.proposer === 'PRK' && d.partner === 'RUS')),
  );
  if (buying) {
    // Fuel for the partner: its public oil need less China's declared oil.
    const oilNeed = needTotal(v.rules.needs, 'PRK', 'oil');
    let chinaOil = 0;
    for (const d of v.deals)
      if (
        d.status === 'active' &&
        d.mode === 'declared' &&
        d.proposer === 'CHN' &&
        d.partner === 'PRK' &&
        d.give.resource === 'oil'
      )
        chinaOil += d.give.amount;
    const fuel = oilNeed - chinaOil + 50;
    if (fuel > 0 && !banned(v, 'oil', 'RUS', 'PRK')) {
      const declared = ship(v, ledger, 'PRK', 'oil', fuel, false);
      const room = (): number => capRoom(v, 'oil', 'PRK');
      const why = (): string =>
        `fuels its supplier: North Korea needs ${oilNeed} a turn and China's declared contracts bring ${chinaOil}`;
      plan.add(
        declared,
        () =>
          `${why()}; declared, within the ${room() === Number.MAX_SAFE_INTEGER ? 'absence of a cap' : `${room()} left under the cap this year`}`,
      );
      const rest = fuel - (declared?.amount ?? 0);
      if (rest > 0 && marginOf(v, 'rusReputation', 10) >= 2) {
        plan.add(
          ship(v, ledger, 'PRK', 'oil', rest, true),
          () =>
            `${why()}; covert beyond the cap, since its reputation (${v.indicators.rusReputation}) can risk a detected breach`,
        );
      }
    }
  }
  if (v.indicators.prkStability < AID_STABILITY && !banned(v, 'food', 'RUS', 'PRK')) {
    plan.add(
      ship(v, ledger, 'PRK', 'food', AID_FOOD, false),
      () =>
        `sends food aid: North Korean stability is ${v.indicators.prkStability}, below ${AID_STABILITY}, and its supplier must hold`,
    );
  }
  return plan.moves;
}
