/**
 * The turn report: every change of a stock, indicator or relation with its cause, every
 * rejected order with a typed reason, every shipment. Causes hold numbers, not prose;
 * `explain.ts` turns them into sentences, so the hot path allocates no strings it need not.
 */
import type { ActorId, IndicatorId, Measure, PairKey, Resource, ShipmentMode, Vote } from './ids.ts';
import type { Outcome } from './regimeState.ts';
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
  'resolutionAdopted',
  'vetoCast',
  'vetoSuffered',
  'vetoIsolates',
  'voteCost',
  'condemnation',
  'sanctionsBreach',
  'notRepatriated',
  'panelLapsed',
  'launch',
  'event',
  'covertMarkup',
  'integrityDrift',
  'adoptionCapital',
  'draftShort',
  'reliefTabled',
  'lobbying',
  'knowHowUsed',
  'knowHowSeen',
  'nuclearTest',
  'holdFuel',
  'customs',
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
  /** The draft resolution, for council rules. */
  draft?: string;
  /** The cap or ban, for sanctions rules. */
  regimeRule?: string;
  /** The scripted or drawn event. */
  event?: string;
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
  'notYourOrder',
  'unknownDraft',
  'tooManyDrafts',
  'badMeasureValue',
  'panelInactive',
  'tooManyRoutes',
  'alreadyInForce',
  'recentlyVetoed',
  'notYourMeasure',
  'unknownSeat',
  'notElectedSeat',
  'tooManyLaunches',
  'nothingToHold',
  'notYourRoute',
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
  /** Units sent. */
  amount: number;
  /** Units that arrived: the amount less the covert markup, or none when seized. */
  delivered: number;
  route: string | null;
  mode: ShipmentMode;
  detected: boolean;
  /** Detected and seized: neither end keeps the cargo. */
  seized: boolean;
  visibleTo: Visibility;
}

export const DEAL_EVENTS = [
  'proposed',
  'accepted',
  'delivered',
  'defaulted',
  'completed',
  'cancelled',
  'expired',
  'held',
] as const;
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

/** Why a seat voted as it did: its own order, the scenario's default, or the seat rule. */
export const VOTE_BASES = ['order', 'default', 'rule'] as const;
export type VoteBasis = (typeof VOTE_BASES)[number];

export interface SeatVote {
  seat: string;
  vote: Vote;
  by: VoteBasis;
  /** For rule seats: the score the thresholds were applied to. */
  score?: number;
}

/** One draft put to the vote: every seat's vote and the result. */
export interface CouncilRecord {
  draft: string;
  measure: Measure;
  value: number;
  votes: SeatVote[];
  yes: number;
  no: number;
  abstain: number;
  outcome: Outcome;
  /** Permanent members voting no (a veto when the draft had nine votes). */
  vetoedBy: string[];
  /** Evidence items and launches the rule seats weighed. */
  evidence: number;
  launches: number;
}

export const NOTE_KINDS = [
  'draftTabled',
  'measureInForce',
  'panelLapsed',
  'panelMonitoring',
  'capExceeded',
  'banBroken',
  'covertBreach',
  'graceTolerated',
  'notRepatriated',
  'launch',
  'seized',
  'nuclearTest',
  'lobbied',
  'fuelHeld',
  'customsTightened',
  'knowHowUsed',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Something about the sanctions regime that the report must say (numbers, not prose). */
export interface RegimeNote {
  kind: NoteKind;
  actor?: ActorId;
  /** The other party (a seizure's receiver). */
  to?: ActorId;
  resource?: Resource;
  /** A lobbied seat. */
  seat?: string;
  /** Cap or ban id, or draft id for draftTabled / measureInForce. */
  rule?: string;
  measure?: Measure;
  amount?: number;
  numbers?: Readonly<Record<string, number>>;
  routes?: string[];
  visibleTo: Visibility;
}

export interface EventRecord {
  id: string;
  title: string;
  text: string;
  sources: string[];
  /** True for a card drawn from the deck, false for a scripted event. */
  drawn: boolean;
}

export interface TurnReport {
  turn: number;
  date: CalendarDate;
  /** The actor field of each order of the turn, in list order: whose order an `order` index in
   * this report names (the view turns indices into each actor's own numbering, view.ts). */
  orderActors: string[];
  changes: Change[];
  rejections: Rejection[];
  shipments: ShipmentRecord[];
  deals: DealEvent[];
  council: CouncilRecord[];
  notes: RegimeNote[];
  events: EventRecord[];
  /** Each actor's score (0–100) against its objectives so far (the mean over the turns
   * played), from the indicators as the world sees them: what each actor is shown of its own. */
  scores: Record<ActorId, number>;
  /** The same with the hidden truths (sanctions integrity counting unseen breaches): the
   * instructor's and the debrief's. */
  trueScores: Record<ActorId, number>;
}

/** Net change of one target over a report, for "why did X fall by N?" lookups. */
export function changesOf(r: Pick<TurnReport, 'changes'>, t: Target): Change[] {
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
