/**
 * The class protocol: every message a client may send, as zod schemas (the server checks each
 * one before it does anything), and the shapes of what the server sends back. One module for
 * both ends, so the browser client and the server can never disagree on a field.
 *
 * Orders inside a `submit` are checked with the engine's own `OrderSchema`; everything else
 * is bounded here (names, chat text, counts), so no message can grow the server's memory or
 * the log without limit.
 */
import { z } from 'zod';
import type { ActorId, ReportView, Result, RulesView, StateView } from '../engine/index.ts';
import { ACTORS, OrderSchema, err, ok } from '../engine/index.ts';
import type { ClassDebrief } from './debrief.ts';
import type { ClassScenario } from './publicScenario.ts';

/** Most orders one seat may submit in a turn (four seats together stay far below the engine's cap). */
export const MAX_SEAT_ORDERS = 48;
export const MAX_NAME_CHARS = 40;
export const MAX_CHAT_CHARS = 500;
export const MAX_INJECT_TITLE_CHARS = 120;
export const MAX_INJECT_TEXT_CHARS = 1000;
/** Parallel games in one class session. */
export const MAX_WORLDS = 8;
/** Students in one class session (the room's own limit; the instructor's tabs come on top). */
export const MAX_STUDENTS = 80;
export const MIN_DEADLINE_SECONDS = 30;
export const MAX_DEADLINE_SECONDS = 3600;

/**
 * What plays a seat no student holds. `hold`: the actor gives no orders (production and needs
 * still run); `easy`: the heuristic bot of src/ai; `hard`: its search bot (a few seconds of a
 * server thread per turn, never the thread that answers the clients: src/server/botPool.ts).
 * The log and saves record orders, not bots, so replaying a class never runs a bot.
 */
export const BOT_LEVELS = ['hold', 'easy', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

// Control characters, bidi overrides and isolates, zero-width and other format characters:
// none belongs in a name or a message, and some would let one player's text spoof another's.
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Text a person typed: trimmed, not empty, bounded, without invisible or control characters. */
function plainText(max: number, allowNewlines: boolean) {
  return z
    .string()
    .max(max * 4)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, 'is empty')
        .max(max, `is longer than ${max} characters`)
        .refine(
          (s) => !UNSAFE.test(allowNewlines ? s.replace(/\n/g, '') : s),
          'contains invisible or control characters',
        ),
    );
}

export const NameSchema = plainText(MAX_NAME_CHARS, false);
export const ChatTextSchema = plainText(MAX_CHAT_CHARS, true);
/** A seat token or the instructor's key: 16–64 URL-safe characters. */
export const SecretSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a valid key');
export const ParticipantIdSchema = z.string().regex(/^p[0-9]{1,4}$/, 'is not a participant id');
export const ActorSchema = z.enum(ACTORS);
export const WorldSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_WORLDS - 1);
export const SeatSchema = z.strictObject({ world: WorldSchema, actor: ActorSchema });
export type Seat = z.infer<typeof SeatSchema>;

/** The options of a Colyseus `joinById`: a student (name, and the seat token once it has one)
 * or the instructor (the server's key). */
export const JoinOptionsSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('student'), name: NameSchema, token: SecretSchema.exactOptional() }),
  z.strictObject({ role: z.literal('instructor'), key: SecretSchema }),
]);
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

const Empty = z.strictObject({});

/** Every message a client may send, by type. */
export const CLIENT_MESSAGES = {
  /** The client's handlers are registered: send me everything I may see now. */
  ready: Empty,
  /** Every view of my seat so far (for trends), not only the latest. */
  history: Empty,
  /** My seat's orders for `turn`, replacing any given before. */
  submit: z.strictObject({
    turn: z.number().int().min(1).max(1000),
    orders: z.array(OrderSchema).max(MAX_SEAT_ORDERS),
  }),
  /** A message to another actor of my world, or to everyone in it. */
  chat: z.strictObject({ to: z.union([ActorSchema, z.literal('all')]), text: ChatTextSchema }),
  // The instructor's commands.
  assign: z.strictObject({ participant: ParticipantIdSchema, seat: SeatSchema.nullable() }),
  settings: z.strictObject({
    botLevel: z.enum(BOT_LEVELS).exactOptional(),
    deadlineSeconds: z.number().int().min(MIN_DEADLINE_SECONDS).max(MAX_DEADLINE_SECONDS).nullable().exactOptional(),
    autoAdvance: z.boolean().exactOptional(),
  }),
  start: Empty,
  pause: Empty,
  resume: Empty,
  extend: z.strictObject({
    world: WorldSchema.nullable(),
    seconds: z.number().int().min(10).max(MAX_DEADLINE_SECONDS),
  }),
  advance: z.strictObject({ world: WorldSchema.nullable() }),
  inject: z.union([
    z.strictObject({ world: WorldSchema.nullable(), card: z.string().min(1).max(64) }),
    z.strictObject({
      world: WorldSchema.nullable(),
      title: plainText(MAX_INJECT_TITLE_CHARS, false),
      text: plainText(MAX_INJECT_TEXT_CHARS, true),
    }),
  ]),
  watch: z.strictObject({ world: WorldSchema }),
  end: Empty,
} as const;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export type ClientMessage = {
  [K in ClientMessageType]: { type: K; body: z.infer<(typeof CLIENT_MESSAGES)[K]> };
}[ClientMessageType];
export type ClientBody<K extends ClientMessageType> = z.infer<(typeof CLIENT_MESSAGES)[K]>;

/** What a student may send; everything else is the instructor's. */
export const STUDENT_MESSAGES: readonly ClientMessageType[] = ['ready', 'history', 'submit', 'chat'];

function isClientMessageType(t: unknown): t is ClientMessageType {
  return typeof t === 'string' && Object.hasOwn(CLIENT_MESSAGES, t);
}

/** The first problem of a zod error as one sentence: "orders.0.amount: Too big…". */
export function firstIssue(e: z.ZodError): string {
  const i = e.issues[0];
  if (i === undefined) return 'is not valid';
  const path = i.path.map(String).join('.');
  return path === '' ? i.message : `${path}: ${i.message}`;
}

/** A message off the wire → a typed message, or the sentence that says what is wrong. */
export function parseClientMessage(type: unknown, body: unknown): Result<ClientMessage, string> {
  if (!isClientMessageType(type)) return err(`unknown message type ${JSON.stringify(String(type).slice(0, 40))}`);
  const r = CLIENT_MESSAGES[type].safeParse(body ?? {});
  if (!r.success) return err(`${type}: ${firstIssue(r.error)}`);
  return ok({ type, body: r.data } as ClientMessage);
}

// ——— What the server sends ———

export const PHASES = ['lobby', 'playing', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** A world's progress, as a student of it or the instructor sees it. */
export interface WorldStatus {
  world: number;
  /** The next turn to resolve (greater than `turns` once the game is over). */
  turn: number;
  turns: number;
  over: boolean;
  /** Seats a student holds, and those of them whose orders for this turn are in. */
  humans: ActorId[];
  submitted: ActorId[];
  /** Milliseconds to the deadline when the message was sent; null without a deadline. */
  deadlineIn: number | null;
  /** Computer seats still deciding this turn (hard bots think for a few seconds before the
   * turn resolves; orders for it are closed meanwhile); empty otherwise. */
  thinking: ActorId[];
}

export interface ClassStatus {
  phase: Phase;
  paused: boolean;
  botLevel: BotLevel;
  deadlineSeconds: number | null;
  autoAdvance: boolean;
  /** A student sees its own world only; the instructor every world. */
  worlds: WorldStatus[];
}

export interface You {
  id: string;
  name: string;
  /** The seat token: keep it to get back into the same seat (it is never shown to others). */
  token: string;
}

export interface Welcome {
  role: 'student' | 'instructor';
  code: string;
  title: string;
  worldCount: number;
  you: You | null;
  seat: Seat | null;
  /** The scenario as this client may read it: the public parts and its own briefing. */
  scenario: ClassScenario;
}

/** A view without the rules, which never change in a game and come once in `RulesMessage`. */
export type StateViewBody = Omit<StateView, 'rules'>;

export interface RulesMessage {
  world: number;
  rules: RulesView;
}

/** One turn as a seat (or the instructor) sees it. `hash` is the canonical hash of the whole
 * state: the same for every client of the world, and equal to the save's hash of that turn. */
export interface ViewMessage {
  world: number;
  hash: string;
  state: StateViewBody;
  report: ReportView | null;
}

export interface ViewsMessage {
  world: number;
  views: ViewMessage[];
}

export interface Verdict {
  order: number;
  reason: string;
  message: string;
}

export interface SubmittedMessage {
  world: number;
  turn: number;
  actor: ActorId;
  by: string;
  count: number;
  /** The engine's verdict on each order if the turn resolved now with everyone else holding. */
  verdicts: Verdict[];
}

export interface ChatMessage {
  world: number;
  turn: number;
  from: ActorId | 'instructor';
  fromName: string;
  to: ActorId | 'all';
  text: string;
}

export interface InjectMessage {
  world: number | null;
  turn: number;
  card: string | null;
  title: string;
  text: string;
}

export interface RosterEntry {
  id: string;
  name: string;
  seat: Seat | null;
  online: boolean;
}

export interface ErrorMessage {
  about: string;
  message: string;
}

/** Server → client messages by type. */
export interface ServerMessages {
  welcome: Welcome;
  status: ClassStatus;
  rules: RulesMessage;
  view: ViewMessage;
  views: ViewsMessage;
  submitted: SubmittedMessage;
  chat: ChatMessage;
  inject: InjectMessage;
  roster: RosterEntry[];
  debrief: ClassDebrief;
  error: ErrorMessage;
}
export type ServerMessageType = keyof ServerMessages;
export const SERVER_MESSAGE_TYPES: readonly ServerMessageType[] = [
  'welcome',
  'status',
  'rules',
  'view',
  'views',
  'submitted',
  'chat',
  'inject',
  'roster',
  'debrief',
  'error',
];

/** Close codes the server uses when it ends a connection for good (the client must not rejoin). */
export const CLOSE = {
  /** The join options were refused (bad key, bad name, class full). */
  refused: 4401,
  /** Another process took this class over; rejoin to reach it. */
  moved: 4409,
} as const;
