/**
 * The turn report: every change of a stock, indicator or relation with its cause, every
 * rejected order with a typed reason, every shipment. Causes hold numbers, not prose;
 * `explain.ts` turns them into sentences, so the hot path allocates no strings it need not.
 */
import type { ActorId, IndicatorId, PairKey, Resource, ShipmentMode } from './ids.ts';
import type { CalendarDate } from './calendar.ts';

export const RULES = [
  'production',
  'harvestVariance',
  'consumption',
  'shortage',
  'needMet',
  'shipment',
  'dealDelivery',
  'dealAccepted',
  'dealCancelled',
  'dealDefaulted',
  'detection',
  'tradeTies',
  'tradeInfluence',
  'borderFollowsStability',
] as const;
export type RuleId = (typeof RULES)[number];

export type Target =
  | { kind: 'stock'; actor: ActorId; resource: Resource }
  | { kind: 'indicator'; indicator: IndicatorId }
  | { kind: 'relation'; pair: PairKey };

/** Who may see an entry: everyone, or only the actors named (covert, undetected). */
export type Visibility = 'all' | readonly ActorId[];

export interface Cause {
  rule: RuleId;
  /** Index of the order in the turn's list, when an order caused it. */
  order?: number;
  deal?: string;
  route?: string;
  /** The inputs of the rule, by name (all integers). */
  numbers?: Readonly<Record<string, number>>;
}

export interface Change {
  target: Target;
  before: number;
  after: number;
  cause: Cause;
  visibleTo: Visibility;
}

export const REJECT_REASONS = [
  'malformed',
  'unknownActor',
  'unknownResource',
  'unknownRoute',
  'unknownDeal',
  'selfTarget',
  'routeRequired',
  'routeNotApplicable',
  'routeClosed',
  'routeDoesNotJoin',
  'goodNotCarried',
  'overCapacity',
  'insufficientStock',
  'notAParty',
  'notProposedToYou',
  'dealNotPending',
  'duplicateOrder',
  'gameOver',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  order: number;
  actor: string;
  reason: RejectReason;
  /** One plain-English sentence naming what was wrong, with the numbers. */
  message: string;
}

export interface ShipmentRecord {
  order?: number;
  deal?: string;
  from: ActorId;
  to: ActorId;
  resource: Resource;
  amount: number;
  route: string | null;
  mode: ShipmentMode;
  detected: boolean;
  visibleTo: Visibility;
}

export const DEAL_EVENTS = ['proposed', 'accepted', 'delivered', 'defaulted', 'completed', 'cancelled', 'expired'] as const;
export type DealEventKind = (typeof DEAL_EVENTS)[number];

export interface DealEvent {
  deal: string;
  kind: DealEventKind;
  proposer: ActorId;
  partner: ActorId;
  /** For a default: why the turn's delivery failed. */
  reason?: RejectReason;
  visibleTo: Visibility;
}

export interface TurnReport {
  turn: number;
  date: CalendarDate;
  changes: Change[];
  rejections: Rejection[];
  shipments: ShipmentRecord[];
  deals: DealEvent[];
}

export function visibleTo(v: Visibility, viewer: ActorId | 'all'): boolean {
  if (v === 'all') return true;
  if (viewer === 'all') return true;
  return v.includes(viewer);
}

/** The part of a report one actor may see (the hot-seat and bot view). */
export function reportFor(r: TurnReport, viewer: ActorId): TurnReport {
  return {
    turn: r.turn,
    date: r.date,
    changes: r.changes.filter((c) => visibleTo(c.visibleTo, viewer)),
    rejections: r.rejections,
    shipments: r.shipments.filter((s) => visibleTo(s.visibleTo, viewer)),
    deals: r.deals.filter((d) => visibleTo(d.visibleTo, viewer)),
  };
}

/** Net change of one target over a report, for "why did X fall by N?" lookups. */
export function changesOf(r: TurnReport, t: Target): Change[] {
  return r.changes.filter((c) => sameTarget(c.target, t));
}

export function sameTarget(a: Target, b: Target): boolean {
  switch (a.kind) {
    case 'stock':
      return b.kind === 'stock' && a.actor === b.actor && a.resource === b.resource;
    case 'indicator':
      return b.kind === 'indicator' && a.indicator === b.indicator;
    case 'relation':
      return b.kind === 'relation' && a.pair === b.pair;
  }
}
