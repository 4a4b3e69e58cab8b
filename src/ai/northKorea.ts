/**
 * The North Korean bot. The regime needs food, fuel and hard currency every turn; it has shells
 * and workers to sell; launches advance its programme but hand the Council evidence and strain
 * relations with China (GAME.md).
 *
 * Each turn, in this order:
 * - deals: takes proposals from Russia and China that pay at its marginal values (scarce
 *   needs count double) net of the detection risk of a covert sanctioned leg, and that it can
 *   deliver; on its proposing turns, when a need is still short, offers Russia shells for what
 *   it lacks (covert);
 * - priorities: enough munitions output to honour its deals and keep two turns in reserve,
 *   the rest of industry to food (less when food is short); enough workers abroad for its
 *   labour deals;
 * - launch: while the programme is below its target and relations with China can take it,
 *   on three turns out of four (the draw comes from the view, not the game's generator);
 * - nuclear test: when the programme is at least a test's worth short of its target, it can
 *   pay, Beijing can take the strain and no test was held in the seats' window, on three turns
 *   in ten (in place of that turn's launch).
 */
import type { Deal, Priorities, Resource } from '../engine/index.ts';
import { ADOPTION_VOTES } from '../engine/index.ts';
import { acceptProposals, activeFlow, mayPropose, pendingIn, priceIn, proposal } from './dealing.ts';
import { Ledger } from './ledger.ts';
import type { LazyMove, Move } from './plan.ts';
import { Plan, amountOf } from './plan.ts';
import { dealFlow, needOf, projectedEnd, targetOf } from './outlook.ts';
import { draw } from './variety.ts';
import { SANCTIONS, noOdds, ruleSeatScores } from './forecast.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

/** Relations with China at or below this stop launches (Beijing is the lifeline). */
export const LAUNCH_CHINA_FLOOR = 10;
/** Out of 10,000: the share of eligible turns on which the bot launches. */
export const LAUNCH_ODDS = 7_500;
/** Out of 10,000: the share of eligible turns on which the bot tests a nuclear device. */
export const TEST_ODDS = 3_000;
const NEEDS: readonly Resource[] = ['food', 'oil', 'currency'];

function clampPercent(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/**
 * What Russia will want to buy each turn, from the public scenario: its munitions need less
 * its output at full munitions priority (the market the bot keeps stock for).
 */
export function russianShortfall(v: ActorView): number {
  const e = v.rules.economy.RUS;
  const need = needTotal(v.rules.needs, 'RUS', 'munitions');
  const gap = need - e.base.munitions - e.flex.munitions;
  return Math.max(gap, 0);
}

/** Priorities for the deals the bot will be bound by this turn (`extra`: those it accepts). */
export function northKoreanPriorities(v: ActorView, extra: readonly Deal[]): Priorities {
  const e = v.rules.economy.PRK;
  const cur = v.own.priorities;
  let munitions = cur.munitions;
  if (e.flex.munitions > 0) {
    const owed = dealFlow(v, 'munitions', extra).outflow;
    const sales = Math.max(owed, russianShortfall(v));
    const reserve = v.own.stocks.munitions - owed;
    // Output to cover this turn's deliveries and a third of the way to two turns of expected
    // sales in reserve.
    const wanted = owed + Math.trunc((2 * sales - reserve) / 3) - e.base.munitions;
    munitions = clampPercent(Math.ceil((wanted * 100) / e.flex.munitions), 10, 90);
    const foodShort = projectedEnd(v, 'food', { munitions, labourAbroad: cur.labourAbroad }, extra) < 0;
    if (foodShort && munitions > 50) munitions = 50;
  }
  let labourAbroad = cur.labourAbroad;
  if (e.flex.labour > 0) {
    const owed = dealFlow(v, 'labour', extra).outflow;
    const wanted = owed + Math.trunc((owed - (v.own.stocks.labour - owed)) / 2) - e.base.labour;
    labourAbroad = clampPercent(Math.ceil((wanted * 100) / e.flex.labour), 0, 60);
  }
  return { munitions, labourAbroad };
}

export function shouldLaunch(v: ActorView): boolean {
  const t = targetOf(v, 'PRK', 'prkProgramme');
  const prog = v.indicators.prkProgramme;
  // The programme's score rises until its full value: launches pay until then.
  if (t === null || t.op !== 'atLeast' || prog >= t.full) return false;
  // When only a launch on every turn left can still reach the target, Beijing's patience no
  // longer holds the programme back (the affordability check below still does).
  const behind = Math.ceil((t.target - prog) / v.rules.design.launchProgramme) >= v.rules.turns - v.turn + 1;
  if (!behind && (v.relations.CHN ?? 0) <= LAUNCH_CHINA_FLOOR) return false;
  // A launch spends launchCurrency after this turn's deal payments: keep enough hard currency
  // to pay next turn's deals and to cover the present drain (if cash is falling) to the end
  // of the game, or deals would default.
  const { end, reserve } = cashReserve(v);
  if (end - v.rules.design.launchCurrency < reserve) return false;
  // Do not hand the Council its ninth vote on a sanction nobody is expected to veto.
  if (!behind && tipsASanction(v)) return false;
  // Below target every launch counts; above it, on three turns out of four.
  return behind || prog < t.target || draw(v, 'launch') < LAUNCH_ODDS;
}

/** Would one more launch carry a sanction over nine votes in next turn's vote, with neither
 * Russia nor China expected to veto it? */
export function tipsASanction(v: ActorView): boolean {
  const c = v.rules.council;
  for (const m of SANCTIONS) {
    if (noOdds(v, 'RUS', m) >= 50 || noOdds(v, 'CHN', m) >= 50) continue;
    const scores = ruleSeatScores(v, m, v.turn + 1);
    const now = scores.filter((x) => x.score >= c.yesAt).length;
    const after = scores.filter((x) => x.score + c.launchWeight >= c.yesAt).length;
    if (now < ADOPTION_VOTES && after >= ADOPTION_VOTES) return true;
  }
  return false;
}

/** Hard currency kept for next turn's deal payments and the present drain to the end. */
function cashReserve(v: ActorView): { end: number; reserve: number } {
  const end = projectedEnd(v, 'currency');
  const drain = v.own.stocks.currency - end;
  return { end, reserve: dealFlow(v, 'currency').outflow + (drain > 0 ? drain * (v.rules.turns - v.turn) : 0) };
}

export function shouldTest(v: ActorView): boolean {
  const t = targetOf(v, 'PRK', 'prkProgramme');
  const p = v.rules.design;
  if (t === null || t.op !== 'atLeast' || t.target - v.indicators.prkProgramme < p.nuclearProgramme) return false;
  if ((v.relations.CHN ?? 0) - p.nuclearChinaRelation <= LAUNCH_CHINA_FLOOR) return false;
  const since = v.turn - v.rules.council.windowTurns;
  if (v.council.evidence.some((e) => e.kind === 'nuclearTest' && e.turn > since)) return false;
  const { end, reserve } = cashReserve(v);
  if (end - p.nuclearCurrency < reserve) return false;
  return draw(v, 'nuclear-test') < TEST_ODDS;
}

/** The deals the moves accept, in the view's order (loops: this runs every turn of a rollout). */
function acceptedDeals(v: ActorView, accepts: readonly LazyMove[]): Deal[] {
  const out: Deal[] = [];
  for (const d of v.deals) {
    for (const a of accepts) {
      if (a.order.kind === 'acceptDeal' && a.order.deal === d.id) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}

export function northKoreaPlan(v: ActorView, explain = true): Move[] {
  const plan = new Plan(explain);
  const ledger = new Ledger(v);
  const accepts = acceptProposals(v, ledger);
  for (const m of accepts) plan.add(m.order, m.why);
  const accepted = acceptedDeals(v, accepts);

  if (mayPropose(v) && v.rules.economy.PRK.flex.munitions > 0) {
    for (const r of NEEDS) {
      const end = projectedEnd(v, r, v.own.priorities, accepted);
      if (end >= 0 || pendingIn(v, 'RUS', 'RUS', r) || activeFlow(v, 'RUS', 'RUS', r) > 0) continue;
      // Ask Russia for a turn's worth of the need, paying in shells at list price.
      const amount = needOf(v, r);
      const p = proposal(
        v,
        ledger,
        {
          to: 'RUS',
          give: { resource: 'munitions', amount: priceIn(v, r, amount, 'munitions', 100) },
          get: { resource: r, amount },
          covert: true,
          turns: 2,
        },
        1,
      );
      plan.add(
        p,
        () =>
          `asks Russia for ${amountOf(r, p?.get.amount ?? amount)} a turn, paying in shells at list price: it will be ${-end} short of ${r} this turn`,
      );
      if (p !== null) break;
    }
  }

  const pri = northKoreanPriorities(v, accepted);
  if (pri.munitions !== v.own.priorities.munitions || pri.labourAbroad !== v.own.priorities.labourAbroad) {
    plan.add(
      { kind: 'setPriorities', actor: 'PRK', munitions: pri.munitions, labourAbroad: pri.labourAbroad },
      () =>
        `sets munitions to ${pri.munitions}% (it owes ${dealFlow(v, 'munitions', accepted).outflow} shells a turn, holds ${v.own.stocks.munitions}, and expects Russia to want ${russianShortfall(v)}) and workers abroad to ${pri.labourAbroad}% (it owes ${dealFlow(v, 'labour', accepted).outflow} a turn); the rest of the country grows food`,
    );
  }
  if (shouldTest(v)) {
    plan.add(
      { kind: 'nuclearTest', actor: 'PRK' },
      () =>
        `tests a nuclear device: the programme is at ${v.indicators.prkProgramme}, a test's worth (${v.rules.design.nuclearProgramme}) or more below its target of ${targetOf(v, 'PRK', 'prkProgramme')?.target ?? 0}, and the regime can pay ${v.rules.design.nuclearCurrency}`,
    );
  } else if (shouldLaunch(v)) {
    plan.add(
      { kind: 'launch', actor: 'PRK' },
      () =>
        `launches: the programme is at ${v.indicators.prkProgramme}, below its target of ${targetOf(v, 'PRK', 'prkProgramme')?.target ?? 0}, and relations with China (${v.relations.CHN ?? 0}) can take the strain`,
    );
  }
  return plan.moves;
}
