/**
 * The seam between a game and the screens that show it. The play screen, the replay viewer and
 * the map render from a `GameView` alone: the states and reports of the game as one viewer may
 * see them (the engine's `viewFor`), the scenario's public parts, the viewer's own briefing and
 * its pending orders. Nothing on those screens reads a full `GameState`.
 *
 * Local play builds a GameView from the full game in the store (`localGameView`, through the
 * `selectGameView` selector). A class client (the class server sends each seat the engine's view
 * for that seat) builds the same object from what the server sends: the `SeenTurn`s it
 * receives, the scenario's public parts, the seat's briefing and its pending orders, and mounts
 * the same screen (src/ui/playScreen.ts, `PlayHost`) with its own actions. Verdicts on pending
 * orders come from the view too (preview.ts), so that screen needs no extra data.
 */
import type { ActorId, Order, ReportView, StateView, Viewer } from '../engine/index.ts';
import { viewFor } from '../engine/index.ts';
import type { PublicScenario } from '../scenario/index.ts';
import { publicScenario } from '../scenario/index.ts';
import { gameAt } from './saves.ts';
import { humans } from './turn.ts';
import type { Game, GameData, TurnRecord } from './types.ts';

/** One point of the game as the viewer sees it. */
export interface SeenTurn {
  /** The state after this turn; index 0 of `GameView.turns` is the opening state. */
  state: StateView;
  /** The report of the turn that led here (null for the opening state). */
  report: ReportView | null;
  /** The canonical hash of the whole state: public, it reveals nothing but identity. */
  hash: string;
  /** The orders of the turn the viewer may see (its own; all for the instructor), each with its
   * position in the turn's order list, which the report's rejections refer to. */
  orders: readonly { index: number; order: Order }[];
}

export interface GameView {
  viewer: Viewer;
  scenario: PublicScenario;
  /** turns[0] is the opening state; turns[k] the state after turn k with its report. */
  turns: readonly SeenTurn[];
  /** The viewer's private briefing when the viewer is an actor, else null. */
  briefing: string | null;
  /** The actors played by people (hot-seat order); bots play the others. */
  humans: readonly ActorId[];
  /** The viewer's orders for the coming turn (empty outside play). */
  pending: readonly Order[];
}

export function lastTurn(v: GameView): SeenTurn {
  const t = v.turns.at(-1);
  if (t === undefined) throw new Error('a GameView always holds its opening state');
  return t;
}

// Each state and report is viewed once per viewer: the records of a game never change.
const seenCache = new WeakMap<object, Map<Viewer, SeenTurn>>();

function seen(key: object, make: (v: Viewer) => SeenTurn, viewer: Viewer): SeenTurn {
  let m = seenCache.get(key);
  if (m === undefined) {
    m = new Map();
    seenCache.set(key, m);
  }
  let s = m.get(viewer);
  if (s === undefined) {
    s = make(viewer);
    m.set(viewer, s);
  }
  return s;
}

/** The orders of a turn `viewer` may see, with their positions in the turn's list. */
export function ordersSeen(orders: readonly Order[], viewer: Viewer): { index: number; order: Order }[] {
  if (viewer === 'public') return [];
  return orders.flatMap((order, index) =>
    viewer === 'instructor' || order.actor === viewer ? [{ index, order }] : [],
  );
}

function seenTurns(g: Game, viewer: Viewer): SeenTurn[] {
  const first = seen(g.initial, (v) => ({ ...viewFor(g.initial, null, v), hash: g.initialHash, orders: [] }), viewer);
  return [
    first,
    ...g.turns.map((t: TurnRecord) =>
      seen(t, (v) => ({ ...viewFor(t.state, t.report, v), hash: t.hash, orders: ordersSeen(t.orders, v) }), viewer),
    ),
  ];
}

/** The GameView of a full game for `viewer` (local play, the replay viewer, the debrief). */
export function localGameView(g: Game, viewer: Viewer, pending: readonly Order[] = []): GameView {
  const s = g.scenario;
  return {
    viewer,
    scenario: publicScenario(s),
    turns: seenTurns(g, viewer),
    briefing: viewer === 'public' || viewer === 'instructor' ? null : s.briefing[viewer],
    humans: humans(g.controllers),
    pending,
  };
}

/** Whose eyes the screen shows the game with: the player at the device while they play, the
 * chosen viewer in the replay viewer, the instructor at the debrief (the game is over), and
 * the public on the hand-off screen (nobody is looking). */
export function viewerOf(d: Pick<GameData, 'mode' | 'replay' | 'viewer'>): Viewer {
  switch (d.mode) {
    case 'debrief':
      return 'instructor';
    case 'replay':
      return d.replay?.seenAs ?? 'public';
    case 'play':
      return d.viewer ?? 'public';
    case 'start':
    case 'briefing':
    case 'setup':
    case 'handoff':
      return 'public';
  }
}

let memo: { key: readonly unknown[]; view: GameView | null } = { key: [], view: null };

/**
 * The selector the screens use: the GameView of the game on screen, or null when there is
 * none (start, briefing, setup) or nobody may look (the hand-off screen). The same object is
 * returned while its inputs are unchanged, so a subscriber can compare by identity.
 */
export function selectGameView(d: GameData): GameView | null {
  if (d.game === null || d.mode === 'handoff' || d.mode === 'start' || d.mode === 'briefing' || d.mode === 'setup')
    return null;
  const viewer = viewerOf(d);
  const at = d.mode === 'replay' && d.replay !== null ? d.replay.at : d.game.turns.length;
  const pending = d.mode === 'play' && d.viewer !== null ? d.pending[d.viewer] : EMPTY;
  const key = [d.game, viewer, at, pending, d.mode];
  if (key.length === memo.key.length && key.every((k, i) => k === memo.key[i])) return memo.view;
  const view = localGameView(gameAt(d.game, at), viewer, pending);
  memo = { key, view };
  return view;
}

const EMPTY: readonly Order[] = [];
