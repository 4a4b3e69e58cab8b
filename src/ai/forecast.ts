/**
 * Reading the council from public records: how the rule seats will vote on a measure, and how
 * likely RUS or CHN is to vote against it. Used by the Council bot to choose drafts and by the
 * Russian and Chinese bots to anticipate each other. Integer percent throughout.
 *
 * The record: `Decision.vetoedBy` lists every permanent member that voted against (whatever the
 * outcome), so each past decision on a measure says whether RUS and CHN opposed it.
 */
import type { Decision, Evidence, Measure, Seat, Vote, VotingActor } from '../engine/index.ts';
import {
  ADOPTION_VOTES,
  VOTING_ACTORS,
  defaultVote,
  lobbyShift,
  measureField,
  ruleVote,
  seatScore,
  voteField,
  votingField,
  weighedEvidence,
} from '../engine/index.ts';
import type { ActorView } from './view.ts';

/** Measures that tighten the regime on North Korea. */
export const SANCTIONS: readonly Measure[] = ['oilCap', 'workerBan', 'armsEmbargo'];

export function isSanction(m: Measure): boolean {
  return SANCTIONS.includes(m);
}

/** Prior odds (percent) of a "no", from the scenario's default vote for the actor. */
const PRIOR_NO: Readonly<Record<Vote, number>> = { no: 70, abstain: 20, yes: 5 };
/** The prior counts as this many observed votes. */
const PRIOR_WEIGHT = 2;
/** Each evidence item since the actor's last veto of the measure lowers its odds of a "no" (China:
 * evidence makes a veto cost more standing). Russia's vetoes protect its own covert trade, which
 * more evidence threatens further: evidence does not shame Russia out of a veto (engine 0.4.0). */
const PRESSURE_PER_ITEM: Readonly<Record<VotingActor, number>> = { RUS: 0, CHN: 8 };

/** The actor's seat (a loop, not `find` with a closure: the forecasts ask several times a plan). */
export function seatOf(v: ActorView, actor: VotingActor): Seat | undefined {
  for (const s of v.rules.council.seats) if (s.actor === actor) return s;
  return undefined;
}

export interface VetoRecord {
  /** Decisions on the measure at which the actor voted against. */
  count: number;
  /** Decisions on the measure in all. */
  votes: number;
  /** Turn of the latest veto (−1 if none). */
  lastTurn: number;
}

/*
 * Indexes of the public record, kept for the last list seen. The forecasts ask about the same
 * record a dozen times a plan (and the four bots of a turn share one record), so each list is
 * read once. A list a bot has seen is never changed in place (the engine replaces the lists:
 * copy on write); the length is checked too, so a test that pushes into one is still read
 * afresh. (A WeakMap by list was tried: rollouts make new lists every turn, and the weak
 * table's upkeep in the collector cost a third of the rollouts' speed.)
 */
interface VetoIndex {
  list: readonly Decision[];
  length: number;
  seats: readonly Seat[];
  byActor: Record<VotingActor, Record<Measure, VetoRecord>>;
}
let vetoIndex: VetoIndex | null = null;

/** A record for every measure, none voted yet (a literal: records grown key by key under a
 * variable name were the slowest part of the index). */
function noVotes(): Record<Measure, VetoRecord> {
  return {
    oilCap: { count: 0, votes: 0, lastTurn: -1 },
    workerBan: { count: 0, votes: 0, lastTurn: -1 },
    armsEmbargo: { count: 0, votes: 0, lastTurn: -1 },
    renewPanel: { count: 0, votes: 0, lastTurn: -1 },
    condemn: { count: 0, votes: 0, lastTurn: -1 },
    relief: { count: 0, votes: 0, lastTurn: -1 },
  };
}

function vetoesOf(v: ActorView): VetoIndex {
  const list = v.council.decisions;
  const seats = v.rules.council.seats;
  const c = vetoIndex;
  if (c !== null && c.list === list && c.length === list.length && c.seats === seats) return c;
  const byActor = { RUS: noVotes(), CHN: noVotes() };
  for (const a of VOTING_ACTORS) {
    const seat = seatOf(v, a);
    const rec = byActor[a];
    for (const d of list) {
      const r = measureField(rec, d.measure);
      r.votes++;
      if (seat !== undefined && d.vetoedBy.includes(seat.id)) {
        r.count++;
        if (d.turn > r.lastTurn) r.lastTurn = d.turn;
      }
    }
  }
  vetoIndex = { list, length: list.length, seats, byActor };
  return vetoIndex;
}

/** The actor's record on the measure (the index's own entry, read-only: no copy per ask). */
export function vetoRecord(v: ActorView, actor: VotingActor, m: Measure): Readonly<VetoRecord> {
  return measureField(votingField(vetoesOf(v).byActor, actor), m);
}

interface EvidenceIndex {
  list: readonly Evidence[];
  length: number;
  /** Whether the turns ascend (the engine appends in turn order; a test may not). */
  sorted: boolean;
  turns: number[];
  /** launches[i]: launches among the first i items. */
  launches: number[];
}
let evidenceIndex: EvidenceIndex | null = null;

function evidenceOf(v: ActorView): EvidenceIndex {
  const list = v.council.evidence;
  const c = evidenceIndex;
  if (c !== null && c.list === list && c.length === list.length) return c;
  const turns: number[] = [];
  const launches: number[] = [0];
  let sorted = true;
  let n = 0;
  for (const e of list) {
    if (turns.length > 0 && e.turn < (turns[turns.length - 1] ?? 0)) sorted = false;
    turns.push(e.turn);
    if (e.kind === 'launch') n++;
    launches.push(n);
  }
  evidenceIndex = { list, length: list.length, sorted, turns, launches };
  return evidenceIndex;
}

/** Index of the first item whose turn is at least `turn` (turns ascending). */
function firstFrom(turns: readonly number[], turn: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((turns[mid] ?? 0) < turn) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evidence items and launches recorded on or after `turn`. */
export function evidenceSince(v: ActorView, turn: number): number {
  const x = evidenceOf(v);
  if (x.sorted) return x.turns.length - firstFrom(x.turns, turn);
  let n = 0;
  for (const t of x.turns) if (t >= turn) n++;
  return n;
}

/** Launches recorded on or after `turn`. */
export function launchesSince(v: ActorView, turn: number): number {
  const x = evidenceOf(v);
  const n = x.turns.length;
  if (x.sorted) return (x.launches[n] ?? 0) - (x.launches[firstFrom(x.turns, turn)] ?? 0);
  let launches = 0;
  for (const e of v.council.evidence) if (e.kind === 'launch' && e.turn >= turn) launches++;
  return launches;
}

/** The engine's `weighedEvidence` (items and launches newer than `turn − windowTurns`), read
 * from the index. */
export function weighedOn(v: ActorView, turn: number): { evidence: number; launches: number } {
  const x = evidenceOf(v);
  if (!x.sorted) return weighedEvidence(v, turn);
  const i = firstFrom(x.turns, turn - v.rules.council.windowTurns + 1);
  const total = x.turns.length - i;
  const launches = (x.launches[x.turns.length] ?? 0) - (x.launches[i] ?? 0);
  return { evidence: total - launches, launches };
}

/**
 * Odds in percent that `actor` votes against a draft of `m`: the scenario default as a prior
 * worth PRIOR_WEIGHT votes, blended with its record on the measure, then lowered by
 * PRESSURE_PER_ITEM (China only) for each item of evidence in the seats' window and newer than its last
 * veto of the measure (new facts shift votes), never below a quarter of the blend.
 */
export function noOdds(v: ActorView, actor: VotingActor, m: Measure): number {
  if (seatOf(v, actor) === undefined) return 0;
  const prior = voteField(PRIOR_NO, defaultVote(v.rules.council, actor, m));
  const rec = vetoRecord(v, actor, m);
  const blend = Math.floor((prior * PRIOR_WEIGHT + 100 * rec.count) / (PRIOR_WEIGHT + rec.votes));
  // New evidence: inside the seats' window and not older than the last veto (evidence of the
  // veto's own turn counts as new: detections come after the council phase).
  const window = v.turn - v.rules.council.windowTurns + 1;
  const fresh = evidenceSince(v, Math.max(rec.lastTurn, window));
  const lowered = blend - votingField(PRESSURE_PER_ITEM, actor) * fresh;
  const floor = Math.floor(blend / 4);
  return Math.max(lowered, floor);
}

/**
 * Rule seats that will vote yes on a draft of `m` put to the vote on turn `voteTurn`, counting
 * the evidence already on record that will still be inside the seats' window then.
 */
export function ruleSeatsYes(v: ActorView, m: Measure, voteTurn: number): number {
  return ruleSeatScores(v, m, voteTurn).filter((x) => x.score >= v.rules.council.yesAt).length;
}

/** Every rule seat's score for a draft of `m` put to the vote on `voteTurn` (lobbying included). */
export function ruleSeatScores(v: ActorView, m: Measure, voteTurn: number): { seat: Seat; score: number }[] {
  const c = v.rules.council;
  const { evidence, launches } = weighedOn(v, voteTurn);
  const at = { turn: voteTurn, council: v.council, rules: v.rules };
  const out: { seat: Seat; score: number }[] = [];
  for (const seat of c.seats) {
    if (seat.actor !== null) continue;
    out.push({ seat, score: seatScore(c, seat, m, evidence, launches, lobbyShift(at, seat, m)) });
  }
  return out;
}

/** Rule seats that will vote no and are permanent (a veto the bots cannot influence). */
export function ruleSeatVeto(v: ActorView, m: Measure, voteTurn: number): boolean {
  const c = v.rules.council;
  const { evidence, launches } = weighedOn(v, voteTurn);
  return c.seats.some(
    (seat) =>
      seat.actor === null &&
      seat.permanent &&
      ruleVote(
        c,
        seatScore(
          c,
          seat,
          m,
          evidence,
          launches,
          lobbyShift({ turn: voteTurn, council: v.council, rules: v.rules }, seat, m),
        ),
      ) === 'no',
  );
}

export interface DraftForecast {
  /** Rule seats in favour. */
  ruleYes: number;
  /** Percent odds the draft is adopted, vetoed, or falls short. */
  adopt: number;
  veto: number;
}

/**
 * Forecast of a draft tabled now (voted next turn), assuming RUS and CHN vote no with their
 * `noOdds`, independently, and otherwise abstain (a yes from them is a bonus not counted on).
 */
export function forecastDraft(v: ActorView, m: Measure): DraftForecast {
  const voteTurn = v.turn + 1;
  // ruleSeatsYes and ruleSeatVeto in one pass over the seats.
  const c = v.rules.council;
  const { evidence, launches } = weighedOn(v, voteTurn);
  let ruleYes = 0;
  let permanentNo = false;
  for (const seat of c.seats) {
    if (seat.actor !== null) continue;
    const vote = ruleVote(c, seatScore(c, seat, m, evidence, launches));
    if (vote === 'yes') ruleYes++;
    else if (vote === 'no' && seat.permanent) permanentNo = true;
  }
  if (ruleYes < ADOPTION_VOTES) return { ruleYes, adopt: 0, veto: 0 };
  if (permanentNo) return { ruleYes, adopt: 0, veto: 100 };
  const pass = Math.floor(((100 - noOdds(v, 'RUS', m)) * (100 - noOdds(v, 'CHN', m))) / 100);
  return { ruleYes, adopt: pass, veto: 100 - pass };
}
