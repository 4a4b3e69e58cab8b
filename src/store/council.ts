/**
 * What the council chamber shows, read from a state as a viewer sees it (the council is public)
 * and the last turn's report: the fifteen seats, the drafts on the table with the vote Russia
 * and China cast by default, every seat's vote on each draft resolved last turn, the regime in
 * force (caps with their year's use, bans and deadlines, the Panel's mandate and monitored
 * routes) and the record of decisions, including those before the scenario. Pure and
 * wordless: every number comes from the engine; the UI's message catalogue words them.
 */
import type {
  ActorId,
  CouncilRecord,
  Measure,
  Outcome,
  ReportView,
  StateView,
  TurnReport,
  Vote,
  VoteBasis,
  VotingActor,
} from '../engine/index.ts';
import { defaultVote, detectionOdds, panelActive } from '../engine/index.ts';
import type { PastDecision } from '../scenario/index.ts';
import { standInState } from './preview.ts';

/** The parts of a state the chamber reads (a StateView or a full GameState). */
export type CouncilInput = Pick<StateView, 'turn' | 'rules' | 'routes' | 'regime' | 'council'>;

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
  value: number;
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
  value: number;
  turn: number;
  votes: SeatVoteView[];
  yes: number;
  no: number;
  abstain: number;
  outcome: Outcome;
  /** Names of the permanent members whose "no" was a veto. */
  vetoedBy: string[];
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
  /** Source ids; empty when the cap was adopted in this game. */
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
  deadlinePassed: boolean;
}

export interface PanelView {
  /** False when the scenario has no Panel at all (its mandate end is 0). */
  exists: boolean;
  active: boolean;
  mandateEnd: number;
  monitored: { id: string; name: string; oddsBp: number }[];
  maxRoutes: number;
  bonusBp: number;
  monitorBonusBp: number;
  basis: string[];
}

export interface DecisionView {
  draft: string;
  measure: Measure;
  /** 0 for a decision before the game. */
  turn: number;
  /** The month of a decision before the game, when the scenario records it. */
  date: { year: number; month: number } | null;
  outcome: Outcome;
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
}

export function seatName(state: Pick<StateView, 'rules'>, id: string): string {
  return state.rules.council.seats.find((s) => s.id === id)?.name ?? id;
}

export function seatsOf(state: Pick<StateView, 'rules'>): Seat[] {
  return state.rules.council.seats.map((s) => ({ id: s.id, name: s.name, permanent: s.permanent, actor: s.actor }));
}

export function draftsOf(state: Pick<StateView, 'rules' | 'council'>): DraftView[] {
  return state.council.drafts.map((d) => ({
    id: d.id,
    measure: d.measure,
    value: d.value,
    tabledTurn: d.tabledTurn,
    voteTurn: d.tabledTurn + 1,
    defaults: {
      RUS: defaultVote(state.rules.council, 'RUS', d.measure),
      CHN: defaultVote(state.rules.council, 'CHN', d.measure),
    },
  }));
}

export function voteView(state: Pick<StateView, 'rules'>, turn: number, r: CouncilRecord): VoteView {
  const seats = state.rules.council.seats;
  return {
    draft: r.draft,
    measure: r.measure,
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
    vetoedBy: r.vetoedBy.map((v) => seatName(state, v)),
    evidence: r.evidence,
    launches: r.launches,
  };
}

function regimeOf(state: CouncilInput): Pick<CouncilView, 'caps' | 'bans' | 'panel'> {
  const t = state.turn;
  const caps: CapView[] = state.regime.caps.map((c) => ({
    id: c.id,
    resource: c.resource,
    to: c.to,
    perYear: c.perYear,
    year: c.year,
    declared: c.declared,
    basis: [...c.sources],
    inForce: c.fromTurn <= t && (c.untilTurn === null || c.untilTurn >= t),
    fromTurn: c.fromTurn,
    untilTurn: c.untilTurn,
  }));
  const bans: BanView[] = state.regime.bans.map((b) => ({
    id: b.id,
    resource: b.resource,
    from: b.from,
    to: b.to,
    basis: [...b.sources],
    fromTurn: b.fromTurn,
    deadlineTurn: b.deadlineTurn,
    deadlinePassed: b.deadlineTurn !== null && b.deadlineTurn < t,
  }));
  const p = state.regime.panel;
  const active = panelActive(state.regime, t);
  const full = active && p.monitored.length > 0 ? standInState({ ...STANDIN_BASE, ...state }) : null;
  const monitored =
    full === null
      ? []
      : p.monitored.map((id) => {
          const r = state.routes.find((x) => x.id === id);
          return { id, name: r?.name ?? id, oddsBp: r === undefined ? 0 : detectionOdds(full, r) };
        });
  return {
    caps,
    bans,
    panel: {
      exists: p.mandateEnd > 0,
      active,
      mandateEnd: p.mandateEnd,
      monitored,
      maxRoutes: p.maxRoutes,
      bonusBp: p.bonusBp,
      monitorBonusBp: p.monitorBonusBp,
      basis: [...p.sources],
    },
  };
}

/** What a StateView has beyond CouncilInput, empty: enough for the engine's odds rule. */
const STANDIN_BASE: Omit<StateView, keyof CouncilInput> = {
  viewer: 'public',
  indicators: {
    prkStability: 0,
    prkProgramme: 0,
    rusWarEffort: 0,
    rusReputation: 0,
    chnInfluence: 0,
    chnBorderStability: 0,
    chnStanding: 0,
    unscSanctionsIntegrity: 0,
    unscAuthority: 0,
  },
  actors: {},
  relations: {},
  deals: [],
  fired: [],
  scores: {},
  trade: null,
  recorded: {},
  hidden: null,
};

function recordOf(state: CouncilInput, history: readonly PastDecision[]): DecisionView[] {
  return state.council.decisions.map((d) => {
    const past = d.turn === 0 ? history.find((x) => x.id === d.draft) : undefined;
    return {
      draft: d.draft,
      measure: d.measure,
      turn: d.turn,
      date: past === undefined ? null : { year: past.year, month: past.month },
      outcome: d.outcome,
      yes: d.yes,
      no: d.no,
      abstain: d.abstain,
      vetoedBy: d.vetoedBy.map((v) => seatName(state, v)),
      sources: d.sources ?? [],
    };
  });
}

/** The chamber as of `state`; `last` is the report of the turn that produced it (its votes). */
export function councilView(
  state: CouncilInput,
  last: Pick<TurnReport | ReportView, 'turn' | 'council'> | null,
  history: readonly PastDecision[] = [],
): CouncilView {
  return {
    seats: seatsOf(state),
    drafts: draftsOf(state),
    lastVotes: last === null ? [] : last.council.map((r) => voteView(state, last.turn, r)),
    ...regimeOf(state),
    record: recordOf(state, history),
  };
}
