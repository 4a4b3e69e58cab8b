/**
 * Missile launches: PRK may launch once a turn. The programme advances by LAUNCH_PROGRAMME,
 * the launch is evidence the council's rule seats weigh (launchWeight), and it strains
 * relations with China (LAUNCH_CHN_RELATION) and the Council (LAUNCH_UNSC_RELATION).
 *
 * A launch ordered by PRK also spends LAUNCH_CURRENCY of its hard currency (or what is left,
 * never below zero): missiles, fuel and the test range are paid for in the same scarce foreign
 * currency the regime needs every turn (GAME.md: "too much provocation and the council closes
 * in"). Without a price, launching every turn was never worse than any judgement (balance
 * probe, 0.2.0); with it, each launch is programme bought with stability at risk.
 * Launches that an event scripts (history) are already paid for and cost nothing here.
 */
import type { TurnContext } from './context.ts';
import { addEvidence, changeIndicator, changeRelation, changeStock } from './context.ts';
import type { LaunchOrder } from './orders.ts';
import { reject } from './validate.ts';

export const LAUNCH_PROGRAMME = 2;
export const LAUNCH_CHN_RELATION = 1;
/** 0.3.0: a launch PRK orders strains relations with China by this much more, so that repeated
 * tests wear out Beijing's patience (the scenarios' "Beijing holds back fuel" events watch this
 * relation). Scripted launches (history) keep the calibrated cost above. */
export const LAUNCH_ORDER_CHN_RELATION = 1;
export const LAUNCH_UNSC_RELATION = 2;
/** Hard currency (USD millions, the scenarios' currency unit) a launch ordered by PRK spends. */
export const LAUNCH_CURRENCY = 10;

export function applyLaunches(ctx: TurnContext, orders: { order: LaunchOrder; index: number }[]): void {
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
    done = true;
    recordLaunches(ctx, 1, { kind: 'order', index });
  }
}

/** Launches from an order or an event: programme, evidence, relations, a public note. */
export function recordLaunches(
  ctx: TurnContext,
  count: number,
  from: { kind: 'order'; index: number } | { kind: 'event'; id: string },
): void {
  const s = ctx.s;
  const cause =
    from.kind === 'order'
      ? { rule: 'launch' as const, order: from.index, numbers: { count } }
      : { rule: 'launch' as const, event: from.id, numbers: { count } };
  for (let i = 0; i < count; i++) {
    addEvidence(
      ctx,
      from.kind === 'event'
        ? { turn: s.turn, kind: 'launch', against: ['PRK'], event: from.id }
        : { turn: s.turn, kind: 'launch', against: ['PRK'] },
    );
  }
  if (ctx.reporting) ctx.report.notes.push({ kind: 'launch', actor: 'PRK', amount: count, visibleTo: 'all' });
  if (from.kind === 'order') {
    changeIndicator(ctx, 'prkProgramme', LAUNCH_PROGRAMME * count, cause);
    const cash = s.actors.PRK.stocks.currency;
    const spent = Math.min(cash, LAUNCH_CURRENCY * count);
    changeStock(ctx, 'PRK', 'currency', -spent, cause);
  }
  const extra = from.kind === 'order' ? LAUNCH_ORDER_CHN_RELATION : 0;
  changeRelation(ctx, 'PRK-CHN', -(LAUNCH_CHN_RELATION + extra) * count, cause);
  changeRelation(ctx, 'PRK-UNSC', -LAUNCH_UNSC_RELATION * count, cause);
}
