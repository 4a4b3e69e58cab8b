/**
 * Golden bots-only games: every turn's orders and the state hash after it, for two seeds of the
 * shipped scenario. A change to a bot, a rule or the scenario that alters play shows up here as
 * the first turn that differs. When the change is intended, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run tests/ai/golden.test.ts
 * and review the diff of tests/ai/golden/*.json like any other change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index.ts';
import { playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { botsFor } from '../../src/ai/index.ts';
import { loadScenario } from '../fixtures.ts';

interface GoldenTurn {
  turn: number;
  orders: readonly Order[];
  hash: string;
}

const DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const GAMES = [
  { scenario: 'summit-2023', seed: 1 },
  { scenario: 'summit-2023', seed: 2023 },
];

describe('golden bots-only games', () => {
  for (const g of GAMES) {
    it(`${g.scenario}, seed ${g.seed}`, () => {
      const scenario = loadScenario(g.scenario);
      const played: GoldenTurn[] = playTurns(initialState(scenario, g.seed), scenario.turns, botsFor()).turns.map(
        (t) => ({ turn: t.report.turn, orders: t.orders, hash: t.hash }),
      );
      const file = `${DIR}${g.scenario}-seed${g.seed}.json`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(played, null, 1)}\n`);
      expect(existsSync(file), `${file} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
      const golden = JSON.parse(readFileSync(file, 'utf8')) as GoldenTurn[];
      for (let i = 0; i < golden.length; i++) {
        expect(played[i], `turn ${i + 1} differs from ${file} (UPDATE_GOLDEN=1 to accept an intended change)`).toEqual(
          golden[i],
        );
      }
      expect(played.length).toBe(golden.length);
    });
  }
});
