/**
 * Golden runs: the shipped 2023 scenario, seed 2023, twelve turns, pinned turn by turn.
 * A rule change that alters any number fails here; when the change is intended, regenerate
 * with `UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts` and say why in the commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOLD, hashState, playTurns } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { realisticOrders } from '../../src/sim/index.ts';
import { loadScenario } from '../fixtures.ts';

const FILE = fileURLToPath(new URL('../fixtures/golden-summit-2023.json', import.meta.url));

interface Golden {
  scenario: string;
  seed: number;
  initial: string;
  hold: string[];
  realistic: string[];
}

function compute(): Golden {
  const sc = loadScenario('summit-2023');
  const start = initialState(sc, 2023);
  return {
    scenario: sc.id,
    seed: 2023,
    initial: hashState(start),
    hold: playTurns(start, sc.turns, HOLD).turns.map((t) => t.hash),
    realistic: playTurns(start, sc.turns, realisticOrders).turns.map((t) => t.hash),
  };
}

describe('golden runs of summit-2023 (seed 2023)', () => {
  const actual = compute();
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FILE, `${JSON.stringify(actual, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(FILE, 'utf8')) as Golden;

  it('the initial state hash', () => expect(actual.initial).toBe(golden.initial));
  it('twelve turns of holding, turn by turn', () => expect(actual.hold).toEqual(golden.hold));
  it('twelve turns of realistic orders, turn by turn', () => expect(actual.realistic).toEqual(golden.realistic));
  it('the final realistic hash equals this literal (a second pin, independent of the fixture file)', () => {
    expect(golden.realistic.at(-1)).toBe('d565028d3f154bcddef02f6584d5c930e21d0fed98093a43bd79ee6c46316acb');
  });
});
