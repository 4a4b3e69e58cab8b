/**
 * The Security Council phase. In this order:
 *   1. the Panel's lapse and ban deadlines are reported (panel.ts, sanctions.ts);
 *   2. this turn's lobbying of elected seats (lobby.ts) takes effect;
 *   3. every draft tabled on an earlier turn is put to the vote and removed;
 *   4. this turn's drafts are tabled (ids `R<turn>-<n>`) for the next turn's vote;
 *   5. the Panel's monitoring assignment, missile launches and tests (launch.ts) take effect.
 *
 * Voting: seats vote in the scenario's seat order. RUS and CHN cast the vote of their order,
 * or the scenario default (by measure, else the general default). Every other seat scores the
 * draft as base + bias[measure] ± (evidenceWeight × E + launchWeight × L) + lobbying (+ for a
 * sanction, − for relief), where E and L count evidence items (not launches) and launches (a nuclear test weighs as
 * nuclearEvidence launches) from the last `windowTurns` turns, and lobbying moves a seat
 * lobbyPoints against sanctions (for relief) per actor courting it; the seat votes yes at
 * score >= yesAt, no below noBelow, abstains in between.
 *
 * Adoption (UN Charter art. 27(3)): at least ADOPTION_VOTES (9) in favour and no permanent
 * member against; an abstention is not a veto. A draft with nine votes and a permanent "no" is
 * vetoed; one with fewer than nine fails short whatever the permanent members did.
 *
 * Tabling (step 4) is in tabling.ts. The Council's authority is scored on outcomes: an
 * adoption adds adoptedAuthority less capitalCost for each draft adopted in the previous
 * capitalTurns turns (political capital is spent), a veto of its draft costs vetoAuthority, a
 * draft that falls short shortAuthority.
 */
import { measureField, votingField } from './fields.ts';
import type { Measure, Vote, VotingActor } from './ids.ts';
import { ADOPTION_VOTES, VOTES, isVotingActor, pairKey } from './ids.ts';
import type { TurnContext } from './context.ts';
import { changeIndicator, changeRelation } from './context.ts';
import { lobbyShift } from './lobby.ts';
import type { Indexed, VoteOrder } from './orders.ts';
import type { Draft, Outcome } from './regimeState.ts';
import { addDecision } from './regimeState.ts';
import type { Cause, CouncilRecord, SeatVote } from './report.ts';
import type { CouncilRules, Seat } from './scenarioRules.ts';
import { REPUTATION, enactMeasure } from './sanctions.ts';
import type { GameState } from './state.ts';
import { reject } from './validate.ts';

/** Measures that tighten the regime (a yes vote on them costs Pyongyang's goodwill). */
export const SANCTIONS: readonly Measure[] = ['oilCap', 'workerBan', 'armsEmbargo'];

export function defaultVote(rules: CouncilRules, actor: VotingActor, m: Measure): Vote {
  const d = votingField(rules.defaults, actor);
  return measureField(d.byMeasure, m) ?? d.vote;
}

/** Evidence items and launches the seats weigh on turn `turn` (a nuclear test counts as
 * nuclearEvidence launches). Takes only the parts of the state it reads, so a bot's view of the
 * public record gives the same count as the engine. */
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
    else if (e.kind === 'nuclearTest') launches += s.rules.design.nuclearEvidence;
    else evidence++;
  }
  return { evidence, launches };
}

/** A rule seat's score for a draft of `m`; `lobbied` is lobbyShift's points for the seat.
 * Evidence and launches weigh for a sanction and against relief: a seat that has seen
 * breaches and missiles is readier to punish and less ready to ease (so the Western permanent
 * members' "no" to relief holds however much evidence piles up). */
export function seatScore(
  rules: CouncilRules,
  seat: Seat,
  m: Measure,
  evidence: number,
  launches: number,
  lobbied = 0,
): number {
  const weighed = rules.evidenceWeight * evidence + rules.launchWeight * launches;
  return seat.base + (measureField(seat.bias, m) ?? 0) + (m === 'relief' ? -weighed : weighed) + lobbied;
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
      const score = seatScore(rules, seat, d.measure, w.evidence, w.launches, lobbyShift(s, seat, d.measure));
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

/** Drafts of the Council majority adopted in the previous capitalTurns turns (this turn's earlier
 * adoptions included): what an adoption now owes of its political capital. */
function recentAdoptions(s: GameState, draft: string): number {
  const since = s.turn - s.rules.design.capitalTurns;
  let n = 0;
  for (const x of s.council.decisions) {
    if (
      x.draft !== draft &&
      x.turn > 0 &&
      x.turn > since &&
      x.turn <= s.turn &&
      x.outcome === 'adopted' &&
      x.measure !== 'relief'
    )
      n++;
  }
  return n;
}

/** Indicators and relations that follow a decision. */
function consequences(ctx: TurnContext, d: Draft, rec: CouncilRecord): void {
  const s = ctx.s;
  const rules = s.rules.council;
  const p = s.rules.design;
  const cause = (rule: Cause['rule'], numbers?: Record<string, number>): Cause => ({
    rule,
    draft: d.id,
    numbers: { yes: rec.yes, no: rec.no, abstain: rec.abstain, ...numbers },
  });
  const majority = d.by === 'UNSC';
  if (rec.outcome === 'adopted') {
    enactMeasure(ctx, d);
    if (!majority) {
      // Relief: the majority's regime is rolled back; Pyongyang breathes.
      changeIndicator(ctx, 'unscAuthority', -p.adoptedAuthority, cause('resolutionAdopted'));
      changeIndicator(ctx, 'prkStability', p.reliefStability, cause('resolutionAdopted'));
      return;
    }
    const recent = recentAdoptions(s, d.id);
    changeIndicator(ctx, 'unscAuthority', p.adoptedAuthority, cause('resolutionAdopted'));
    if (recent > 0) {
      changeIndicator(
        ctx,
        'unscAuthority',
        -p.capitalCost * recent,
        cause('adoptionCapital', { recent, capitalTurns: p.capitalTurns, cost: p.capitalCost }),
      );
    }
    if (d.measure === 'condemn') changeRelation(ctx, 'PRK-UNSC', -p.condemnPrkRelation, cause('condemnation'));
    if (SANCTIONS.includes(d.measure)) {
      changeIndicator(ctx, 'prkStability', -p.sanctionStability, cause('resolutionAdopted'));
      for (const [i, v] of rec.votes.entries()) {
        // Votes are recorded in seat order, so the seat is usually at the same index.
        const atIndex = rules.seats[i];
        const seat = atIndex?.id === v.seat ? atIndex : rules.seats.find((x) => x.id === v.seat);
        if (seat?.actor == null || v.vote !== 'yes') continue;
        changeRelation(ctx, pairKey(seat.actor, 'PRK'), -p.yesPrkRelation, cause('voteCost'));
        changeRelation(ctx, 'RUS-CHN', -p.yesPeerRelation, cause('voteCost'));
        if (seat.actor === 'CHN') changeIndicator(ctx, 'chnInfluence', -p.yesInfluence, cause('voteCost'));
        const rep = REPUTATION[seat.actor];
        if (rep !== undefined) changeIndicator(ctx, rep, p.yesReputation, cause('voteCost'));
      }
    }
  } else if (rec.outcome === 'vetoed') {
    if (majority) {
      changeIndicator(ctx, 'unscAuthority', -p.vetoAuthority, cause('vetoSuffered'));
      // Thirteen against one: the veto isolates the vetoer more than it divides the Council.
      if (rec.yes >= p.isolationYes)
        changeIndicator(
          ctx,
          'unscAuthority',
          p.isolationAuthority,
          cause('vetoIsolates', { isolationYes: p.isolationYes }),
        );
    }
    for (const id of rec.vetoedBy) {
      const actor = rules.seats.find((x) => x.id === id)?.actor;
      if (actor == null) continue;
      changeRelation(ctx, pairKey(actor, 'UNSC'), -p.vetoUnscRelation, cause('vetoCast'));
      changeRelation(ctx, pairKey(actor, 'PRK'), p.vetoPrkRelation, cause('vetoCast'));
      const rep = REPUTATION[actor];
      if (rep !== undefined) changeIndicator(ctx, rep, -p.vetoReputation, cause('vetoCast'));
    }
  } else if (majority && p.shortAuthority > 0) {
    changeIndicator(ctx, 'unscAuthority', -p.shortAuthority, cause('draftShort'));
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
