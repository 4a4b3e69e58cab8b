/**
 * The save document, format version 3 (the current one). A save carries what is needed to
 * replay the game and the proof that the replay is right:
 *
 *   format        "veto-save"
 *   version       3
 *   engine        ENGINE_VERSION of the program that played it
 *   scenario      the whole scenario, so custom scenarios travel with the save
 *   scenarioHash  scenarioContentHash(scenario)
 *   seed          the game's seed
 *   players       who plays each actor
 *   start         the hash chain's start (chain.ts): engine, scenario hash, seed and players
 *   turns         per turn: every actor's orders (one list, as resolveTurn takes them), the
 *                 canonical hash of the state after the turn (`hash`) and the chain's hash
 *                 after the turn (`chain`: the previous one, the orders and the state hash)
 *
 * Version 2 had no `start` and no `chain`: its hashes proved the states but not the orders
 * that changed nothing, the players, the engine version or the scenario's text.
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
import { VisibleText } from '../scenario/index.ts';

export const SAVE_FORMAT = 'veto-save';
export const CURRENT_SAVE_VERSION = 3;
/** The share code format written now (link.ts); it moves with the save format. */
export const LINK_VERSION = 2;
/** More turns than any scenario may have (the scenario schema allows 200). */
export const MAX_SAVE_TURNS = 1000;

export const PLAYER_KINDS = ['human', 'bot', 'none'] as const;

/** `name`: a person's display name, or the bot's id; `none` means the actor holds (no orders). */
export const PlayerSlotSchema = z.strictObject({
  kind: z.enum(PLAYER_KINDS),
  name: VisibleText(40).exactOptional(),
});
export type PlayerSlot = z.infer<typeof PlayerSlotSchema>;
export type Players = Record<ActorId, PlayerSlot>;

export const PlayersSchema = z.strictObject(
  Object.fromEntries(ACTORS.map((a) => [a, PlayerSlotSchema])) as Record<ActorId, typeof PlayerSlotSchema>,
);

export const EngineVersion = z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a version number such as "0.1.0"');

export const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash (64 lower-case hex digits)');

export const Seed = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The document's shape with the scenario still unchecked (the scenario loader does it). */
export const SaveV3Schema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(3),
  engine: EngineVersion,
  scenario: z.unknown(),
  scenarioHash: Hash,
  seed: Seed,
  players: PlayersSchema,
  start: Hash,
  turns: z.array(z.strictObject({ orders: OrderListSchema, hash: Hash, chain: Hash })).max(MAX_SAVE_TURNS),
});

export interface SavedTurn {
  orders: Order[];
  /** The canonical hash of the state after the turn. */
  hash: string;
  /** The chain's hash after the turn (chain.ts). */
  chain: string;
}

export interface SaveDoc {
  format: typeof SAVE_FORMAT;
  version: 3;
  engine: string;
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  players: Players;
  start: string;
  turns: SavedTurn[];
}

export const ALL_HOLD: Players = {
  RUS: { kind: 'none' },
  PRK: { kind: 'none' },
  CHN: { kind: 'none' },
  UNSC: { kind: 'none' },
};
