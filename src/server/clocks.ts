/**
 * Each world's turn clock: when its deadline falls (`deadlineAt`, epoch ms) while the class
 * plays, and the time left while it is paused (`pausedLeft`). Runtime only, never in the log: a
 * rebuilt room starts the current turn's deadline afresh. The room calls these with its clock's
 * `now`; they change only the two fields of `WorldRun`.
 */
import { isOver } from '../engine/index.ts';
import type { Session } from './session.ts';

/** A new turn's full deadline for world `w` (none once its game is over, the class is not
 * playing, or the instructor has set no deadline). */
export function restartDeadline(s: Session, w: number, now: number): void {
  const world = s.world(w);
  if (world === undefined) return;
  const secs = s.settings.deadlineSeconds;
  const running = s.phase === 'playing' && !isOver(world.state) && secs !== null;
  world.deadlineAt = running && !s.paused ? now + secs * 1000 : null;
  world.pausedLeft = running && s.paused ? secs * 1000 : null;
}

/** The class pauses: each running clock keeps the time it had left. */
export function pauseClocks(s: Session, now: number): void {
  for (const w of s.worlds) {
    w.pausedLeft = w.deadlineAt === null ? null : Math.max(0, w.deadlineAt - now);
    w.deadlineAt = null;
  }
}

/** The class resumes: each clock runs again with the time it had left. */
export function resumeClocks(s: Session, now: number): void {
  for (const w of s.worlds) {
    w.deadlineAt = w.pausedLeft === null ? null : now + w.pausedLeft;
    w.pausedLeft = null;
  }
}

/** No clock runs (the class ended, or a world's turn waits for its hard bots). */
export function stopClock(s: Session, w: number): void {
  const world = s.world(w);
  if (world === undefined) return;
  world.deadlineAt = null;
  world.pausedLeft = null;
}

/** `seconds` more for each of `worlds` whose game goes on and whose turn is not resolving. */
export function extendClocks(
  s: Session,
  worlds: readonly number[],
  seconds: number,
  now: number,
  resolving: ReadonlyMap<number, unknown>,
): void {
  for (const i of worlds) {
    const w = s.world(i);
    if (w === undefined || isOver(w.state) || resolving.has(i)) continue;
    if (s.paused) w.pausedLeft = (w.pausedLeft ?? 0) + seconds * 1000;
    else w.deadlineAt = Math.max(w.deadlineAt ?? now, now) + seconds * 1000;
  }
}

/** The worlds whose deadline has passed, with the turn it was for; their clocks stop (the room
 * resolves those turns, which restarts them). */
export function dueTurns(s: Session, now: number): { world: number; turn: number }[] {
  if (s.phase !== 'playing' || s.paused) return [];
  const out: { world: number; turn: number }[] = [];
  for (const w of s.worlds)
    if (w.deadlineAt !== null && now >= w.deadlineAt) {
      w.deadlineAt = null;
      out.push({ world: w.index, turn: w.state.turn });
    }
  return out;
}
