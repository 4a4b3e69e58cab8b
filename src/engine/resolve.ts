/**
 * resolveTurn: the one entry point that advances a game. Pure: the input state is never
 * changed; the same state and orders give the same result on every JavaScript engine.
 *
 * Phases, in this fixed order (GAME.md):
 *   1. priorities   domestic settings for this turn's production
 *   2. levers       China holds back fuel or tightens customs (levers.ts)
 *   3. deals        cancel, accept, deliver active deals, record new proposals, expire old ones
 *   4. council      Panel lapse and ban deadlines reported; lobbying; votes on drafts tabled the
 *                   turn before; this turn's drafts tabled; Panel monitoring; launches and tests
 *   5. shipments    one-off transfers, their markup, detection and seizure rolls
 *   6. economy      production (with harvest variance), then consumption and shortages
 *   7. events       scripted events (at a turn or when conditions hold), then the deck
 *   8. indicators   trade ties, China's influence, sanctions integrity, the border; the turn's
 *                   scores join the tally (score.ts); then the turn advances
 *
 * Never throws for any order list that passes OrderListSchema; an order it cannot carry out is
 * listed in `report.rejections` with a typed reason and changes nothing.
 */
import { currentDate } from './calendar.ts';
import type { TurnContext } from './context.ts';
import { turnContext } from './context.ts';
import { resolveDeals } from './deals.ts';
import { applyPriorities, consume, produce } from './economy.ts';
import type { ActorId } from './ids.ts';
import { assertNever } from './ids.ts';
import { settleIndicators } from './indicators.ts';
import type {
  AcceptDealOrder,
  CancelDealOrder,
  CustomsOrder,
  DraftOrder,
  HoldFuelOrder,
  LaunchOrder,
  LobbyOrder,
  Indexed,
  MonitorOrder,
  NuclearTestOrder,
  Order,
  ProposeDealOrder,
  SetPrioritiesOrder,
  ShipOrder,
  VoteOrder,
} from './orders.ts';
import { voteOnDrafts } from './council.ts';
import { tableDrafts } from './tabling.ts';
import { resolveEvents } from './events.ts';
import { applyLaunches, applyNuclearTests } from './launch.ts';
import { applyLevers } from './levers.ts';
import { applyLobbying } from './lobby.ts';
import { applyMonitoring, noteLapse } from './panel.ts';
import { checkDeadlines } from './sanctions.ts';
import { scores, tallyTurn } from './score.ts';
import type { TurnReport } from './report.ts';
import { resolveShipments } from './shipments.ts';
import type { GameState } from './state.ts';
import { cloneState, isOver } from './state.ts';
import { reject } from './validate.ts';

const NO_SCORES: Readonly<Record<ActorId, number>> = Object.freeze({ RUS: 0, PRK: 0, CHN: 0, UNSC: 0 });

export interface TurnResult {
  state: GameState;
  report: TurnReport;
}

interface Sorted {
  priorities: Indexed<SetPrioritiesOrder>[];
  cancels: Indexed<CancelDealOrder>[];
  accepts: Indexed<AcceptDealOrder>[];
  proposals: Indexed<ProposeDealOrder>[];
  ships: Indexed<ShipOrder>[];
  drafts: Indexed<DraftOrder>[];
  votes: Indexed<VoteOrder>[];
  monitors: Indexed<MonitorOrder>[];
  launches: Indexed<LaunchOrder>[];
  tests: Indexed<NuclearTestOrder>[];
  lobbies: Indexed<LobbyOrder>[];
  holds: Indexed<HoldFuelOrder>[];
  customs: Indexed<CustomsOrder>[];
}

export function sortOrders(orders: readonly Order[]): Sorted {
  const out: Sorted = {
    priorities: [],
    cancels: [],
    accepts: [],
    proposals: [],
    ships: [],
    drafts: [],
    votes: [],
    monitors: [],
    launches: [],
    tests: [],
    lobbies: [],
    holds: [],
    customs: [],
  };
  for (let index = 0; index < orders.length; index++) {
    const order = orders[index] as Order;
    switch (order.kind) {
      case 'setPriorities':
        out.priorities.push({ order, index });
        break;
      case 'cancelDeal':
        out.cancels.push({ order, index });
        break;
      case 'acceptDeal':
        out.accepts.push({ order, index });
        break;
      case 'proposeDeal':
        out.proposals.push({ order, index });
        break;
      case 'ship':
        out.ships.push({ order, index });
        break;
      case 'draft':
        out.drafts.push({ order, index });
        break;
      case 'vote':
        out.votes.push({ order, index });
        break;
      case 'monitor':
        out.monitors.push({ order, index });
        break;
      case 'launch':
        out.launches.push({ order, index });
        break;
      case 'nuclearTest':
        out.tests.push({ order, index });
        break;
      case 'lobby':
        out.lobbies.push({ order, index });
        break;
      case 'holdFuel':
        out.holds.push({ order, index });
        break;
      case 'customs':
        out.customs.push({ order, index });
        break;
      default:
        assertNever(order);
    }
  }
  return out;
}

/** The council phase (see council.ts for the order of its steps). */
export function resolveCouncil(
  ctx: TurnContext,
  sorted: Pick<Sorted, 'drafts' | 'votes' | 'monitors' | 'launches' | 'tests' | 'lobbies'>,
): void {
  noteLapse(ctx);
  checkDeadlines(ctx);
  applyLobbying(ctx, sorted.lobbies);
  voteOnDrafts(ctx, sorted.votes);
  tableDrafts(ctx, sorted.drafts);
  applyMonitoring(ctx, sorted.monitors);
  applyLaunches(ctx, sorted.launches);
  applyNuclearTests(ctx, sorted.tests);
}

export function resolveTurn(state: GameState, orders: readonly Order[]): TurnResult {
  const s = cloneState(state);
  const report = emptyReport(s, orders);
  const ctx = turnContext(s, report, true);

  if (isOver(s)) {
    for (const [i, o] of orders.entries())
      reject(ctx, i, o.actor, 'gameOver', `the game ended after turn ${s.rules.turns}`);
    report.scores = scores(s, false);
    report.trueScores = scores(s, true);
    return { state, report };
  }

  runPhases(ctx, orders);
  report.scores = scores(s, false);
  report.trueScores = scores(s, true);
  s.turn += 1;
  report.rejections.sort((a, b) => a.order - b.order);
  return { state: s, report };
}

/**
 * One turn resolved in place, writing no report: for bots' rollouts, which play thousands of
 * turns they never show. `s` must be the caller's own copy (`cloneState`), held by no one else;
 * it ends exactly as `resolveTurn(s, orders).state` would (same canonical hash: a property
 * test checks it over random games). A game that is over is left as it is.
 */
export function advanceQuiet(s: GameState, orders: readonly Order[]): void {
  if (isOver(s)) return;
  const ctx = turnContext(s, emptyReport(s, NO_ORDERS), false);
  runPhases(ctx, orders);
  s.turn += 1;
}

/**
 * A rollout's turn: `advanceQuiet` without the score tally and the trade ledgers, which it
 * leaves as they were (`state.tally`, `trade`, `recorded`: nothing in a turn reads them, and a
 * rollout values positions by their indicators). Every other part of `s` ends exactly as
 * `advanceQuiet` leaves it (a test checks it). `s` must be the caller's own copy: `rolloutCopy`
 * (which shares those three parts with the original, never written here) or `cloneState`.
 */
export function advanceRollout(s: GameState, orders: readonly Order[]): void {
  if (isOver(s)) return;
  const ctx = turnContext(s, emptyReport(s, NO_ORDERS), false, false);
  runPhases(ctx, orders);
  s.turn += 1;
}

/** `resolveTurn`'s state without its report (a copy; the input is not changed). */
export function resolveTurnQuiet(state: GameState, orders: readonly Order[]): GameState {
  if (isOver(state)) return state;
  const s = cloneState(state);
  advanceQuiet(s, orders);
  return s;
}

const NO_ORDERS: readonly Order[] = [];

/** A turn's report before its phases write it (its scores are filled at the end). `orders`
 * names who gave orders this turn (a quiet turn, which writes no report, passes none). */
export function emptyReport(s: GameState, orders: readonly Order[]): TurnReport {
  return {
    turn: s.turn,
    date: currentDate(s),
    orderActors: orders.map((o) => o.actor),
    changes: [],
    rejections: [],
    shipments: [],
    deals: [],
    council: [],
    notes: [],
    events: [],
    // Filled at the end of the turn (or below, when the game is over).
    scores: NO_SCORES,
    trueScores: NO_SCORES,
  };
}

/** Phases 1–7 (see the top of this file) on the turn's working copy. */
function runPhases(ctx: TurnContext, orders: readonly Order[]): void {
  const sorted = sortOrders(orders);
  applyPriorities(ctx, sorted.priorities);
  applyLevers(ctx, sorted.holds, sorted.customs);
  resolveDeals(ctx, sorted.cancels, sorted.accepts, sorted.proposals);
  resolveCouncil(ctx, sorted);
  resolveShipments(ctx, sorted.ships);
  produce(ctx);
  consume(ctx);
  resolveEvents(ctx);
  settleIndicators(ctx);
  if (ctx.ledgers) tallyTurn(ctx.s);
}
