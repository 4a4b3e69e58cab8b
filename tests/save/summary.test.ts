import { describe, expect, it } from 'vitest';
import {
  catalogFromTexts,
  cutSave,
  loadNotes,
  loadSave,
  loadShareCode,
  serializeSave,
  summarizeGame,
} from '../../src/save/index.ts';
import { scenarioText } from '../fixtures.ts';
import { golden, ok, realisticSave, shipped } from './helpers.ts';
import { SUMMIT_FINAL, SUMMIT_GAME } from './pins.ts';
import { ENGINE_VERSION, fingerprint } from '../../src/engine/index.ts';
import { V1_ENGINE } from '../../scripts/save-goldens.ts';
import { loadScenario } from '../fixtures.ts';

const TITLE = `"${loadScenario().title}"`;
const FINAL = fingerprint(SUMMIT_FINAL);
const GAME = fingerprint(SUMMIT_GAME);
const TURN4 = fingerprint(realisticSave(4).turns[3]!.hash);
const GAME4 = fingerprint(realisticSave(4).turns[3]!.chain);
const V1_GAME = fingerprint(ok(loadSave(golden('summit-2023.v1.json'))).gameHash);

describe('summarizeGame', () => {
  it.each([
    {
      name: 'a finished game',
      text: golden('summit-2023.v3.json'),
      line: `summit-2023 ${TITLE}, seed 2023, 12 of 12 turns (game over); RUS human (Anna), PRK human (Ben), CHN bot (steady), UNSC none; fingerprint ${FINAL}, game ${GAME}`,
    },
    {
      name: 'a migrated version 2 save',
      text: golden('summit-2023.v2.json'),
      line: `summit-2023 ${TITLE}, seed 2023, 12 of 12 turns (game over); RUS human (Anna), PRK human (Ben), CHN bot (steady), UNSC none; fingerprint ${FINAL}, game ${GAME}, migrated from format 2`,
    },
    {
      name: 'a migrated save from another engine',
      text: golden('summit-2023.v1.json'),
      line: `summit-2023 ${TITLE}, seed 2023, 12 of 12 turns (game over); RUS human, PRK human, CHN bot, UNSC none; fingerprint ${FINAL}, game ${V1_GAME}, migrated from format 1, made by engine ${V1_ENGINE}`,
    },
    {
      name: 'a game in progress',
      text: serializeSave(cutSave(realisticSave(), 4)),
      line: `summit-2023 ${TITLE}, seed 2023, 4 of 12 turns (next turn 5); RUS human (Anna), PRK human (Ben), CHN bot (steady), UNSC none; fingerprint ${TURN4}, game ${GAME4}`,
    },
  ])('$name', ({ text, line }) => {
    expect(summarizeGame(ok(loadSave(text)))).toBe(line);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(ok(loadSave(`\uFEFF${golden('summit-2023.v3.json')}`)).finalHash).toBe(SUMMIT_FINAL);
  });
});

describe('loadNotes: what "verified" does not cover', () => {
  const sealed =
    'from before Veto sealed whole games: every turn was replayed and matched, but its scenario text, player names and orders that changed nothing could not be checked.';
  it.each([
    { name: 'a version 3 save of this engine', file: 'summit-2023.v3.json', notes: [] },
    { name: 'a version 2 save', file: 'summit-2023.v2.json', notes: [`This save is in format 2, ${sealed}`] },
    {
      name: 'a version 1 save from another engine',
      file: 'summit-2023.v1.json',
      notes: [
        `This save is in format 1, ${sealed}`,
        `It was made by engine ${V1_ENGINE}; this engine (${ENGINE_VERSION}) replays it to the same states, turn by turn.`,
      ],
    },
    { name: 'a share format 2 link', file: 'summit-2023.link2.txt', notes: [] },
    {
      name: 'a share format 1 link',
      file: 'summit-2023.link1.txt',
      notes: [`This link is in share format 1, ${sealed}`],
    },
  ])('$name', ({ file, notes }) => {
    const text = golden(file);
    const g = ok(file.endsWith('.json') ? loadSave(text) : loadShareCode(text, shipped));
    expect(loadNotes(g)).toEqual(notes);
  });
});

describe('catalogFromTexts', () => {
  const summit = scenarioText('summit-2023');
  it.each([
    { name: 'one valid file', files: [{ name: 'a.json', text: summit }], ids: ['summit-2023'], problems: [] },
    {
      name: 'the JSON Schema beside the scenarios (skipped)',
      files: [
        { name: 'a.json', text: summit },
        { name: 'schema.json', text: '{"$schema":"https://json-schema.org/draft/2020-12/schema"}' },
      ],
      ids: ['summit-2023'],
      problems: [],
    },
    { name: 'a file that is not JSON by name', files: [{ name: 'notes.txt', text: 'hello' }], ids: [], problems: [] },
    {
      name: 'the same id twice (the first file by name wins)',
      files: [
        { name: 'b.json', text: summit },
        { name: 'a.json', text: summit },
      ],
      ids: ['summit-2023'],
      problems: ['b.json: id: scenario id "summit-2023" is used by another file'],
    },
    {
      name: 'an invalid file',
      files: [{ name: 'bad.json', text: '{' }],
      ids: [],
      problems: ["bad.json: (root): invalid JSON at line 1, column 2: Expected property name or '}'"],
    },
  ])('$name', ({ files, ids, problems }) => {
    const c = catalogFromTexts(files);
    expect(c.catalog.ids()).toEqual(ids);
    expect(c.problems).toEqual(problems);
  });
});
