/**
 * Every shipped scenario: it validates, its historical script replays to the last turn with no
 * rejected order and no defaulted deal, `cli sim --play historical --json` is deterministic,
 * and every source it lists is cited somewhere in the file.
 */
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { hashState, isOver } from '../../src/engine/index.ts';
import { loadScenarioText } from '../../src/scenario/index.ts';
import { SCENARIO_DIR, scenarioText } from '../fixtures.ts';
import { SHIPPED, historicalRun } from './history.ts';

const EXPECTED = [
  // id, start (year-month), turn length, turns
  ['maximum-pressure-2017', '2017-4', 'quarter', 12],
  ['pandemic-2020', '2019-10', 'quarter', 13],
  ['pyongyang-2024', '2024-6', 'quarter', 9],
  ['split-2022', '2022-1', 'month', 12],
  ['summit-2023', '2023-10', 'quarter', 12],
  ['visit-2000', '2000-7', 'quarter', 27],
] as const;

test('the six scenarios of the source document are shipped', () => {
  expect(SHIPPED).toEqual(EXPECTED.map((e) => e[0]));
});

describe.each(EXPECTED)('%s', (id, start, turnLength, turns) => {
  test('validates (schema, semantics, historical replay) and points at the JSON Schema', () => {
    const r = loadScenarioText(scenarioText(id));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.value.$schema).toBe('./schema.json');
    expect([r.value.id, `${r.value.start.year}-${r.value.start.month}`, r.value.turnLength, r.value.turns]).toEqual([id, start, turnLength, turns]);
  });

  test('the historical run reaches its last turn with no rejected order and no defaulted deal', () => {
    const run = historicalRun(id);
    expect(run.turns.length).toBe(turns);
    expect(isOver(run.state)).toBe(true);
    expect(run.turns.flatMap((t) => t.report.rejections)).toEqual([]);
    expect(run.turns.flatMap((t) => t.report.deals.filter((d) => d.kind === 'defaulted'))).toEqual([]);
  });

  test('sim --play historical --json is deterministic and ends where the replay ends', () => {
    const argv = ['sim', `${SCENARIO_DIR}${id}.json`, '--play', 'historical', '--json'];
    const a = main(argv);
    const b = main(argv);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
    const doc = JSON.parse(a.stdout) as { scenario: string; play: string; hash: string; turns: unknown[] };
    expect([doc.scenario, doc.play, doc.turns.length, doc.hash]).toEqual([id, 'historical', turns, hashState(historicalRun(id).state)]);
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
