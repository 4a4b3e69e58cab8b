/**
 * Making saves: start one, record each turn, cut it at a turn to fork a what-if, and write
 * it as text. Saves are immutable values; every function returns a new one, with its hash
 * chain (chain.ts) up to date.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { Order } from '../engine/index.ts';
import type { PlayResult } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import { scenarioContentHash } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { chainOf, startHash, turnHash } from './chain.ts';
import type { Players, SaveDoc } from './format.ts';
import { CURRENT_SAVE_VERSION, SAVE_FORMAT } from './format.ts';
import type { LoadedGame } from './verify.ts';

export function newSave(scenario: Scenario, seed: number, players: Players, engine = ENGINE_VERSION): SaveDoc {
  const scenarioHash = scenarioContentHash(scenario);
  return {
    format: SAVE_FORMAT,
    version: CURRENT_SAVE_VERSION,
    engine,
    scenario,
    scenarioHash,
    seed,
    players,
    start: startHash({ engine, scenarioHash, seed, players }),
    turns: [],
  };
}

/** The save with one more turn: the orders resolved and the hash of the state they gave. */
export function withTurn(save: SaveDoc, orders: readonly Order[], hash: string): SaveDoc {
  const chain = turnHash(save.turns.at(-1)?.chain ?? save.start, orders, hash);
  return { ...save, turns: [...save.turns, { orders: [...orders], hash, chain }] };
}

/** The save with the given turns (orders and state hashes), chained from its start. */
export function withTurns(save: SaveDoc, turns: readonly { orders: readonly Order[]; hash: string }[]): SaveDoc {
  const chain = chainOf(save, turns);
  return { ...save, turns: turns.map((t, i) => ({ orders: [...t.orders], hash: t.hash, chain: chain[i] ?? '' })) };
}

/** The same game with other players or another engine version: a new start, so a new chain. */
export function restamp(save: SaveDoc, change: { players?: Players; engine?: string }): SaveDoc {
  const next = { ...save, players: change.players ?? save.players, engine: change.engine ?? save.engine };
  return withTurns({ ...next, start: startHash(next) }, save.turns);
}

/** A save of a whole `playTurns` run. */
export function saveOfPlay(scenario: Scenario, seed: number, players: Players, play: PlayResult): SaveDoc {
  return withTurns(newSave(scenario, seed, players), play.turns);
}

/** The first `turns` turns only: the game as it stood after that turn (its chain is a prefix
 * of the whole game's, so a cut save verifies on its own). */
export function cutSave(save: SaveDoc, turns: number): SaveDoc {
  if (!Number.isSafeInteger(turns) || turns < 0 || turns > save.turns.length) {
    throw new RangeError(`cutSave: turn ${turns} is outside 0..${save.turns.length}`);
  }
  return { ...save, turns: save.turns.slice(0, turns) };
}

/** Fork a what-if from a verified game after `turns` turns: the cut save and the state to
 * play on from. The fork is saved by this engine from here on. */
export function forkAt(game: LoadedGame, turns: number): { save: SaveDoc; state: GameState } {
  const save = cutSave(game.save, turns);
  // cutSave refused a turn outside the game, so the state after it exists.
  const state = game.states[turns];
  if (state === undefined) throw new RangeError(`forkAt: no state after turn ${turns}`);
  return { save: save.engine === ENGINE_VERSION ? save : restamp(save, { engine: ENGINE_VERSION }), state };
}

/**
 * Save text: the header first, one line per turn (easy to read and to diff), the scenario
 * last. Any JSON reader can read it; `loadSave` reads it back exactly.
 */
export function serializeSave(save: SaveDoc): string {
  const head = [
    `  "format": ${JSON.stringify(save.format)}`,
    `  "version": ${save.version}`,
    `  "engine": ${JSON.stringify(save.engine)}`,
    `  "seed": ${save.seed}`,
    `  "players": ${JSON.stringify(save.players)}`,
    `  "scenarioHash": ${JSON.stringify(save.scenarioHash)}`,
    `  "start": ${JSON.stringify(save.start)}`,
  ];
  const turns =
    save.turns.length === 0
      ? '  "turns": []'
      : `  "turns": [\n${save.turns.map((t) => `    ${JSON.stringify({ orders: t.orders, hash: t.hash, chain: t.chain })}`).join(',\n')}\n  ]`;
  const scenario = `  "scenario": ${JSON.stringify(save.scenario, null, 2).replace(/\n/g, '\n  ')}`;
  return `{\n${[...head, turns, scenario].join(',\n')}\n}\n`;
}
