/**
 * Missile launches: PRK may launch once a turn. The programme advances by LAUNCH_PROGRAMME,
 * the launch is evidence the council's rule seats weigh (launchWeight), and it strains
 * relations with China (LAUNCH_CHN_RELATION) and the Council (LAUNCH_UNSC_RELATION).
 */
import type { TurnContext } from './context.ts';
import { addEvidence, changeIndicator, changeRelation } from './context.ts';
import type { LaunchOrder } from './orders.ts';
import { reject } from './validate.ts';

export const LAUNCH_PROGRAMME = 2;
export const LAUNCH_CHN_RELATION = 1;
export const LAUNCH_UNSC_RELATION = 2;

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
export function recordLaunches(ctx: TurnContext, count: number, from: { kind: 'order'; index: number } | { kind: 'event'; id: string }): void {
  const s = ctx.s;
  const cause = from.kind === 'order' ? { rule: 'launch' as const, order: from.index, numbers: { count } } : { rule: 'launch' as const, event: from.id, numbers: { count } };
  for (let i = 0; i < count; i++) {
    addEvidence(ctx, from.kind === 'event' ? { turn: s.turn, kind: 'launch', against: ['PRK'], event: from.id } : { turn: s.turn, kind: 'launch', against: ['PRK'] });
  }
  ctx.report.notes.push({ kind: 'launch', actor: 'PRK', amount: count, visibleTo: 'all' });
  if (from.kind === 'order') changeIndicator(ctx, 'prkProgramme', LAUNCH_PROGRAMME * count, cause);
  changeRelation(ctx, 'PRK-CHN', -LAUNCH_CHN_RELATION * count, cause);
  changeRelation(ctx, 'PRK-UNSC', -LAUNCH_UNSC_RELATION * count, cause);
}
