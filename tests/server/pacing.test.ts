/**
 * Pacing a class: a turn resolves at its deadline (seats without orders hold), a pause stops
 * the clock, an extension moves the deadline, and the instructor can advance a game at once.
 * The server's clock is the test's (it jumps), so no test waits for real minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassClient } from '../../src/net/index.ts';
import type { TestServer } from './harness.ts';
import { client, createTestClass, instructor, startTestServer, until } from './harness.ts';

let offset = 0;
let ts: TestServer;
const open: ClassClient[] = [];

beforeAll(async () => {
  ts = await startTestServer({ now: () => Date.now() + offset });
});

afterAll(async () => {
  await Promise.all(open.map((c) => c.leave()));
  await ts?.close();
});

const deadlineOf = (c: ClassClient): number | null => c.snapshot.status?.worlds[0]?.deadlineIn ?? null;

describe('pacing', () => {
  it('resolves at the deadline, stops while paused, extends, and advances on demand', async () => {
    const code = await createTestClass(ts.url, { deadlineSeconds: 60, autoAdvance: false });
    const teacher = instructor(ts.url, code);
    open.push(teacher);
    await teacher.connect();
    const s = client(ts.url, code, { role: 'student', name: 'Pat' });
    open.push(s);
    await s.connect();
    await until(teacher, (x) => x.roster.length === 1);
    teacher.command('assign', { participant: 'p1', seat: { world: 0, actor: 'CHN' } });
    await until(s, (x) => x.turn !== null);
    teacher.command('start', {});
    await until(s, (x) => x.status?.phase === 'playing' && deadlineOf(s) !== null);
    expect(deadlineOf(s)).toBeGreaterThan(55_000);

    // Orders in, but no automatic advance: the deadline resolves the turn.
    s.submit(1, [{ kind: 'setPriorities', actor: 'CHN', munitions: 30, labourAbroad: 0 }]);
    await until(s, (x) => x.submitted?.turn === 1);
    offset += 61_000;
    await until(s, (x) => x.turn?.state.turn === 2, 10_000, 'the deadline');
    expect(s.snapshot.turn?.state.actors.CHN?.priorities).toEqual({ munitions: 30, labourAbroad: 0 });

    // Paused: the deadline passes on the clock and nothing resolves; the time left is kept.
    teacher.command('pause', {});
    await until(s, (x) => x.status?.paused === true);
    offset += 120_000;
    await new Promise((r) => setTimeout(r, 2500));
    expect(s.snapshot.turn?.state.turn).toBe(2);
    teacher.command('extend', { world: 0, seconds: 60 });
    await until(s, () => (deadlineOf(s) ?? 0) > 100_000, 5000, 'the extension');
    expect(deadlineOf(s)).toBeLessThanOrEqual(120_000);
    teacher.command('resume', {});
    await until(s, (x) => x.status?.paused === false);
    await new Promise((r) => setTimeout(r, 1500));
    expect(s.snapshot.turn?.state.turn).toBe(2);

    // The instructor advances at once; the seat without orders holds.
    teacher.command('advance', { world: 0 });
    await until(s, (x) => x.turn?.state.turn === 3, 10_000, 'the advance');
    expect(s.snapshot.turn?.report?.rejections).toEqual([]);
  });
});
