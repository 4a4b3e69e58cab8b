/**
 * End-of-turn rules that read the whole turn: trade builds ties, China's influence follows its
 * share of North Korea's imports, and the border follows the regime's stability.
 *
 * - tradeTies: each pair that delivered goods to each other this turn gains TRADE_TIES point.
 * - tradeInfluence: when North Korea imported anything this turn, with China's share s% of the
 *   value, influence i moves by trunc((s − i) / 5), at most ±3 a turn.
 * - borderFollowsStability: with regime stability p and border stability b, the border moves by
 *   trunc((p − b) / 4), at most ±3 a turn.
 */
import type { ActorId, DirectedPair, PairKey } from './ids.ts';
import { ACTORS, PAIRS } from './ids.ts';
import type { TurnContext } from './context.ts';
import { changeIndicator, changeRelation, clamp } from './context.ts';

export const TRADE_TIES = 1;
export const INFLUENCE_STEP_DIVISOR = 5;
export const BORDER_STEP_DIVISOR = 4;
export const MAX_DRIFT = 3;

const PAIR_TABLE: readonly { pair: PairKey; a: ActorId; b: ActorId; ab: DirectedPair; ba: DirectedPair }[] = PAIRS.map(
  (pair) => {
    const [a, b] = pair.split('-') as [ActorId, ActorId];
    return { pair, a, b, ab: `${a}>${b}`, ba: `${b}>${a}` };
  },
);

const IMPORTS_TO_PRK: readonly DirectedPair[] = ACTORS.filter((a) => a !== 'PRK').map((a): DirectedPair => `${a}>PRK`);

export function settleIndicators(ctx: TurnContext): void {
  const s = ctx.s;

  for (const p of PAIR_TABLE) {
    if ((ctx.flows.get(p.ab) ?? 0) <= 0 && (ctx.flows.get(p.ba) ?? 0) <= 0) continue;
    // Visible only to the pair when every flow between them was covert and undetected.
    changeRelation(ctx, p.pair, TRADE_TIES, { rule: 'tradeTies' }, tradeVisibility(ctx, p.a, p.b));
  }

  let imports = 0;
  for (const key of IMPORTS_TO_PRK) imports += ctx.flows.get(key) ?? 0;
  for (const [key, value] of ctx.flows) s.trade[key] = (s.trade[key] ?? 0) + value;
  if (imports > 0) {
    const fromChina = ctx.flows.get('CHN>PRK') ?? 0;
    const share = Math.floor((fromChina * 100) / imports);
    const inf = s.indicators.chnInfluence;
    const step = clamp(Math.trunc((share - inf) / INFLUENCE_STEP_DIVISOR), -MAX_DRIFT, MAX_DRIFT);
    if (step !== 0) {
      changeIndicator(ctx, 'chnInfluence', step, {
        rule: 'tradeInfluence',
        numbers: { chinaShareOfImports: share, importsValue: imports, fromChinaValue: fromChina },
      });
    }
  }

  const stab = s.indicators.prkStability;
  const border = s.indicators.chnBorderStability;
  const bstep = clamp(Math.trunc((stab - border) / BORDER_STEP_DIVISOR), -MAX_DRIFT, MAX_DRIFT);
  if (bstep !== 0) {
    changeIndicator(ctx, 'chnBorderStability', bstep, {
      rule: 'borderFollowsStability',
      numbers: { prkStability: stab, borderStability: border },
    });
  }
}

function tradeVisibility(ctx: TurnContext, a: ActorId, b: ActorId): 'all' | ActorId[] {
  if (!ctx.reporting) return 'all'; // only the report reads it
  for (const sh of ctx.report.shipments) {
    const between = (sh.from === a && sh.to === b) || (sh.from === b && sh.to === a);
    if (between && sh.visibleTo === 'all') return 'all';
  }
  return [a, b];
}
