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
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthContext, Client } from '@colyseus/core';
import { Protocol, Room, getMessageBytes } from '@colyseus/core';
import type { ActorId, Order, Viewer } from '../engine/index.ts';
import { isOver } from '../engine/index.ts';
import type {
  ChatMessage,
  ClientBody,
  ClientMessage,
  JoinOptions,
  Seat,
  ServerMessageType,
  ServerMessages,
} from '../classroom/index.ts';
import {
  CLOSE,
  JoinOptionsSchema,
  MAX_STUDENTS,
  STUDENT_MESSAGES,
  classDebrief,
  firstIssue,
  isCode,
  parseClientMessage,
  classScenario,
} from '../classroom/index.ts';
import type { BotPool } from './botPool.ts';
import { hardOrders } from './botPool.ts';
import type { Db } from './db.ts';
import type { LogEvent } from './log.ts';
import { ClassLog, LostOwnership, readLog } from './log.ts';
import { RateLimiter } from './rateLimit.ts';
import type { ChatRecord, Session, TurnPlan } from './session.ts';
import { rebuild } from './session.ts';
import { historyOf, rosterOf, rulesOf, statusFor, verdictsOf, viewOf } from './views.ts';

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

/** Refused input: the client gets this sentence back and nothing changes. */
class Refusal extends Error {}

/** Most submissions one seat may make in a turn, most messages in a class, most news items. */
const MAX_SUBMISSIONS = 20;
const MAX_CHATS = 5000;
const MAX_INJECTS = 200;

interface Conn {
  client: Client;
  role: 'student' | 'instructor';
  participant: string | null;
  token: string | null;
  ready: boolean;
  /** The world an instructor watches. */
  watch: number;
}

interface AuthData {
  options: JoinOptions;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A chat record as clients get it (without the sender's participant id). */
function chatOut(m: ChatRecord): ChatMessage {
  const { by: _by, ...out } = m;
  return out;
}

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export class ClassRoom extends Room {
  /** Set by the server (server.ts) on the subclass it defines. */
  declare ctx: RoomContext;
  private session!: Session;
  private log!: ClassLog;
  private queue: Promise<void> = Promise.resolve();
  private readonly conns = new Map<string, Conn>();
  private readonly chatLimit = new RateLimiter(5, 10_000);
  /** Worlds whose turn is resolving while hard bots think: world → turn (runtime only). */
  private readonly resolving = new Map<number, number>();
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
    if (this.session.phase === 'playing') for (const w of this.session.worlds) this.restartDeadline(w.index);
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

  private seatOf(c: Conn): Seat | null {
    if (c.participant === null) return null;
    return this.session.participants.get(c.participant)?.seat ?? null;
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
      const seat = c.role === 'instructor' ? 'instructor' : this.seatOf(c);
      const key = seat === 'instructor' ? 'i' : seat === null ? '-' : String(seat.world);
      const g = groups.get(key) ?? { who: seat, conns: [] };
      g.conns.push(c);
      groups.set(key, g);
    }
    for (const g of groups.values()) this.tellAll(g.conns, 'status', statusFor(this.session, g.who, now));
  }

  /** The viewer a connection's views are made for, in world `w` (null: it sees nothing of w). */
  private viewerIn(c: Conn, w: number): Viewer | null {
    if (c.role === 'instructor') return c.watch === w ? 'instructor' : null;
    const seat = this.seatOf(c);
    return seat !== null && seat.world === w ? seat.actor : null;
  }

  /** Everything a client may see now: sent on `ready` (first join, reconnection, reload). */
  private snapshot(c: Conn): void {
    const s = this.session;
    const seat = this.seatOf(c);
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
    this.tell(c, 'status', statusFor(s, c.role === 'instructor' ? 'instructor' : seat, this.ctx.now()));
    if (c.role === 'instructor') this.tell(c, 'roster', rosterOf(s, this.online()));
    const w = c.role === 'instructor' ? c.watch : seat?.world;
    const world = w === undefined ? undefined : s.world(w);
    const viewer = world === undefined ? null : this.viewerIn(c, world.index);
    if (world !== undefined && viewer !== null) {
      this.tell(c, 'rules', rulesOf(world, viewer));
      this.tell(c, 'view', viewOf(world, viewer));
    }
    for (const m of s.chats) if (this.mayRead(c, m)) this.tell(c, 'chat', chatOut(m));
    for (const m of s.injects) if (this.mayReadInject(c, m.world)) this.tell(c, 'inject', m);
    if (s.phase === 'ended') this.tell(c, 'debrief', this.debrief());
  }

  private mayRead(c: Conn, m: { world: number; from: ActorId | 'instructor'; to: ActorId | 'all' }): boolean {
    if (c.role === 'instructor') return true;
    const seat = this.seatOf(c);
    return seat !== null && seat.world === m.world && (m.to === 'all' || m.to === seat.actor || m.from === seat.actor);
  }

  private mayReadInject(c: Conn, world: number | null): boolean {
    if (c.role === 'instructor') return true;
    const seat = this.seatOf(c);
    return seat !== null && (world === null || world === seat.world);
  }

  /** The new turn of world `w` to everyone who sees that world: one view per viewer, encoded
   * once for all of that viewer's connections. */
  private sendViews(w: number): void {
    const world = this.session.world(w);
    if (world === undefined) return;
    const byViewer = new Map<Viewer, Conn[]>();
    for (const c of this.ready()) {
      const viewer = this.viewerIn(c, w);
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
        return this.submit(c, m.body);
      case 'chat':
        return this.chat(c, m.body);
      case 'assign':
        return this.assign(m.body);
      case 'settings':
        return this.changeSettings(m.body);
      case 'start':
        return this.start();
      case 'pause':
        return this.pause();
      case 'resume':
        return this.resume();
      case 'extend':
        return this.extend(m.body);
      case 'advance':
        return this.advance(m.body);
      case 'inject':
        return this.inject(m.body);
      case 'watch':
        return this.watch(c, m.body);
      case 'end':
        return this.end();
    }
  }

  private sendHistory(c: Conn): void {
    const w = c.role === 'instructor' ? c.watch : this.seatOf(c)?.world;
    const world = w === undefined ? undefined : this.session.world(w);
    const viewer = world === undefined ? null : this.viewerIn(c, world.index);
    if (world === undefined || viewer === null) throw new Refusal('history: you have no seat yet');
    this.tell(c, 'views', { world: world.index, views: historyOf(world, viewer) });
  }

  private async submit(c: Conn, body: ClientBody<'submit'>): Promise<void> {
    const seat = this.seatOf(c);
    if (seat === null || c.participant === null) throw new Refusal('submit: you have no seat yet');
    const s = this.session;
    const world = s.world(seat.world);
    if (world === undefined) throw new Refusal('submit: your world does not exist');
    if (s.phase !== 'playing')
      throw new Refusal(s.phase === 'ended' ? 'submit: the class has ended' : 'submit: the game has not started yet');
    if (isOver(world.state)) throw new Refusal('submit: your game is over');
    if (this.resolving.get(seat.world) === body.turn)
      throw new Refusal(`submit: the computer players are finishing turn ${body.turn}; orders for it are closed`);
    if (body.turn !== world.state.turn)
      throw new Refusal(`submit: turn ${body.turn} is not open; the current turn is ${world.state.turn}`);
    const stranger = body.orders.findIndex((o) => o.actor !== seat.actor);
    if (stranger >= 0) throw new Refusal(`submit: order ${stranger + 1} is not for your country (${seat.actor})`);
    if ((world.submissions.get(seat.actor) ?? 0) >= MAX_SUBMISSIONS)
      throw new Refusal(
        `submit: your seat has changed its orders ${MAX_SUBMISSIONS} times this turn; wait for the turn to end`,
      );
    await this.commit([
      {
        kind: 'submitted',
        world: seat.world,
        turn: body.turn,
        actor: seat.actor,
        by: c.participant,
        orders: body.orders,
      },
    ]);
    const by = s.participants.get(c.participant)?.name ?? '';
    const ack: ServerMessages['submitted'] = {
      world: seat.world,
      turn: body.turn,
      actor: seat.actor,
      by,
      count: body.orders.length,
      verdicts: verdictsOf(world, seat.actor, body.orders),
    };
    for (const x of this.ready()) {
      const xs = this.seatOf(x);
      if (xs !== null && xs.world === seat.world && xs.actor === seat.actor) this.tell(x, 'submitted', ack);
    }
    this.sendStatus();
    if (s.settings.autoAdvance && !s.paused && s.allSubmitted(seat.world))
      await this.resolveWorld(seat.world, body.turn);
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
    this.resolving.set(w, turn);
    const world = this.session.world(w);
    if (world !== undefined) {
      world.deadlineAt = null;
      world.pausedLeft = null;
    }
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
    if (this.disposed || this.resolving.get(plan.world) !== plan.turn) return;
    try {
      if (this.session.phase === 'playing') await this.finishTurn(plan, bots);
    } finally {
      this.resolving.delete(plan.world);
      this.restartDeadline(plan.world);
      this.sendStatus();
    }
  }

  private async finishTurn(plan: TurnPlan, bots: ReadonlyMap<ActorId, readonly Order[]>): Promise<void> {
    const next = this.session.resolveWith(plan, bots);
    if (next === null) return;
    await this.log.append([next.event]);
    this.session.apply(next.event, next.result);
    this.restartDeadline(plan.world);
    this.sendViews(plan.world);
    this.sendStatus();
  }

  private restartDeadline(w: number): void {
    const world = this.session.world(w);
    if (world === undefined) return;
    const secs = this.session.settings.deadlineSeconds;
    const running = this.session.phase === 'playing' && !isOver(world.state) && secs !== null;
    world.deadlineAt = running && !this.session.paused ? this.ctx.now() + secs * 1000 : null;
    world.pausedLeft = running && this.session.paused ? secs * 1000 : null;
  }

  private tick(): void {
    const s = this.session;
    if (s.phase !== 'playing' || s.paused) return;
    const now = this.ctx.now();
    for (const w of s.worlds)
      if (w.deadlineAt !== null && now >= w.deadlineAt) {
        w.deadlineAt = null;
        const turn = w.state.turn;
        void this.serial(() => this.resolveWorld(w.index, turn)).catch((e: unknown) => console.error(e));
      }
  }

  private async chat(c: Conn, body: ClientBody<'chat'>): Promise<void> {
    const seat = this.seatOf(c);
    if (seat === null || c.participant === null) throw new Refusal('chat: you have no seat yet');
    if (body.to === seat.actor) throw new Refusal('chat: that is your own country');
    if (this.session.chats.length >= MAX_CHATS) throw new Refusal('chat: this class has no room for more messages');
    if (!this.chatLimit.take(c.participant, this.ctx.now()))
      throw new Refusal('chat: you are sending messages too fast; wait a few seconds');
    const world = this.session.world(seat.world);
    if (world === undefined) throw new Refusal('chat: your world does not exist');
    await this.commit([
      {
        kind: 'chat',
        world: seat.world,
        turn: world.state.turn,
        from: seat.actor,
        by: c.participant,
        to: body.to,
        text: body.text,
      },
    ]);
    const m = this.session.chats.at(-1);
    if (m === undefined) return;
    for (const x of this.ready()) if (this.mayRead(x, m)) this.tell(x, 'chat', chatOut(m));
  }

  private async assign(body: ClientBody<'assign'>): Promise<void> {
    const p = this.session.participants.get(body.participant);
    if (p === undefined) throw new Refusal(`assign: no student ${body.participant}`);
    if (body.seat !== null && this.session.world(body.seat.world) === undefined)
      throw new Refusal(`assign: there is no world ${body.seat.world + 1}`);
    await this.commit([{ kind: 'assigned', participant: p.id, seat: body.seat }]);
    // The student's screen changes entirely: give it everything again.
    for (const x of this.ready()) if (x.participant === p.id) this.snapshot(x);
    this.sendRoster();
    this.sendStatus();
  }

  private async changeSettings(body: ClientBody<'settings'>): Promise<void> {
    const changes: Extract<LogEvent, { kind: 'settings' }> = { kind: 'settings' };
    if (body.botLevel !== undefined) changes.botLevel = body.botLevel;
    if (body.deadlineSeconds !== undefined) changes.deadlineSeconds = body.deadlineSeconds;
    if (body.autoAdvance !== undefined) changes.autoAdvance = body.autoAdvance;
    await this.commit([changes]);
    if (body.deadlineSeconds !== undefined) for (const w of this.session.worlds) this.restartDeadline(w.index);
    this.sendStatus();
  }

  private async start(): Promise<void> {
    if (this.session.phase !== 'lobby') throw new Refusal('start: the game has already started');
    await this.commit([{ kind: 'started' }]);
    for (const w of this.session.worlds) this.restartDeadline(w.index);
    this.sendStatus();
  }

  private async pause(): Promise<void> {
    if (this.session.paused) throw new Refusal('pause: the class is already paused');
    await this.commit([{ kind: 'paused' }]);
    const now = this.ctx.now();
    for (const w of this.session.worlds) {
      w.pausedLeft = w.deadlineAt === null ? null : Math.max(0, w.deadlineAt - now);
      w.deadlineAt = null;
    }
    this.sendStatus();
  }

  private async resume(): Promise<void> {
    if (!this.session.paused) throw new Refusal('resume: the class is not paused');
    await this.commit([{ kind: 'resumed' }]);
    const now = this.ctx.now();
    for (const w of this.session.worlds) {
      w.deadlineAt = w.pausedLeft === null ? null : now + w.pausedLeft;
      w.pausedLeft = null;
    }
    this.sendStatus();
    if (this.session.settings.autoAdvance)
      for (const w of this.session.worlds)
        if (this.session.allSubmitted(w.index)) await this.resolveWorld(w.index, w.state.turn);
  }

  private targets(world: number | null, about: string): number[] {
    if (world === null) return this.session.worlds.map((w) => w.index);
    if (this.session.world(world) === undefined) throw new Refusal(`${about}: there is no world ${world + 1}`);
    return [world];
  }

  private extend(body: ClientBody<'extend'>): void {
    const now = this.ctx.now();
    for (const i of this.targets(body.world, 'extend')) {
      const w = this.session.world(i);
      if (w === undefined || isOver(w.state) || this.resolving.has(i)) continue;
      if (this.session.paused) w.pausedLeft = (w.pausedLeft ?? 0) + body.seconds * 1000;
      else w.deadlineAt = Math.max(w.deadlineAt ?? now, now) + body.seconds * 1000;
    }
    this.sendStatus();
  }

  private async advance(body: ClientBody<'advance'>): Promise<void> {
    if (this.session.phase !== 'playing') throw new Refusal('advance: the game is not being played');
    for (const w of this.targets(body.world, 'advance'))
      await this.resolveWorld(w, this.session.world(w)?.state.turn ?? 0);
  }

  private async inject(body: ClientBody<'inject'>): Promise<void> {
    if (this.session.injects.length >= MAX_INJECTS) throw new Refusal('inject: this class has no room for more news');
    let card: string | null = null;
    let title: string;
    let text: string;
    if ('card' in body) {
      const found = this.session.scenario.deck.cards.find((x) => x.id === body.card);
      if (found === undefined) throw new Refusal(`inject: the scenario's deck has no card "${body.card}"`);
      card = found.id;
      title = found.title;
      text = found.text;
    } else {
      title = body.title;
      text = body.text;
    }
    const events: LogEvent[] = this.targets(body.world, 'inject').map((w) => ({
      kind: 'inject',
      world: w,
      turn: this.session.world(w)?.state.turn ?? 1,
      card,
      title,
      text,
    }));
    const before = this.session.injects.length;
    await this.commit(events);
    for (const m of this.session.injects.slice(before))
      for (const x of this.ready()) if (this.mayReadInject(x, m.world)) this.tell(x, 'inject', m);
  }

  private watch(c: Conn, body: ClientBody<'watch'>): void {
    const world = this.session.world(body.world);
    if (world === undefined) throw new Refusal(`watch: there is no world ${body.world + 1}`);
    c.watch = body.world;
    this.tell(c, 'rules', rulesOf(world, 'instructor'));
    this.tell(c, 'view', viewOf(world, 'instructor'));
  }

  private debrief(): ServerMessages['debrief'] {
    const s = this.session;
    return classDebrief(
      s.scenario,
      s.worlds.map((w) => ({
        world: w.index,
        seed: w.seed,
        start: w.start,
        final: w.state,
        scoresByTurn: w.turns.map((t) => t.report.scores),
        teams: s.teams(w.index),
        chats: s.chats.filter((m) => m.world === w.index).map(chatOut),
        injects: s.injects.filter((m) => m.world === null || m.world === w.index),
      })),
    );
  }

  private async end(): Promise<void> {
    if (this.session.phase === 'ended') throw new Refusal('end: the class has already ended');
    await this.commit([{ kind: 'ended' }]);
    for (const w of this.session.worlds) {
      w.deadlineAt = null;
      w.pausedLeft = null;
    }
    const d = this.debrief();
    for (const c of this.ready()) this.tell(c, 'debrief', d);
    this.sendStatus();
  }
}
