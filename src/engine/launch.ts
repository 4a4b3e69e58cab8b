/**
 * North Korea's provocations are its own orders, never events (GAME.md): missile launches and
 * nuclear tests. Numbers in quotes are the scenario's design parameters.
 *
 * A launch order fires `count` missiles (1 by default, at most "maxLaunchesPerTurn"), once a
 * turn. It advances the programme by "launchProgramme", and puts to use up to
 * "knowHowPerLaunch" packages of know-how from North Korea's stock, each worth
 * "knowHowProgramme" more (Russian help shows in how well the tests go, which is when the world
 * can notice it). Each missile is evidence the rule seats weigh (launchWeight) and costs
 * "launchCurrency" of hard currency (or what is left): missiles, fuel and the test range are
 * paid for in the same scarce currency the regime needs every turn. Relations with China fall
 * by "launchChinaRelation" and with the Council by "launchUnscRelation" for the order.
 *
 * A nuclear test, once a turn: programme "nuclearProgramme" (plus know-how as for a launch),
 * evidence that weighs as "nuclearEvidence" launches, "nuclearCurrency", and relations with
 * China and the Council down by "nuclearChinaRelation" and "nuclearUnscRelation".
 */
import type { TurnContext } from './context.ts';
import { addEvidence, changeIndicator, changeRelation, changeStock } from './context.ts';
import type { LaunchOrder, NuclearTestOrder } from './orders.ts';
import type { Cause } from './report.ts';
import { reject } from './validate.ts';

/** Know-how put to use by a launch or a test: programme points, stock spent. */
function useKnowHow(ctx: TurnContext, index: number): void {
  const s = ctx.s;
  const p = s.rules.design;
  const used = Math.min(s.actors.PRK.stocks.knowhow, p.knowHowPerLaunch);
  if (used <= 0 || p.knowHowProgramme <= 0) return;
  // Private to North Korea: the world sees the programme's progress, not where it came from.
  const c: Cause = { rule: 'knowHowUsed', order: index, numbers: { used, points: used * p.knowHowProgramme } };
  changeStock(ctx, 'PRK', 'knowhow', -used, c, ['PRK']);
  changeIndicator(ctx, 'prkProgramme', used * p.knowHowProgramme, c, ['PRK']);
  if (ctx.reporting)
    ctx.report.notes.push({
      kind: 'knowHowUsed',
      actor: 'PRK',
      resource: 'knowhow',
      amount: used,
      numbers: { points: used * p.knowHowProgramme },
      visibleTo: ['PRK'],
    });
}

function spend(ctx: TurnContext, amount: number, cause: Cause): void {
  const cash = ctx.s.actors.PRK.stocks.currency;
  changeStock(ctx, 'PRK', 'currency', -Math.min(cash, amount), cause);
}

export function applyLaunches(ctx: TurnContext, orders: { order: LaunchOrder; index: number }[]): void {
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
    const cause: Cause = { rule: 'launch', order: index, numbers: { count } };
    for (let i = 0; i < count; i++) addEvidence(ctx, { turn: s.turn, kind: 'launch', against: ['PRK'] });
    if (ctx.reporting) ctx.report.notes.push({ kind: 'launch', actor: 'PRK', amount: count, visibleTo: 'all' });
    changeIndicator(ctx, 'prkProgramme', p.launchProgramme, cause);
    useKnowHow(ctx, index);
    spend(ctx, p.launchCurrency * count, cause);
    changeRelation(ctx, 'PRK-CHN', -p.launchChinaRelation, cause);
    changeRelation(ctx, 'PRK-UNSC', -p.launchUnscRelation, cause);
  }
}

export function applyNuclearTests(ctx: TurnContext, orders: { order: NuclearTestOrder; index: number }[]): void {
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
    const cause: Cause = { rule: 'nuclearTest', order: index };
    addEvidence(ctx, { turn: s.turn, kind: 'nuclearTest', against: ['PRK'] });
    if (ctx.reporting) ctx.report.notes.push({ kind: 'nuclearTest', actor: 'PRK', visibleTo: 'all' });
    changeIndicator(ctx, 'prkProgramme', p.nuclearProgramme, cause);
    useKnowHow(ctx, index);
    spend(ctx, p.nuclearCurrency, cause);
    changeRelation(ctx, 'PRK-CHN', -p.nuclearChinaRelation, cause);
    changeRelation(ctx, 'PRK-UNSC', -p.nuclearUnscRelation, cause);
  }
}
