/**
 * Reading the council from public records: how the rule seats will vote on a measure, and how
 * likely RUS or CHN is to vote against it. Used by the Council bot to choose drafts and by the
 * Russian and Chinese bots to anticipate each other. Integer percent throughout.
 *
 * The record: `Decision.vetoedBy` lists every permanent member that voted against (whatever the
 * outcome), so each past decision on a measure says whether RUS and CHN opposed it.
 */
import type { Measure, Seat, Vote, VotingActor } from '../engine/index.ts';
import { ADOPTION_VOTES, defaultVote, ruleVote, seatScore, weighedEvidence } from '../engine/index.ts';
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
/** Each evidence item since the actor's last veto of the measure lowers its odds of a "no". */
const PRESSURE_PER_ITEM = 8;

export function seatOf(v: ActorView, actor: VotingActor): Seat | undefined {
  return v.rules.council.seats.find((s) => s.actor === actor);
}

export interface VetoRecord {
  /** Decisions on the measure at which the actor voted against. */
  count: number;
  /** Decisions on the measure in all. */
  votes: number;
  /** Turn of the latest veto (−1 if none). */
  lastTurn: number;
}

export function vetoRecord(v: ActorView, actor: VotingActor, m: Measure): VetoRecord {
  const seat = seatOf(v, actor);
  let count = 0;
  let votes = 0;
  let lastTurn = -1;
  for (const d of v.council.decisions) {
    if (d.measure !== m) continue;
    votes++;
    if (seat !== undefined && d.vetoedBy.includes(seat.id)) {
      count++;
      if (d.turn > lastTurn) lastTurn = d.turn;
    }
  }
  return { count, votes, lastTurn };
}

/** Evidence items and launches recorded on or after `turn`. */
export function evidenceSince(v: ActorView, turn: number): number {
  let n = 0;
  for (const e of v.council.evidence) if (e.turn >= turn) n++;
  return n;
}

/**
 * Odds in percent that `actor` votes against a draft of `m`: the scenario default as a prior
 * worth PRIOR_WEIGHT votes, blended with its record on the measure, then lowered by
 * PRESSURE_PER_ITEM for each item of evidence in the seats' window and newer than its last
 * veto of the measure (new facts shift votes), never below a quarter of the blend.
 */
export function noOdds(v: ActorView, actor: VotingActor, m: Measure): number {
  if (seatOf(v, actor) === undefined) return 0;
  const prior = PRIOR_NO[defaultVote(v.rules.council, actor, m)];
  const rec = vetoRecord(v, actor, m);
  const blend = Math.floor((prior * PRIOR_WEIGHT + 100 * rec.count) / (PRIOR_WEIGHT + rec.votes));
  // New evidence: inside the seats' window and not older than the last veto (evidence of the
  // veto's own turn counts as new: detections come after the council phase).
  const window = v.turn - v.rules.council.windowTurns + 1;
  const fresh = evidenceSince(v, Math.max(rec.lastTurn, window));
  const lowered = blend - PRESSURE_PER_ITEM * fresh;
  const floor = Math.floor(blend / 4);
  return Math.max(lowered, floor);
}

/**
 * Rule seats that will vote yes on a draft of `m` put to the vote on turn `voteTurn`, counting
 * the evidence already on record that will still be inside the seats' window then.
 */
export function ruleSeatsYes(v: ActorView, m: Measure, voteTurn: number): number {
  const c = v.rules.council;
  const { evidence, launches } = weighedEvidence(v, voteTurn);
  let yes = 0;
  for (const seat of c.seats) {
    if (seat.actor !== null) continue;
    if (ruleVote(c, seatScore(c, seat, m, evidence, launches)) === 'yes') yes++;
  }
  return yes;
}

/** Rule seats that will vote no and are permanent (a veto the bots cannot influence). */
export function ruleSeatVeto(v: ActorView, m: Measure, voteTurn: number): boolean {
  const c = v.rules.council;
  const { evidence, launches } = weighedEvidence(v, voteTurn);
  return c.seats.some(
    (seat) => seat.actor === null && seat.permanent && ruleVote(c, seatScore(c, seat, m, evidence, launches)) === 'no',
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
  const { evidence, launches } = weighedEvidence(v, voteTurn);
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
