/** Reading a game in the store: its current state and hash. */
import type { GameState } from '../engine/index.ts';
import type { Game } from './types.ts';

export function currentState(g: Game): GameState {
  return g.turns.at(-1)?.state ?? g.initial;
}

export function currentHash(g: Game): string {
  return g.turns.at(-1)?.hash ?? g.initialHash;
}
