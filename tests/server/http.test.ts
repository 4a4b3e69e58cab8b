/**
 * The class server's edges: the pages with the page's CSP as a header, the instructor's API
 * behind its key, matchmaking closed except joining by code (with wrong codes limited per
 * address), and every bad message answered with an error that changes nothing in the log.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassClient } from '../../src/net/index.ts';
import { DEFAULT_CSP, cspFromHtml } from '../../src/server/static.ts';
import { WRONG_CODES_PER_WINDOW } from '../../src/server/http.ts';
import type { TestServer } from './harness.ts';
import { KEY, client, createTestClass, instructor, startTestServer, until } from './harness.ts';

const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; img-src 'self' data:";
let ts: TestServer;
const open: ClassClient[] = [];

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'veto-dist-'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head></html>`,
  );
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'a.js'), 'export {};');
  ts = await startTestServer({ dist });
});

afterAll(async () => {
  await Promise.all(open.map((c) => c.leave()));
  await ts?.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${ts.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('pages and headers', () => {
  it('sends the CSP of the built index.html on every page, and nothing outside the folder', async () => {
    const page = await fetch(`${ts.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    const asset = await fetch(`${ts.url}/assets/a.js`);
    expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/nope.html'])
      expect((await fetch(`${ts.url}${p}`)).status).toBe(404);
  });

  it.each([
    { html: `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, csp: CSP },
    {
      html: `<META content='default-src &apos;self&apos;' HTTP-EQUIV='content-security-policy'>`,
      csp: "default-src 'self'",
    },
    { html: '<meta charset="utf-8">', csp: null },
  ])('reads the policy from a meta tag: $csp', ({ html, csp }) => {
    expect(cspFromHtml(html)).toBe(csp);
  });

  it('falls back to a strict policy', () => {
    expect(DEFAULT_CSP).toBe("script-src 'self'; object-src 'none'; base-uri 'none'");
  });
});

describe('the API and matchmaking', () => {
  it('needs the instructor key', async () => {
    expect((await fetch(`${ts.url}/api/classes`)).status).toBe(401);
    expect(
      (await fetch(`${ts.url}/api/classes`, { headers: { authorization: 'Bearer wrong-key-wrong-key-1234' } })).status,
    ).toBe(401);
    expect((await fetch(`${ts.url}/api/classes`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(200);
  });

  it('lets nobody create or pick a room through matchmaking', async () => {
    for (const m of ['create', 'joinOrCreate', 'join']) {
      const r = await post(`/matchmake/${m}/class`, { code: 'ABCDEF' });
      expect([r.status, await r.json()]).toEqual([403, { error: 'Classes are joined with their code.' }]);
    }
  });

  it('refuses a broken scenario file with its problems', async () => {
    const r = await post(
      '/api/classes',
      {
        scenario: { text: '{"id": "x"}' },
        worlds: 1,
        sameDice: true,
        botLevel: 'easy',
        deadlineSeconds: null,
        autoAdvance: true,
      },
      { authorization: `Bearer ${KEY}` },
    );
    const body = (await r.json()) as { error: string; problems: string[] };
    expect(r.status).toBe(400);
    expect(body.error).toBe('The scenario file has problems.');
    expect(body.problems.length).toBeGreaterThan(3);
  });
});

describe('bad messages', () => {
  it('get an error reply and change nothing', async () => {
    const code = await createTestClass(ts.url);
    const teacher = instructor(ts.url, code);
    open.push(teacher);
    await teacher.connect();
    const s = client(ts.url, code, { role: 'student', name: 'Eve' });
    open.push(s);
    await s.connect();
    await until(teacher, (x) => x.roster.length === 1);
    teacher.command('assign', { participant: 'p1', seat: { world: 0, actor: 'PRK' } });
    await until(s, (x) => x.welcome?.seat?.actor === 'PRK');
    const rows = async (): Promise<number> =>
      (await ts.db.query<{ n: number }>('SELECT count(*)::int AS n FROM veto_log WHERE code = $1', [code]))[0]?.n ?? -1;
    const before = await rows();
    const replies: string[] = [];
    s.onMessage((type, body) => {
      if (type === 'error') replies.push((body as { message: string }).message);
    });
    const cases: [string, unknown][] = [
      ['submit', { turn: 1, orders: [] }],
      ['start', {}],
      ['assign', { participant: 'p1', seat: null }],
      ['nonsense', { a: 1 }],
      ['chat', { to: 'PRK', text: 'to myself' }],
      ['chat', { to: 'CHN', text: 'x'.repeat(600) }],
    ];
    for (const [type, body] of cases) s.sendRaw(type, body);
    const teacherReplies: string[] = [];
    teacher.onMessage((type, body) => {
      if (type === 'error') teacherReplies.push((body as { message: string }).message);
    });
    teacher.command('start', {});
    await until(s, (x) => x.status?.phase === 'playing');
    s.sendRaw('submit', { turn: 1, orders: [{ kind: 'launch', actor: 'CHN' }] });
    s.sendRaw('submit', { turn: 5, orders: [] });
    teacher.command('start', {});
    teacher.command('watch', { world: 3 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(replies).toEqual([
      'submit: the game has not started yet',
      'start: only the instructor can do that',
      'assign: only the instructor can do that',
      'unknown message type "nonsense"',
      'chat: that is your own country',
      'chat: text: is longer than 500 characters',
      'submit: order 1 is not for your country',
      'submit: turn 5 is not open; the current turn is 1',
    ]);
    expect(teacherReplies).toEqual(['start: the game has already started', 'watch: there is no world 4']);
    // One row for the start; none for anything refused.
    expect(await rows()).toBe(before + 1);
  });

  it('limits how fast a student writes messages', async () => {
    const code = await createTestClass(ts.url);
    const teacher = instructor(ts.url, code);
    open.push(teacher);
    await teacher.connect();
    const s = client(ts.url, code, { role: 'student', name: 'Chatty' });
    open.push(s);
    await s.connect();
    await until(teacher, (x) => x.roster.length === 1);
    teacher.command('assign', { participant: 'p1', seat: { world: 0, actor: 'RUS' } });
    await until(s, (x) => x.welcome?.seat?.actor === 'RUS');
    const errors: string[] = [];
    s.onMessage((type, body) => {
      if (type === 'error') errors.push((body as { message: string }).message);
    });
    for (let i = 0; i < 7; i++) s.chat('all', `message ${i + 1}`);
    await until(s, (x) => x.chats.length === 5);
    await new Promise((r) => setTimeout(r, 500));
    expect(s.snapshot.chats.map((c) => c.text)).toEqual([
      'message 1',
      'message 2',
      'message 3',
      'message 4',
      'message 5',
    ]);
    expect(errors).toEqual([
      'chat: you are sending messages too fast; wait a few seconds',
      'chat: you are sending messages too fast; wait a few seconds',
    ]);
  });
});

// Last: it leaves this test's address blocked for a minute.
describe('guessing codes', () => {
  it(`counts wrong codes per address: after ${WRONG_CODES_PER_WINDOW} the address waits`, async () => {
    const answers: number[] = [];
    for (let i = 0; i < WRONG_CODES_PER_WINDOW + 2; i++)
      answers.push((await post('/matchmake/joinById/ZZZZZZ', { role: 'student', name: 'x' })).status);
    expect(answers).toEqual([...Array(WRONG_CODES_PER_WINDOW).fill(404), 429, 429]);
    const r = await post('/matchmake/joinById/ZZZZZZ', {});
    expect(await r.json()).toEqual({
      error: 'Too many wrong class codes from this network. Wait a minute, then try again.',
    });
  });
});
