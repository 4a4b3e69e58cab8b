/**
 * Plain-English sentences for report entries, built from the numbers in each cause, so a
 * student can ask "why did PRK stability fall by 6?" and read the rule and its inputs.
 * Fixed English, no locale formatting (the same text in Node and every browser).
 */
import type { ActorId } from './ids.ts';
import { INDICATOR_LABEL, MEASURE_LABEL, UNITS, assertNever } from './ids.ts';
import type { Change, CouncilRecord, EventRecord, RegimeNote, Rejection, Target } from './report.ts';

export const ACTOR_NAME: Readonly<Record<ActorId, string>> = {
  RUS: 'Russia',
  PRK: 'North Korea',
  CHN: 'China',
  UNSC: 'the Security Council',
};

export function describeTarget(t: Target): string {
  switch (t.kind) {
    case 'stock':
      return `${ACTOR_NAME[t.actor]}'s ${t.resource} (${UNITS[t.resource]})`;
    case 'indicator':
      return INDICATOR_LABEL[t.indicator];
    case 'relation': {
      const [a, b] = t.pair.split('-') as [ActorId, ActorId];
      return `relations between ${ACTOR_NAME[a]} and ${ACTOR_NAME[b]}`;
    }
    default:
      return assertNever(t);
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** "North Korean regime stability −6 (54 → 48): food shortage: needed 300, got 120 …" */
export function explainChange(c: Change): string {
  const head = `${describeTarget(c.target)} ${signed(c.after - c.before)} (${c.before} → ${c.after})`;
  return `${head}: ${explainCause(c)}`;
}

function explainCause(c: Change): string {
  const n = c.cause.numbers ?? {};
  const num = (k: string): number => n[k] ?? 0;
  const res = c.target.kind === 'stock' ? c.target.resource : undefined;
  switch (c.cause.rule) {
    case 'production':
      return `domestic production (munitions priority ${num('munitionsPriority')}%, labour abroad ${num('labourAbroadPriority')}%)`;
    case 'harvestVariance':
      return `output varied by ${signed(num('drawBp'))} basis points of the planned ${num('planned')} this turn`;
    case 'consumption':
      return `consumed ${num('used')} of the ${num('need')} ${res !== undefined ? UNITS[res] : 'units'} needed each turn`;
    case 'shortage':
      return `shortage: needed ${num('need')}, short by ${num('shortfall')}; a total shortfall costs ${num('fullShortfallPoints')} points, so this one costs ${num('loss')} (rounded up)`;
    case 'needMet':
      return `needs met in full (${num('need')} a turn), worth ${signed(num('points'))}`;
    case 'shipment':
      return `shipment ordered this turn${c.cause.route !== undefined ? ` along ${c.cause.route}` : ''}${c.cause.order !== undefined ? ` (order #${c.cause.order + 1})` : ''}`;
    case 'dealDelivery':
      return `this turn's delivery under deal ${c.cause.deal ?? '?'}`;
    case 'dealAccepted':
      return `deal ${c.cause.deal ?? '?'} was accepted`;
    case 'dealCancelled':
      return `deal ${c.cause.deal ?? '?'} was cancelled while active`;
    case 'dealDefaulted':
      return `deal ${c.cause.deal ?? '?'} could not be delivered this turn`;
    case 'detection':
      return `a covert shipment of ${num('amount')} units${c.cause.route !== undefined ? ` on ${c.cause.route}` : ''} was detected (odds ${num('odds')} in 10,000)`;
    case 'tradeTies':
      return 'goods changed hands between them this turn';
    case 'tradeInfluence':
      return `China supplied ${num('chinaShareOfImports')}% of the value of North Korea's recorded imports this turn (declared goods; covert deliveries are not on the record); influence drifts toward that share`;
    case 'borderFollowsStability':
      return `the border drifts toward the regime's stability (${num('prkStability')}) from ${num('borderStability')}`;
    case 'resolutionAdopted':
      return `the council adopted ${c.cause.draft ?? 'a draft'} (${num('yes')} in favour, ${num('no')} against, ${num('abstain')} abstaining)`;
    case 'vetoCast':
      return `a veto cast against ${c.cause.draft ?? 'a draft'} that had ${num('yes')} votes in favour`;
    case 'vetoSuffered':
      return `${c.cause.draft ?? 'a draft'} had ${num('yes')} votes in favour but was vetoed by a permanent member`;
    case 'vetoIsolates':
      return `${c.cause.draft ?? 'the draft'} had ${num('yes')} votes in favour (${num('isolationYes')} or more): the veto isolates the member who cast it more than it divides the Council`;
    case 'voteCost':
      return `voted for sanctions in ${c.cause.draft ?? 'a draft'}, which Pyongyang resents and the West notes`;
    case 'condemnation':
      return `the council condemned North Korea (${c.cause.draft ?? 'a draft'})`;
    case 'sanctionsBreach':
      return num('detected') === 1
        ? `a covert delivery of ${num('amount')} units was detected breaking ${c.cause.regimeRule ?? 'the sanctions'}`
        : `a declared delivery broke ${c.cause.regimeRule ?? 'the sanctions'} by ${num('amount')} units`;
    case 'notRepatriated':
      return `${num('held')} units were still held abroad at the deadline of ${c.cause.regimeRule ?? 'the ban'}`;
    case 'panelLapsed':
      return `the Panel of Experts' mandate ended after turn ${num('mandateEnd')}; violations now go largely unseen`;
    case 'launch':
      return `${num('count')} missile launch(es)${c.cause.event !== undefined ? ` (event ${c.cause.event})` : ''}`;
    case 'event':
      return `event: ${c.cause.event ?? '?'}`;
    case 'covertMarkup':
      return `a covert delivery: ${num('sent')} sent, ${num('delivered')} arrived; ${num('markupPct')}% went to middlemen, bribes and transfers at sea (smuggling costs more the likelier it is to be seen: odds ${num('odds')} in 10,000)`;
    case 'integrityDrift':
      return `${num('compliantShare')}% of the value of the goods seen going to or from North Korea this turn kept to the measures in force; integrity drifts toward that share`;
    case 'adoptionCapital':
      return `the council had already adopted ${num('recent')} draft(s) in the last ${num('capitalTurns')} turns; each new one spends political capital (${num('cost')} a draft)`;
    case 'draftShort':
      return `${c.cause.draft ?? 'a draft'} of the council majority fell short of nine votes (${num('yes')} in favour)`;
    case 'reliefTabled':
      return `tabled ${c.cause.draft ?? 'a draft'} to ease the sanctions, which Pyongyang welcomes and the West resents`;
    case 'lobbying':
      return `courted a seat on the council (${num('cost')} USD million in aid and visits)`;
    case 'knowHowUsed':
      return num('points') === 0
        ? `a test put ${num('used')} package(s) of foreign know-how to use, but it failed (nothing gained)`
        : `a test put ${num('used')} package(s) of foreign know-how to use (+${num('points')} to the programme)`;
    case 'knowHowSeen':
      return `a transfer of ${num('amount')} package(s) of know-how to North Korea was seen by all`;
    case 'nuclearTest':
      return `North Korea conducted a nuclear test${num('failed') === 1 ? '; it fizzled, and the programme gained nothing' : ''}`;
    case 'holdFuel':
      return `China held back ${num('held')} thousand barrels of fuel due to North Korea this turn`;
    case 'customs':
      return `China tightened customs on ${c.cause.route ?? 'its border'} for this turn (+${num('addedOdds')} in 10,000 odds of seeing covert cargo)`;
    default:
      return assertNever(c.cause.rule);
  }
}

const SEAT_VOTE: Readonly<Record<string, string>> = { yes: 'in favour', no: 'against', abstain: 'abstained' };

/** "R1-1 (renew the Panel…): vetoed by RUS — 13 in favour, 1 against, 1 abstaining." */
export function explainCouncil(r: CouncilRecord): string {
  const head = `${r.draft} (${MEASURE_LABEL[r.measure]}${r.value > 0 ? `, value ${r.value}` : ''})`;
  const count = `${r.yes} in favour, ${r.no} against, ${r.abstain} abstaining`;
  switch (r.outcome) {
    case 'adopted':
      return `${head}: adopted with ${count}; it takes effect next turn`;
    case 'vetoed':
      return `${head}: not adopted: it had the nine votes needed (${count}) but ${r.vetoedBy.join(' and ')} voted against as permanent member(s), which is a veto`;
    case 'short':
      return `${head}: not adopted: ${count}; nine in favour are needed${r.vetoedBy.length > 0 ? ` (permanent member(s) ${r.vetoedBy.join(' and ')} also voted against)` : ''}`;
    default:
      return assertNever(r.outcome);
  }
}

/** One line per seat: "CHN abstained (its own order)", "MOZ in favour (rule score 52)". */
export function explainSeatVotes(r: CouncilRecord): string[] {
  return r.votes.map((v) => {
    const why =
      v.by === 'order'
        ? 'its own order'
        : v.by === 'default'
          ? "the scenario's default for this measure"
          : `rule score ${v.score ?? 0}`;
    return `${v.seat} ${SEAT_VOTE[v.vote] ?? v.vote} (${why})`;
  });
}

export function explainNote(n: RegimeNote): string {
  const who = n.actor !== undefined ? ACTOR_NAME[n.actor] : 'someone';
  const num = (k: string): number => n.numbers?.[k] ?? 0;
  switch (n.kind) {
    case 'draftTabled':
      return `draft ${n.rule ?? '?'} tabled${n.actor !== undefined ? ` by ${ACTOR_NAME[n.actor]}` : ''} (${n.measure !== undefined ? MEASURE_LABEL[n.measure] : '?'}); the council votes on it next turn`;
    case 'measureInForce':
      return `${n.rule ?? '?'} (${n.measure !== undefined ? MEASURE_LABEL[n.measure] : '?'}) is in force from turn ${num('fromTurn')}`;
    case 'panelLapsed':
      return `the Panel of Experts' mandate lapsed after turn ${num('mandateEnd')}: detection odds fall by up to ${num('bonusBp')} in 10,000 on every route`;
    case 'panelMonitoring':
      return `the Panel of Experts monitors ${n.routes !== undefined && n.routes.length > 0 ? n.routes.join(', ') : 'no route in particular'}`;
    case 'capExceeded':
      return `${who} declared deliveries ${n.amount ?? 0} over the cap ${n.rule ?? '?'} (${num('declared')} of ${num('perYear')} in ${num('year')})`;
    case 'banBroken':
      return `${who} openly delivered ${n.amount ?? 0} units banned by ${n.rule ?? '?'}`;
    case 'covertBreach':
      return num('detected') === 1
        ? `a covert delivery by ${who} of ${n.amount ?? 0} units breaking ${n.rule ?? '?'} was detected and is now evidence`
        : `a covert delivery by ${who} of ${n.amount ?? 0} units broke ${n.rule ?? '?'} unseen (only the parties know)`;
    case 'graceTolerated':
      return `${n.amount ?? 0} units under an older contract tolerated by ${n.rule ?? '?'} until its deadline (turn ${num('deadlineTurn')})`;
    case 'notRepatriated':
      return `${who} still held ${n.amount ?? 0} units at the deadline of ${n.rule ?? '?'}`;
    case 'launch':
      return `North Korea launched ${n.amount ?? 0} missile(s)${num('failed') === 1 ? '; the launch failed, and the programme gained nothing' : ''}`;
    case 'seized':
      return `a covert shipment of ${n.amount ?? 0} ${n.resource ?? 'units'} from ${who} to ${n.to !== undefined ? ACTOR_NAME[n.to] : 'someone'} was detected${n.routes !== undefined && n.routes.length > 0 ? ` on ${n.routes.join(', ')}` : ''} and seized: neither side keeps it`;
    case 'nuclearTest':
      return `North Korea conducted a nuclear test${num('failed') === 1 ? '; it fizzled, and the programme gained nothing' : ''}`;
    case 'lobbied':
      return `${who} courted ${n.seat ?? 'a seat'} on the council: until turn ${num('until')} that seat leans ${n.amount ?? 0} points against sanctions`;
    case 'fuelHeld':
      return `${who} held back ${n.amount ?? 0} thousand barrels of fuel due to North Korea this turn`;
    case 'customsTightened':
      return `${who} tightened customs on ${n.routes !== undefined ? n.routes.join(', ') : 'its border'}: covert cargo there is seen more often this turn (+${n.amount ?? 0} in 10,000)`;
    case 'knowHowUsed':
      return `North Korea put foreign know-how to use`;
    default:
      return assertNever(n.kind);
  }
}

export function explainEvent(e: EventRecord): string {
  return `${e.drawn ? 'Chance' : 'Event'}: ${e.title}. ${e.text} [sources: ${e.sources.join(', ')}]`;
}

export function explainRejection(r: Rejection): string {
  return `order #${r.order + 1} by ${r.actor} rejected (${r.reason}): ${r.message}`;
}

/** What each rejection reason means, in general terms (the message gives the particulars). */
export function explainReason(reason: Rejection['reason']): string {
  switch (reason) {
    case 'malformed':
      return 'the order is not well formed';
    case 'unknownActor':
      return 'no such actor';
    case 'unknownResource':
      return 'no such resource';
    case 'unknownRoute':
      return 'no such route';
    case 'unknownDeal':
      return 'no such deal';
    case 'selfTarget':
      return 'an actor cannot trade with itself';
    case 'routeRequired':
      return 'goods need a route';
    case 'routeNotApplicable':
      return 'currency takes no route';
    case 'routeClosed':
      return 'the route is closed';
    case 'routeDoesNotJoin':
      return 'the route does not join these two actors';
    case 'goodNotCarried':
      return 'the route does not carry this good';
    case 'overCapacity':
      return "the route's capacity for this turn is used up";
    case 'insufficientStock':
      return 'not enough in stock';
    case 'notAParty':
      return 'only the parties to a deal can cancel it';
    case 'notProposedToYou':
      return 'only the partner can accept a deal';
    case 'dealNotPending':
      return 'the deal is not awaiting an answer';
    case 'duplicateOrder':
      return 'only one such order a turn';
    case 'gameOver':
      return 'the game is over';
    case 'notYourOrder':
      return 'this actor cannot give this kind of order';
    case 'unknownDraft':
      return 'no such draft is before the council this turn';
    case 'tooManyDrafts':
      return 'the council takes only so many drafts a turn';
    case 'badMeasureValue':
      return "the draft's value is out of range for its measure";
    case 'panelInactive':
      return 'the Panel of Experts has no mandate';
    case 'tooManyRoutes':
      return 'the Panel cannot monitor that many routes';
    case 'alreadyInForce':
      return 'the draft would change nothing: the same measure, or a stronger one, is already in force';
    case 'recentlyVetoed':
      return 'a draft of this measure was vetoed lately; the council does not take it up again so soon';
    case 'notYourMeasure':
      return 'this actor cannot table this kind of draft';
    case 'unknownSeat':
      return 'no such seat on the council';
    case 'notElectedSeat':
      return 'only elected members can be courted';
    case 'tooManyLaunches':
      return 'more missiles than one launch order may fire';
    case 'nothingToHold':
      return 'no fuel is due to North Korea under a Chinese deal this turn';
    case 'notYourRoute':
      return "the route does not cross this actor's border";
    default:
      return assertNever(reason);
  }
}
