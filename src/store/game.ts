/** Reading a game in the store: its current state, its hash and its identity (chain hash). */
import type { ActorId, GameState } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { Game } from './types.ts';

export function currentState(g: Game): GameState {
  return g.turns.at(-1)?.state ?? g.initial;
}

export function currentHash(g: Game): string {
  return g.turns.at(-1)?.hash ?? g.initialHash;
}

/** The game's identity: the last link of its hash chain. Two games with the same one show the
 * same scenario, names, orders and states; screens key on it. */
export function gameHash(g: Game): string {
  return g.turns.at(-1)?.chain ?? g.start;
}

/** Bot seats played by the search bot this game. */
export function hardSeats(g: Pick<Game, 'controllers' | 'levels'>): ActorId[] {
  return ACTORS.filter((a) => g.controllers[a] === 'bot' && g.levels[a] === 'hard');
}
