/**
 * What each client is sent, built from the session. Every state and report goes through the
 * engine's `viewFor` for the client's seat (the instructor's view for the instructor): nothing
 * here filters a secret itself, it only picks the viewer.
 */
import type { ActorId, Order, Viewer } from '../engine/index.ts';
import { hashState, isOver, resolveTurn, viewFor, viewReport } from '../engine/index.ts';
import type {
  ClassStatus,
  RosterEntry,
  RulesMessage,
  Seat,
  Verdict,
  ViewMessage,
  WorldStatus,
} from '../classroom/index.ts';
import type { Session, WorldRun } from './session.ts';

const startHashes = new WeakMap<WorldRun, string>();

/** The world after `turns` turns (the latest by default) as `viewer` sees it. */
export function viewOf(world: WorldRun, viewer: Viewer, turns: number = world.turns.length): ViewMessage {
  const rec = turns === 0 ? undefined : world.turns[turns - 1];
  const state = rec?.state ?? world.start;
  let hash = rec?.hash;
  if (hash === undefined) {
    hash = startHashes.get(world) ?? hashState(world.start);
    startHashes.set(world, hash);
  }
  const v = viewFor(state, rec?.report ?? null, viewer);
  const { rules: _rules, ...body } = v.state;
  return { world: world.index, hash, state: body, report: v.report };
}

/** Every turn so far, as `viewer` saw it. */
export function historyOf(world: WorldRun, viewer: Viewer): ViewMessage[] {
  return Array.from({ length: world.turns.length + 1 }, (_, t) => viewOf(world, viewer, t));
}

/** The rules as `viewer` sees them (its own objectives only); they never change in a game. */
export function rulesOf(world: WorldRun, viewer: Viewer): RulesMessage {
  return { world: world.index, rules: viewFor(world.start, null, viewer).state.rules };
}

/** A world's turn resolving while hard bots think (runtime only): the turn and the computer
 * seats it waits for. */
export interface Resolving {
  turn: number;
  bots: readonly ActorId[];
}

function worldStatus(session: Session, world: WorldRun, now: number, thinking: readonly ActorId[]): WorldStatus {
  const deadlineIn =
    session.paused && world.pausedLeft !== null
      ? world.pausedLeft
      : world.deadlineAt === null
        ? null
        : Math.max(0, world.deadlineAt - now);
  return {
    world: world.index,
    turn: world.state.turn,
    turns: world.state.rules.turns,
    over: isOver(world.state),
    humans: session.humans(world.index),
    submitted: [...world.pending.keys()],
    deadlineIn,
    thinking: [...thinking],
  };
}

/** The class's status for a student of `seat` (its world only; none without a seat) or the
 * instructor (every world). */
export function statusFor(
  session: Session,
  who: Seat | null | 'instructor',
  now: number,
  resolving: ReadonlyMap<number, Resolving> = new Map(),
): ClassStatus {
  const worlds =
    who === 'instructor' ? session.worlds : who === null ? [] : session.worlds.filter((w) => w.index === who.world);
  return {
    phase: session.phase,
    paused: session.paused,
    botLevel: session.settings.botLevel,
    deadlineSeconds: session.settings.deadlineSeconds,
    autoAdvance: session.settings.autoAdvance,
    worlds: worlds.map((w) => worldStatus(session, w, now, resolving.get(w.index)?.bots ?? [])),
  };
}

export function rosterOf(session: Session, online: ReadonlySet<string>): RosterEntry[] {
  return [...session.participants.values()].map((p) => ({
    id: p.id,
    name: p.name,
    seat: p.seat,
    online: online.has(p.id),
  }));
}

/** The engine's verdict on a seat's orders if the turn resolved now with everyone else
 * holding: the same rejections (with their reasons) the seat would read in its report. */
export function verdictsOf(world: WorldRun, actor: ActorId, orders: readonly Order[]): Verdict[] {
  if (orders.length === 0) return [];
  const { report } = resolveTurn(world.state, orders);
  return viewReport(report, actor).rejections.map((r) => ({ order: r.order, reason: r.reason, message: r.message }));
}
