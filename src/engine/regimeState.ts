/**
 * The dynamic half of the sanctions world: the regime in force (caps, bans, the Panel of
 * Experts), the council's business (drafts awaiting a vote, what it has decided), and the
 * evidence the council weighs. All plain data; `cloneRegime`/`cloneCouncil` copy what a turn
 * may change. Evidence and decision records are never changed after they are written, so the
 * lists are copied shallowly.
 */
import type { ActorId, Good, Measure } from './ids.ts';

/** A yearly cap on deliveries of `resource` into `to`, counted per calendar year. Only declared
 * deliveries are counted (they are what gets reported); covert ones evade it unless detected. */
export interface Cap {
  id: string;
  resource: Good;
  to: ActorId;
  perYear: number;
  /** Source ids (scenario `sources`): the legal basis. Empty for a cap the council adopted in
   * this game, whose id is then the draft's id (`R<turn>-<n>`, see `CouncilState.decisions`). */
  sources: string[];
  /** First turn the cap is in force. Declared deliveries are counted from the turn it is
   * adopted, so a cap that starts mid-year knows the year's total. */
  fromTurn: number;
  /** Last turn in force when a later cap replaced it; null while it stands. */
  untilTurn: number | null;
  /** The calendar year `declared` counts; a delivery in a later year starts the count again. */
  year: number;
  declared: number;
}

/** What a ban can cover: a good, or know-how (technical assistance, resolution 1718). */
export type BannedResource = Good | 'knowhow';

/** A ban on moving `resource` from `from` (null: anyone) to `to` (null: anyone). */
export interface Ban {
  id: string;
  resource: BannedResource;
  from: ActorId | null;
  to: ActorId | null;
  /** As for caps: scenario source ids, or empty with the adopting draft's id as `id`. */
  sources: string[];
  fromTurn: number;
  /** Until this turn, deliveries under deals made before `fromTurn` are tolerated (contracts
   * winding down); from it, they break the ban too, and any stock of the good held outside
   * `from` is reported as not repatriated. Null: no grace, no deadline. */
  deadlineTurn: number | null;
}

export interface Panel {
  /** Last turn of the mandate; the Panel works while turn <= mandateEnd. 0: no Panel. */
  mandateEnd: number;
  /** Added to every route's detection odds while the mandate lasts (basis points). */
  bonusBp: number;
  /** Added again on routes the Panel monitors (basis points). */
  monitorBonusBp: number;
  /** How many routes the Panel can monitor at once. */
  maxRoutes: number;
  monitored: string[];
  sources: string[];
}

export interface Regime {
  caps: Cap[];
  bans: Ban[];
  panel: Panel;
}

export const EVIDENCE_KINDS = ['detected', 'declared', 'notRepatriated', 'launch', 'nuclearTest', 'report'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One item the council can point at: a detected covert breach, a declared breach, workers not
 * repatriated by the deadline, a missile launch, a nuclear test (which the seats weigh like
 * `nuclearEvidence` launches), or a public report (an event). */
export interface Evidence {
  turn: number;
  kind: EvidenceKind;
  /** The actor(s) the evidence is against. */
  against: ActorId[];
  /** The cap or ban broken, when there is one. */
  rule?: string;
  amount?: number;
  route?: string;
  event?: string;
}

export interface Draft {
  id: string;
  measure: Measure;
  value: number;
  tabledTurn: number;
  /** Who tabled it: the Council majority, or Russia or China (a relief draft). */
  by: 'UNSC' | 'RUS' | 'CHN';
}

/** Russia or China courting an elected seat: until `until` (inclusive) the seat's score moves
 * against sanctions and for relief by the scenario's lobbyPoints. Public: diplomacy is seen. */
export interface Lobby {
  seat: string;
  by: 'RUS' | 'CHN';
  turn: number;
  until: number;
}

export const OUTCOMES = ['adopted', 'vetoed', 'short'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the council decided on one draft (also used for decisions before the scenario starts). */
export interface Decision {
  draft: string;
  measure: Measure;
  turn: number;
  outcome: Outcome;
  yes: number;
  no: number;
  abstain: number;
  /** Permanent members that voted against (empty unless vetoed). */
  vetoedBy: string[];
  /** Source ids, for decisions given by the scenario. */
  sources?: string[];
  /** For a decision before the game (turn 0): how many turns before turn 0 it fell, by its
   * date (left out when it fell in the turn just before the start). The veto cooldown counts
   * from there, so a veto of years ago does not hold a measure off the table. */
  turnsBefore?: number;
}

/** How RUS and CHN voted, for the record, when a draft was put to the vote. */

export interface CouncilState {
  /** Drafts tabled and not yet voted on. */
  drafts: Draft[];
  decisions: Decision[];
  evidence: Evidence[];
  /** Lobbying of elected seats, newest last (entries past `until` are dropped each turn). */
  lobbying: Lobby[];
}

export function cloneRegime(r: Regime): Regime {
  const caps: Cap[] = [];
  for (const c of r.caps) {
    caps.push({
      id: c.id,
      resource: c.resource,
      to: c.to,
      perYear: c.perYear,
      sources: c.sources,
      fromTurn: c.fromTurn,
      untilTurn: c.untilTurn,
      year: c.year,
      declared: c.declared,
    });
  }
  const p = r.panel;
  return {
    caps,
    // Bans are never changed in place (only added), so the list is copied shallowly.
    bans: r.bans.slice(),
    panel: {
      mandateEnd: p.mandateEnd,
      bonusBp: p.bonusBp,
      monitorBonusBp: p.monitorBonusBp,
      maxRoutes: p.maxRoutes,
      monitored: p.monitored,
      sources: p.sources,
    },
  };
}

/** The lists are shared with the previous state (copy on write): code that adds to them must
 * replace the list (`addDecision`, `addDraft`; evidence through context.ts `addEvidence`,
 * which copies once a turn), never push into a list it has not copied. Most turns add
 * nothing, so most turns copy nothing. */
export function cloneCouncil(c: CouncilState): CouncilState {
  return { drafts: c.drafts, decisions: c.decisions, evidence: c.evidence, lobbying: c.lobbying };
}

export function addDecision(c: CouncilState, d: Decision): void {
  c.decisions = c.decisions.concat([d]);
}

export function addDraft(c: CouncilState, d: Draft): void {
  c.drafts = c.drafts.concat([d]);
}

export function panelActive(r: Regime, turn: number): boolean {
  return turn <= r.panel.mandateEnd;
}
