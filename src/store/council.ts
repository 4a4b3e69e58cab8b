/**
 * What the council chamber shows, read from the engine's state and the last turn's report:
 * the fifteen seats (from the scenario's council rules), the drafts on the table with the
 * vote RUS and CHN will cast by default, every seat's vote on each draft resolved last turn,
 * the regime in force (caps with their year's use, bans and deadlines, the Panel's mandate
 * and monitored routes) and the record of decisions, including those before the scenario.
 * Pure: every number comes from the engine; this module only arranges it.
 */
import type {
  ActorId,
  CouncilRecord,
  GameState,
  Measure,
  Outcome,
  TurnReport,
  Vote,
  VoteBasis,
  VotingActor,
} from '../engine/index.ts';
import {
  ADOPTION_VOTES,
  MEASURE_LABEL,
  dateOfTurn,
  defaultVote,
  detectionOdds,
  formatDate,
  panelActive,
} from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';

export interface Seat {
  id: string;
  name: string;
  permanent: boolean;
  /** The actor whose orders cast this seat's vote; null for seats the scenario's rules vote. */
  actor: VotingActor | null;
}

export interface DraftView {
  id: string;
  measure: Measure;
  /** What the measure does, in a sentence. */
  title: string;
  value: number;
  /** What `value` means for this measure, or null where it is unused. */
  valueText: string | null;
  tabledTurn: number;
  /** The turn whose council phase votes on it (the turn after it was tabled). */
  voteTurn: number;
  /** The vote cast for RUS and CHN when they give no vote order. */
  defaults: Record<VotingActor, Vote>;
}

export interface SeatVoteView extends Seat {
  vote: Vote;
  by: VoteBasis;
  score: number | null;
}

export interface VoteView {
  draft: string;
  measure: Measure;
  title: string;
  value: number;
  turn: number;
  votes: SeatVoteView[];
  yes: number;
  no: number;
  abstain: number;
  outcome: Outcome;
  vetoedBy: string[];
  /** "Adopted", "Vetoed by Russia", "Failed: 7 in favour, 9 needed". */
  verdict: string;
  evidence: number;
  launches: number;
}

export interface CapView {
  id: string;
  resource: string;
  to: ActorId;
  perYear: number;
  year: number;
  declared: number;
  /** From the scenario's sources, or "adopted in this game (R2-1)". */
  basis: string[];
  inForce: boolean;
  fromTurn: number;
  untilTurn: number | null;
}

export interface BanView {
  id: string;
  resource: string;
  from: ActorId | null;
  to: ActorId | null;
  basis: string[];
  fromTurn: number;
  deadlineTurn: number | null;
  /** "Repatriation deadline: turn 5 (Oct 2024)", "deadline passed at turn 3", or null. */
  deadlineText: string | null;
}

export interface PanelView {
  active: boolean;
  mandateEnd: number;
  /** "Mandate runs to the end of turn 3 (Apr 2024)" or "Mandate lapsed after turn 3". */
  mandateText: string;
  monitored: { id: string; name: string; oddsBp: number }[];
  maxRoutes: number;
  bonusBp: number;
  monitorBonusBp: number;
  basis: string[];
}

export interface DecisionView {
  draft: string;
  measure: Measure;
  title: string;
  /** "May 2022 (before the game)" or "turn 2 (Jan 2024)". */
  when: string;
  beforeGame: boolean;
  outcome: Outcome;
  verdict: string;
  yes: number;
  no: number;
  abstain: number;
  vetoedBy: string[];
  sources: string[];
}

export interface CouncilView {
  seats: Seat[];
  drafts: DraftView[];
  lastVotes: VoteView[];
  caps: CapView[];
  bans: BanView[];
  panel: PanelView;
  record: DecisionView[];
  /** The adoption rule, in a sentence. */
  rule: string;
}

export const ADOPTION_RULE = `A draft is adopted with at least ${ADOPTION_VOTES} votes in favour and no vote against by a permanent member; an abstention is not a veto.`;

/** What a draft's value means, by measure (see MEASURES in the engine's ids.ts). */
export function measureValueText(m: Measure, value: number): string | null {
  switch (m) {
    case 'oilCap':
      return `cap of ${value} thousand barrels a year`;
    case 'workerBan':
      return value === 0
        ? 'workers to be repatriated at once'
        : `repatriation deadline ${value} turn(s) after adoption`;
    case 'renewPanel':
      return `new mandate of ${value} turn(s)`;
    case 'relief':
      return value > 0
        ? `workers may go abroad again; oil cap raised to ${value} thousand barrels a year`
        : 'workers may go abroad again';
    case 'armsEmbargo':
    case 'condemn':
      return null;
  }
}

function seatName(state: GameState, id: string): string {
  return state.rules.council.seats.find((s) => s.id === id)?.name ?? id;
}

export function verdictOf(state: GameState, r: { outcome: Outcome; yes: number; vetoedBy: readonly string[] }): string {
  switch (r.outcome) {
    case 'adopted':
      return 'Adopted';
    case 'vetoed':
      return `Vetoed by ${r.vetoedBy.map((v) => seatName(state, v)).join(' and ')}`;
    case 'short':
      return `Failed: ${r.yes} in favour, ${ADOPTION_VOTES} needed`;
  }
}

function turnDate(state: GameState, turn: number): string {
  return formatDate(dateOfTurn(state.rules.start, state.rules.turnLength, turn));
}

export function seatsOf(state: GameState): Seat[] {
  return state.rules.council.seats.map((s) => ({ id: s.id, name: s.name, permanent: s.permanent, actor: s.actor }));
}

export function draftsOf(state: GameState): DraftView[] {
  return state.council.drafts.map((d) => ({
    id: d.id,
    measure: d.measure,
    title: MEASURE_LABEL[d.measure],
    value: d.value,
    valueText: measureValueText(d.measure, d.value),
    tabledTurn: d.tabledTurn,
    voteTurn: d.tabledTurn + 1,
    defaults: {
      RUS: defaultVote(state.rules.council, 'RUS', d.measure),
      CHN: defaultVote(state.rules.council, 'CHN', d.measure),
    },
  }));
}

export function voteView(state: GameState, turn: number, r: CouncilRecord): VoteView {
  const seats = state.rules.council.seats;
  return {
    draft: r.draft,
    measure: r.measure,
    title: MEASURE_LABEL[r.measure],
    value: r.value,
    turn,
    votes: r.votes.map((v) => {
      const seat = seats.find((s) => s.id === v.seat);
      return {
        id: v.seat,
        name: seat?.name ?? v.seat,
        permanent: seat?.permanent ?? false,
        actor: seat?.actor ?? null,
        vote: v.vote,
        by: v.by,
        score: v.score ?? null,
      };
    }),
    yes: r.yes,
    no: r.no,
    abstain: r.abstain,
    outcome: r.outcome,
    vetoedBy: r.vetoedBy,
    verdict: verdictOf(state, r),
    evidence: r.evidence,
    launches: r.launches,
  };
}

function regimeOf(state: GameState): Pick<CouncilView, 'caps' | 'bans' | 'panel'> {
  const t = state.turn;
  const caps: CapView[] = state.regime.caps.map((c) => ({
    id: c.id,
    resource: c.resource,
    to: c.to,
    perYear: c.perYear,
    year: c.year,
    declared: c.declared,
    basis: c.sources.length > 0 ? c.sources : [`adopted in this game (${c.id})`],
    inForce: c.fromTurn <= t && (c.untilTurn === null || c.untilTurn >= t),
    fromTurn: c.fromTurn,
    untilTurn: c.untilTurn,
  }));
  const bans: BanView[] = state.regime.bans.map((b) => ({
    id: b.id,
    resource: b.resource,
    from: b.from,
    to: b.to,
    basis: b.sources.length > 0 ? b.sources : [`adopted in this game (${b.id})`],
    fromTurn: b.fromTurn,
    deadlineTurn: b.deadlineTurn,
    deadlineText:
      b.deadlineTurn === null
        ? null
        : b.deadlineTurn >= t
          ? `deadline: turn ${b.deadlineTurn} (${turnDate(state, b.deadlineTurn)})`
          : `deadline passed at turn ${b.deadlineTurn}`,
  }));
  const p = state.regime.panel;
  const active = panelActive(state.regime, t);
  const mandateText =
    p.mandateEnd === 0
      ? 'There is no Panel of Experts in this game.'
      : active
        ? `Mandate runs through turn ${p.mandateEnd} (${turnDate(state, p.mandateEnd)}).`
        : `Mandate lapsed after turn ${p.mandateEnd} (${turnDate(state, p.mandateEnd)}): no extra detection on any route.`;
  const monitored = active
    ? p.monitored.map((id) => {
        const r = state.routes.find((x) => x.id === id);
        return { id, name: r?.name ?? id, oddsBp: r === undefined ? 0 : detectionOdds(state, r) };
      })
    : [];
  return {
    caps,
    bans,
    panel: {
      active,
      mandateEnd: p.mandateEnd,
      mandateText,
      monitored,
      maxRoutes: p.maxRoutes,
      bonusBp: p.bonusBp,
      monitorBonusBp: p.monitorBonusBp,
      basis: p.sources,
    },
  };
}

function recordOf(state: GameState, scenario: Scenario | null): DecisionView[] {
  return state.council.decisions.map((d) => {
    const past = d.turn === 0 ? scenario?.council.history.find((x) => x.id === d.draft) : undefined;
    const when =
      d.turn === 0
        ? past !== undefined
          ? `${formatDate({ year: past.year, month: past.month })} (before the game)`
          : 'before the game'
        : `turn ${d.turn} (${turnDate(state, d.turn)})`;
    return {
      draft: d.draft,
      measure: d.measure,
      title: MEASURE_LABEL[d.measure],
      when,
      beforeGame: d.turn === 0,
      outcome: d.outcome,
      verdict: verdictOf(state, d),
      yes: d.yes,
      no: d.no,
      abstain: d.abstain,
      vetoedBy: d.vetoedBy,
      sources: d.sources ?? [],
    };
  });
}

/** The chamber as of `state`; `last` is the report of the turn that produced it (its votes). */
export function councilView(state: GameState, last: TurnReport | null, scenario: Scenario | null = null): CouncilView {
  return {
    seats: seatsOf(state),
    drafts: draftsOf(state),
    lastVotes: last === null ? [] : last.council.map((r) => voteView(state, last.turn, r)),
    ...regimeOf(state),
    record: recordOf(state, scenario),
    rule: ADOPTION_RULE,
  };
}

/** The voting actors, for forms and tests. */
