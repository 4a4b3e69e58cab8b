/**
 * Save format version 2 (engine 0.1–0.3): like version 3 without the hash chain.
 *
 *   { "format": "veto-save", "version": 2, "engine": "0.3.0", "seed": 2023,
 *     "players": {…}, "scenarioHash": "…", "turns": [{ "orders": […], "hash": "…" }, …],
 *     "scenario": {…} }
 *
 * Its per-turn hashes cover the states only. The migration computes the chain from what the
 * file says (header, orders, state hashes); the replay then proves every state hash as for
 * any save, so a migrated game is exactly as trustworthy as its states. What version 2 could
 * not seal (orders that changed nothing, players, the engine version, the scenario's text) is
 * taken as the file gives it, and the loaded game says it came from version 2.
 */
import { z } from 'zod';
import { OrderListSchema } from '../engine/index.ts';
import type { Order } from '../engine/index.ts';
import { chainOf, startHash } from './chain.ts';
import type { SaveResult } from './errors.ts';
import type { Players } from './format.ts';
import { EngineVersion, Hash, MAX_SAVE_TURNS, PlayersSchema, SAVE_FORMAT, Seed } from './format.ts';

export const SaveV2Schema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(2),
  engine: EngineVersion,
  scenario: z.unknown(),
  scenarioHash: Hash,
  seed: Seed,
  players: PlayersSchema,
  turns: z.array(z.strictObject({ orders: OrderListSchema, hash: Hash })).max(MAX_SAVE_TURNS),
});
export type SaveV2 = z.infer<typeof SaveV2Schema>;

/** Version 2 → version 3 (a plain object for the version 3 schema to check). */
export function migrateV2(doc: SaveV2): SaveResult<unknown> {
  const header = {
    engine: doc.engine,
    scenarioHash: doc.scenarioHash,
    seed: doc.seed,
    players: doc.players as Players,
  };
  const turns = doc.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash }));
  const chain = chainOf(header, turns);
  return {
    ok: true,
    value: {
      ...doc,
      version: 3,
      start: startHash(header),
      // One chain hash per turn, computed above from the same list.
      turns: turns.map((t, i) => ({ ...t, chain: chain[i] ?? '' })),
    },
  };
}
