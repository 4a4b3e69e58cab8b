/**
 * One Colyseus room per class session (its id is the join code), holding the session's worlds.
 * The room is a thin shell around `Session`: it checks every message with the protocol's zod
 * schemas, turns a valid command into log events, writes them to the database, applies them,
 * and sends each client what its seat may see (views.ts). Commands run one at a time, each
 * finished (written and applied) before the next starts, so an acknowledged order is in the
 * database and the log's order is the order things happened in.
 *
 * Identity is the seat token, not the connection: a student who reloads, loses the network,
 * or comes back after a restart presents the token and gets the same seat.
 *
 * The room routes; the rules live beside it: who sees what (audience.ts), the turn clocks
 * (clocks.ts), the students' and the instructor's commands (studentCommands.ts,
 * instructorCommands.ts, through `RoomApi`), the views (views.ts) and the session (session.ts).
 */
import type { AuthContext, Client } from '@colyseus/core';
import { Protocol, Room, getMessageBytes } from '@colyseus/core';
import type { ActorId, Order, Viewer } from '../engine/index.ts';
import type { ClientMessage, JoinOptions, Seat, ServerMessageType, ServerMessages } from '../classroom/index.ts';
import {
  CLOSE,
  JoinOptionsSchema,
  MAX_STUDENTS,
  STUDENT_MESSAGES,
  classScenario,
  firstIssue,
  isCode,
  parseClientMessage,
} from '../classroom/index.ts';
import type { Conn } from './audience.ts';
import { chatOut, mayRead, mayReadInject, seatOf, viewerIn } from './audience.ts';
import type { BotPool } from './botPool.ts';
import { hardOrders } from './botPool.ts';
import type { Db } from './db.ts';
import type { LogEvent } from './log.ts';
import { ClassLog, LostOwnership, readLog } from './log.ts';
import { dueTurns, restartDeadline, stopClock } from './clocks.ts';
import * as instructor from './instructorCommands.ts';
import type { RoomApi } from './roomApi.ts';
import * as student from './studentCommands.ts';
import { RateLimiter } from './rateLimit.ts';
import { Refusal } from './refusal.ts';
import { hashToken, newSecret, sameSecret } from './secrets.ts';
import type { Session, TurnPlan } from './session.ts';
import { rebuild } from './session.ts';
import type { Resolving } from './views.ts';
import { historyOf, rosterOf, rulesOf, statusFor, viewOf } from './views.ts';

export interface RoomContext {
  db: Db;
  instructorKey: string;
  now(): number;
  /** How long a dropped connection keeps its place (seconds). */
  reconnectSeconds: number;
  /** Where hard bots think (never this thread), and their rollouts a decision. */
  bots: BotPool;
  hardBudget: number;
}

interface AuthData {
  options: JoinOptions;
}

export class ClassRoom extends Room {
  /** Set by the server (server.ts) on the subclass it defines. */
  declare ctx: RoomContext;
  private session!: Session;
  private log!: ClassLog;
  private queue: Promise<void> = Promise.resolve();
  private readonly conns = new Map<string, Conn>();
  private readonly chatLimit = new RateLimiter(5, 10_000);
  /** Worlds whose turn is resolving while hard bots think, with the seats they decide (the
   * status tells the world's students); runtime only. */
  private readonly resolving = new Map<number, Resolving>();
  private disposed = false;

  override async onCreate(options: { code?: unknown }): Promise<void> {
    const code = typeof options.code === 'string' && isCode(options.code) ? options.code : null;
    if (code === null) throw new Error('not a class code');
    this.roomId = code;
    this.maxClients = MAX_STUDENTS + 20;
    this.maxMessagesPerSecond = 40;
    const rows = await readLog(this.ctx.db, code);
    this.session = rebuild(code, rows);
    this.log = new ClassLog(this.ctx.db, code, rows.length);
    if (this.session.phase === 'playing') for (const w of this.session.worlds) this.restartClock(w.index);
    this.clock.setInterval(() => this.tick(), 1000);
    this.onMessage('*', (client: Client, type: string | number, body: unknown) => {
      void this.serial(() => this.handle(client, type, body)).catch((e: unknown) =>
        this.failed(client, String(type), e),
      );
    });
  }

  /** Run `fn` after every command before it has finished (written and applied). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  override onAuth(_client: Client, options: unknown, _context: AuthContext): AuthData {
    const r = JoinOptionsSchema.safeParse(options);
    if (!r.success) throw new Error(`Cannot join: ${firstIssue(r.error)}`);
    if (r.data.role === 'instructor' && !sameSecret(r.data.key, this.ctx.instructorKey))
      throw new Error('Cannot join: the instructor key is wrong');
    return { options: r.data };
  }

  override async onJoin(client: Client, _options: unknown, auth: AuthData): Promise<void> {
    await this.serial(async () => {
      const o = auth.options;
      if (o.role === 'instructor') {
        this.conns.set(client.sessionId, {
          client,
          role: 'instructor',
          participant: null,
          token: null,
          ready: false,
          watch: 0,
        });
        return;
      }
      let token = o.token ?? null;
      let id = token === null ? undefined : this.session.byToken.get(hashToken(token));
      if (id === undefined) {
        if (this.session.participants.size >= MAX_STUDENTS)
          throw new Error(`This class is full (${MAX_STUDENTS} students).`);
        token = newSecret();
        id = `p${this.session.participants.size + 1}`;
        await this.commit([{ kind: 'joined', participant: id, name: o.name, tokenHash: hashToken(token) }]);
      }
      this.conns.set(client.sessionId, { client, role: 'student', participant: id, token, ready: false, watch: 0 });
      this.sendRoster();
    });
  }

  override onDispose(): void {
    // A decision still in a worker is dropped when it arrives (finishHard); a rebuilt room
    // resolves the turn again from its log, with the same orders.
    this.disposed = true;
    this.resolving.clear();
  }

  override onDrop(client: Client): void {
    void this.allowReconnection(client, this.ctx.reconnectSeconds);
    this.sendRoster();
  }

  override onReconnect(client: Client): void {
    // The reconnected session is a new Client object on a new socket: send to that one.
    const c = this.conns.get(client.sessionId);
    if (c !== undefined) c.client = client;
    this.sendRoster();
  }

  override onLeave(client: Client): void {
    this.conns.delete(client.sessionId);
    this.sendRoster();
  }

  // ——— sending ———

  private tell<K extends ServerMessageType>(c: Conn, type: K, body: ServerMessages[K]): void {
    c.client.send(type, body);
  }

  /** One message to many connections, encoded once (a turn's view goes to a whole team, the
   * status to a whole world). */
  private tellAll<K extends ServerMessageType>(conns: readonly Conn[], type: K, body: ServerMessages[K]): void {
    if (conns.length === 0) return;
    const bytes = getMessageBytes.raw(Protocol.ROOM_DATA, type, body);
    for (const c of conns) c.client.enqueueRaw(bytes);
  }

  private ready(): Conn[] {
    return [...this.conns.values()].filter((c) => c.ready);
  }

  private online(): Set<string> {
    const out = new Set<string>();
    for (const c of this.conns.values()) if (c.participant !== null) out.add(c.participant);
    return out;
  }

  private sendRoster(): void {
    if (this.session === undefined) return;
    const instructors = this.ready().filter((c) => c.role === 'instructor');
    if (instructors.length > 0) this.tellAll(instructors, 'roster', rosterOf(this.session, this.online()));
  }

  private statusQueued = false;

  /** Everyone's status, once the current burst of commands is done (a turn's submissions come
   * together: one status after them, not one per submission). */
  private sendStatus(): void {
    if (this.statusQueued) return;
    this.statusQueued = true;
    setImmediate(() => {
      this.statusQueued = false;
      if (this.session !== undefined) this.sendStatusNow();
    });
  }

  private sendStatusNow(): void {
    const now = this.ctx.now();
    const groups = new Map<string, { who: Seat | null | 'instructor'; conns: Conn[] }>();
    for (const c of this.ready()) {
      const seat = c.role === 'instructor' ? 'instructor' : seatOf(this.session, c);
      const key = seat === 'instructor' ? 'i' : seat === null ? '-' : String(seat.world);
      const g = groups.get(key) ?? { who: seat, conns: [] };
      g.conns.push(c);
      groups.set(key, g);
    }
    for (const g of groups.values())
      this.tellAll(g.conns, 'status', statusFor(this.session, g.who, now, this.resolving));
  }

  /** Everything a client may see now: sent on `ready` (first join, reconnection, reload). */
  private snapshot(c: Conn): void {
    const s = this.session;
    const seat = seatOf(this.session, c);
    const p = c.participant === null ? undefined : s.participants.get(c.participant);
    this.tell(c, 'welcome', {
      role: c.role,
      code: s.code,
      title: s.scenario.title,
      worldCount: s.worlds.length,
      you: p === undefined || c.token === null ? null : { id: p.id, name: p.name, token: c.token },
      seat,
      scenario: classScenario(s.scenario, c.role === 'instructor' ? 'instructor' : (seat?.actor ?? null)),
    });
    this.tell(c, 'status', statusFor(s, c.role === 'instructor' ? 'instructor' : seat, this.ctx.now(), this.resolving));
    if (c.role === 'instructor') this.tell(c, 'roster', rosterOf(s, this.online()));
    const w = c.role === 'instructor' ? c.watch : seat?.world;
    const world = w === undefined ? undefined : s.world(w);
    const viewer = world === undefined ? null : viewerIn(this.session, c, world.index);
    if (world !== undefined && viewer !== null) {
      this.tell(c, 'rules', rulesOf(world, viewer));
      this.tell(c, 'view', viewOf(world, viewer));
    }
    for (const m of s.chats) if (mayRead(this.session, c, m)) this.tell(c, 'chat', chatOut(m));
    for (const m of s.injects) if (mayReadInject(this.session, c, m.world)) this.tell(c, 'inject', m);
    if (s.phase === 'ended') this.tell(c, 'debrief', instructor.debriefOf(s));
  }

  /** The new turn of world `w` to everyone who sees that world: one view per viewer, encoded
   * once for all of that viewer's connections. */
  private sendViews(w: number): void {
    const world = this.session.world(w);
    if (world === undefined) return;
    const byViewer = new Map<Viewer, Conn[]>();
    for (const c of this.ready()) {
      const viewer = viewerIn(this.session, c, w);
      if (viewer === null) continue;
      byViewer.set(viewer, [...(byViewer.get(viewer) ?? []), c]);
    }
    for (const [viewer, conns] of byViewer) this.tellAll(conns, 'view', viewOf(world, viewer));
  }

  // ——— commands ———

  /** Write events to the log, then apply them (never the other way round). */
  private async commit(events: readonly LogEvent[]): Promise<void> {
    await this.log.append(events);
    for (const e of events) this.session.apply(e);
  }

  private failed(client: Client, about: string, e: unknown): void {
    if (e instanceof Refusal) {
      client.send('error', { about, message: e.message });
      return;
    }
    if (e instanceof LostOwnership) {
      // Another process now writes this class's log: send everyone there.
      void this.disconnect(CLOSE.moved);
      return;
    }
    console.error(`class ${this.roomId}: ${about} failed:`, e);
    client.send('error', { about, message: 'The server could not do that; nothing was changed. Try again.' });
  }

  private async handle(client: Client, type: string | number, body: unknown): Promise<void> {
    const c = this.conns.get(client.sessionId);
    if (c === undefined) return;
    const parsed = parseClientMessage(type, body);
    if (!parsed.ok) throw new Refusal(parsed.error);
    const m: ClientMessage = parsed.value;
    if (c.role === 'student' && !STUDENT_MESSAGES.includes(m.type))
      throw new Refusal(`${m.type}: only the instructor can do that`);
    switch (m.type) {
      case 'ready':
        c.ready = true;
        this.snapshot(c);
        return;
      case 'history':
        return this.sendHistory(c);
      case 'submit':
        return student.submit(this.api(), c, m.body);
      case 'chat':
        return student.chat(this.api(), c, m.body);
      case 'assign':
        return instructor.assign(this.api(), m.body);
      case 'settings':
        return instructor.changeSettings(this.api(), m.body);
      case 'start':
        return instructor.start(this.api());
      case 'pause':
        return instructor.pause(this.api());
      case 'resume':
        return instructor.resume(this.api());
      case 'extend':
        return instructor.extend(this.api(), m.body);
      case 'advance':
        return instructor.advance(this.api(), m.body);
      case 'inject':
        return instructor.inject(this.api(), m.body);
      case 'watch':
        return instructor.watch(this.api(), c, m.body);
      case 'end':
        return instructor.end(this.api());
    }
  }

  private sendHistory(c: Conn): void {
    const w = c.role === 'instructor' ? c.watch : seatOf(this.session, c)?.world;
    const world = w === undefined ? undefined : this.session.world(w);
    const viewer = world === undefined ? null : viewerIn(this.session, c, world.index);
    if (world === undefined || viewer === null) throw new Refusal('history: you have no seat yet');
    this.tell(c, 'views', { world: world.index, views: historyOf(world, viewer) });
  }

  /** Resolve turn `turn` of world `w` (the deadline, the instructor's advance, or every team's
   * orders in). A trigger for a turn already resolved, or one that is resolving, does nothing:
   * a turn resolves once. Easy bots answer here at once. Hard bots think in the worker pool:
   * this command then returns, the room keeps serving, and the turn resolves when their orders
   * arrive (finishHard), with the students' orders as they were when it was asked. */
  private async resolveWorld(w: number, turn: number): Promise<void> {
    if (this.resolving.has(w)) return;
    const plan = this.session.planTurn(w);
    if (plan === null || plan.turn !== turn) return;
    if (plan.level !== 'hard' || plan.bots.length === 0) {
      await this.finishTurn(plan, this.session.inPlaceBotOrders(plan));
      return;
    }
    this.resolving.set(w, { turn, bots: [...plan.bots] });
    stopClock(this.session, w);
    this.sendStatus();
    void hardOrders(this.ctx.bots, plan.state, plan.bots, this.ctx.hardBudget, plan.game)
      .then((r) => {
        if (r.failure !== null && !this.disposed)
          console.error(
            `class ${this.roomId}, game ${w + 1}, turn ${turn}: the hard bots could not think (${r.failure}); the easy bot played ${r.easy.join(', ')} this turn`,
          );
        return this.serial(() => this.finishHard(plan, r.orders));
      })
      .catch((e: unknown) => {
        if (e instanceof LostOwnership) void this.disconnect(CLOSE.moved);
        else console.error(`class ${this.roomId}: resolving game ${w + 1}, turn ${turn} failed:`, e);
      });
  }

  /** The hard bots' orders are in (in the room's command order). Dropped when the room was
   * disposed or the class ended meanwhile. */
  private async finishHard(plan: TurnPlan, bots: ReadonlyMap<ActorId, readonly Order[]>): Promise<void> {
    if (this.disposed || this.resolving.get(plan.world)?.turn !== plan.turn) return;
    try {
      if (this.session.phase === 'playing') await this.finishTurn(plan, bots);
    } finally {
      this.resolving.delete(plan.world);
      this.restartClock(plan.world);
      this.sendStatus();
    }
  }

  private async finishTurn(plan: TurnPlan, bots: ReadonlyMap<ActorId, readonly Order[]>): Promise<void> {
    const next = this.session.resolveWith(plan, bots);
    if (next === null) return;
    await this.log.append([next.event]);
    this.session.apply(next.event, next.result);
    this.restartClock(plan.world);
    this.sendViews(plan.world);
    this.sendStatus();
  }

  /** Turn the clock's due worlds into resolutions, one command each. */
  private tick(): void {
    for (const d of dueTurns(this.session, this.ctx.now()))
      void this.serial(() => this.resolveWorld(d.world, d.turn)).catch((e: unknown) => console.error(e));
  }

  private restartClock(w: number): void {
    restartDeadline(this.session, w, this.ctx.now());
  }

  /** What the commands (instructorCommands.ts, studentCommands.ts) may use of the room. */
  private api(): RoomApi {
    return {
      session: this.session,
      now: () => this.ctx.now(),
      resolving: this.resolving,
      commit: (events) => this.commit(events),
      ready: () => this.ready(),
      tell: (c, type, body) => this.tell(c, type, body),
      snapshot: (c) => this.snapshot(c),
      sendRoster: () => this.sendRoster(),
      sendStatus: () => this.sendStatus(),
      resolveWorld: (w, turn) => this.resolveWorld(w, turn),
      chatLimit: this.chatLimit,
    };
  }
}
