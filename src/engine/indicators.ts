/**
 * End-of-turn rules that read the whole turn: trade builds ties, China's influence follows its
 * share of North Korea's recorded imports, sanctions integrity follows the share of trade that
 * keeps to the measures in force, and the border follows the regime's stability. Divisors and
 * limits are the scenario's design parameters (params.ts).
 *
 * - tradeTies: each pair that delivered anything to each other this turn gains tradeTies.
 * - tradeInfluence: when North Korea's recorded imports this turn (declared goods: the customs
 *   statistics everyone can read, and the scenario's trade with partners outside the game) are
 *   worth anything, with China's share s% of their value,
 *   influence i moves by trunc((s − i) / 5), at most ±3 a turn. Covert deliveries are not on
 *   the record, so they move neither the share nor the influence (a public figure must not
 *   reveal a secret); the true share, covert trade included, is the debrief's (state.trade).
 * - integrityDrift: when goods moved to or from North Korea this turn, with c% of their value
 *   breaking no measure in force, integrity i moves by trunc((c − i) / integrityStepDivisor),
 *   at most ±integrityMaxDrift. The public indicator counts what the world saw (declared and
 *   detected cargo); the hidden true integrity counts everything, and the debrief reveals it.
 * - borderFollowsStability: with regime stability p and border stability b, the border moves by
 *   trunc((p − b) / borderStepDivisor), at most ±maxDrift a turn.
 */
import type { ActorId, PairKey } from './ids.ts';
import { ACTORS, PAIRS } from './ids.ts';
import type { TurnContext } from './context.ts';
import { changeHidden, changeIndicator, changeRelation, clamp, directedPair, pairPlace } from './context.ts';

/** Each pair, with the places of its two directions in the turn's flows (context.ts). */
const PAIR_TABLE: readonly { pair: PairKey; a: ActorId; b: ActorId; ab: number; ba: number }[] = PAIRS.map((pair) => {
  const [a, b] = pair.split('-') as [ActorId, ActorId];
  return { pair, a, b, ab: pairPlace(a, b), ba: pairPlace(b, a) };
});

/** Places of the directed pairs into North Korea. */
const IMPORTS_TO_PRK: readonly number[] = ACTORS.filter((a) => a !== 'PRK').map((a) => pairPlace(a, 'PRK'));
const CHINA_TO_PRK = pairPlace('CHN', 'PRK');

export function settleIndicators(ctx: TurnContext): void {
  const s = ctx.s;
  const d = s.rules.design;
  const flows = ctx.flows;
  const recorded = ctx.recorded;

  for (const p of PAIR_TABLE) {
    if ((flows[p.ab] ?? 0) <= 0 && (flows[p.ba] ?? 0) <= 0) continue;
    // Visible only to the pair when every flow between them was covert and undetected.
    changeRelation(ctx, p.pair, d.tradeTies, { rule: 'tradeTies' }, tradeVisibility(ctx, p.a, p.b));
  }

  let imports = s.rules.otherTrade.imports;
  for (const k of IMPORTS_TO_PRK) imports += recorded[k] ?? 0;
  if (ctx.ledgers) {
    // In the order of each pair's first delivery this turn (new keys join the ledgers so).
    for (const k of ctx.flowOrder) {
      const key = directedPair(k);
      s.trade[key] = (s.trade[key] ?? 0) + (flows[k] ?? 0);
    }
    for (const k of ctx.recordedOrder) {
      const key = directedPair(k);
      s.recorded[key] = (s.recorded[key] ?? 0) + (recorded[k] ?? 0);
    }
  }
  if (imports > 0) {
    const fromChina = recorded[CHINA_TO_PRK] ?? 0;
    const share = Math.floor((fromChina * 100) / imports);
    const inf = s.indicators.chnInfluence;
    const step = clamp(Math.trunc((share - inf) / d.influenceStepDivisor), -d.maxDrift, d.maxDrift);
    if (step !== 0) {
      changeIndicator(ctx, 'chnInfluence', step, {
        rule: 'tradeInfluence',
        numbers: { chinaShareOfImports: share, importsValue: imports, fromChinaValue: fromChina },
      });
    }
  }

  driftIntegrity(ctx);

  const stab = s.indicators.prkStability;
  const border = s.indicators.chnBorderStability;
  const bstep = clamp(Math.trunc((stab - border) / d.borderStepDivisor), -d.maxDrift, d.maxDrift);
  if (bstep !== 0) {
    changeIndicator(ctx, 'chnBorderStability', bstep, {
      rule: 'borderFollowsStability',
      numbers: { prkStability: stab, borderStability: border },
    });
  }
}

/** Compliant share (percent) of a turn's flows, or null when nothing moved. */
function compliantShare(flow: number, breach: number): number | null {
  if (flow <= 0) return null;
  return 100 - Math.ceil((Math.min(breach, flow) * 100) / flow);
}

function driftIntegrity(ctx: TurnContext): void {
  const s = ctx.s;
  const d = s.rules.design;
  const c = ctx.compliance;
  const step = (share: number, now: number): number =>
    clamp(Math.trunc((share - now) / d.integrityStepDivisor), -d.integrityMaxDrift, d.integrityMaxDrift);
  const seen = compliantShare(c.flowSeen, c.breachSeen);
  if (seen !== null) {
    const x = step(seen, s.indicators.unscSanctionsIntegrity);
    if (x !== 0) {
      changeIndicator(ctx, 'unscSanctionsIntegrity', x, {
        rule: 'integrityDrift',
        numbers: { compliantShare: seen, flowValue: c.flowSeen, breachValue: c.breachSeen },
      });
    }
  }
  const all = compliantShare(c.flowTrue, c.breachTrue);
  if (all !== null) changeHidden(ctx, step(all, s.hidden.integrity));
}

function tradeVisibility(ctx: TurnContext, a: ActorId, b: ActorId): 'all' | ActorId[] {
  if (!ctx.reporting) return 'all'; // only the report reads it
  for (const sh of ctx.report.shipments) {
    const between = (sh.from === a && sh.to === b) || (sh.from === b && sh.to === a);
    if (between && sh.visibleTo === 'all') return 'all';
  }
  return [a, b];
}
