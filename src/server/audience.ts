/**
 * Who in the room may see what: a connection's seat, the viewer it is in each world (an actor,
 * the instructor for the world they watch, or nobody), and which chat messages and news items
 * it may read. Pure functions of the session and the connection, so the rules are in one place
 * and the room only routes.
 */
import type { Client } from '@colyseus/core';
import type { ActorId, Viewer } from '../engine/index.ts';
import type { ChatMessage, Seat } from '../classroom/index.ts';
import type { ChatRecord, Session } from './session.ts';

/** One open connection: its role, the student it belongs to (by token), and whether it has
 * asked for its first snapshot yet (`ready`). */
export interface Conn {
  client: Client;
  role: 'student' | 'instructor';
  participant: string | null;
  token: string | null;
  ready: boolean;
  /** The world an instructor watches. */
  watch: number;
}

export function seatOf(s: Session, c: Conn): Seat | null {
  if (c.participant === null) return null;
  return s.participants.get(c.participant)?.seat ?? null;
}

/** The viewer a connection's views are made for, in world `w` (null: it sees nothing of w). */
export function viewerIn(s: Session, c: Conn, w: number): Viewer | null {
  if (c.role === 'instructor') return c.watch === w ? 'instructor' : null;
  const seat = seatOf(s, c);
  return seat !== null && seat.world === w ? seat.actor : null;
}

/** A message is read by its world's sender and addressee (everyone there for `all`) and by the
 * instructor. */
export function mayRead(
  s: Session,
  c: Conn,
  m: { world: number; from: ActorId | 'instructor'; to: ActorId | 'all' },
): boolean {
  if (c.role === 'instructor') return true;
  const seat = seatOf(s, c);
  return seat !== null && seat.world === m.world && (m.to === 'all' || m.to === seat.actor || m.from === seat.actor);
}

/** A news item goes to its world (every world for null) and to the instructor. */
export function mayReadInject(s: Session, c: Conn, world: number | null): boolean {
  if (c.role === 'instructor') return true;
  const seat = seatOf(s, c);
  return seat !== null && (world === null || world === seat.world);
}

/** A chat record as clients get it (without the sender's participant id). */
export function chatOut(m: ChatRecord): ChatMessage {
  const { by: _by, ...out } = m;
  return out;
}
