/** Share codes: size, what they refer to, what they embed, and every refusal. */
import { describe, expect, it } from 'vitest';
import { realisticOrders } from '../../src/sim/index.ts';
import { variedOrders } from '../../scripts/save-goldens.ts';
import { playTurns } from '../../src/engine/index.ts';
import { fingerprint, sha256Hex } from '../../src/engine/index.ts';
import { encodeBase64url } from '../../src/save/base64url.ts';
import { ByteWriter } from '../../src/save/bytes.ts';
import { deflate } from '../../src/save/inflate.ts';
import { writePayload } from '../../src/save/linkPayload.ts';
import type { SaveDoc, SaveError } from '../../src/save/index.ts';
import {
  EMPTY_CATALOG,
  catalogFromTexts,
  encodeShareCode,
  extractCode,
  loadShareCode,
  restamp,
  saveOfPlay,
  shareFragment,
} from '../../src/save/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { initialState, sortedJson } from '../../src/scenario/index.ts';
import { loadScenario, scenarioText } from '../fixtures.ts';
import { PLAYERS, golden, ok, realisticSave, shipped } from './helpers.ts';
import { LINK1_LENGTH, LINK_LENGTH, SUMMIT_SCENARIO_HASH } from './pins.ts';

function code(payload: (w: ByteWriter) => void, version = 2): string {
  const w = new ByteWriter();
  payload(w);
  return `${version}${encodeBase64url(deflate(w.finish()))}`;
}

/** A format 2 code of a save, its scenario embedded (or referred to with `ref`), with the
 * compressed bytes passed through `after` (to append or change bytes). */
function codeOf(save: SaveDoc, ref = false, after: (b: Uint8Array) => Uint8Array = (b) => b): string {
  return `2${encodeBase64url(after(deflate(writePayload(save, ref))))}`;
}

describe('share code size', () => {
  it.each([
    { name: 'the benchmark orders', orders: realisticOrders, length: LINK_LENGTH.realistic },
    { name: 'orders that change every turn', orders: variedOrders, length: LINK_LENGTH.varied },
  ])('a full 12-turn game of the shipped scenario with $name fits in 2,000 characters', ({ orders, length }) => {
    const s = loadScenario();
    const save = saveOfPlay(s, s.seed, PLAYERS, playTurns(initialState(s), 12, orders));
    const c = encodeShareCode(save, shipped);
    expect(c.length).toBe(length);
    expect(ok(loadShareCode(c, shipped)).save).toEqual(save);
  });

  it('embeds a scenario the catalog does not hold, and the game still verifies', () => {
    const save = realisticSave();
    const c = encodeShareCode(save, EMPTY_CATALOG);
    expect(c.length).toBe(LINK_LENGTH.embedded);
    expect(ok(loadShareCode(c, EMPTY_CATALOG)).save).toEqual(save);
    expect(ok(loadShareCode(c, shipped)).save).toEqual(save);
  });

  it('costs a few characters more than share format 1: the chain and the embedded scenario hash', () => {
    expect(LINK_LENGTH.realistic - LINK1_LENGTH.realistic).toBeLessThan(20);
    // Compressed, the difference moves a little with the scenario's size (80 at engine 0.4.0).
    expect(LINK_LENGTH.embedded - LINK1_LENGTH.embedded).toBeLessThan(100);
  });

  it('embeds an edited copy of a shipped scenario rather than referring to the original', () => {
    const edited = { ...loadScenario(), title: 'My classroom variant' };
    const save = realisticSave(3, edited);
    const c = encodeShareCode(save, shipped);
    expect(c.length).toBeGreaterThan(1500);
    expect(ok(loadShareCode(c, shipped)).save.scenario.title).toBe('My classroom variant');
  });

  it('a game with no turns yet is a short code carrying the starting hash', () => {
    const c = encodeShareCode(realisticSave(0), shipped);
    expect(c.length).toBeLessThan(300);
    expect(ok(loadShareCode(c, shipped)).save.turns).toEqual([]);
  });
});

describe('extractCode', () => {
  it.each([
    { input: '1abc', code: '1abc' },
    { input: '  1abc\n', code: '1abc' },
    { input: 'https://veto.example/#s=1ab\n  cd', code: '1abcd' },
    { input: '#s=1abc', code: '1abc' },
    { input: 's=1abc', code: '1abc' },
    { input: 'https://veto.example/play/#s=1abc', code: '1abc' },
    { input: 'https://veto.example/?x=1#v=2&s=1abc', code: '1abc' },
    { input: 'https://veto.example/#', code: '' },
  ])('$input → $code', ({ input, code: c }) => {
    expect(extractCode(input)).toBe(c);
  });

  it('shareFragment and extractCode are inverse', () => {
    expect(extractCode(`https://x.test/${shareFragment('1xyz')}`)).toBe('1xyz');
  });
});

const NOT_A_CODE = 'not a Veto game code (a code is a format digit followed by letters, digits, - and _)';
const valid = golden('summit-2023.link2.txt').trim();
const realistic = realisticSave();
const embeddedScenario = (text: unknown): SaveDoc => {
  const sc = text as Scenario;
  return { ...realistic, scenario: sc, scenarioHash: sha256Hex(sortedJson(sc)) };
};
const otherSummit = catalogFromTexts([
  {
    name: 'summit-2023.json',
    text: JSON.stringify({ ...(JSON.parse(scenarioText('summit-2023')) as object), seed: 1 }),
  },
]).catalog;

const CASES: { name: string; input: string; catalog?: typeof shipped; error: Omit<SaveError, 'more'> }[] = [
  {
    name: 'an empty link',
    input: 'https://veto.example/#s=',
    error: { kind: 'unreadable', path: 'link', message: 'the link holds no game code' },
  },
  {
    name: 'a code from a newer program',
    input: `3${valid.slice(1)}`,
    error: {
      kind: 'unsupported',
      path: 'link',
      message: 'this link is share format 3, newer than this program understands (up to 2); update Veto to open it',
    },
  },
  {
    name: 'not a code',
    input: 'hello',
    error: { kind: 'unreadable', path: 'link', message: NOT_A_CODE },
  },
  {
    name: 'a text that starts with a digit (not a newer code)',
    input: '7 things to bring to class: a pen, …',
    error: { kind: 'unreadable', path: 'link', message: NOT_A_CODE },
  },
  {
    name: 'format 0',
    input: `0${valid.slice(1)}`,
    error: { kind: 'unreadable', path: 'link', message: 'not a Veto game code (unknown format 0)' },
  },
  {
    name: 'data after the compressed stream',
    input: codeOf(realistic, true, (b) => new Uint8Array([...b, 0, 1, 2])),
    error: {
      kind: 'unreadable',
      path: 'link',
      message: 'the code cannot be unpacked: it has extra data after its end',
    },
  },
  {
    name: 'one byte after the compressed stream',
    input: codeOf(realistic, true, (b) => new Uint8Array([...b, 0])),
    error: {
      kind: 'unreadable',
      path: 'link',
      message: 'the code cannot be unpacked: it has extra data after its end',
    },
  },
  {
    name: 'an embedded scenario changed after the link was made (its hash kept)',
    input: codeOf({ ...realistic, scenario: { ...realistic.scenario, title: 'Not the game you were sent' } }),
    error: {
      kind: 'mismatch',
      path: 'scenario',
      message: 'the embedded scenario does not match its content hash: it was changed after the link was made',
    },
  },
  {
    name: 'a player renamed (the start does not verify)',
    input: codeOf({ ...realistic, players: { ...realistic.players, RUS: { kind: 'human', name: 'Mallory' } } }, true),
    error: {
      kind: 'mismatch',
      path: 'start',
      message: `the game's start does not verify: its scenario, seed, players or engine version are not the ones it was played with; the link says game ${fingerprint(realistic.start)}, these give ${fingerprint(restamp(realistic, { players: { ...realistic.players, RUS: { kind: 'human', name: 'Mallory' } } }).start)}; the link was edited or damaged`,
    },
  },
  {
    name: 'a character outside base64url',
    input: `${valid.slice(0, 10)}%${valid.slice(11)}`,
    error: {
      kind: 'unreadable',
      path: 'link',
      message: 'the code is damaged at character 11: character "%" is not allowed',
    },
  },
  {
    name: 'a code cut short',
    input: valid.slice(0, 400),
    error: {
      kind: 'unreadable',
      path: 'link',
      message: 'the code cannot be unpacked: it is cut short (was the whole link copied?)',
    },
  },
  {
    name: 'a code longer than 64 KiB',
    input: `1${'A'.repeat(64 * 1024)}`,
    error: { kind: 'unreadable', path: 'link', message: 'the code is 65537 characters; a code may have at most 65536' },
  },
  {
    name: 'a decompression bomb',
    input: `1${encodeBase64url(deflate(new Uint8Array(3 * 1024 * 1024)))}`,
    error: {
      kind: 'unreadable',
      path: 'link',
      message: 'the code cannot be unpacked: it unpacks to more than 2 MiB, more than any game needs',
    },
  },
  {
    name: 'an unknown scenario tag',
    input: code((w) => {
      w.string('0.1.0');
      w.byte(9);
    }),
    error: { kind: 'unreadable', path: 'link', message: 'the code is damaged: unknown scenario tag 9' },
  },
  {
    name: 'a scenario this program does not ship',
    input: valid,
    catalog: EMPTY_CATALOG,
    error: {
      kind: 'invalid',
      path: 'scenario',
      message: 'the link refers to scenario "summit-2023", which this version of Veto does not ship',
    },
  },
  {
    name: 'another version of the shipped scenario',
    input: valid,
    catalog: otherSummit,
    error: {
      kind: 'mismatch',
      path: 'scenario',
      message: `the link was made with another version of scenario "summit-2023" (content ${SUMMIT_SCENARIO_HASH.slice(0, 8)}, this program has ${otherSummit.get('summit-2023')!.hash.slice(0, 8)})`,
    },
  },
  {
    name: 'an invalid embedded scenario',
    input: codeOf(embeddedScenario({ id: 'x' })),
    error: { kind: 'invalid', path: 'scenario.title', message: 'missing required field (expected string)' },
  },
  {
    name: 'more turns than the scenario has',
    input: codeOf({ ...realistic, turns: [...realistic.turns, realistic.turns[11]!] }, true),
    error: { kind: 'invalid', path: 'turns', message: 'has 13 turns; scenario "summit-2023" has only 12' },
  },
  {
    name: 'a format 1 code with an unknown scenario tag',
    input: code((w) => {
      w.string('0.1.0');
      w.byte(9);
    }, 1),
    error: { kind: 'unreadable', path: 'link', message: 'the code is damaged: unknown scenario tag 9' },
  },
];

describe('loadShareCode refuses bad links with one clear answer', () => {
  it.each(CASES)('$name', ({ input, catalog, error }) => {
    const r = loadShareCode(input, catalog ?? shipped);
    expect(r.ok ? null : { ...r.error, more: 0 }).toEqual({ ...error, more: 0 });
  });

  it('a link whose orders were changed names the turn', () => {
    const save = realisticSave();
    const forged = {
      ...save,
      turns: save.turns.map((t, i) => (i === 3 ? { ...t, orders: t.orders.filter((_, j) => j !== 1) } : t)),
    };
    const r = loadShareCode(encodeShareCode(forged, shipped), shipped);
    expect(r.ok ? null : [r.error.kind, r.error.path, r.error.message.slice(0, 27)]).toEqual([
      'mismatch',
      'turns[3]',
      'turn 4 does not verify: the',
    ]);
  });

  it('a link whose orders break the schema names the order', () => {
    const save = realisticSave(2);
    const bad = { ...save, turns: [{ ...save.turns[0]!, orders: [{ kind: 'ship', actor: 'RUS' }] }, save.turns[1]!] };
    const r = loadShareCode(encodeShareCode(bad as typeof save, shipped), shipped);
    expect(r.ok ? null : [r.error.kind, r.error.path, r.error.message]).toEqual([
      'invalid',
      'turns[0].orders[0].to',
      'missing required field (expected string)',
    ]);
  });
});
