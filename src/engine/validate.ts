import type { TurnContext } from './context.ts';
import type { RejectReason } from './report.ts';

/** Record a rejected order. A rejection never touches the state, only the report. */
export function reject(ctx: TurnContext, order: number, actor: string, reason: RejectReason, message: string): void {
  if (ctx.reporting) ctx.report.rejections.push({ order, actor, reason, message });
}

export function isAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
}

export function isPercent(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100;
}
