/**
 * A class online: the protocol between the class server and its clients (zod schemas for
 * what clients send, types for what the server sends) and the pure helpers both ends share
 * (join codes, the scenario as a student reads it, the class debrief, the scores as CSV).
 * No I/O, no DOM, no clock.
 */
export {
  ActorSchema,
  BOT_LEVELS,
  CLIENT_MESSAGES,
  CLOSE,
  ChatTextSchema,
  JoinOptionsSchema,
  MAX_CHAT_CHARS,
  MAX_DEADLINE_SECONDS,
  MAX_INJECT_TEXT_CHARS,
  MAX_INJECT_TITLE_CHARS,
  MAX_NAME_CHARS,
  MAX_SEAT_ORDERS,
  MAX_STUDENTS,
  MAX_WORLDS,
  MIN_DEADLINE_SECONDS,
  NameSchema,
  PHASES,
  SERVER_MESSAGE_TYPES,
  STUDENT_MESSAGES,
  SeatSchema,
  SecretSchema,
  firstIssue,
  parseClientMessage,
} from './protocol.ts';
export type {
  BotLevel,
  ChatMessage,
  ClassStatus,
  ClientBody,
  ClientMessage,
  ClientMessageType,
  ErrorMessage,
  InjectMessage,
  JoinOptions,
  Phase,
  RosterEntry,
  RulesMessage,
  Seat,
  ServerMessageType,
  ServerMessages,
  StateViewBody,
  SubmittedMessage,
  Verdict,
  ViewMessage,
  ViewsMessage,
  Welcome,
  WorldStatus,
  You,
} from './protocol.ts';
export { CODE_ALPHABET, CODE_LENGTH, codeFromBytes, formatCode, isCode, normalizeCode } from './codes.ts';
export { classScenario } from './publicScenario.ts';
export type { ClassScenario } from './publicScenario.ts';
export { classDebrief } from './debrief.ts';
export type { ActorAcrossWorlds, ClassDebrief, WorldDebrief, WorldOutcome } from './debrief.ts';
export { CSV_HEADER, csvField, scoresCsv } from './scoresCsv.ts';
export type { WorldScores } from './scoresCsv.ts';
