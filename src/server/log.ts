/**
 * The append-only log of a class, one row per event, in the order they happened (`seq`). A
 * room never holds anything the log cannot give back: after a crash or a restart, or on
 * another server process, the class is rebuilt by replaying its log (session.ts), and every
 * resolved turn's state hash is checked on the way.
 *
 * Rows are read back through zod like any other input: a log edited by hand is refused with
 * the row it broke at, not trusted.
 */
import { z } from 'zod';
import { ACTORS, OrderListSchema, type Order } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { BotLevel, Seat } from '../classroom/index.ts';
import {
  ActorSchema,
  BOT_LEVELS,
  MAX_DEADLINE_SECONDS,
  MAX_WORLDS,
  MIN_DEADLINE_SECONDS,
  SeatSchema,
} from '../classroom/index.ts';
import type { Db } from './db.ts';
import { isUniqueViolation } from './db.ts';

export interface Settings {
  botLevel: BotLevel;
  deadlineSeconds: number | null;
  autoAdvance: boolean;
}

const SettingsSchema = z.strictObject({
  botLevel: z.enum(BOT_LEVELS),
  deadlineSeconds: z.number().int().min(MIN_DEADLINE_SECONDS).max(MAX_DEADLINE_SECONDS).nullable(),
  autoAdvance: z.boolean(),
});

const Hash = z.string().regex(/^[0-9a-f]{64}$/);
const World = z
  .number()
  .int()
  .min(0)
  .max(MAX_WORLDS - 1);
const Turn = z.number().int().min(1).max(1000);
const Text = z.string().max(4000);
const FILLED = ['human', 'bot', 'hold'] as const;

/** Events whose body is fully checked here; `created` carries the scenario, which the
 * scenario loader checks (session.ts). */
const EventSchemas = {
  created: z.strictObject({
    engine: z.string().max(32),
    scenario: z.unknown(),
    scenarioHash: Hash,
    seeds: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).min(1).max(MAX_WORLDS),
    settings: SettingsSchema,
  }),
  joined: z.strictObject({ participant: z.string().max(8), name: z.string().max(200), tokenHash: Hash }),
  assigned: z.strictObject({ participant: z.string().max(8), seat: SeatSchema.nullable() }),
  settings: SettingsSchema.partial(),
  started: z.strictObject({}),
  paused: z.strictObject({}),
  resumed: z.strictObject({}),
  submitted: z.strictObject({
    world: World,
    turn: Turn,
    actor: ActorSchema,
    by: z.string().max(8),
    orders: OrderListSchema,
  }),
  resolved: z.strictObject({
    world: World,
    turn: Turn,
    orders: OrderListSchema,
    hash: Hash,
    filled: z.strictObject(
      Object.fromEntries(ACTORS.map((a) => [a, z.enum(FILLED)])) as Record<
        (typeof ACTORS)[number],
        z.ZodEnum<{ human: 'human'; bot: 'bot'; hold: 'hold' }>
      >,
    ),
  }),
  chat: z.strictObject({
    world: World,
    turn: Turn,
    from: z.union([ActorSchema, z.literal('instructor')]),
    by: z.string().max(8).nullable(),
    to: z.union([ActorSchema, z.literal('all')]),
    text: Text,
  }),
  inject: z.strictObject({
    world: World.nullable(),
    turn: Turn,
    card: z.string().max(64).nullable(),
    title: Text,
    text: Text,
  }),
  ended: z.strictObject({}),
} as const;

export type Filled = (typeof FILLED)[number];

export type LogEvent =
  | {
      kind: 'created';
      engine: string;
      scenario: Scenario;
      scenarioHash: string;
      seeds: number[];
      settings: Settings;
    }
  | { kind: 'joined'; participant: string; name: string; tokenHash: string }
  | { kind: 'assigned'; participant: string; seat: Seat | null }
  | ({ kind: 'settings' } & Partial<Settings>)
  | { kind: 'started' }
  | { kind: 'paused' }
  | { kind: 'resumed' }
  | { kind: 'submitted'; world: number; turn: number; actor: Seat['actor']; by: string; orders: Order[] }
  | {
      kind: 'resolved';
      world: number;
      turn: number;
      orders: Order[];
      hash: string;
      filled: Record<Seat['actor'], Filled>;
    }
  | {
      kind: 'chat';
      world: number;
      turn: number;
      from: Seat['actor'] | 'instructor';
      by: string | null;
      to: Seat['actor'] | 'all';
      text: string;
    }
  | { kind: 'inject'; world: number | null; turn: number; card: string | null; title: string; text: string }
  | { kind: 'ended' };

export type LogKind = LogEvent['kind'];

/** A `created` event whose scenario is still unchecked. */
export type RawEvent =
  | Exclude<LogEvent, { kind: 'created' }>
  | (Omit<Extract<LogEvent, { kind: 'created' }>, 'scenario'> & { scenario: unknown });

function isKind(k: string): k is LogKind {
  return Object.hasOwn(EventSchemas, k);
}

/** One row → its event, or what is wrong with it. */
export function parseRow(kind: string, body: string): RawEvent | string {
  if (!isKind(kind)) return `unknown event kind "${kind.slice(0, 20)}"`;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'the body is not JSON';
  }
  const r = EventSchemas[kind].safeParse(json);
  if (!r.success) return r.error.issues[0]?.message ?? 'invalid';
  return { kind, ...r.data } as RawEvent;
}

function bodyOf(e: LogEvent): string {
  const { kind: _kind, ...rest } = e;
  return JSON.stringify(rest);
}

export interface ClassRow {
  code: string;
  title: string;
  scenario_id: string;
  scenario_hash: string;
  worlds: number;
  created_at: Date;
  ended: boolean;
}

/** Thrown when another writer appended at the same place: this process no longer owns the class. */
export class LostOwnership extends Error {}

/** Appends events for one class, numbering them. Writes go one after another, each awaited
 * before the next, so the log's order is the order the room applied them in. */
export class ClassLog {
  private next: number;
  constructor(
    private readonly db: Db,
    readonly code: string,
    nextSeq: number,
  ) {
    this.next = nextSeq;
  }

  get length(): number {
    return this.next;
  }

  async append(events: readonly LogEvent[]): Promise<void> {
    for (const e of events) {
      try {
        await this.db.query('INSERT INTO veto_log (code, seq, kind, body) VALUES ($1, $2, $3, $4)', [
          this.code,
          this.next,
          e.kind,
          bodyOf(e),
        ]);
      } catch (x) {
        if (isUniqueViolation(x)) throw new LostOwnership(`class ${this.code} was written by another server process`);
        throw x;
      }
      this.next += 1;
    }
  }
}

/** A new class: its index row and its first event, in one transaction. */
export async function createClass(
  db: Db,
  code: string,
  created: Extract<LogEvent, { kind: 'created' }>,
): Promise<void> {
  await db.transaction(async (query) => {
    await query(
      'INSERT INTO veto_classes (code, title, scenario_id, scenario_hash, worlds) VALUES ($1, $2, $3, $4, $5)',
      [code, created.scenario.title, created.scenario.id, created.scenarioHash, created.seeds.length],
    );
    await query('INSERT INTO veto_log (code, seq, kind, body) VALUES ($1, 0, $2, $3)', [
      code,
      'created',
      bodyOf(created),
    ]);
  });
}

export async function readLog(db: Db, code: string): Promise<{ seq: number; kind: string; body: string }[]> {
  return db.query<{ seq: number; kind: string; body: string }>(
    'SELECT seq, kind, body FROM veto_log WHERE code = $1 ORDER BY seq',
    [code],
  );
}

export async function classExists(db: Db, code: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM veto_classes WHERE code = $1', [code])).length > 0;
}

export async function listClasses(db: Db): Promise<ClassRow[]> {
  return db.query<ClassRow>(
    `SELECT c.code, c.title, c.scenario_id, c.scenario_hash, c.worlds, c.created_at,
       EXISTS (SELECT 1 FROM veto_log l WHERE l.code = c.code AND l.kind = 'ended') AS ended
     FROM veto_classes c ORDER BY c.created_at DESC, c.code LIMIT 200`,
  );
}
