/**
 * Making saves: start one, record each turn, cut it at a turn to fork a what-if, and write
 * it as text. Saves are immutable values; every function returns a new one.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { Order } from '../engine/index.ts';
import type { PlayResult } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import { scenarioContentHash } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { Players, SaveDoc } from './format.ts';
import { CURRENT_SAVE_VERSION, SAVE_FORMAT } from './format.ts';
import type { LoadedGame } from './verify.ts';

export function newSave(scenario: Scenario, seed: number, players: Players): SaveDoc {
  return {
    format: SAVE_FORMAT,
    version: CURRENT_SAVE_VERSION,
    engine: ENGINE_VERSION,
    scenario,
    scenarioHash: scenarioContentHash(scenario),
    seed,
    players,
    turns: [],
  };
}

/** The save with one more turn: the orders resolved and the hash of the state they gave. */
export function withTurn(save: SaveDoc, orders: readonly Order[], hash: string): SaveDoc {
  return { ...save, turns: [...save.turns, { orders: [...orders], hash }] };
}

/** A save of a whole `playTurns` run. */
export function saveOfPlay(scenario: Scenario, seed: number, players: Players, play: PlayResult): SaveDoc {
  return {
    ...newSave(scenario, seed, players),
    turns: play.turns.map((t) => ({ orders: [...t.orders], hash: t.hash })),
  };
}

/** The first `turns` turns only: the game as it stood after that turn. */
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
  return { save: { ...save, engine: ENGINE_VERSION }, state };
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
  ];
  const turns =
    save.turns.length === 0
      ? '  "turns": []'
      : `  "turns": [\n${save.turns.map((t) => `    ${JSON.stringify({ orders: t.orders, hash: t.hash })}`).join(',\n')}\n  ]`;
  const scenario = `  "scenario": ${JSON.stringify(save.scenario, null, 2).replace(/\n/g, '\n  ')}`;
  return `{\n${[...head, turns, scenario].join(',\n')}\n}\n`;
}
