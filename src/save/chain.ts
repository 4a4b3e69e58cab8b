/**
 * The hash chain that seals a game: everything a viewer is shown is covered by one hash.
 *
 *   start       = H("veto-game-start", engine, scenario content hash, seed, players)
 *   turn k      = H("veto-game-turn", turn k−1's hash (the start for turn 1),
 *                   the canonical JSON of turn k's orders, the state hash after turn k)
 *
 * The orders are hashed as given, rejected ones included and in their order, so adding an
 * order the engine rejects, removing a vote equal to the default or moving an order changes
 * the chain even when it leaves every state as it was. The scenario enters through its
 * content hash (every text and number of it), so an edited briefing changes the start. The
 * last turn's hash is the game's identity: two games with the same one show the same text,
 * names, orders and states.
 *
 * Pure: SHA-256 of plain text, the same in Node and every browser.
 */
import type { Order } from '../engine/index.ts';
import { canonicalJson, sha256Hex } from '../engine/index.ts';
import type { Players } from './format.ts';

/** What the chain's start covers. */
export interface GameHeader {
  engine: string;
  scenarioHash: string;
  seed: number;
  players: Players;
}

/** The chain's first link, before any turn. */
export function startHash(h: GameHeader): string {
  return sha256Hex(`veto-game-start\n${h.engine}\n${h.scenarioHash}\n${h.seed}\n${canonicalJson(h.players)}`);
}

/** Turn k's link from turn k−1's, the turn's orders as given and the state hash after it. */
export function turnHash(previous: string, orders: readonly Order[], stateHash: string): string {
  return sha256Hex(`veto-game-turn\n${previous}\n${canonicalJson(orders)}\n${stateHash}`);
}

/** Every turn's link, from the header and each turn's orders and state hash. */
export function chainOf(h: GameHeader, turns: readonly { orders: readonly Order[]; hash: string }[]): string[] {
  let prev = startHash(h);
  return turns.map((t) => {
    prev = turnHash(prev, t.orders, t.hash);
    return prev;
  });
}
