/** `cli replay` and `cli sim --save`: exit codes and the lines people read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAVES_DIR, golden, realisticSave } from '../save/helpers.ts';
import { restamp, saveOfPlay, serializeSave } from '../../src/save/index.ts';
import { encodeBase64url } from '../../src/save/base64url.ts';
import { writePayload } from '../../src/save/linkPayload.ts';
import { deflate } from '../../src/save/inflate.ts';
import { realisticOrders } from '../../src/sim/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';
import { ENGINE_VERSION, fingerprint, playTurns } from '../../src/engine/index.ts';
import { V1_ENGINE } from '../../scripts/save-goldens.ts';

const dir = mkdtempSync(join(tmpdir(), 'veto-replay-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const LINK = golden('summit-2023.link2.txt').trim();
const FINAL = `final hash ${SUMMIT_FINAL}`;
const realisticPlay = playTurns(initialState(loadScenario()), 12, realisticOrders);

/** A share format 2 payload that refers to a scenario `id` the program does not ship. */
function refPayload(id: string): Uint8Array {
  const save = realisticSave(1);
  return writePayload({ ...save, scenario: { ...save.scenario, id } }, true);
}

describe('cli replay', () => {
  it.each([
    { name: 'a version 3 save', arg: `${SAVES_DIR}summit-2023.v3.json` },
    { name: 'a version 2 save', arg: `${SAVES_DIR}summit-2023.v3.json` },
    { name: 'a version 1 save', arg: `${SAVES_DIR}summit-2023.v1.json` },
    { name: 'a share format 1 link', arg: `#s=${golden('summit-2023.link1.txt').trim()}` },
    { name: 'a whole link', arg: `https://veto.example/#s=${LINK}` },
    { name: 'a fragment', arg: `#s=${LINK}` },
    { name: 'a bare code', arg: LINK },
    { name: 'a text file holding a link', arg: `${SAVES_DIR}summit-2023.link2.txt` },
  ])('verifies $name: exit 0, summary and final hash', ({ arg }) => {
    const r = main(['replay', arg]);
    expect(r.code).toBe(0);
    const [summary, hash, game] = r.stdout.split('\n');
    expect(summary).toMatch(
      /^verified: summit-2023 ".*", seed 2023, 12 of 12 turns \(game over\); RUS human.*; fingerprint /,
    );
    expect(summary).toContain(`fingerprint ${fingerprint(SUMMIT_FINAL)}`);
    expect(hash).toBe(FINAL);
    expect(game).toMatch(/^game hash [0-9a-f]{64}$/);
  });

  it('prints what an older format could not seal, and the other engine', () => {
    const r = main(['replay', `${SAVES_DIR}summit-2023.v1.json`]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('note: '))).toEqual([
      'note: This save is in format 1, from before Veto sealed whole games: every turn was replayed and matched, but its scenario text, player names and orders that changed nothing could not be checked.',
      `note: It was made by engine ${V1_ENGINE}; this engine (${ENGINE_VERSION}) replays it to the same states, turn by turn.`,
    ]);
  });

  it.each([
    {
      name: 'an edited order',
      text: golden('summit-2023.v3.json').replace('"amount":1500', '"amount":1400'),
      code: 1,
      stderr: `scenario.json: turns[0]: turn 1 does not verify: the save says state ${fingerprint((JSON.parse(golden('summit-2023.v3.json')) as { turns: { hash: string }[] }).turns[0]!.hash)}, replaying gives`,
    },
    {
      name: 'a newer format',
      text: golden('summit-2023.v3.json').replace('"version": 3', '"version": 9'),
      code: 1,
      stderr: 'version: this save is format version 9, newer than this program understands',
    },
    {
      name: 'not JSON',
      text: 'PK\u0003\u0004 zip',
      code: 2,
      stderr: '(root): not a Veto save or link (a save is a JSON file that starts with "{"; a link holds "#s=")',
    },
    {
      name: 'a text that starts with a digit',
      text: '3 questions for Monday',
      code: 2,
      stderr: '(root): not a Veto save or link',
    },
    {
      name: 'a scenario, not a save',
      text: golden('../../../scenarios/summit-2023.json'),
      code: 2,
      stderr: 'format: not a Veto save: the file has no "format" field',
    },
  ])('refuses $name with exit $code', ({ text, code, stderr }) => {
    const r = main(['replay', file('scenario.json', text)]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(stderr);
  });

  it.each([
    {
      name: 'a missing file',
      argv: ['replay', join(dir, 'missing.json')],
      stderr: `veto: ${join(dir, 'missing.json')}: cannot read (ENOENT)`,
    },
    {
      name: 'a damaged link',
      argv: ['replay', '#s=1AAAA'],
      stderr: 'veto: link: the code cannot be unpacked: it is cut short (was the whole link copied?)',
    },
    { name: 'no argument', argv: ['replay'], stderr: 'veto: replay needs exactly one save file or link' },
    {
      name: 'a file over 1 MiB',
      argv: ['replay', file('big.json', ' '.repeat(1024 * 1024 + 1))],
      stderr: `veto: ${join(dir, 'big.json')}: file is 1048577 bytes; the limit is 1048576`,
    },
  ])('exits 2 for $name', ({ argv, stderr }) => {
    const r = main(argv);
    expect(r).toEqual({ stdout: '', stderr, code: 2 });
  });

  it('turns a link into a save file, which verifies to the same hash', () => {
    const out = join(dir, 'from-link.json');
    expect(main(['replay', `#s=${LINK}`, '--save', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(golden('summit-2023.v3.json'));
  });

  it('prints the link of a save, which opens to the same hash', () => {
    const r = main(['replay', `${SAVES_DIR}summit-2023.v3.json`, '--link']);
    const link = r.stdout
      .split('\n')
      .find((l) => l.startsWith('link '))!
      .slice(5);
    expect(link).toBe(`#s=${LINK}`);
  });
});

describe('cli sim --save', () => {
  it('writes a save that replay verifies at the same final hash as sim reports', () => {
    const out = join(dir, 'sim.json');
    const sim = main(['sim', 'scenarios/summit-2023.json', '--turns', '5', '--seed', '9', '--json', '--save', out]);
    expect(sim.code).toBe(0);
    const hash = (JSON.parse(sim.stdout) as { hash: string }).hash;
    const r = main(['replay', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seed 9, 5 of 12 turns (next turn 6); RUS none, PRK none, CHN none, UNSC none');
    expect(r.stdout.split('\n')[1]).toBe(`final hash ${hash}`);
  });

  it('exits 2 when the save cannot be written', () => {
    const r = main(['sim', 'scenarios/summit-2023.json', '--save', join(dir, 'no/such/dir.json')]);
    expect(r).toEqual({ stdout: '', stderr: `veto: ${join(dir, 'no/such/dir.json')}: cannot write (ENOENT)`, code: 2 });
  });
});

describe('the real process', () => {
  it.each([
    { args: [`${SAVES_DIR}summit-2023.v3.json`], status: 0 },
    { args: [join(dir, 'missing.json')], status: 2 },
  ])('replay $args exits $status', ({ args, status }) => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'replay', ...args], { encoding: 'utf8' });
    expect(r.status).toBe(status);
    if (status === 0) expect(r.stdout.split('\n')[1]).toBe(FINAL);
  });

  it('replay exits 1 for a save that does not verify', () => {
    const bad = file('bad.json', golden('summit-2023.v3.json').replace('"amount":1500', '"amount":1400'));
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'replay', bad], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/turn 1 does not verify/);
  });
});

/** Every character a terminal acts on or shows as nothing (what safeText.ts escapes). */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
const printable = (s: string): boolean => s.split('\n').every((l) => !UNPRINTABLE.test(l.replace(/\t/g, ' ')));
/** Erase the line, back to its start, and print a green "verified" over the refusal. */
const SPOOF = '\u001b[2K\r\u001b[32mverified\u001b[0m';
const RLO = '\u202e';

describe('cli replay prints only printable text, whatever the input holds', () => {
  const base = JSON.parse(golden('summit-2023.v3.json')) as Record<string, unknown>;
  const withPlayers = (name: string): string => {
    const save = realisticSave();
    return serializeSave(restamp(save, { players: { ...save.players, RUS: { kind: 'human', name } } }));
  };
  const withTitle = (title: string): string => {
    const save = realisticSave();
    return serializeSave(saveOfPlay({ ...save.scenario, title }, save.seed, save.players, realisticPlay));
  };
  it.each([
    {
      name: 'an unknown field named with control codes',
      text: JSON.stringify({ ...base, [SPOOF]: 1 }),
      code: 1,
      out: 'stderr',
      shows: 'unknown field "\\u001b[2K\\u000d\\u001b[32mverified\\u001b[0m"',
    },
    {
      name: 'a player named with control codes (a valid save)',
      text: withPlayers(`Anna${SPOOF}`),
      code: 0,
      out: 'stdout',
      shows: 'RUS human (Anna\\u001b[2K\\u000d\\u001b[32mverified\\u001b[0m)',
    },
    {
      name: 'a player named with a right-to-left override',
      text: withPlayers(`Anna${RLO}deifirev ton`),
      code: 0,
      out: 'stdout',
      shows: 'RUS human (Anna\\u202edeifirev ton)',
    },
    {
      name: 'a scenario title with control codes, a zero-width space and an override (a valid save)',
      text: withTitle(`Summit\u200b${SPOOF}${RLO}`),
      code: 0,
      out: 'stdout',
      shows: '"Summit\\u200b\\u001b[2K\\u000d\\u001b[32mverified\\u001b[0m\\u202e"',
    },
    {
      name: 'a scenario id with control codes in a link',
      text: `#s=2${encodeBase64url(deflate(refPayload(`x${SPOOF}`)))}`,
      code: 1,
      out: 'stderr',
      shows: 'scenario "x\\u001b[2K\\u000d\\u001b[32mverified\\u001b[0m", which this version',
    },
  ])('$name', ({ text, code, out, shows }) => {
    const r = main(['replay', file('control.json', text)]);
    expect(r.code).toBe(code);
    expect(r[out as 'stdout' | 'stderr']).toContain(shows);
    expect(printable(r.stdout) && printable(r.stderr)).toBe(true);
  });

  it('cuts a 900,000-character field name to a line of at most 2,000 characters', () => {
    const r = main(['replay', file('long-key.json', JSON.stringify({ ...base, ['x'.repeat(900_000)]: 1 }))]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.map((l) => l.length <= 2000)).toEqual(lines.map(() => true));
    expect(lines[0]).toMatch(/^veto: \S*long-key\.json: x{100,}…: unknown field "x{100,}…/);
  });

  it('keeps `sim --json` one valid JSON document with the same text', () => {
    const r = main(['sim', 'scenarios/summit-2023.json', '--turns', '1', '--json']);
    expect(printable(r.stdout)).toBe(true);
    expect((JSON.parse(r.stdout) as { scenario: string }).scenario).toBe('summit-2023');
  });
});
