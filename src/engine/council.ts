/**
 * The Security Council phase. In this order:
 *   1. the Panel's lapse and ban deadlines are reported (panel.ts, sanctions.ts);
 *   2. every draft tabled on an earlier turn is put to the vote and removed;
 *   3. this turn's drafts are tabled (ids `R<turn>-<n>`) for the next turn's vote;
 *   4. the Panel's monitoring assignment and missile launches (launch.ts) take effect.
 *
 * Voting: seats vote in the scenario's seat order. RUS and CHN cast the vote of their order,
 * or the scenario default (by measure, else the general default). Every other seat scores the
 * draft as base + bias[measure] + evidenceWeight × E + launchWeight × L, where E and L count
 * evidence items (not launches) and launches from the last `windowTurns` turns, and votes yes
 * at score >= yesAt, no below noBelow, abstain in between.
 *
 * Adoption (UN Charter art. 27(3)): at least ADOPTION_VOTES (9) in favour and no permanent
 * member against; an abstention is not a veto. A draft with nine votes and a permanent "no" is
 * vetoed; one with fewer than nine fails short whatever the permanent members did.
 */
import type { Measure, Vote, VotingActor } from './ids.ts';
import { ADOPTION_VOTES, VOTES, isMeasure, isVotingActor, pairKey } from './ids.ts';
import type { TurnContext } from './context.ts';
import { changeIndicator, changeRelation } from './context.ts';
import type { DraftOrder, VoteOrder } from './orders.ts';
import type { Draft, Outcome } from './regimeState.ts';
import { addDecision, addDraft } from './regimeState.ts';
import type { Cause, CouncilRecord, SeatVote } from './report.ts';
import type { CouncilRules, Seat } from './scenarioRules.ts';
import { REPUTATION, enactMeasure } from './sanctions.ts';
import type { GameState } from './state.ts';
import { reject } from './validate.ts';

export const ADOPTED_AUTHORITY = 3;
export const ADOPTED_INTEGRITY = 4;
export const VETO_AUTHORITY = 4;
export const VETO_UNSC_RELATION = 5;
export const VETO_PRK_RELATION = 3;
export const VETO_REPUTATION = 3;
/** A voting actor that lets a sanction through against Pyongyang's wishes pays with Pyongyang. */
export const YES_PRK_RELATION = 4;
export const YES_REPUTATION = 2;
/** 0.3.0: a yes on an adopted sanction also costs the voter RUS_CHN_YES_RELATION with its
 * fellow permanent member on the other side, and China YES_INFLUENCE (Pyongyang leans towards
 * Moscow). Before, China's yes cost only a relation that nothing it is scored on reads, and
 * abstaining was never worse than any judgement (balance probe). */
export const YES_PEER_RELATION = 2;
export const YES_INFLUENCE = 2;
/** 0.3.0: an adopted oil cap, worker ban or arms embargo costs North Korea's regime this much
 * stability at once: sanctions bite (and through the border rule, China feels it). Without
 * it, provocation cost Pyongyang nothing the council could do, and China's abstention let
 * measures through that hurt nothing China is scored on. */
export const SANCTION_STABILITY = 3;
export const CONDEMN_PRK_RELATION = 3;

/** Limits of a draft's value, by measure (see MEASURES in ids.ts). */
export const MEASURE_VALUE: Readonly<Record<Measure, { min: number; max: number }>> = {
  oilCap: { min: 0, max: 1_000_000 },
  workerBan: { min: 0, max: 40 },
  armsEmbargo: { min: 0, max: 0 },
  renewPanel: { min: 1, max: 40 },
  condemn: { min: 0, max: 0 },
};

/** Measures that tighten the regime (a yes vote on them costs Pyongyang's goodwill). */
const SANCTIONS: readonly Measure[] = ['oilCap', 'workerBan', 'armsEmbargo'];

type Indexed<T> = { order: T; index: number };

export function defaultVote(rules: CouncilRules, actor: VotingActor, m: Measure): Vote {
  const d = rules.defaults[actor];
  return d.byMeasure[m] ?? d.vote;
}

/** Evidence items and launches the seats weigh on turn `turn`. Takes only the parts of the state
 * it reads, so a bot's view of the public record gives the same count as the engine. */
export function weighedEvidence(
  s: Pick<GameState, 'rules' | 'council'>,
  turn: number,
): { evidence: number; launches: number } {
  const since = turn - s.rules.council.windowTurns;
  let evidence = 0;
  let launches = 0;
  for (const e of s.council.evidence) {
    if (e.turn <= since) continue;
    if (e.kind === 'launch') launches++;
    else evidence++;
  }
  return { evidence, launches };
}

export function seatScore(rules: CouncilRules, seat: Seat, m: Measure, evidence: number, launches: number): number {
  return seat.base + (seat.bias[m] ?? 0) + rules.evidenceWeight * evidence + rules.launchWeight * launches;
}

export function ruleVote(rules: CouncilRules, score: number): Vote {
  return score >= rules.yesAt ? 'yes' : score < rules.noBelow ? 'no' : 'abstain';
}

/** The tally rule alone, for tables of cases: at least nine yes and no permanent no. */
export function outcomeOf(votes: readonly { vote: Vote; permanent: boolean; seat: string }[]): {
  outcome: Outcome;
  vetoedBy: string[];
  yes: number;
  no: number;
  abstain: number;
} {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  const vetoedBy: string[] = [];
  for (const v of votes) {
    if (v.vote === 'yes') yes++;
    else if (v.vote === 'no') {
      no++;
      if (v.permanent) vetoedBy.push(v.seat);
    } else abstain++;
  }
  const outcome: Outcome = yes < ADOPTION_VOTES ? 'short' : vetoedBy.length > 0 ? 'vetoed' : 'adopted';
  return { outcome, vetoedBy, yes, no, abstain };
}

/** Collect the vote orders: only RUS and CHN vote by order, once per draft up for a vote. */
function castVotes(ctx: TurnContext, votes: Indexed<VoteOrder>[]): Map<string, Vote> {
  const cast = new Map<string, Vote>();
  for (const { order: o, index } of votes) {
    if (!isVotingActor(o.actor)) {
      reject(
        ctx,
        index,
        o.actor,
        'notYourOrder',
        `only RUS and CHN vote by order; the other seats vote by the scenario's rules`,
      );
      continue;
    }
    if (!(VOTES as readonly string[]).includes(o.vote)) {
      reject(ctx, index, o.actor, 'malformed', `a vote is yes, no or abstain; got "${String(o.vote)}"`);
      continue;
    }
    if (!ctx.s.council.drafts.some((d) => d.id === o.draft)) {
      reject(
        ctx,
        index,
        o.actor,
        'unknownDraft',
        `there is no draft "${o.draft}" before the council this turn (drafts are voted on the turn after they are tabled)`,
      );
      continue;
    }
    const key = `${o.actor}:${o.draft}`;
    if (cast.has(key)) {
      reject(ctx, index, o.actor, 'duplicateOrder', `${o.actor} already voted on ${o.draft} this turn`);
      continue;
    }
    cast.set(key, o.vote);
  }
  return cast;
}

function voteOn(
  ctx: TurnContext,
  d: Draft,
  cast: Map<string, Vote>,
  w: { evidence: number; launches: number },
): CouncilRecord {
  const s = ctx.s;
  const rules = s.rules.council;
  const votes: SeatVote[] = [];
  const tally: { vote: Vote; permanent: boolean; seat: string }[] = [];
  for (const seat of rules.seats) {
    let v: SeatVote;
    if (seat.actor !== null) {
      const ordered = cast.get(`${seat.actor}:${d.id}`);
      v =
        ordered !== undefined
          ? { seat: seat.id, vote: ordered, by: 'order' }
          : { seat: seat.id, vote: defaultVote(rules, seat.actor, d.measure), by: 'default' };
    } else {
      const score = seatScore(rules, seat, d.measure, w.evidence, w.launches);
      v = { seat: seat.id, vote: ruleVote(rules, score), by: 'rule', score };
    }
    votes.push(v);
    tally.push({ vote: v.vote, permanent: seat.permanent, seat: seat.id });
  }
  const t = outcomeOf(tally);
  return {
    draft: d.id,
    measure: d.measure,
    value: d.value,
    votes,
    yes: t.yes,
    no: t.no,
    abstain: t.abstain,
    outcome: t.outcome,
    vetoedBy: t.vetoedBy,
    evidence: w.evidence,
    launches: w.launches,
  };
}

/** Indicators and relations that follow a decision. */
function consequences(ctx: TurnContext, d: Draft, rec: CouncilRecord): void {
  const rules = ctx.s.rules.council;
  const cause = (rule: Cause['rule']): Cause => ({
    rule,
    draft: d.id,
    numbers: { yes: rec.yes, no: rec.no, abstain: rec.abstain },
  });
  if (rec.outcome === 'adopted') {
    changeIndicator(ctx, 'unscAuthority', ADOPTED_AUTHORITY, cause('resolutionAdopted'));
    if (d.measure !== 'condemn')
      changeIndicator(ctx, 'unscSanctionsIntegrity', ADOPTED_INTEGRITY, cause('resolutionAdopted'));
    else changeRelation(ctx, 'PRK-UNSC', -CONDEMN_PRK_RELATION, cause('condemnation'));
    enactMeasure(ctx, d);
    if (SANCTIONS.includes(d.measure)) {
      changeIndicator(ctx, 'prkStability', -SANCTION_STABILITY, cause('resolutionAdopted'));
      for (const [i, v] of rec.votes.entries()) {
        // Votes are recorded in seat order, so the seat is usually at the same index.
        const atIndex = rules.seats[i];
        const seat = atIndex?.id === v.seat ? atIndex : rules.seats.find((x) => x.id === v.seat);
        if (seat?.actor == null || v.vote !== 'yes') continue;
        changeRelation(ctx, pairKey(seat.actor, 'PRK'), -YES_PRK_RELATION, cause('voteCost'));
        changeRelation(ctx, 'RUS-CHN', -YES_PEER_RELATION, cause('voteCost'));
        if (seat.actor === 'CHN') changeIndicator(ctx, 'chnInfluence', -YES_INFLUENCE, cause('voteCost'));
        const rep = REPUTATION[seat.actor];
        if (rep !== undefined) changeIndicator(ctx, rep, YES_REPUTATION, cause('voteCost'));
      }
    }
  } else if (rec.outcome === 'vetoed') {
    changeIndicator(ctx, 'unscAuthority', -VETO_AUTHORITY, cause('vetoSuffered'));
    for (const id of rec.vetoedBy) {
      const actor = rules.seats.find((x) => x.id === id)?.actor;
      if (actor == null) continue;
      changeRelation(ctx, pairKey(actor, 'UNSC'), -VETO_UNSC_RELATION, cause('vetoCast'));
      changeRelation(ctx, pairKey(actor, 'PRK'), VETO_PRK_RELATION, cause('vetoCast'));
      const rep = REPUTATION[actor];
      if (rep !== undefined) changeIndicator(ctx, rep, -VETO_REPUTATION, cause('vetoCast'));
    }
  }
}

export function voteOnDrafts(ctx: TurnContext, votes: Indexed<VoteOrder>[]): void {
  const s = ctx.s;
  if (s.council.drafts.length === 0 && votes.length === 0) return;
  const cast = castVotes(ctx, votes);
  const due = s.council.drafts;
  s.council.drafts = [];
  // The same evidence for every draft of the turn (votes come before this turn's new evidence).
  const w = weighedEvidence(s, s.turn);
  for (const d of due) {
    const rec = voteOn(ctx, d, cast, w);
    if (ctx.reporting) ctx.report.council.push(rec);
    addDecision(s.council, {
      draft: d.id,
      measure: d.measure,
      turn: s.turn,
      outcome: rec.outcome,
      yes: rec.yes,
      no: rec.no,
      abstain: rec.abstain,
      vetoedBy: rec.vetoedBy,
    });
    consequences(ctx, d, rec);
  }
}

export function tableDrafts(ctx: TurnContext, drafts: Indexed<DraftOrder>[]): void {
  const s = ctx.s;
  const max = s.rules.council.maxDraftsPerTurn;
  let n = 0;
  for (const { order: o, index } of drafts) {
    if (o.actor !== 'UNSC') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only the Security Council (UNSC) tables draft resolutions');
      continue;
    }
    if (!isMeasure(o.measure)) {
      reject(ctx, index, o.actor, 'malformed', `unknown measure "${String(o.measure)}"`);
      continue;
    }
    const value = o.value ?? 0;
    const lim = MEASURE_VALUE[o.measure];
    if (!Number.isSafeInteger(value) || value < lim.min || value > lim.max) {
      reject(
        ctx,
        index,
        o.actor,
        'badMeasureValue',
        `a ${o.measure} draft takes a value from ${lim.min} to ${lim.max}; got ${String(o.value)}`,
      );
      continue;
    }
    if (o.measure === 'oilCap' && o.value === undefined) {
      reject(
        ctx,
        index,
        o.actor,
        'badMeasureValue',
        'an oilCap draft must give the cap (thousand barrels a year) as its value',
      );
      continue;
    }
    if (n >= max) {
      reject(ctx, index, o.actor, 'tooManyDrafts', `at most ${max} draft(s) a turn`);
      continue;
    }
    n++;
    const d: Draft = { id: `R${s.turn}-${n}`, measure: o.measure, value, tabledTurn: s.turn };
    addDraft(s.council, d);
    if (ctx.reporting)
      ctx.report.notes.push({ kind: 'draftTabled', rule: d.id, measure: d.measure, amount: value, visibleTo: 'all' });
  }
}
