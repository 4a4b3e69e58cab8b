/**
 * A class session in memory: its scenario, its worlds (one game each), who sits where, the
 * orders submitted for the turn, the messages and news. It changes only by applying log
 * events (`apply`), so the state a room holds is exactly what replaying its log gives; a room
 * rebuilt after a restart is the same session, with every resolved turn's hash checked.
 */
import type { ActorId, GameState, Order, TurnReport, TurnResult } from '../engine/index.ts';
import { ACTORS, fingerprint, hashState, isOver, resolveTurn } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState, scenarioContentHash, validateScenario } from '../scenario/index.ts';
import type { GameFacts, Level } from '../ai/index.ts';
import { HARD_BUDGET, LEVEL_BUDGET, budgetOrders, openingOf } from '../ai/index.ts';
import type { ChatMessage, InjectMessage, Phase, Seat } from '../classroom/index.ts';
import type { Filled, LogEvent, RawEvent, Settings } from './log.ts';
import { parseRow } from './log.ts';

export interface Participant {
  id: string;
  name: string;
  tokenHash: string;
  seat: Seat | null;
}

export interface TurnRecord {
  orders: Order[];
  report: TurnReport;
  /** The state after the turn, and its canonical hash. */
  state: GameState;
  hash: string;
  filled: Record<ActorId, Filled>;
}

export interface WorldRun {
  index: number;
  seed: number;
  start: GameState;
  state: GameState;
  turns: TurnRecord[];
  /** Each seat's latest submission for the current turn. */
  pending: Map<ActorId, { orders: Order[]; by: string }>;
  /** Submissions per seat this turn (bounded, so no one can flood the log). */
  submissions: Map<ActorId, number>;
  /** Runtime only (not in the log): when the turn's deadline falls (epoch ms), and the time
   * left while the class is paused. A rebuilt room starts the current turn's deadline afresh. */
  deadlineAt: number | null;
  pausedLeft: number | null;
}

/** A turn about to resolve (Session.planTurn): everything its resolution depends on besides
 * the bots' orders, fixed when the resolution was asked for. */
export interface TurnPlan {
  world: number;
  turn: number;
  /** The state the turn resolves from (the world's state object itself, to detect a change). */
  state: GameState;
  filled: Record<ActorId, Filled>;
  /** Each student-held seat's orders (its latest submission, or none). */
  human: ReadonlyMap<ActorId, Order[]>;
  /** The level of the seats in `bots`. */
  level: Level;
  bots: ActorId[];
  /** What a search bot may know besides the state: the world's seed and public opening. */
  game: GameFacts;
}

export interface ChatRecord extends ChatMessage {
  by: string | null;
}

/** A log that cannot be replayed: a changed engine, or a row edited by hand. */
export class RebuildError extends Error {}

export class Session {
  readonly participants = new Map<string, Participant>();
  readonly byToken = new Map<string, string>();
  readonly worlds: WorldRun[];
  readonly chats: ChatRecord[] = [];
  readonly injects: InjectMessage[] = [];
  phase: Phase = 'lobby';
  paused = false;
  settings: Settings;

  constructor(
    readonly code: string,
    readonly scenario: Scenario,
    readonly scenarioHash: string,
    readonly engine: string,
    seeds: readonly number[],
    settings: Settings,
  ) {
    this.settings = { ...settings };
    this.worlds = seeds.map((seed, index) => {
      const start = initialState(scenario, seed);
      return {
        index,
        seed,
        start,
        state: start,
        turns: [],
        pending: new Map(),
        submissions: new Map(),
        deadlineAt: null,
        pausedLeft: null,
      };
    });
  }

  world(i: number): WorldRun | undefined {
    return this.worlds[i];
  }

  /** Seats a student holds in world `w`, in ACTORS order. */
  humans(w: number): ActorId[] {
    const held = new Set<ActorId>();
    for (const p of this.participants.values()) if (p.seat !== null && p.seat.world === w) held.add(p.seat.actor);
    return ACTORS.filter((a) => held.has(a));
  }

  /** The names on each seat of world `w`. */
  teams(w: number): Record<ActorId, string[]> {
    const out: Record<ActorId, string[]> = { RUS: [], PRK: [], CHN: [], UNSC: [] };
    for (const p of this.participants.values())
      if (p.seat !== null && p.seat.world === w) out[p.seat.actor].push(p.name);
    return out;
  }

  membersOf(seat: Seat): Participant[] {
    return [...this.participants.values()].filter(
      (p) => p.seat !== null && p.seat.world === seat.world && p.seat.actor === seat.actor,
    );
  }

  /** Who gives each actor's orders in world `w` if the turn resolved now. */
  filled(w: number): Record<ActorId, Filled> {
    const humans = this.humans(w);
    const fill: Filled = this.settings.botLevel === 'hold' ? 'hold' : 'bot';
    return { RUS: fill, PRK: fill, CHN: fill, UNSC: fill, ...Object.fromEntries(humans.map((a) => [a, 'human'])) };
  }

  /** Every human seat of the world has submitted for this turn (and there is at least one). */
  allSubmitted(w: number): boolean {
    const world = this.worlds[w];
    const humans = this.humans(w);
    return world !== undefined && humans.length > 0 && humans.every((a) => world.pending.has(a));
  }

  /** What resolving world `w`'s turn now takes: who fills each seat, the students' orders,
   * and the seats a bot plays at the class's level (null: no world, or its game is over). */
  planTurn(w: number): TurnPlan | null {
    const world = this.worlds[w];
    if (world === undefined || isOver(world.state)) return null;
    const filled = this.filled(w);
    const human = new Map<ActorId, Order[]>();
    for (const a of ACTORS) if (filled[a] === 'human') human.set(a, world.pending.get(a)?.orders ?? []);
    const level = this.settings.botLevel;
    return {
      world: w,
      turn: world.state.turn,
      state: world.state,
      filled,
      human,
      level: level === 'hold' ? 'easy' : level,
      bots: ACTORS.filter((a) => filled[a] === 'bot'),
      game: { seed: world.seed, opening: openingOf(world.start) },
    };
  }

  /** The turn of `plan` resolved with the bots' orders `bots` (a seat missing from it gives
   * none): the orders in ACTORS order, the engine's result and the event that records it.
   * Null when the world has moved on since the plan (another trigger resolved the turn). */
  resolveWith(
    plan: TurnPlan,
    bots: ReadonlyMap<ActorId, readonly Order[]>,
  ): { event: Extract<LogEvent, { kind: 'resolved' }>; result: TurnResult } | null {
    const world = this.worlds[plan.world];
    if (world === undefined || world.state !== plan.state) return null;
    const orders: Order[] = [];
    for (const a of ACTORS) {
      switch (plan.filled[a]) {
        case 'human':
          orders.push(...(plan.human.get(a) ?? []));
          break;
        case 'bot':
          orders.push(...(bots.get(a) ?? []));
          break;
        case 'hold':
          break;
      }
    }
    const result = resolveTurn(world.state, orders);
    const hash = hashState(result.state);
    const event = { kind: 'resolved', world: plan.world, turn: plan.turn, orders, hash, filled: plan.filled } as const;
    return { event, result };
  }

  /** The bots' orders of `plan` computed here, on the caller's thread: the heuristic bot in
   * microseconds; a hard bot in seconds (the room asks its worker pool instead: botPool.ts). */
  inPlaceBotOrders(plan: TurnPlan, hardBudget: number = HARD_BUDGET): Map<ActorId, Order[]> {
    const budget = plan.level === 'hard' ? hardBudget : LEVEL_BUDGET.easy;
    return new Map(plan.bots.map((a) => [a, budgetOrders(plan.state, a, budget, plan.game)]));
  }

  /** The turn of world `w` resolved now, every bot thinking on this thread (tests, tools). */
  resolveNow(
    w: number,
    hardBudget: number = HARD_BUDGET,
  ): { event: Extract<LogEvent, { kind: 'resolved' }>; result: TurnResult } | null {
    const plan = this.planTurn(w);
    return plan === null ? null : this.resolveWith(plan, this.inPlaceBotOrders(plan, hardBudget));
  }

  /** Apply one event. `precomputed`: the engine's result the room already has for a
   * `resolved` event (otherwise the turn is replayed here and its hash checked). */
  apply(e: LogEvent, precomputed?: TurnResult): void {
    switch (e.kind) {
      case 'created':
        throw new RebuildError('a class is created only once');
      case 'joined':
        this.participants.set(e.participant, { id: e.participant, name: e.name, tokenHash: e.tokenHash, seat: null });
        this.byToken.set(e.tokenHash, e.participant);
        return;
      case 'assigned': {
        const p = this.participants.get(e.participant);
        if (p === undefined) throw new RebuildError(`seat given to unknown participant ${e.participant}`);
        p.seat = e.seat;
        return;
      }
      case 'settings': {
        const { kind: _k, ...changes } = e;
        this.settings = { ...this.settings, ...changes };
        return;
      }
      case 'started':
        this.phase = 'playing';
        return;
      case 'paused':
        this.paused = true;
        return;
      case 'resumed':
        this.paused = false;
        return;
      case 'submitted': {
        const world = this.worlds[e.world];
        if (world === undefined) throw new RebuildError(`orders for unknown world ${e.world + 1}`);
        if (e.turn !== world.state.turn) return;
        world.pending.set(e.actor, { orders: e.orders, by: e.by });
        world.submissions.set(e.actor, (world.submissions.get(e.actor) ?? 0) + 1);
        return;
      }
      case 'resolved':
        this.applyResolved(e, precomputed);
        return;
      case 'chat':
        this.chats.push({
          world: e.world,
          turn: e.turn,
          from: e.from,
          fromName: this.nameOf(e.by, e.from),
          to: e.to,
          text: e.text,
          by: e.by,
        });
        return;
      case 'inject':
        this.injects.push({ world: e.world, turn: e.turn, card: e.card, title: e.title, text: e.text });
        return;
      case 'ended':
        this.phase = 'ended';
        return;
    }
  }

  private nameOf(by: string | null, from: ActorId | 'instructor'): string {
    if (from === 'instructor') return 'Instructor';
    return (by === null ? undefined : this.participants.get(by)?.name) ?? from;
  }

  private applyResolved(e: Extract<LogEvent, { kind: 'resolved' }>, precomputed?: TurnResult): void {
    const world = this.worlds[e.world];
    if (world === undefined) throw new RebuildError(`turn resolved in unknown world ${e.world + 1}`);
    if (e.turn !== world.state.turn)
      throw new RebuildError(`world ${e.world + 1}: turn ${e.turn} resolved when turn ${world.state.turn} was due`);
    const result = precomputed ?? resolveTurn(world.state, e.orders);
    const hash = precomputed === undefined ? hashState(result.state) : e.hash;
    if (hash !== e.hash)
      throw new RebuildError(
        `world ${e.world + 1}, turn ${e.turn} does not verify: the log says state ${fingerprint(e.hash)}, replaying gives ${fingerprint(hash)}`,
      );
    world.turns.push({ orders: e.orders, report: result.report, state: result.state, hash, filled: e.filled });
    world.state = result.state;
    world.pending.clear();
    world.submissions.clear();
  }
}

/** Build a session from its log rows (in `seq` order), replaying every turn. */
export function rebuild(code: string, rows: readonly { seq: number; kind: string; body: string }[]): Session {
  const [first, ...rest] = rows;
  if (first === undefined) throw new RebuildError(`class ${code} has no log`);
  const created = parseRow(first.kind, first.body);
  if (typeof created === 'string' || created.kind !== 'created')
    throw new RebuildError(`class ${code}: the log does not start with the class's creation`);
  const scenario = validateScenario(created.scenario);
  if (!scenario.ok) throw new RebuildError(`class ${code}: the logged scenario is not valid`);
  if (scenarioContentHash(scenario.value) !== created.scenarioHash)
    throw new RebuildError(`class ${code}: the logged scenario does not match its content hash`);
  const session = new Session(
    code,
    scenario.value,
    created.scenarioHash,
    created.engine,
    created.seeds,
    created.settings,
  );
  for (const [i, row] of rest.entries()) {
    if (row.seq !== i + 1) throw new RebuildError(`class ${code}: log row ${i + 1} is missing`);
    const e: RawEvent | string = parseRow(row.kind, row.body);
    if (typeof e === 'string') throw new RebuildError(`class ${code}: log row ${row.seq} (${row.kind}): ${e}`);
    if (e.kind === 'created') throw new RebuildError(`class ${code}: log row ${row.seq} creates the class again`);
    session.apply(e);
  }
  return session;
}
