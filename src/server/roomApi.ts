/**
 * What the commands (instructorCommands.ts, studentCommands.ts) may use of the room: the
 * session, the clock, the log (`commit`: written first, then applied) and the ways to reach
 * the clients. The room (classRoom.ts) builds it; the commands never see Colyseus.
 */
import type { ServerMessageType, ServerMessages } from '../classroom/index.ts';
import type { Conn } from './audience.ts';
import type { LogEvent } from './log.ts';
import type { RateLimiter } from './rateLimit.ts';
import type { Session } from './session.ts';
import type { Resolving } from './views.ts';

export interface RoomApi {
  session: Session;
  now(): number;
  /** Worlds whose turn is resolving while hard bots think. */
  resolving: ReadonlyMap<number, Resolving>;
  commit(events: readonly LogEvent[]): Promise<void>;
  /** The connections that have asked for their snapshot. */
  ready(): Conn[];
  tell<K extends ServerMessageType>(c: Conn, type: K, body: ServerMessages[K]): void;
  /** Everything a connection may see now, sent again. */
  snapshot(c: Conn): void;
  sendRoster(): void;
  sendStatus(): void;
  resolveWorld(w: number, turn: number): Promise<void>;
  /** Chat messages a participant may send in a burst. */
  chatLimit: RateLimiter;
}
