import { describe, expect, it } from 'vitest';
import { catalogFromTexts, cutSave, loadSave, serializeSave, summarizeGame } from '../../src/save/index.ts';
import { scenarioText } from '../fixtures.ts';
import { golden, ok, realisticSave } from './helpers.ts';
import { SUMMIT_FINAL } from './pins.ts';
import { fingerprint } from '../../src/engine/index.ts';
import { loadScenario } from '../fixtures.ts';

const TITLE = `"${loadScenario().title}"`;
const FINAL = fingerprint(SUMMIT_FINAL);
const TURN4 = fingerprint(realisticSave(4).turns[3]!.hash);

describe('summarizeGame', () => {
  it.each([
    {
      name: 'a finished game',
      text: golden('summit-2023.v2.json'),
      line: `summit-2023 ${TITLE}, seed 2023, 12 of 12 turns (game over); RUS human (Anna), PRK human (Ben), CHN bot (steady), UNSC none; fingerprint ${FINAL}`,
    },
    {
      name: 'a migrated save from another engine',
      text: golden('summit-2023.v1.json'),
      line: `summit-2023 ${TITLE}, seed 2023, 12 of 12 turns (game over); RUS human, PRK human, CHN bot, UNSC none; fingerprint ${FINAL}, migrated from format 1, made by engine 0.0.9`,
    },
    {
      name: 'a game in progress',
      text: serializeSave(cutSave(realisticSave(), 4)),
      line: `summit-2023 ${TITLE}, seed 2023, 4 of 12 turns (next turn 5); RUS human (Anna), PRK human (Ben), CHN bot (steady), UNSC none; fingerprint ${TURN4}`,
    },
  ])('$name', ({ text, line }) => {
    expect(summarizeGame(ok(loadSave(text)))).toBe(line);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(ok(loadSave(`\uFEFF${golden('summit-2023.v2.json')}`)).finalHash).toBe(SUMMIT_FINAL);
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
