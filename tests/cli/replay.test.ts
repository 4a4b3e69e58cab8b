/** `cli replay` and `cli sim --save`: exit codes and the lines people read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAVES_DIR, golden } from '../save/helpers.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';
import { fingerprint } from '../../src/engine/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'veto-replay-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const LINK = golden('summit-2023.link.txt').trim();
const FINAL = `final hash ${SUMMIT_FINAL}`;

describe('cli replay', () => {
  it.each([
    { name: 'a version 2 save', arg: `${SAVES_DIR}summit-2023.v2.json` },
    { name: 'a version 1 save', arg: `${SAVES_DIR}summit-2023.v1.json` },
    { name: 'a whole link', arg: `https://veto.example/#s=${LINK}` },
    { name: 'a fragment', arg: `#s=${LINK}` },
    { name: 'a bare code', arg: LINK },
    { name: 'a text file holding a link', arg: `${SAVES_DIR}summit-2023.link.txt` },
  ])('verifies $name: exit 0, summary and final hash', ({ arg }) => {
    const r = main(['replay', arg]);
    expect(r.code).toBe(0);
    const [summary, hash] = r.stdout.split('\n');
    expect(summary).toMatch(
      /^verified: summit-2023 ".*", seed 2023, 12 of 12 turns \(game over\); RUS human.*; fingerprint /,
    );
    expect(summary).toContain(`fingerprint ${fingerprint(SUMMIT_FINAL)}`);
    expect(hash).toBe(FINAL);
  });

  it.each([
    {
      name: 'an edited order',
      text: golden('summit-2023.v2.json').replace('"amount":1500', '"amount":1400'),
      code: 1,
      stderr: `scenario.json: turns[0]: turn 1 does not verify: the save says state ${fingerprint((JSON.parse(golden('summit-2023.v2.json')) as { turns: { hash: string }[] }).turns[0]!.hash)}, replaying gives`,
    },
    {
      name: 'a newer format',
      text: golden('summit-2023.v2.json').replace('"version": 2', '"version": 9'),
      code: 1,
      stderr: 'version: this save is format version 9, newer than this program understands',
    },
    { name: 'not JSON', text: 'PK\u0003\u0004 zip', code: 2, stderr: 'link: not a Veto game code' },
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
    expect(readFileSync(out, 'utf8')).toBe(golden('summit-2023.v2.json'));
  });

  it('prints the link of a save, which opens to the same hash', () => {
    const r = main(['replay', `${SAVES_DIR}summit-2023.v2.json`, '--link']);
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
    { args: [`${SAVES_DIR}summit-2023.v2.json`], status: 0 },
    { args: [join(dir, 'missing.json')], status: 2 },
  ])('replay $args exits $status', ({ args, status }) => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'replay', ...args], { encoding: 'utf8' });
    expect(r.status).toBe(status);
    if (status === 0) expect(r.stdout.split('\n')[1]).toBe(FINAL);
  });

  it('replay exits 1 for a save that does not verify', () => {
    const bad = file('bad.json', golden('summit-2023.v2.json').replace('"amount":1500', '"amount":1400'));
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'replay', bad], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/turn 1 does not verify/);
  });
});
