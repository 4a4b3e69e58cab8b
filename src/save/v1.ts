/**
 * Save format version 1 (engine 0.0.x, before scenario hashes and named players):
 *
 *   { "format": "veto-save", "version": 1, "engine": "0.0.3", "scenario": {…}, "seed": 7,
 *     "players": { "RUS": "human", "PRK": "bot", "CHN": "none", "UNSC": "none" },
 *     "orders": [[…turn 1…], [ …turn 2… ]],
 *     "hashes": ["…after turn 1…", "…after turn 2…"] }
 *
 * Orders and hashes were parallel lists, players bare strings, and the scenario carried no
 * content hash. The migration zips the lists into turns, turns each player into a slot and
 * computes the scenario's content hash; the replay then proves the result, as for any save.
 */
import { z } from 'zod';
import { ACTORS, ENGINE_VERSION } from '../engine/index.ts';
import type { ActorId } from '../engine/index.ts';
import { OrderListSchema } from '../engine/index.ts';
import { scenarioContentHash } from '../scenario/index.ts';
import { validateScenarioCached } from './scenarioCache.ts';
import type { SaveResult } from './errors.ts';
import { fail, scenarioRefused } from './errors.ts';
import type { PlayerSlot } from './format.ts';
import { EngineVersion, Hash, MAX_SAVE_TURNS, PLAYER_KINDS, SAVE_FORMAT, Seed } from './format.ts';

const PlayerV1 = z.enum(PLAYER_KINDS);

export const SaveV1Schema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(1),
  engine: EngineVersion,
  scenario: z.unknown(),
  seed: Seed,
  players: z.strictObject(Object.fromEntries(ACTORS.map((a) => [a, PlayerV1])) as Record<ActorId, typeof PlayerV1>),
  orders: z.array(OrderListSchema).max(MAX_SAVE_TURNS),
  hashes: z.array(Hash).max(MAX_SAVE_TURNS),
});
export type SaveV1 = z.infer<typeof SaveV1Schema>;

/** Version 1 → version 2 (a plain object for the version 2 schema to check). */
export function migrateV1(doc: SaveV1): SaveResult<unknown> {
  if (doc.orders.length !== doc.hashes.length) {
    return fail(
      'invalid',
      'hashes',
      `has ${doc.hashes.length} hashes for ${doc.orders.length} turns of orders; a version 1 save has one of each per turn`,
    );
  }
  const scenario = validateScenarioCached(doc.scenario);
  if (!scenario.ok) return scenarioRefused(scenario.error, doc.engine, ENGINE_VERSION);
  const players = {} as Record<ActorId, PlayerSlot>;
  for (const a of ACTORS) players[a] = { kind: doc.players[a] };
  return {
    ok: true,
    value: {
      format: SAVE_FORMAT,
      version: 2,
      engine: doc.engine,
      scenario: doc.scenario,
      scenarioHash: scenarioContentHash(scenario.value),
      seed: doc.seed,
      players,
      // The lengths were checked equal above.
      turns: doc.orders.map((orders, i) => ({ orders, hash: doc.hashes[i] ?? '' })),
    },
  };
}
