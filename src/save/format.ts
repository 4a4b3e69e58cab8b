/**
 * The save document, format version 2 (the current one). A save carries what is needed to
 * replay the game and the proof that the replay is right:
 *
 *   format        "veto-save"
 *   version       2
 *   engine        ENGINE_VERSION of the program that played it
 *   scenario      the whole scenario, so custom scenarios travel with the save
 *   scenarioHash  scenarioContentHash(scenario)
 *   seed          the game's seed
 *   players       who plays each actor
 *   turns         per turn: every actor's orders (one list, as resolveTurn takes them) and
 *                 the canonical hash of the state after the turn
 *
 * Orders are validated with the engine's own OrderListSchema, so new order kinds need no
 * change here. The scenario is checked by the scenario loader (schema and semantics).
 */
import { z } from 'zod';
import type { Order } from '../engine/index.ts';
import { OrderListSchema } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { ActorId } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';

export const SAVE_FORMAT = 'veto-save';
export const CURRENT_SAVE_VERSION = 2;
/** More turns than any scenario may have (the scenario schema allows 200). */
export const MAX_SAVE_TURNS = 1000;

export const PLAYER_KINDS = ['human', 'bot', 'none'] as const;

/** `name`: a person's display name, or the bot's id; `none` means the actor holds (no orders). */
export const PlayerSlotSchema = z.strictObject({
  kind: z.enum(PLAYER_KINDS),
  name: z.string().min(1).max(40).exactOptional(),
});
export type PlayerSlot = z.infer<typeof PlayerSlotSchema>;
export type Players = Record<ActorId, PlayerSlot>;

export const PlayersSchema = z.strictObject(
  Object.fromEntries(ACTORS.map((a) => [a, PlayerSlotSchema])) as Record<ActorId, typeof PlayerSlotSchema>,
);

export const EngineVersion = z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a version number such as "0.1.0"');

export const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash (64 lower-case hex digits)');

export const SavedTurnSchema = z.strictObject({
  orders: OrderListSchema,
  hash: Hash,
});

/** The document's shape with the scenario still unchecked (the scenario loader does it). */
export const SaveV2Schema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(2),
  engine: EngineVersion,
  scenario: z.unknown(),
  scenarioHash: Hash,
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  players: PlayersSchema,
  turns: z.array(SavedTurnSchema).max(MAX_SAVE_TURNS),
});

export interface SavedTurn {
  orders: Order[];
  hash: string;
}

export interface SaveDoc {
  format: typeof SAVE_FORMAT;
  version: 2;
  engine: string;
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  players: Players;
  turns: SavedTurn[];
}

export const ALL_HOLD: Players = {
  RUS: { kind: 'none' },
  PRK: { kind: 'none' },
  CHN: { kind: 'none' },
  UNSC: { kind: 'none' },
};
