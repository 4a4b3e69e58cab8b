/**
 * Plain-English sentences for report entries, built from the numbers in each cause, so a
 * student can ask "why did PRK stability fall by 6?" and read the rule and its inputs.
 * Fixed English, no locale formatting (the same text in Node and every browser).
 */
import type { ActorId } from './ids.ts';
import { INDICATOR_LABEL, UNITS, assertNever } from './ids.ts';
import type { Change, Rejection, Target } from './report.ts';

export const ACTOR_NAME: Readonly<Record<ActorId, string>> = {
  RUS: 'Russia',
  PRK: 'North Korea',
  CHN: 'China',
  UNSC: 'the Security Council',
};

export function describeTarget(t: Target): string {
  switch (t.kind) {
    case 'stock':
      return `${ACTOR_NAME[t.actor]}'s ${t.resource} (${UNITS[t.resource]})`;
    case 'indicator':
      return INDICATOR_LABEL[t.indicator];
    case 'relation': {
      const [a, b] = t.pair.split('-') as [ActorId, ActorId];
      return `relations between ${ACTOR_NAME[a]} and ${ACTOR_NAME[b]}`;
    }
    default:
      return assertNever(t);
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** "North Korean regime stability −6 (54 → 48): food shortage: needed 300, got 120 …" */
export function explainChange(c: Change): string {
  const head = `${describeTarget(c.target)} ${signed(c.after - c.before)} (${c.before} → ${c.after})`;
  return `${head}: ${explainCause(c)}`;
}

function explainCause(c: Change): string {
  const n = c.cause.numbers ?? {};
  const num = (k: string): number => n[k] ?? 0;
  const res = c.target.kind === 'stock' ? c.target.resource : undefined;
  switch (c.cause.rule) {
    case 'production':
      return `domestic production (munitions priority ${num('munitionsPriority')}%, labour abroad ${num('labourAbroadPriority')}%)`;
    case 'harvestVariance':
      return `output varied by ${signed(num('drawBp'))} basis points of the planned ${num('planned')} this turn`;
    case 'consumption':
      return `consumed ${num('used')} of the ${num('need')} ${res !== undefined ? UNITS[res] : 'units'} needed each turn`;
    case 'shortage':
      return `shortage: needed ${num('need')}, short by ${num('shortfall')}; a total shortfall costs ${num('fullShortfallPoints')} points, so this one costs ${num('loss')} (rounded up)`;
    case 'needMet':
      return `needs met in full (${num('need')} a turn), worth ${signed(num('points'))}`;
    case 'shipment':
      return `shipment ordered this turn${c.cause.route !== undefined ? ` along ${c.cause.route}` : ''} (order #${(c.cause.order ?? 0) + 1})`;
    case 'dealDelivery':
      return `this turn's delivery under deal ${c.cause.deal ?? '?'}`;
    case 'dealAccepted':
      return `deal ${c.cause.deal ?? '?'} was accepted`;
    case 'dealCancelled':
      return `deal ${c.cause.deal ?? '?'} was cancelled while active`;
    case 'dealDefaulted':
      return `deal ${c.cause.deal ?? '?'} could not be delivered this turn`;
    case 'detection':
      return `a covert shipment of ${num('amount')} units${c.cause.route !== undefined ? ` on ${c.cause.route}` : ''} was detected (odds ${num('odds')} in 10,000)`;
    case 'tradeTies':
      return 'goods changed hands between them this turn';
    case 'tradeInfluence':
      return `China supplied ${num('chinaShareOfImports')}% of the value of North Korea's imports this turn; influence drifts toward that share`;
    case 'borderFollowsStability':
      return `the border drifts toward the regime's stability (${num('prkStability')}) from ${num('borderStability')}`;
    default:
      return assertNever(c.cause.rule);
  }
}

export function explainRejection(r: Rejection): string {
  return `order #${r.order + 1} by ${r.actor} rejected (${r.reason}): ${r.message}`;
}
