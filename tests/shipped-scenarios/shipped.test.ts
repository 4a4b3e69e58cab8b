/**
 * Every shipped scenario: it validates, its historical script replays to the last turn with no
 * rejected order and no defaulted deal, `cli sim --play historical --json` is deterministic,
 * and every source it lists is cited somewhere in the file.
 */
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { hashState, isOver, playTurns } from '../../src/engine/index.ts';
import {
  compareWithHistory,
  historicalRun as debriefRun,
  initialState,
  loadScenarioText,
} from '../../src/scenario/index.ts';
import { SCENARIO_DIR, loadScenario, scenarioText } from '../fixtures.ts';
import { SHIPPED, historicalRun } from './history.ts';

const EXPECTED = [
  // id, start (year-month), turn length, turns
  ['maximum-pressure-2017', '2017-4', 'quarter', 12],
  ['pandemic-2020', '2019-10', 'quarter', 12],
  ['pyongyang-2024', '2024-6', 'quarter', 9],
  ['split-2022', '2022-1', 'month', 12],
  ['summit-2023', '2023-10', 'quarter', 12],
  ['visit-2000', '2000-7', 'half', 12],
  ['visit-2000-long', '2000-7', 'half', 14],
] as const;

/** The debrief of a game in which nobody gives an order, against history: [actor, score,
 * historical score, verdict]. Doing nothing is never the historical course, so most actors
 * end worse; the Council often ends "better" because nobody defied it. In visit-2000 the record
 * of 2000–2006 is mostly the scenario's own running trade, so doing nothing matches history;
 * the longer variant includes the 2006 test. */
const HOLD_DEBRIEF: Record<string, unknown[]> = {
  'maximum-pressure-2017': [
    ['RUS', 62, 84, 'worse'],
    ['PRK', 74, 79, 'worse'],
    ['CHN', 79, 76, 'better'],
    ['UNSC', 51, 65, 'worse'],
  ],
  'pandemic-2020': [
    ['RUS', 82, 47, 'better'],
    ['PRK', 31, 51, 'worse'],
    ['CHN', 52, 75, 'worse'],
    ['UNSC', 56, 76, 'worse'],
  ],
  'pyongyang-2024': [
    ['RUS', 46, 63, 'worse'],
    ['PRK', 44, 53, 'worse'],
    ['CHN', 24, 31, 'worse'],
    ['UNSC', 79, 59, 'better'],
  ],
  'split-2022': [
    ['RUS', 65, 62, 'better'],
    ['PRK', 49, 52, 'worse'],
    ['CHN', 62, 59, 'better'],
    ['UNSC', 79, 79, 'same'],
  ],
  'summit-2023': [
    ['RUS', 34, 73, 'worse'],
    ['PRK', 29, 70, 'worse'],
    ['CHN', 56, 74, 'worse'],
    ['UNSC', 79, 71, 'better'],
  ],
  'visit-2000': [
    ['RUS', 85, 85, 'same'],
    ['PRK', 68, 68, 'same'],
    ['CHN', 70, 70, 'same'],
    ['UNSC', 76, 76, 'same'],
  ],
  'visit-2000-long': [
    ['RUS', 85, 83, 'better'],
    ['PRK', 69, 70, 'worse'],
    ['CHN', 73, 73, 'same'],
    ['UNSC', 76, 76, 'same'],
  ],
};

test('the scenarios of the source document are shipped (≤ 12 turns each, and one longer variant)', () => {
  expect(SHIPPED).toEqual(EXPECTED.map((e) => e[0]));
});

describe.each(EXPECTED)('%s', (id, start, turnLength, turns) => {
  test('validates (schema, semantics, historical replay) and points at the JSON Schema', () => {
    const r = loadScenarioText(scenarioText(id));
    expect(r.ok ? [] : r.error).toEqual([]);
    if (!r.ok) return;
    expect(r.value.$schema).toBe('./schema.json');
    expect([r.value.id, `${r.value.start.year}-${r.value.start.month}`, r.value.turnLength, r.value.turns]).toEqual([
      id,
      start,
      turnLength,
      turns,
    ]);
  });

  test('the historical run reaches its last turn with no rejected order and no defaulted deal', () => {
    const run = historicalRun(id);
    expect(run.turns.length).toBe(turns);
    expect(isOver(run.state)).toBe(true);
    expect(run.turns.flatMap((t) => t.report.rejections)).toEqual([]);
    expect(run.turns.flatMap((t) => t.report.deals.filter((d) => d.kind === 'defaulted'))).toEqual([]);
  });

  test('the script replays without a rejected order under 25 other seeds too', () => {
    const scenario = loadScenario(id);
    const rejected: string[] = [];
    for (let seed = 1; seed <= 25; seed++) {
      for (const t of debriefRun(scenario, seed).turns)
        for (const r of t.report.rejections) rejected.push(`seed ${seed} turn ${t.report.turn}: ${r.reason}`);
    }
    expect(rejected).toEqual([]);
  });

  test('sim --play historical --json is deterministic and ends where the replay ends', () => {
    const argv = ['sim', `${SCENARIO_DIR}${id}.json`, '--play', 'historical', '--json'];
    const a = main(argv);
    const b = main(argv);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
    const doc = JSON.parse(a.stdout) as { scenario: string; play: string; hash: string; turns: unknown[] };
    expect([doc.scenario, doc.play, doc.turns.length, doc.hash]).toEqual([
      id,
      'historical',
      turns,
      hashState(historicalRun(id).state),
    ]);
  });

  test('the debrief compares a game where nobody acts with the historical run', () => {
    const scenario = loadScenario(id);
    const hold = playTurns(initialState(scenario), scenario.turns, () => []);
    const rows = compareWithHistory(hold.state, debriefRun(scenario)).map((d) => [
      d.actor,
      d.score,
      d.historical,
      d.verdict,
    ]);
    expect(rows).toEqual(HOLD_DEBRIEF[id]);
  });

  test('every listed source is cited, and every public estimate says it is approximate', () => {
    const text = scenarioText(id);
    const s = JSON.parse(text) as { sources: { id: string; kind: string; approx?: boolean; record?: string }[] };
    const uncited = s.sources.filter((src) => text.split(`"${src.id}"`).length - 1 < 2).map((src) => src.id);
    expect(uncited).toEqual([]);
    const estimates = s.sources.filter((src) => src.id.startsWith('est-') || src.id === 'design');
    expect(estimates.filter((src) => src.approx !== true).map((src) => src.id)).toEqual([]);
  });
});
