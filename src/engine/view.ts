/**
 * What a viewer may see: the one place that decides it (DESIGN.md, "Views"). The panels, the
 * map, the bots, shared saves and the class server all read a state and a report through
 * `viewFor`; nothing else filters secrets.
 *
 * A viewer is one actor (a player or its bot), the public (a spectator, a hand-off screen), or
 * the instructor (everything). What each sees:
 * - everyone: the turn, the scenario's rules except other actors' objectives, indicators, routes,
 *   the sanctions regime, the council (drafts, decisions, evidence), declared deals, events,
 *   council votes, and every report entry marked visible to all (declared shipments, detected
 *   covert ones, public notes);
 * - an actor, besides: its own stocks, priorities, relations, score and objectives, deals and
 *   covert shipments it is a party to, changes to its own stocks and relations, and its own
 *   rejected orders;
 * - the instructor: everything, including the trade ledger, the hidden truths (true sanctions
 *   integrity) and every true score.
 * Other actors' stocks are never shown to an actor, not even as a before → after of a public
 * shipment: a stock line would reveal the whole stockpile, covert cargo included.
 */
import type { ActorId, PairKey } from './ids.ts';
import { ACTORS, PAIRS } from './ids.ts';
import type { Change, TurnReport, Visibility } from './report.ts';
import type { ActorState, Deal, GameState, Rules } from './state.ts';
import type { Objective } from './scenarioRules.ts';
import { scores } from './score.ts';

/** Who is looking. */
export type Viewer = ActorId | 'public' | 'instructor';

/** May `viewer` see an entry with this visibility? */
export function sees(v: Visibility, viewer: Viewer): boolean {
  if (viewer === 'instructor' || v === 'all') return true;
  if (viewer === 'public') return false;
  return v.includes(viewer);
}

/** The scenario's rules as a viewer sees them: only its own objectives (all for the instructor). */
export type RulesView = Omit<Rules, 'objectives'> & { objectives: Partial<Record<ActorId, Objective[]>> };

export interface StateView {
  viewer: Viewer;
  /** The next turn to resolve (the game is over when it exceeds rules.turns). */
  turn: number;
  rules: RulesView;
  indicators: GameState['indicators'];
  /** Stocks and priorities: the viewer's own (every actor's for the instructor). */
  actors: Partial<Record<ActorId, ActorState>>;
  /** Relations the viewer is a party to (all for the instructor). */
  relations: Partial<Record<PairKey, number>>;
  routes: GameState['routes'];
  regime: GameState['regime'];
  council: GameState['council'];
  /** Declared deals and the deals the viewer is a party to. */
  deals: readonly Deal[];
  fired: readonly string[];
  /** Scores the viewer may see: its own from the world's figures (every true score for the
   * instructor, none for the public). */
  scores: Partial<Record<ActorId, number>>;
  /** The trade ledger (covert deliveries included): the instructor's only. */
  trade: GameState['trade'] | null;
  /** The customs record (declared goods): public. */
  recorded: GameState['recorded'];
  /** The truths the debrief reveals (true sanctions integrity): the instructor's only. */
  hidden: GameState['hidden'] | null;
}

/**
 * A report as a viewer sees it. Order indices (`order` of rejections, shipments and causes)
 * count the viewer's own orders from 0 in the order it gave them, and are left out of entries
 * caused by another actor's order: an index into the whole turn's list would tell how many
 * orders others gave (covert ones included). The instructor's view keeps the whole list's
 * indices.
 */
export interface ReportView extends Omit<TurnReport, 'scores' | 'trueScores' | 'orderActors'> {
  viewer: Viewer;
  /** Scores the viewer may see: its own as the world's figures make it (see score.ts); for the
   * instructor every actor's true score, hidden truths included. */
  scores: Partial<Record<ActorId, number>>;
}

export function dealSeen(d: Deal, viewer: Viewer): boolean {
  if (viewer === 'instructor' || d.mode === 'declared') return true;
  return viewer !== 'public' && (d.proposer === viewer || d.partner === viewer);
}

function pairHas(pair: PairKey, actor: ActorId): boolean {
  return pair.startsWith(`${actor}-`) || pair.endsWith(`-${actor}`);
}

/** Only the viewer's own entry of a per-actor record (all of it for the instructor). */
function ownOnly<T>(all: Readonly<Record<ActorId, T>>, viewer: Viewer): Partial<Record<ActorId, T>> {
  if (viewer === 'instructor') return { ...all };
  if (viewer === 'public') return {};
  return { [viewer]: all[viewer] };
}

export function viewState(s: GameState, viewer: Viewer): StateView {
  const relations: Partial<Record<PairKey, number>> = {};
  for (const p of PAIRS) {
    if (viewer === 'instructor' || (viewer !== 'public' && pairHas(p, viewer))) relations[p] = s.relations[p];
  }
  return {
    viewer,
    turn: s.turn,
    rules: { ...s.rules, objectives: ownOnly(s.rules.objectives, viewer) },
    indicators: s.indicators,
    actors: ownOnly(s.actors, viewer),
    relations,
    routes: s.routes,
    regime: s.regime,
    council: s.council,
    deals: viewer === 'instructor' ? s.deals : s.deals.filter((d) => dealSeen(d, viewer)),
    fired: s.fired,
    scores: viewer === 'instructor' ? scores(s, true) : ownOnly(scores(s, false), viewer),
    trade: viewer === 'instructor' ? s.trade : null,
    recorded: s.recorded,
    hidden: viewer === 'instructor' ? s.hidden : null,
  };
}

/** A change the viewer may see: its visibility allows it, and it is not another actor's stock
 * or a relation between others. */
export function changeSeen(c: Change, viewer: Viewer): boolean {
  if (viewer === 'instructor') return true;
  if (!sees(c.visibleTo, viewer)) return false;
  switch (c.target.kind) {
    case 'stock':
      return c.target.actor === viewer;
    case 'relation':
      return viewer !== 'public' && pairHas(c.target.pair, viewer);
    case 'indicator':
      return true;
  }
}

/** Global order index → the viewer's own index (undefined: another actor's order). */
function ownIndices(r: TurnReport, viewer: Viewer): (i: number) => number | undefined {
  const local: (number | undefined)[] = [];
  let n = 0;
  for (const a of r.orderActors) local.push(a === viewer ? n++ : undefined);
  return (i) => local[i];
}

/** `x` with its `order` field renumbered for the viewer, or left out. */
function renumber<T extends { order?: number }>(x: T, own: (i: number) => number | undefined): T {
  if (x.order === undefined) return x;
  const { order, ...rest } = x;
  const mine = own(order);
  return (mine === undefined ? rest : { ...rest, order: mine }) as T;
}

function renumberChange(c: Change, own: (i: number) => number | undefined): Change {
  return c.cause.order === undefined ? c : { ...c, cause: renumber(c.cause, own) };
}

export function viewReport(r: TurnReport, viewer: Viewer): ReportView {
  const { orderActors: _, scores: _s, trueScores: _t, ...whole } = r;
  if (viewer === 'instructor') return { ...whole, viewer, scores: { ...r.trueScores } };
  const own = ownIndices(r, viewer);
  return {
    viewer,
    turn: r.turn,
    date: r.date,
    changes: r.changes.filter((c) => changeSeen(c, viewer)).map((c) => renumberChange(c, own)),
    rejections: r.rejections.filter((x) => x.actor === viewer).map((x) => ({ ...x, order: own(x.order) ?? 0 })),
    shipments: r.shipments.filter((x) => sees(x.visibleTo, viewer)).map((x) => renumber(x, own)),
    deals: r.deals.filter((x) => sees(x.visibleTo, viewer)),
    council: r.council,
    notes: r.notes.filter((x) => sees(x.visibleTo, viewer)),
    events: r.events,
    scores: ownOnly(r.scores, viewer),
  };
}

/** A state and (when there is one) the report of the turn that led to it, as `viewer` sees them. */
export function viewFor(
  s: GameState,
  r: TurnReport | null,
  viewer: Viewer,
): { state: StateView; report: ReportView | null } {
  return { state: viewState(s, viewer), report: r === null ? null : viewReport(r, viewer) };
}

/** Every viewer, for tests and tools that check each one. */
export const VIEWERS: readonly Viewer[] = [...ACTORS, 'public', 'instructor'];
