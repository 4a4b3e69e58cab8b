/**
 * Every kind of bad save file, and the one answer each gets: kind, where, what. The texts
 * are pinned because they are what a player reads.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, ORDER_KINDS, fingerprint } from '../../src/engine/index.ts';
import type { SaveError } from '../../src/save/index.ts';
import { MAX_SAVE_BYTES, formatSaveError, loadSave } from '../../src/save/index.ts';
import { guarded } from '../../src/save/errors.ts';
import type { JsonDoc } from '../fixtures.ts';
import { golden, replayedFingerprint } from './helpers.ts';

type Doc = JsonDoc;

const v3 = (): Doc => JSON.parse(golden('summit-2023.v3.json')) as Doc;
const v2 = (): Doc => JSON.parse(golden('summit-2023.v2.json')) as Doc;
const v1 = (): Doc => JSON.parse(golden('summit-2023.v1.json')) as Doc;
const edit = (base: () => Doc, f: (d: Doc) => void): string => {
  const d = base();
  f(d);
  return JSON.stringify(d);
};
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const said = (turn: number): string => fingerprint(v3().turns[turn - 1].hash as string);

// Edited saves, and the fingerprint the engine alone gives for the edited turn.
const editedOrder = edit(v3, (d) => (d.turns[4].orders[1].amount = 1499));
const editedHash = edit(v3, (d) => (d.turns[6].hash = '0'.repeat(64)));
const editedSeed = edit(v3, (d) => (d.seed = 2024));
const editedV2Order = edit(v2, (d) => (d.turns[4].orders[1].amount = 1499));
const editedOtherEngine = edit(v2, (d) => {
  d.engine = '0.0.9';
  d.turns[0].orders[0].munitions = 61;
});
const editedV1Hash = edit(v1, (d) => (d.hashes[0] = 'f'.repeat(64)));

const CASES: { name: string; text: string; error: Omit<SaveError, 'more'> & { more?: number } }[] = [
  {
    name: 'empty file',
    text: '',
    error: { kind: 'unreadable', path: '(root)', message: 'invalid JSON: Unexpected end of JSON input' },
  },
  {
    name: 'not JSON',
    text: '{\n  "format": veto\n}',
    error: {
      kind: 'unreadable',
      path: '(root)',
      message: 'invalid JSON: Unexpected token \'v\', "{\n  "format": veto\n}" is not valid JSON',
    },
  },
  {
    name: 'larger than 1 MiB',
    text: ' '.repeat(MAX_SAVE_BYTES + 1),
    error: {
      kind: 'unreadable',
      path: '(root)',
      message: 'the file is 1048577 characters; a save may have at most 1048576',
    },
  },
  {
    name: 'a list, not an object',
    text: '[1,2]',
    error: { kind: 'unreadable', path: '(root)', message: 'not a Veto save (expected a JSON object)' },
  },
  {
    name: 'a scenario file, not a save',
    text: '{"id":"summit-2023","turns":12}',
    error: {
      kind: 'unreadable',
      path: 'format',
      message: 'not a Veto save: the file has no "format" field, expected "veto-save"',
    },
  },
  {
    name: 'another format',
    text: '{"format":"unciv","version":2}',
    error: {
      kind: 'unreadable',
      path: 'format',
      message: 'not a Veto save: the file has format "unciv", expected "veto-save"',
    },
  },
  {
    name: 'a newer version',
    text: edit(v3, (d) => (d.version = 4)),
    error: {
      kind: 'unsupported',
      path: 'version',
      message:
        'this save is format version 4, newer than this program understands (versions 1–3); update Veto to open it',
    },
  },
  {
    name: 'version 0',
    text: edit(v3, (d) => (d.version = 0)),
    error: { kind: 'invalid', path: 'version', message: 'must be a whole number from 1 to 3, got 0' },
  },
  {
    name: 'version as text',
    text: edit(v3, (d) => (d.version = '3')),
    error: { kind: 'invalid', path: 'version', message: 'must be a whole number from 1 to 3, got "3"' },
  },
  {
    name: '__proto__ key',
    text: golden('summit-2023.v3.json').replace('"players": {', '"players": {"__proto__":{"kind":"human"},'),
    error: { kind: 'invalid', path: 'players.__proto__', message: 'the key "__proto__" is not allowed' },
  },
  {
    name: 'constructor key in an order',
    text: golden('summit-2023.v3.json').replace('{"kind":"setPriorities"', '{"constructor":1,"kind":"setPriorities"'),
    error: { kind: 'invalid', path: 'turns[0].orders[0].constructor', message: 'the key "constructor" is not allowed' },
  },
  {
    name: 'nested 40 deep',
    text: nested(40),
    error: {
      kind: 'invalid',
      path: '[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]',
      message: 'nested more than 32 levels deep',
    },
  },
  {
    name: 'an infinite number',
    text: golden('summit-2023.v3.json').replace('"seed": 2023', '"seed": 1e999'),
    error: { kind: 'invalid', path: 'seed', message: 'the number Infinity is not finite' },
  },
  {
    name: 'a list of 10,001 items',
    text: edit(v3, (d) => (d.turns = Array.from({ length: 10_001 }, () => 0))),
    error: { kind: 'invalid', path: 'turns', message: 'the list has 10001 items; the limit is 10000' },
  },
  {
    name: 'an unknown field',
    text: edit(v3, (d) => (d.comment = 'hi')),
    error: { kind: 'invalid', path: 'comment', message: 'unknown field "comment"' },
  },
  {
    name: 'a negative amount',
    text: edit(v3, (d) => (d.turns[3].orders[1].amount = -5)),
    error: { kind: 'invalid', path: 'turns[3].orders[1].amount', message: 'must be at least 0' },
  },
  {
    name: 'a fractional amount',
    text: edit(v3, (d) => (d.turns[3].orders[1].amount = 2.5)),
    error: {
      kind: 'invalid',
      path: 'turns[3].orders[1].amount',
      message: 'expected int, got the fraction 2.5 (whole numbers only)',
    },
  },
  {
    name: 'an order kind the engine does not know',
    text: edit(v3, (d) => (d.turns[0].orders[0].kind = 'nuke')),
    error: {
      kind: 'invalid',
      path: 'turns[0].orders[0].kind',
      message: `Invalid discriminator value. Expected ${ORDER_KINDS.map((k) => `'${k}'`).join(' | ')}`,
    },
  },
  {
    name: 'a hash that is not a hash',
    text: edit(v3, (d) => (d.turns[2].hash = 'abc')),
    error: { kind: 'invalid', path: 'turns[2].hash', message: 'must be a SHA-256 hash (64 lower-case hex digits)' },
  },
  {
    name: 'a missing players entry',
    text: edit(v3, (d) => delete d.players.UNSC),
    error: { kind: 'invalid', path: 'players.UNSC', message: 'missing required field (expected object)' },
  },
  {
    name: 'a player named with invisible characters only',
    text: edit(v3, (d) => (d.players.RUS.name = '\u200b\u2066 \u2069')),
    error: {
      kind: 'invalid',
      path: 'players.RUS.name',
      message: 'must contain visible text (not only spaces or invisible characters)',
    },
  },
  {
    name: 'an invalid embedded scenario',
    text: edit(v3, (d) => (d.scenario.turns = 0)),
    error: { kind: 'invalid', path: 'scenario.turns', message: 'must be at least 1' },
  },
  {
    name: 'an edited scenario',
    text: edit(v3, (d) => (d.scenario.actors.PRK.stocks.food = 4000)),
    error: {
      kind: 'mismatch',
      path: 'scenarioHash',
      message: 'the embedded scenario does not match its content hash: it was changed after the game was saved',
    },
  },
  {
    name: 'an edited order',
    text: editedOrder,
    error: {
      kind: 'mismatch',
      path: 'turns[4]',
      message: `turn 5 does not verify: the save says state ${said(5)}, replaying gives ${replayedFingerprint(editedOrder, 5)}; the save was edited or damaged`,
    },
  },
  {
    name: 'an edited hash',
    text: editedHash,
    error: {
      kind: 'mismatch',
      path: 'turns[6]',
      message: `turn 7 does not verify: the save says state 0000-0000, replaying gives ${replayedFingerprint(editedHash, 7)}; the save was edited or damaged`,
    },
  },
  {
    name: 'an edited seed',
    text: editedSeed,
    error: {
      kind: 'mismatch',
      path: 'turns[0]',
      message: `turn 1 does not verify: the save says state ${said(1)}, replaying gives ${replayedFingerprint(editedSeed, 1)}; the save was edited or damaged`,
    },
  },
  {
    name: 'an edited order in a version 2 save',
    text: editedV2Order,
    error: {
      kind: 'mismatch',
      path: 'turns[4]',
      message: `turn 5 does not verify: the save says state ${said(5)}, replaying gives ${replayedFingerprint(editedV2Order, 5)}; the save was edited or damaged`,
    },
  },
  {
    name: 'an edited order in a save from another engine',
    text: editedOtherEngine,
    error: {
      kind: 'mismatch',
      path: 'turns[0]',
      message: `turn 1 does not verify: the save says state ${said(1)}, replaying gives ${replayedFingerprint(editedOtherEngine, 1)}; the save was made by engine 0.0.9 and this is engine ${ENGINE_VERSION}, whose rules may differ; or the save was edited`,
    },
  },
  {
    name: 'more turns than the scenario',
    text: edit(v3, (d) => d.turns.push(d.turns[11])),
    error: { kind: 'invalid', path: 'turns', message: 'has 13 turns; scenario "summit-2023" has only 12' },
  },
  {
    name: 'version 1 with more hashes than turns',
    text: edit(v1, (d) => d.hashes.push('0'.repeat(64))),
    error: {
      kind: 'invalid',
      path: 'hashes',
      message: 'has 13 hashes for 12 turns of orders; a version 1 save has one of each per turn',
    },
  },
  {
    name: 'version 1 with a bad order (path as in the version 1 file)',
    text: edit(v1, (d) => (d.orders[2][0].actor = '')),
    error: { kind: 'invalid', path: 'orders[2][0].actor', message: 'must not be empty' },
  },
  {
    name: 'version 1 with a bad player',
    text: edit(v1, (d) => (d.players.RUS = 'robot')),
    error: { kind: 'invalid', path: 'players.RUS', message: 'must be one of "human", "bot", "none"' },
  },
  {
    name: 'version 1 with an edited hash',
    text: editedV1Hash,
    error: {
      kind: 'mismatch',
      path: 'turns[0]',
      message: `turn 1 does not verify: the save says state ffff-ffff, replaying gives ${replayedFingerprint(editedV1Hash, 1)}; the save was made by engine 0.0.9 and this is engine ${ENGINE_VERSION}, whose rules may differ; or the save was edited`,
    },
  },
];

describe('loadSave refuses bad files with one clear answer', () => {
  it.each(CASES)('$name', ({ text, error }) => {
    const r = loadSave(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect({ ...r.error, more: error.more ?? r.error.more }).toEqual({ more: r.error.more, ...error });
  });

  it('counts the problems it does not show', () => {
    const r = loadSave(
      edit(v3, (d) => {
        d.seed = -1;
        d.engine = '';
      }),
    );
    expect(r.ok ? '' : formatSaveError(r.error)).toBe(
      'engine: must be a version number such as "0.1.0" (and 1 more problem)',
    );
  });
});

describe('the last line of defence', () => {
  it('turns an unexpected exception into a refusal', () => {
    expect(
      guarded(() => {
        throw new RangeError('boom');
      }),
    ).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        path: '(root)',
        message: 'this input could not be checked: internal error (RangeError); please report it with the file',
        more: 0,
      },
    });
  });
});
