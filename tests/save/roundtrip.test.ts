/** Saving, loading and playing on must be indistinguishable from never having saved. */
import { describe, expect, it } from 'vitest';
import { realisticOrders } from '../../src/sim/index.ts';
import type { GameState, Order } from '../../src/engine/index.ts';
import { HOLD, hashState, playTurns, resolveTurn } from '../../src/engine/index.ts';
import type { SaveDoc } from '../../src/save/index.ts';
import {
  cutSave,
  encodeShareCode,
  forkAt,
  loadSave,
  loadShareCode,
  newSave,
  serializeSave,
  withTurn,
} from '../../src/save/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';
import { PLAYERS, ok, realisticSave, shipped } from './helpers.ts';

const scenario = loadScenario();
const straight = playTurns(initialState(scenario), 12, realisticOrders);
const straightHashes = straight.turns.map((t) => t.hash);

/** Play from `state` to the end with realistic orders, recording into `save`. */
function playOn(state: GameState, save: SaveDoc): { save: SaveDoc; hashes: string[] } {
  let s = state;
  let doc = save;
  const hashes: string[] = [];
  while (s.turn <= s.rules.turns) {
    const orders = realisticOrders(s);
    s = resolveTurn(s, orders).state;
    const h = hashState(s);
    hashes.push(h);
    doc = withTurn(doc, orders, h);
  }
  return { save: doc, hashes };
}

describe('save, load, play on', () => {
  it.each(Array.from({ length: 13 }, (_, k) => k))(
    'after turn %i, through a file: same hashes as without saving',
    (k) => {
      const saved = serializeSave(cutSave(realisticSave(), k));
      const g = ok(loadSave(saved));
      expect(g.states[k]!.turn).toBe(k + 1);
      const on = playOn(g.states[k]!, g.save);
      expect(on.hashes).toEqual(straightHashes.slice(k));
      // and the whole game saved again verifies to the same end
      expect(ok(loadSave(serializeSave(on.save))).finalHash).toBe(straightHashes[11]);
    },
  );

  it.each(Array.from({ length: 13 }, (_, k) => k))(
    'after turn %i, through a link: same hashes as without saving',
    (k) => {
      const code = encodeShareCode(cutSave(realisticSave(), k), shipped);
      const g = ok(loadShareCode(code, shipped));
      expect(g.finalHash).toBe(k === 0 ? hashState(initialState(scenario)) : straightHashes[k - 1]);
      expect(playOn(g.states[k]!, g.save).hashes).toEqual(straightHashes.slice(k));
    },
  );

  it('a loaded game carries every intermediate state and report of the straight game', () => {
    const g = ok(loadSave(serializeSave(realisticSave())));
    expect(g.states.slice(1).map(hashState)).toEqual(straightHashes);
    expect(g.reports).toEqual(straight.turns.map((t) => t.report));
  });

  it('a save recorded turn by turn equals the save of the whole run', () => {
    const recorded = playOn(initialState(scenario), newSave(scenario, scenario.seed, PLAYERS)).save;
    expect(recorded).toEqual(realisticSave());
  });
});

describe('fork a what-if', () => {
  it('cuts at turn 5, plays on differently, and the fork verifies on its own', () => {
    const g = ok(loadSave(serializeSave(realisticSave())));
    const fork = forkAt(g, 5);
    expect(fork.save.turns).toHaveLength(5);
    expect(hashState(fork.state)).toBe(straightHashes[4]);
    // what if everyone had held from turn 6?
    const rest = playTurns(fork.state, 7, HOLD);
    let doc = fork.save;
    for (const t of rest.turns) doc = withTurn(doc, t.orders, t.hash);
    const back = ok(loadSave(serializeSave(doc)));
    expect(back.finalHash).toBe(rest.turns.at(-1)!.hash);
    expect(back.finalHash).not.toBe(straightHashes[11]);
    // the same as playing the mixed sequence from the start
    const mixed = (s: GameState): readonly Order[] => (s.turn <= 5 ? realisticOrders(s) : []);
    expect(playTurns(initialState(scenario), 12, mixed).turns.map((t) => t.hash)).toEqual(
      back.save.turns.map((t) => t.hash),
    );
  });

  it.each([
    { turns: -1, message: 'cutSave: turn -1 is outside 0..12' },
    { turns: 13, message: 'cutSave: turn 13 is outside 0..12' },
    { turns: 2.5, message: 'cutSave: turn 2.5 is outside 0..12' },
  ])('refuses to cut at $turns', ({ turns, message }) => {
    expect(() => cutSave(realisticSave(), turns)).toThrow(message);
  });
});
