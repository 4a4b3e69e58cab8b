import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { type JsonDoc, SCENARIO_DIR, scenarioText } from '../fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = join(SCENARIO_DIR, 'summit-2023.json');

function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'veto-'));
  const s = JSON.parse(scenarioText('summit-2023')) as JsonDoc;
  s.turns = 'twelve';
  s.routes[0].from = 'atlantis';
  s.actors.PRK.stocks.food = -5;
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('cli sim', () => {
  it('--json prints one document with the final hash and every turn; same arguments, same bytes', () => {
    const a = main(['sim', SCENARIO, '--seed', '5', '--json']);
    const b = main(['sim', SCENARIO, '--seed', '5', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as { hash: string; seed: number; turns: { hash: string }[] };
    expect(doc.seed).toBe(5);
    expect(doc.turns).toHaveLength(12);
    expect(doc.hash).toBe(doc.turns[11]!.hash);
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a different seed gives a different final hash', () => {
    const a = JSON.parse(main(['sim', SCENARIO, '--seed', '1', '--json']).stdout) as { hash: string };
    const b = JSON.parse(main(['sim', SCENARIO, '--seed', '2', '--json']).stdout) as { hash: string };
    expect(a.hash).not.toBe(b.hash);
  });

  it('--turns limits the run; the readable report names turns, dates and fingerprints', () => {
    const r = main(['sim', SCENARIO, '--turns', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== Turn 1 · Oct 2023 · state ');
    expect(r.stdout).toContain('== Turn 2 · Jan 2024 · state ');
    expect(r.stdout).not.toContain('== Turn 3');
    expect(r.stdout).toMatch(/fingerprint [0-9a-f]{4}-[0-9a-f]{4}$/);
  });
});

describe('cli validate', () => {
  it('exits 0 for the shipped scenario', () => {
    expect(main(['validate', SCENARIO])).toEqual({ stdout: '1 file(s) valid', stderr: '', code: 0 });
  });

  it('reads a scenario file saved with a UTF-8 byte-order mark', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'veto-')), 'bom.json');
    writeFileSync(f, `\ufeff${scenarioText('summit-2023')}`);
    expect(main(['validate', f])).toEqual({ stdout: '1 file(s) valid', stderr: '', code: 0 });
  });

  it('shows an invisible character in a problem as an escape, never as itself', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'veto-')), 'blank.json');
    const s = JSON.parse(scenarioText('summit-2023')) as JsonDoc;
    s['title\u202e'] = 1;
    writeFileSync(f, JSON.stringify(s));
    expect(main(['validate', f]).stdout).toBe(
      `${f}: ["title\\u202e"]: unknown field "title\\u202e" (did you mean "title"?)`,
    );
  });

  it('exits 1 with one line per problem, file: path: message', () => {
    const f = brokenCopy();
    const r = main(['validate', SCENARIO, f]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${f}: turns: expected number, got the text "twelve"`,
      `${f}: actors.PRK.stocks.food: must be at least 0`,
    ]);
  });
});

describe('bad arguments and unreadable files: one line on stderr, exit 2', () => {
  const cases: [string, string[], string][] = [
    ['no command', [], 'usage: npm run --silent cli -- <command> [options]'],
    [
      'unknown command',
      ['launch'],
      'veto: unknown command "launch" (try: sim, replay, validate, balance, bench, help)',
    ],
    ['sim without a file', ['sim'], 'veto: sim needs exactly one scenario file'],
    ['a missing file', ['sim', '/nonexistent/x.json'], 'veto: /nonexistent/x.json: cannot read (ENOENT)'],
    ['a directory', ['validate', '/tmp'], 'veto: /tmp: not a file'],
    ['a bad seed', ['sim', SCENARIO, '--seed', 'abc'], 'veto: --seed must be a whole number, got "abc"'],
    ['too many turns', ['sim', SCENARIO, '--turns', '13'], 'veto: --turns must be between 0 and 12, got 13'],
    ['an unknown option', ['sim', SCENARIO, '--fast'], 'veto: unknown option --fast'],
    ['a missing option value', ['sim', SCENARIO, '--seed'], 'veto: --seed needs a value'],
  ];
  it.each(cases)('%s', (_n, argv, first) => {
    const r = main(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(first);
  });
});

describe('as a process (npm run --silent cli)', () => {
  it('prints byte-identical JSON twice and exits 0; a broken file exits 1; bad args exit 2 without a stack trace', () => {
    const run = (...args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
    const a = run('sim', SCENARIO, '--json');
    const b = run('sim', SCENARIO, '--json');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(run('validate', brokenCopy()).status).toBe(1);
    const bad = run('sim', '/nonexistent.json');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('veto: /nonexistent.json: cannot read (ENOENT)');
  });
});

describe('cli sim --play bots --hold', () => {
  it('bots play all but the held actors: the held actor gives no order in any turn', () => {
    const doc = JSON.parse(main(['sim', SCENARIO, '--play', 'bots', '--hold', 'UNSC,CHN', '--json']).stdout) as {
      turns: { orders: { actor: string }[] }[];
    };
    const actors = new Set(doc.turns.flatMap((t) => t.orders.map((o) => o.actor)));
    expect([...actors].sort()).toEqual(['PRK', 'RUS']);
  });
  const bad: [string, string[], string][] = [
    ['--hold without bots', ['--hold', 'UNSC'], 'veto: --hold applies to --play bots only'],
    [
      'an unknown actor',
      ['--play', 'bots', '--hold', 'USA'],
      'veto: --hold: unknown actor "USA" (use RUS, PRK, CHN, UNSC)',
    ],
  ];
  it.each(bad)('refuses %s with exit 2', (_n, extra, msg) => {
    expect(main(['sim', SCENARIO, ...extra])).toEqual({ stdout: '', stderr: msg, code: 2 });
  });
});
