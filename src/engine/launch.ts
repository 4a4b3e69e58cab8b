/**
 * North Korea's provocations are its own orders, never events (GAME.md): missile launches and
 * nuclear tests. Numbers in quotes are the scenario's design parameters.
 *
 * A launch order fires `count` missiles (1 by default, at most "maxLaunchesPerTurn"), once a
 * turn. It works with odds "launchSuccessBp", plus "knowHowSuccessBp" for each package of
 * know-how it puts to use (up to "knowHowPerLaunch" from North Korea's stock). If it works it
 * advances the programme by "launchProgramme", and each package by "knowHowProgramme" more
 * (Russian help shows in how well the tests go, which is when the world can notice it); if it
 * fails the programme learns nothing, and the know-how is spent all the same. Either way each
 * missile is evidence the rule seats weigh (launchWeight) and costs "launchCurrency" of hard
 * currency (or what is left): missiles, fuel and the test range are paid for in the same scarce
 * currency the regime needs every turn. Relations with China fall by "launchChinaRelation" and
 * with the Council by "launchUnscRelation" for the order.
 *
 * A nuclear test, once a turn: works with odds "nuclearSuccessBp" (plus know-how as for a
 * launch) and then gives the programme "nuclearProgramme"; evidence that weighs as
 * "nuclearEvidence" launches, "nuclearCurrency", and relations with China and the Council down
 * by "nuclearChinaRelation" and "nuclearUnscRelation", whether or not it works.
 *
 * The success roll is named by (turn, purpose) in the covert stream (rng.ts): nothing anyone
 * else orders moves it, no one can foresee it (a search bot's sampled worlds hold keys of their
 * own), and the public stream (harvests, the event deck) is not shifted by a launch. Whether a
 * launch failed is public (the world watches the missile); the odds are not, since know-how
 * raises them and know-how is North Korea's secret.
 */
import type { TurnContext } from './context.ts';
import { addEvidence, changeIndicator, changeRelation, changeStock } from './context.ts';
import type { Indexed, LaunchOrder, NuclearTestOrder } from './orders.ts';
import type { Cause } from './report.ts';
import { ROLL_LAUNCH, ROLL_TEST, keyedBasisPoints } from './rng.ts';
import type { GameState } from './state.ts';
import { reject } from './validate.ts';

/** Packages of know-how the launch or test of this turn puts to use. */
function knowHowAtHand(s: GameState): number {
  const p = s.rules.design;
  if (p.knowHowProgramme <= 0 && p.knowHowSuccessBp <= 0) return 0;
  return Math.max(0, Math.min(s.actors.PRK.stocks.knowhow, p.knowHowPerLaunch));
}

/** Whether this turn's launch (or test) works, and its odds in basis points. */
function rollSuccess(s: GameState, purpose: number, baseBp: number, used: number): { worked: boolean; odds: number } {
  const odds = Math.min(10_000, baseBp + used * s.rules.design.knowHowSuccessBp);
  const worked = odds >= 10_000 || (odds > 0 && keyedBasisPoints(s.covertKey, [s.turn, purpose], odds));
  return { worked, odds };
}

/** Know-how put to use by a launch or a test: stock spent; programme points if it worked. */
function useKnowHow(ctx: TurnContext, index: number, used: number, worked: boolean, odds: number): void {
  if (used <= 0) return;
  const p = ctx.s.rules.design;
  const points = worked ? used * p.knowHowProgramme : 0;
  // Private to North Korea: the world sees the programme's progress, not where it came from.
  const c: Cause = { rule: 'knowHowUsed', order: index, numbers: { used, points } };
  changeStock(ctx, 'PRK', 'knowhow', -used, c, ['PRK']);
  if (points > 0) changeIndicator(ctx, 'prkProgramme', points, c, ['PRK']);
  if (ctx.reporting)
    ctx.report.notes.push({
      kind: 'knowHowUsed',
      actor: 'PRK',
      resource: 'knowhow',
      amount: used,
      numbers: { points, odds },
      visibleTo: ['PRK'],
    });
}

function spend(ctx: TurnContext, amount: number, cause: Cause): void {
  const cash = ctx.s.actors.PRK.stocks.currency;
  changeStock(ctx, 'PRK', 'currency', -Math.min(cash, amount), cause);
}

export function applyLaunches(ctx: TurnContext, orders: Indexed<LaunchOrder>[]): void {
  const s = ctx.s;
  const p = s.rules.design;
  let done = false;
  for (const { order: o, index } of orders) {
    if (o.actor !== 'PRK') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only North Korea (PRK) launches missiles');
      continue;
    }
    if (done) {
      reject(ctx, index, o.actor, 'duplicateOrder', 'PRK already launched this turn');
      continue;
    }
    const count = o.count ?? 1;
    if (!Number.isSafeInteger(count) || count < 1 || count > p.maxLaunchesPerTurn) {
      reject(
        ctx,
        index,
        o.actor,
        'tooManyLaunches',
        `a launch order fires from 1 to ${p.maxLaunchesPerTurn} missile(s); ${String(o.count)} asked`,
      );
      continue;
    }
    done = true;
    const used = knowHowAtHand(s);
    const { worked, odds } = rollSuccess(s, ROLL_LAUNCH, p.launchSuccessBp, used);
    const cause: Cause = { rule: 'launch', order: index, numbers: { count } };
    for (let i = 0; i < count; i++) addEvidence(ctx, { turn: s.turn, kind: 'launch', against: ['PRK'] });
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'launch',
        actor: 'PRK',
        amount: count,
        numbers: { failed: worked ? 0 : 1 },
        visibleTo: 'all',
      });
    if (worked) changeIndicator(ctx, 'prkProgramme', p.launchProgramme, cause);
    useKnowHow(ctx, index, used, worked, odds);
    spend(ctx, p.launchCurrency * count, cause);
    changeRelation(ctx, 'PRK-CHN', -p.launchChinaRelation, cause);
    changeRelation(ctx, 'PRK-UNSC', -p.launchUnscRelation, cause);
  }
}

export function applyNuclearTests(ctx: TurnContext, orders: Indexed<NuclearTestOrder>[]): void {
  const s = ctx.s;
  const p = s.rules.design;
  let done = false;
  for (const { order: o, index } of orders) {
    if (o.actor !== 'PRK') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only North Korea (PRK) tests nuclear devices');
      continue;
    }
    if (done) {
      reject(ctx, index, o.actor, 'duplicateOrder', 'PRK already tested this turn');
      continue;
    }
    done = true;
    const used = knowHowAtHand(s);
    const { worked, odds } = rollSuccess(s, ROLL_TEST, p.nuclearSuccessBp, used);
    const cause: Cause = { rule: 'nuclearTest', order: index };
    addEvidence(ctx, { turn: s.turn, kind: 'nuclearTest', against: ['PRK'] });
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'nuclearTest',
        actor: 'PRK',
        numbers: { failed: worked ? 0 : 1 },
        visibleTo: 'all',
      });
    if (worked) changeIndicator(ctx, 'prkProgramme', p.nuclearProgramme, cause);
    useKnowHow(ctx, index, used, worked, odds);
    spend(ctx, p.nuclearCurrency, cause);
    changeRelation(ctx, 'PRK-CHN', -p.nuclearChinaRelation, cause);
    changeRelation(ctx, 'PRK-UNSC', -p.nuclearUnscRelation, cause);
  }
}
