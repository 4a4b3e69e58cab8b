/**
 * The static rules a scenario adds for the council, events and scoring. They live in
 * `GameState.rules` (shared, never changed during a game). The scenario schema
 * (src/scenario/schema.ts) validates files into exactly these shapes.
 */
import type { ActorId, Good, IndicatorId, Measure, PairKey, Resource, Vote } from './ids.ts';

/**
 * One of the fifteen seats. RUS and CHN seats name their actor and vote by order (or the
 * default); every other seat votes by rule: its score for a draft is
 *   base + bias[measure] ± evidenceWeight × evidence items in the window
 *                        ± launchWeight × launches in the window
 *                        − lobbyPoints while Russia or China lobbies it (+ on a relief draft)
 * (± : added for a sanction, subtracted for relief)
 * and the seat votes yes at score >= yesAt, no below noBelow, and abstains in between.
 */
export interface Seat {
  id: string;
  name: string;
  permanent: boolean;
  actor: 'RUS' | 'CHN' | null;
  base: number;
  bias: Partial<Record<Measure, number>>;
}

export interface DefaultVote {
  vote: Vote;
  byMeasure: Partial<Record<Measure, Vote>>;
}

export interface CouncilRules {
  seats: Seat[];
  yesAt: number;
  noBelow: number;
  /** Score per evidence item (detected or declared breaches, reports) within the remembered turns (see windowTurns). */
  evidenceWeight: number;
  /** Score per missile launch within the remembered turns. */
  launchWeight: number;
  /** Turns of evidence the seats remember (the current turn and the window − 1 before it). */
  windowTurns: number;
  defaults: Record<'RUS' | 'CHN', DefaultVote>;
  /** Most drafts UNSC may table in one turn. */
  maxDraftsPerTurn: number;
}

export const COMPARISONS = ['atLeast', 'atMost'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type Condition =
  | { kind: 'indicator'; indicator: IndicatorId; op: Comparison; value: number }
  | { kind: 'stock'; actor: ActorId; resource: Resource; op: Comparison; value: number }
  | { kind: 'relation'; pair: PairKey; op: Comparison; value: number }
  | { kind: 'evidence'; op: Comparison; value: number }
  | { kind: 'panel'; active: boolean };

export type Effect =
  | { kind: 'stock'; actor: ActorId; resource: Resource; delta: number }
  | { kind: 'indicator'; indicator: IndicatorId; delta: number }
  | { kind: 'relation'; pair: PairKey; delta: number }
  | { kind: 'route'; route: string; open?: boolean; capacity?: Partial<Record<Good, number>>; detectionBp?: number }
  | { kind: 'report'; against: ActorId[] }
  | { kind: 'panel'; mandateTurns: number };

export interface EventText {
  id: string;
  title: string;
  text: string;
  sources: string[];
  effects: Effect[];
}

/** A scripted event: at a turn, or the first turn (within [from, until]) when every condition
 * holds. Each fires at most once. */
export interface ScriptedEvent extends EventText {
  at: number | null;
  when: Condition[];
  from: number;
  until: number;
}

export interface DeckCard extends EventText {
  weight: number;
}

/** Each turn the events phase rolls `drawBp` once; on a hit one card is drawn by weight. */
export interface Deck {
  drawBp: number;
  cards: DeckCard[];
}

/** An actor's objective: keep an indicator at least (or at most) a target; `full` is the value
 * at which it is met in full (headroom beyond the target), `zero` the value at or short of which
 * it is worth nothing (absent: 0 for atLeast, 100 for atMost); score.ts. `zero` is left out
 * when the scenario does not set it, so a scenario without it keeps its state and hashes. */
export interface Objective {
  indicator: IndicatorId;
  op: Comparison;
  target: number;
  full: number;
  zero?: number;
  weight: number;
}
