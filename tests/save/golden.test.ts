/**
 * Golden saves: files written by scripts/save-goldens.ts, with the hashes pinned in pins.ts.
 * If a rule change moves these, that is a change of behaviour: bump ENGINE_VERSION, rerun the
 * script, and commit the files and pins together. The older formats (save 1 and 2, share
 * format 1) are the migrations' inputs: the same games, written as an older program did.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import {
  CURRENT_SAVE_VERSION,
  LINK_VERSION,
  encodeShareCode,
  loadSave,
  loadShareCode,
  serializeSave,
} from '../../src/save/index.ts';
import { scenarioContentHash } from '../../src/scenario/index.ts';
import { V1_ENGINE, goldenFiles } from '../../scripts/save-goldens.ts';
import { loadScenario } from '../fixtures.ts';
import { golden, ok, shipped } from './helpers.ts';
import { DRILL_FINAL, DRILL_GAME, SUMMIT_FINAL, SUMMIT_GAME, SUMMIT_SCENARIO_HASH } from './pins.ts';

const TESTS_DIR = fileURLToPath(new URL('../', import.meta.url));

describe('golden saves', () => {
  it('the shipped scenario has the pinned content hash', () => {
    expect(scenarioContentHash(loadScenario())).toBe(SUMMIT_SCENARIO_HASH);
  });

  it.each([
    { file: 'summit-2023.v3.json', turns: 12, final: SUMMIT_FINAL, game: SUMMIT_GAME, fileVersion: 3 },
    { file: 'summit-2023.v2.json', turns: 12, final: SUMMIT_FINAL, game: SUMMIT_GAME, fileVersion: 2 },
    { file: 'summit-2023.v1.json', turns: 12, final: SUMMIT_FINAL, game: null, fileVersion: 1 },
    { file: 'drill-40.v3.json', turns: 40, final: DRILL_FINAL, game: DRILL_GAME, fileVersion: 3 },
    { file: 'drill-40.v2.json', turns: 40, final: DRILL_FINAL, game: DRILL_GAME, fileVersion: 2 },
  ])('$file verifies to the pinned hashes', ({ file, turns, final, game, fileVersion }) => {
    const g = ok(loadSave(golden(file)));
    expect(g.finalHash).toBe(final);
    // Version 1 had no player names: the same game under other players is another chain.
    if (game !== null) expect(g.gameHash).toBe(game);
    expect(g.gameHash).toBe(g.save.turns.at(-1)!.chain);
    expect(g.save.turns).toHaveLength(turns);
    expect(g.states).toHaveLength(turns + 1);
    expect(g.reports.map((r) => r.turn)).toEqual(Array.from({ length: turns }, (_, i) => i + 1));
    expect(g.fileVersion).toBe(fileVersion);
    expect(g.from).toBe('save');
    expect(g.sameEngine).toBe(g.save.engine === ENGINE_VERSION);
    expect(g.save.version).toBe(CURRENT_SAVE_VERSION);
  });

  it.each([
    { file: 'summit-2023.link2.txt', final: SUMMIT_FINAL, game: SUMMIT_GAME, fileVersion: 2 },
    { file: 'summit-2023.link1.txt', final: SUMMIT_FINAL, game: SUMMIT_GAME, fileVersion: 1 },
    { file: 'drill-40.link2.txt', final: DRILL_FINAL, game: DRILL_GAME, fileVersion: 2 },
    { file: 'drill-40.link1.txt', final: DRILL_FINAL, game: DRILL_GAME, fileVersion: 1 },
  ])('$file opens to the pinned hashes', ({ file, final, game, fileVersion }) => {
    const g = ok(loadShareCode(golden(file), shipped));
    expect([g.finalHash, g.gameHash, g.from, g.fileVersion]).toEqual([final, game, 'link', fileVersion]);
  });

  it('the current share format is the one the links are written in', () => {
    expect(golden('summit-2023.link2.txt').startsWith(String(LINK_VERSION))).toBe(true);
  });

  it('migrating version 2 gives the version 3 golden, byte for byte', () => {
    for (const name of ['summit-2023', 'drill-40'])
      expect(serializeSave(ok(loadSave(golden(`${name}.v2.json`))).save), name).toBe(golden(`${name}.v3.json`));
  });

  it('migrating version 1 gives the version 3 save under its own engine and nameless players', () => {
    const v1 = ok(loadSave(golden('summit-2023.v1.json'))).save;
    const v3 = ok(loadSave(golden('summit-2023.v3.json'))).save;
    expect(v1.engine).toBe(V1_ENGINE);
    expect(v1.players).toEqual({
      RUS: { kind: 'human' },
      PRK: { kind: 'human' },
      CHN: { kind: 'bot' },
      UNSC: { kind: 'none' },
    });
    const strip = (s: typeof v3) => ({ ...s, engine: '', players: {}, start: '', turns: s.turns.map((t) => t.orders) });
    expect(strip(v1)).toEqual(strip(v3));
    expect(v1.turns.map((t) => t.hash)).toEqual(v3.turns.map((t) => t.hash));
    // Another engine and other players: another start, so every link of the chain differs.
    expect(v1.turns.map((t) => t.chain).filter((c, i) => c === v3.turns[i]!.chain)).toEqual([]);
  });

  it('a share format 1 link opens to the same game as its format 2 link, and is written as format 2', () => {
    for (const name of ['summit-2023', 'drill-40']) {
      const old = ok(loadShareCode(golden(`${name}.link1.txt`), shipped));
      const now = ok(loadShareCode(golden(`${name}.link2.txt`), shipped));
      expect(old.save).toEqual(now.save);
      expect(encodeShareCode(old.save, shipped)).toBe(golden(`${name}.link2.txt`).trim());
    }
  });

  it('writing a loaded save gives back the golden text byte for byte', () => {
    const text = golden('summit-2023.v3.json');
    expect(serializeSave(ok(loadSave(text)).save)).toBe(text);
  });

  it('the golden files are what the engine produces today (else rerun scripts/save-goldens.ts)', () => {
    for (const [name, text] of Object.entries(goldenFiles()))
      expect(readFileSync(`${TESTS_DIR}${name}`, 'utf8'), name).toBe(text);
  });
});
