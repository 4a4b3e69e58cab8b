import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playTurns } from '../../src/engine/index.ts';
import { historicalOrders, initialState, loadScenarioText } from '../../src/scenario/index.ts';
import { main } from '../../src/cli/main.ts';
import { SCENARIO_DIR } from '../fixtures.ts';

const DOC = fileURLToPath(new URL('../../docs/authoring.md', import.meta.url));

/** Covert shipments seen on turn 1 of the example with its seed (the doc's run shows one). */
const EXAMPLE_DETECTED = 1;

function exampleFromDoc(): string {
  const md = readFileSync(DOC, 'utf8');
  const m = /## A small complete example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(md);
  if (m === null) throw new Error('docs/authoring.md has no ```json example');
  return m[1]!;
}

describe('docs/authoring.md', () => {
  it('its complete example validates, including the replay of its historical script', () => {
    const r = loadScenarioText(exampleFromDoc());
    expect(r.ok ? [] : r.error).toEqual([]);
  });

  it('its example vetoes a condemnation in turn 2, as the script intends', () => {
    const r = loadScenarioText(exampleFromDoc());
    if (!r.ok) throw new Error('invalid');
    const byTurn = historicalOrders(r.value);
    const run = playTurns(initialState(r.value), r.value.turns, (s) => byTurn.get(s.turn) ?? []);
    const rec = run.turns[1]!.report.council[0]!;
    expect([rec.measure, rec.outcome, rec.yes, rec.vetoedBy]).toEqual(['condemn', 'vetoed', 13, ['RUS']]);
    expect(run.turns[0]!.report.shipments.filter((x) => x.detected).length).toBe(EXAMPLE_DETECTED);
  });
});

describe('cli validate', () => {
  it('scenarios/*.json (the schema included) exits 0', () => {
    const all = readdirSync(SCENARIO_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${SCENARIO_DIR}${f}`);
    expect(all.some((f) => f.endsWith('schema.json'))).toBe(true);
    const r = main(['validate', ...all]);
    expect([r.code, r.stdout]).toEqual([0, `${all.length - 1} file(s) valid`]);
  });

  it('a deliberately broken copy: one line per problem with file, path and reason; exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veto-'));
    const file = join(dir, 'broken.json');
    const s = JSON.parse(readFileSync(`${SCENARIO_DIR}summit-2023.json`, 'utf8')) as {
      events: { at?: number }[];
      regime: { caps: { sources: string[] }[] };
    };
    s.events[1]!.at = 40;
    s.regime.caps[0]!.sources = ['nowhere'];
    writeFileSync(file, JSON.stringify(s));
    const r = main(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${file}: regime.caps[0].sources[0]: unknown source "nowhere" (add it to "sources")`,
      `${file}: events[1].at: turn 40 is past the end of the game (turn 12)`,
    ]);
  });
});

describe('every shipped scenario', () => {
  const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json');
  it('there is at least one', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(`${f} validates and names its schema`, () => {
      const text = readFileSync(`${SCENARIO_DIR}${f}`, 'utf8');
      const r = loadScenarioText(text);
      expect(r.ok ? [] : r.error).toEqual([]);
      expect((JSON.parse(text) as { $schema?: string }).$schema).toBe('./schema.json');
    });
    it(`${f}: cli validate exits 0`, () => {
      expect(main(['validate', `${SCENARIO_DIR}${f}`]).code).toBe(0);
    });
  }
});
