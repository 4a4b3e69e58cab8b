/**
 * The class's client, for the browser pages and for Node (tests, the load script): joins a
 * class by code with the Colyseus SDK, keeps what the server sent (checked as it arrives), and
 * gets back into the same seat by itself:
 * - a short drop: the SDK reconnects to the same room and the same session;
 * - a reload: the page presents the seat token it kept (`TokenStore`);
 * - a restart of the server, or a process that died: the client joins again by code with its
 *   token, trying each endpoint in turn, until the class is back (the server rebuilds it from
 *   its log) or the time allowed runs out.
 * Every turn it delivers the viewer's `{ state: StateView, report: ReportView | null }`,
 * assembled from the per-turn view and the rules the server sends once.
 */
import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import type { Order, ReportView, RulesView, StateView } from '../engine/index.ts';
import type {
  ChatMessage,
  ClassDebrief,
  ClassStatus,
  ClientBody,
  ClientMessageType,
  ErrorMessage,
  InjectMessage,
  RosterEntry,
  ServerMessageType,
  ServerMessages,
  SubmittedMessage,
  ViewMessage,
  Welcome,
} from '../classroom/index.ts';
import { CLOSE, SERVER_MESSAGE_TYPES } from '../classroom/index.ts';
import { checkServerMessage } from './check.ts';

/** Where a seat token is kept between visits (localStorage in the page, a Map in tests). */
export interface TokenStore {
  get(code: string): string | null;
  set(code: string, token: string): void;
}

export function memoryTokens(): TokenStore {
  const m = new Map<string, string>();
  return { get: (c) => m.get(c) ?? null, set: (c, t) => void m.set(c, t) };
}

export type Identity = { role: 'student'; name: string } | { role: 'instructor'; key: string };

export interface ClassClientOptions {
  /** Server addresses (http://host:port); a rejoin tries each in turn. */
  endpoints: readonly string[];
  code: string;
  identity: Identity;
  tokens?: TokenStore;
  /** How long to keep trying to get back in after the connection is lost for good. */
  rejoinForMs?: number;
  /** The SDK's own reconnection of a dropped socket (see the SDK's ReconnectionOptions). */
  reconnection?: { maxRetries?: number; minDelay?: number; maxDelay?: number; minUptime?: number };
  now?: () => number;
}

/** One turn as the viewer sees it. */
export interface TurnView {
  world: number;
  hash: string;
  state: StateView;
  report: ReportView | null;
}

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface ClassSnapshot {
  connection: Connection;
  /** Why the client stopped (closed) or what went wrong last while reconnecting. */
  problem: string | null;
  /** Welcomes received: one per join, reconnection and rejoin (the server then sends all again). */
  welcomes: number;
  welcome: Welcome | null;
  status: ClassStatus | null;
  /** The latest turn (the watched world's, for the instructor). */
  turn: TurnView | null;
  /** Every turn received for the current world, in order (the full list after `history`). */
  turns: TurnView[];
  roster: RosterEntry[];
  chats: ChatMessage[];
  injects: InjectMessage[];
  /** The latest acknowledgement of this seat's orders for the current turn. */
  submitted: SubmittedMessage | null;
  debrief: ClassDebrief | null;
  error: ErrorMessage | null;
}

function empty(): ClassSnapshot {
  return {
    connection: 'connecting',
    problem: null,
    welcomes: 0,
    welcome: null,
    status: null,
    turn: null,
    turns: [],
    roster: [],
    chats: [],
    injects: [],
    submitted: null,
    debrief: null,
    error: null,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A join the server refused for good (unknown code, wrong key, full class): no retry helps. */
export class JoinRefused extends Error {}

function errorText(e: unknown): { text: string; status: number | null } {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  return { text: message, status: typeof code === 'number' ? code : null };
}

export class ClassClient {
  private snap: ClassSnapshot = empty();
  private room: Room | null = null;
  private readonly rules = new Map<number, RulesView>();
  private readonly listeners = new Set<(s: ClassSnapshot) => void>();
  private readonly raw = new Set<(type: ServerMessageType, body: unknown) => void>();
  private leaving = false;
  private rejoining = false;
  private endpointIndex = 0;
  private readonly tokens: TokenStore;

  constructor(private readonly o: ClassClientOptions) {
    this.tokens = o.tokens ?? memoryTokens();
  }

  get snapshot(): ClassSnapshot {
    return this.snap;
  }

  /** The Colyseus session of the current connection (changes on a rejoin). */
  get sessionId(): string | null {
    return this.room?.sessionId ?? null;
  }

  subscribe(fn: (s: ClassSnapshot) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Every server message as it arrives (after checking), for tests and measurements. */
  onMessage(fn: (type: ServerMessageType, body: unknown) => void): () => void {
    this.raw.add(fn);
    return () => this.raw.delete(fn);
  }

  private update(patch: Partial<ClassSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const f of this.listeners) f(this.snap);
  }

  private joinOptions(): Record<string, string> {
    const id = this.o.identity;
    if (id.role === 'instructor') return { role: 'instructor', key: id.key };
    const token = this.tokens.get(this.o.code);
    return token === null ? { role: 'student', name: id.name } : { role: 'student', name: id.name, token };
  }

  /** Join; resolves once the server has sent its welcome. Rejects with JoinRefused when the
   * server refuses (the message says why), or with the network's error. */
  async connect(): Promise<void> {
    const welcomed = this.nextWelcome();
    await this.joinOnce(this.o.endpoints[0] ?? '');
    await welcomed;
  }

  private nextWelcome(): Promise<void> {
    return new Promise((resolve) => {
      const off = this.onMessage((t) => {
        if (t === 'welcome') {
          off();
          resolve();
        }
      });
    });
  }

  private async joinOnce(endpoint: string): Promise<void> {
    let room: Room;
    try {
      room = await new Client(endpoint).joinById(this.o.code, this.joinOptions());
    } catch (e) {
      const { text, status } = errorText(e);
      // 4xx from the matchmaking step or from the room's checks: the server said no.
      if (status !== null && ((status >= 400 && status < 500) || status === 4212 || status === 4002 || status === 524))
        throw new JoinRefused(text);
      if (/Cannot join|class is full|key is wrong|No class has/.test(text)) throw new JoinRefused(text);
      throw e;
    }
    this.attach(room);
  }

  private attach(room: Room): void {
    this.room = room;
    const r = this.o.reconnection;
    if (r !== undefined) Object.assign(room.reconnection, r);
    for (const type of SERVER_MESSAGE_TYPES) room.onMessage(type, (body: unknown) => this.receive(type, body));
    room.onDrop(() => this.update({ connection: 'reconnecting' }));
    room.onReconnect(() => {
      this.update({ connection: 'connected', problem: null });
      room.send('ready', {});
    });
    room.onLeave((code: number, reason?: string) => {
      if (this.room !== room) return;
      this.room = null;
      void this.left(code, reason ?? '');
    });
    this.update({ connection: 'connected', problem: null });
    room.send('ready', {});
  }

  private async left(code: number, reason: string): Promise<void> {
    if (this.leaving) {
      this.update({ connection: 'closed' });
      return;
    }
    if (code === 4000 || code === CLOSE.refused) {
      this.update({ connection: 'closed', problem: reason || 'The server closed the connection.' });
      return;
    }
    await this.rejoin();
  }

  /** Join again by code with the seat token until it works or the time runs out. */
  private async rejoin(): Promise<void> {
    if (this.rejoining) return;
    this.rejoining = true;
    this.update({ connection: 'reconnecting' });
    const now = this.o.now ?? (() => Date.now());
    const until = now() + (this.o.rejoinForMs ?? 120_000);
    let delay = 250;
    try {
      while (!this.leaving && now() < until) {
        const endpoints = this.o.endpoints;
        const endpoint = endpoints[this.endpointIndex % Math.max(1, endpoints.length)] ?? '';
        try {
          const welcomed = this.nextWelcome();
          await this.joinOnce(endpoint);
          await welcomed;
          return;
        } catch (e) {
          if (e instanceof JoinRefused && /No class has|key is wrong|class is full/.test(e.message)) {
            this.update({ connection: 'closed', problem: e.message });
            return;
          }
          this.update({ problem: errorText(e).text });
          this.endpointIndex += 1;
          await sleep(delay);
          delay = Math.min(delay * 2, 2000);
        }
      }
      if (!this.leaving) this.update({ connection: 'closed', problem: 'The class server cannot be reached.' });
    } finally {
      this.rejoining = false;
    }
  }

  private receive(type: ServerMessageType, body: unknown): void {
    const problem = checkServerMessage(type, body);
    if (problem !== null) {
      this.update({ error: { about: type, message: `The server sent a message this page cannot read (${problem}).` } });
      return;
    }
    this.apply(type, body as ServerMessages[typeof type]);
    for (const f of this.raw) f(type, body);
  }

  private apply<K extends ServerMessageType>(type: K, body: ServerMessages[K]): void;
  private apply(type: ServerMessageType, body: ServerMessages[ServerMessageType]): void {
    switch (type) {
      case 'welcome': {
        const w = body as Welcome;
        if (w.you !== null) this.tokens.set(w.code, w.you.token);
        const sameWorld = this.snap.welcome?.seat?.world === w.seat?.world && w.seat !== null;
        // Everything that follows the welcome comes again: the status right after it.
        this.update({
          welcome: w,
          welcomes: this.snap.welcomes + 1,
          status: null,
          chats: [],
          injects: [],
          debrief: null,
          error: null,
          ...(sameWorld ? {} : { turn: null, turns: [], submitted: null }),
        });
        return;
      }
      case 'status': {
        const s = body as ClassStatus;
        const mine = this.snap.welcome?.seat;
        const world = mine === null || mine === undefined ? undefined : s.worlds.find((x) => x.world === mine.world);
        const stale = this.snap.submitted !== null && world !== undefined && world.turn !== this.snap.submitted.turn;
        this.update({ status: s, ...(stale ? { submitted: null } : {}) });
        return;
      }
      case 'rules': {
        const r = body as ServerMessages['rules'];
        this.rules.set(r.world, r.rules);
        return;
      }
      case 'view': {
        const t = this.assemble(body as ViewMessage);
        if (t === null) return;
        const turns = this.snap.turns.filter(
          (x) => x.world === t.world && x.state.turn < t.state.turn && x.state.viewer === t.state.viewer,
        );
        this.update({ turn: t, turns: [...turns, t] });
        return;
      }
      case 'views': {
        const v = body as ServerMessages['views'];
        const turns = v.views.map((x) => this.assemble(x)).filter((x): x is TurnView => x !== null);
        this.update({ turns, turn: turns.at(-1) ?? this.snap.turn });
        return;
      }
      case 'submitted':
        this.update({ submitted: body as SubmittedMessage });
        return;
      case 'chat':
        this.update({ chats: [...this.snap.chats, body as ChatMessage] });
        return;
      case 'inject':
        this.update({ injects: [...this.snap.injects, body as InjectMessage] });
        return;
      case 'roster':
        this.update({ roster: body as RosterEntry[] });
        return;
      case 'debrief':
        this.update({ debrief: body as ClassDebrief });
        return;
      case 'error':
        this.update({ error: body as ErrorMessage });
        return;
    }
  }

  private assemble(v: ViewMessage): TurnView | null {
    const rules = this.rules.get(v.world);
    if (rules === undefined) return null;
    return { world: v.world, hash: v.hash, state: { ...v.state, rules }, report: v.report };
  }

  private send<K extends ClientMessageType>(type: K, body: ClientBody<K>): void {
    if (this.room === null) {
      this.update({ error: { about: type, message: 'Not connected: wait until the page is back in the class.' } });
      return;
    }
    this.room.send(type, body);
  }

  /** This seat's orders for `turn` (they replace any sent before). */
  submit(turn: number, orders: readonly Order[]): void {
    this.send('submit', { turn, orders: [...orders] });
  }

  chat(to: ChatMessage['to'], text: string): void {
    this.send('chat', { to, text });
  }

  /** Every turn of this seat so far (arrives as `turns`). */
  requestHistory(): void {
    this.send('history', {});
  }

  /** An instructor's command. */
  command<K extends Exclude<ClientMessageType, 'ready' | 'history' | 'submit' | 'chat'>>(
    type: K,
    body: ClientBody<K>,
  ): void {
    this.send(type, body);
  }

  /** Send any message as it is (tests of the server's checks). */
  sendRaw(type: string, body: unknown): void {
    this.room?.send(type, body);
  }

  async leave(): Promise<void> {
    this.leaving = true;
    const room = this.room;
    this.room = null;
    if (room !== null) await room.leave(true).catch(() => undefined);
    this.update({ connection: 'closed' });
  }
}
