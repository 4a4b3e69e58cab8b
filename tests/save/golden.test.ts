/**
 * Golden saves: files written by scripts/save-goldens.ts, with the hashes pinned here. If a
 * rule change moves these, that is a change of behaviour: bump ENGINE_VERSION, rerun the
 * script, and update the pins in the same commit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { CURRENT_SAVE_VERSION, loadSave, loadShareCode, serializeSave } from '../../src/save/index.ts';
import { scenarioContentHash } from '../../src/scenario/index.ts';
import { goldenFiles } from '../../scripts/save-goldens.ts';
import { loadScenario } from '../fixtures.ts';
import { golden, ok, shipped } from './helpers.ts';

const TESTS_DIR = fileURLToPath(new URL('../', import.meta.url));
import { DRILL_FINAL, SUMMIT_FINAL, SUMMIT_SCENARIO_HASH } from './pins.ts';

describe('golden saves', () => {
  it('the shipped scenario has the pinned content hash', () => {
    expect(scenarioContentHash(loadScenario())).toBe(SUMMIT_SCENARIO_HASH);
  });

  it.each([
    { file: 'summit-2023.v2.json', turns: 12, final: SUMMIT_FINAL, fileVersion: 2, sameEngine: true },
    { file: 'summit-2023.v1.json', turns: 12, final: SUMMIT_FINAL, fileVersion: 1, sameEngine: false },
    { file: 'drill-40.v2.json', turns: 40, final: DRILL_FINAL, fileVersion: 2, sameEngine: true },
  ])('$file verifies to the pinned final hash', ({ file, turns, final, fileVersion, sameEngine }) => {
    const g = ok(loadSave(golden(file)));
    expect(g.finalHash).toBe(final);
    expect(g.save.turns).toHaveLength(turns);
    expect(g.states).toHaveLength(turns + 1);
    expect(g.reports.map((r) => r.turn)).toEqual(Array.from({ length: turns }, (_, i) => i + 1));
    expect(g.fileVersion).toBe(fileVersion);
    expect(g.sameEngine).toBe(sameEngine);
    expect(g.save.version).toBe(CURRENT_SAVE_VERSION);
  });

  it.each([
    { file: 'summit-2023.link.txt', final: SUMMIT_FINAL },
    { file: 'drill-40.link.txt', final: DRILL_FINAL },
  ])('$file opens to the pinned final hash', ({ file, final }) => {
    expect(ok(loadShareCode(golden(file), shipped)).finalHash).toBe(final);
  });

  it('migrating version 1 gives the version 2 save, apart from the engine and player names', () => {
    const v1 = ok(loadSave(golden('summit-2023.v1.json'))).save;
    const v2 = ok(loadSave(golden('summit-2023.v2.json'))).save;
    expect(v1.engine).toBe('0.0.9');
    expect({ ...v1, engine: ENGINE_VERSION, players: v2.players }).toEqual(v2);
  });

  it('version 1 players become slots without names', () => {
    expect(ok(loadSave(golden('summit-2023.v1.json'))).save.players).toEqual({
      RUS: { kind: 'human' },
      PRK: { kind: 'human' },
      CHN: { kind: 'bot' },
      UNSC: { kind: 'none' },
    });
  });

  it('writing a loaded save gives back the golden text byte for byte', () => {
    const text = golden('summit-2023.v2.json');
    expect(serializeSave(ok(loadSave(text)).save)).toBe(text);
  });

  it('the golden files are what the engine produces today (else rerun scripts/save-goldens.ts)', () => {
    for (const [name, text] of Object.entries(goldenFiles()))
      expect(readFileSync(`${TESTS_DIR}${name}`, 'utf8'), name).toBe(text);
  });
});
