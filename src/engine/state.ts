/**
 * The game state: plain, serialisable data (integers, strings, booleans, arrays, plain
 * objects). `rules` is static for a whole game and shared by reference between successive
 * states; everything else is copied by `cloneState` before a turn mutates it, so a state that
 * has been returned to a caller is never changed again.
 */
import type {
  ActorId,
  DirectedPair,
  Good,
  IndicatorId,
  PairKey,
  Resource,
  RouteKind,
  ShipmentMode,
  TurnLength,
} from './ids.ts';
import type { RngState, StreamKey } from './rng.ts';
import type { CouncilState, Regime } from './regimeState.ts';
import { cloneCouncil, cloneRegime } from './regimeState.ts';
import type { Design } from './params.ts';
import type { CouncilRules, Deck, Objective, ScriptedEvent } from './scenarioRules.ts';

export type Stocks = Record<Resource, number>;

/** Domestic priorities, in whole percent (0–100). */
export interface Priorities {
  /** Share of industry making munitions; the rest grows food. */
  munitions: number;
  /** Share of the spare workforce sent abroad; the rest works the fields at home. */
  labourAbroad: number;
}

export interface ActorState {
  stocks: Stocks;
  priorities: Priorities;
}

export interface Route {
  id: string;
  name: string;
  kind: RouteKind;
  /** Place ids (the map draws them); `ends` says whose territory each end is on. */
  from: string;
  to: string;
  ends: [ActorId, ActorId];
  /** Units of each good the route carries per turn, both directions together; a good that is
   * absent cannot travel this way. */
  capacity: Partial<Record<Good, number>>;
  open: boolean;
  /** Odds, in basis points, that a covert shipment on this route is seen. */
  detectionBp: number;
  /** Odds added this turn only (China tightening customs on its side of the route); reset to 0
   * at the start of every turn. */
  extraBp: number;
}

export interface DealLeg {
  resource: Resource;
  amount: number;
}

export const DEAL_STATUSES = ['proposed', 'active'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/**
 * A standing deal: every turn while active, `give` moves from proposer to partner and `get`
 * from partner to proposer. Either leg may be zero (aid). Physical goods use `route`.
 */
export interface Deal {
  id: string;
  proposer: ActorId;
  partner: ActorId;
  give: DealLeg;
  get: DealLeg;
  route: string | null;
  mode: ShipmentMode;
  /** Turns of delivery in all; `remaining` counts down once active. */
  turns: number;
  remaining: number;
  status: DealStatus;
  proposedTurn: number;
}

/** Production and consumption rules for one actor (static). */
export interface Economy {
  /** Produced every turn whatever the priorities. */
  base: Stocks;
  /** Extra output at 100% of a priority: munitions and labour scale with their share,
   * food with the rest of the munitions share, homeFood with the rest of the labour share. */
  flex: { munitions: number; food: number; labour: number; homeFood: number };
}

/** What an actor consumes each turn (or, when `consumed` is false, must hold: workers present
 * abroad are a stock of people, not a ration) and how meeting or missing it moves an indicator. */
export interface Need {
  actor: ActorId;
  resource: Resource;
  amount: number;
  consumed: boolean;
  indicator: IndicatorId;
  /** Points lost at a total shortfall; a partial one loses its share, rounded up. */
  shortfallPoints: number;
  /** Points gained when the need is met in full. */
  metPoints: number;
}

/** Production of `resource` by `actor` varies by up to ±bp/10,000 each turn (harvests). */
export interface Variance {
  actor: ActorId;
  resource: Resource;
  bp: number;
}

export interface Rules {
  scenarioId: string;
  start: { year: number; month: number };
  turnLength: TurnLength;
  turns: number;
  economy: Record<ActorId, Economy>;
  needs: Need[];
  variance: Variance[];
  /** Value of one unit, in USD thousands, for trade statistics and influence. */
  prices: Record<Resource, number>;
  council: CouncilRules;
  events: ScriptedEvent[];
  deck: Deck;
  objectives: Record<ActorId, Objective[]>;
  /** The scenario's design parameters (params.ts). */
  design: Design;
  /** North Korea's recorded trade with partners outside the game, USD thousands a turn: it
   * counts in China's share of recorded imports. */
  otherTrade: { imports: number; exports: number };
}

/** What the world does not see until the debrief. */
export interface Hidden {
  /** Sanctions integrity counting every breach, seen or not (the public indicator counts only
   * what was declared or detected). */
  integrity: number;
}

/** Scores over the path of the game: each turn adds every actor's score after it, times the
 * turn's weight (score.ts). */
export interface Tally {
  turns: number;
  /** The sum of the turns' weights. */
  weight: number;
  /** From the indicators as the world sees them (what each actor is shown of its own score). */
  seen: Record<ActorId, number>;
  /** With the hidden truths (the debrief's). */
  true: Record<ActorId, number>;
}

export interface GameState {
  /** The next turn to resolve, from 1; the game is over when it exceeds rules.turns. */
  turn: number;
  /** The public random stream: harvests and the event deck. Covert orders never draw from it. */
  rng: RngState;
  /** The secret key of the covert stream (detection and seizure rolls, rng.ts); never changes. */
  covertKey: StreamKey;
  actors: Record<ActorId, ActorState>;
  indicators: Record<IndicatorId, number>;
  relations: Record<PairKey, number>;
  routes: Route[];
  deals: Deal[];
  /** Value of everything delivered since the start, covert included, USD thousands, by
   * sender>receiver: the true ledger, the instructor's and the debrief's. */
  trade: Partial<Record<DirectedPair, number>>;
  /** Value of declared goods delivered since the start (the customs record everyone sees). */
  recorded: Partial<Record<DirectedPair, number>>;
  /** Caps, bans and the Panel of Experts in force. */
  regime: Regime;
  /** Drafts awaiting a vote, decisions taken, evidence gathered. */
  council: CouncilState;
  /** Ids of scripted events that have fired (each fires at most once), in firing order. */
  fired: string[];
  hidden: Hidden;
  tally: Tally;
  rules: Rules;
}

function cloneStocks(s: Stocks): Stocks {
  return {
    oil: s.oil,
    food: s.food,
    munitions: s.munitions,
    labour: s.labour,
    currency: s.currency,
    knowhow: s.knowhow,
  };
}

// Explicit field lists: object spread followed by more properties is a slow path in V8, and
// this runs for every route and deal on every turn.
function cloneRoute(r: Route): Route {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    from: r.from,
    to: r.to,
    ends: [r.ends[0], r.ends[1]],
    capacity: { ...r.capacity },
    open: r.open,
    detectionBp: r.detectionBp,
    extraBp: r.extraBp,
  };
}

function cloneDeal(d: Deal): Deal {
  return {
    id: d.id,
    proposer: d.proposer,
    partner: d.partner,
    give: { resource: d.give.resource, amount: d.give.amount },
    get: { resource: d.get.resource, amount: d.get.amount },
    route: d.route,
    mode: d.mode,
    turns: d.turns,
    remaining: d.remaining,
    status: d.status,
    proposedTurn: d.proposedTurn,
  };
}

/** Copy every mutable part; `rules` is shared. Hand-written for speed (resolveTurn's budget
 * is a few microseconds). */
export function cloneState(s: GameState): GameState {
  return copyState(s, false);
}

/**
 * A private copy for a rollout (`advanceRollout`, which never writes the tally or the trade
 * ledgers): those three parts are shared with `s`, everything else is copied as `cloneState`
 * copies it. Advance it with `advanceRollout` only, and never save or hash it.
 */
export function rolloutCopy(s: GameState): GameState {
  return copyState(s, true);
}

/** The copy of `cloneState`; `shareLedgers`: share the tally and the trade ledgers. */
function copyState(s: GameState, shareLedgers: boolean): GameState {
  // One literal, keys in ACTORS order (what a loop over ACTORS built, store by store: a store
  // under a variable name was a slow runtime call).
  const actors: Record<ActorId, ActorState> = {
    RUS: copyActor(s.actors.RUS),
    PRK: copyActor(s.actors.PRK),
    CHN: copyActor(s.actors.CHN),
    UNSC: copyActor(s.actors.UNSC),
  };
  return {
    turn: s.turn,
    rng: [s.rng[0], s.rng[1], s.rng[2], s.rng[3]],
    covertKey: s.covertKey,
    actors,
    indicators: { ...s.indicators },
    relations: { ...s.relations },
    routes: s.routes.map(cloneRoute),
    deals: s.deals.map(cloneDeal),
    trade: shareLedgers ? s.trade : { ...s.trade },
    recorded: shareLedgers ? s.recorded : { ...s.recorded },
    regime: cloneRegime(s.regime),
    council: cloneCouncil(s.council),
    // Shared with the previous state; events.ts replaces it when an event fires.
    fired: s.fired,
    hidden: { integrity: s.hidden.integrity },
    tally: shareLedgers ? s.tally : copyTally(s.tally),
    rules: s.rules,
  };
}

function copyActor(x: ActorState): ActorState {
  return {
    stocks: cloneStocks(x.stocks),
    priorities: { munitions: x.priorities.munitions, labourAbroad: x.priorities.labourAbroad },
  };
}

function copyTally(t: Tally): Tally {
  return {
    turns: t.turns,
    weight: t.weight,
    seen: { RUS: t.seen.RUS, PRK: t.seen.PRK, CHN: t.seen.CHN, UNSC: t.seen.UNSC },
    true: { RUS: t.true.RUS, PRK: t.true.PRK, CHN: t.true.CHN, UNSC: t.true.UNSC },
  };
}

export function isOver(s: GameState): boolean {
  return s.turn > s.rules.turns;
}
