/**
 * Two server processes on Redis (Colyseus presence and driver) and PostgreSQL: the class's
 * room lives in one of them; when that process is killed, the clients join again through the
 * other one, which rebuilds the class from the shared log. Every order the dead process had
 * acknowledged is still there and counts in the turn.
 *
 * Needs PostgreSQL and Redis on 127.0.0.1 (`bash scripts/services.sh` starts them; .ci/run
 * does it). Skipped only when VETO_NO_SERVICES=1.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index.ts';
import { ACTORS } from '../../src/engine/index.ts';
import type { ClassClient } from '../../src/net/index.ts';
import { memoryTokens } from '../../src/net/index.ts';
import { loadSave } from '../../src/save/index.ts';
import { openPostgres } from '../../src/server/db.ts';
import { client, createTestClass, getText, instructor, until } from './harness.ts';
import type { ServerProcess } from './processes.ts';
import { freePort, spawnServer } from './processes.ts';

const NO_SERVICES = process.env.VETO_NO_SERVICES === '1';
const DATABASE_URL = process.env.VETO_TEST_DATABASE_URL ?? 'postgres://veto:veto@127.0.0.1:5432/veto';
const REDIS_URL = process.env.VETO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const HINT = 'start them with `bash scripts/services.sh` (or set VETO_NO_SERVICES=1 to skip the tests that need them)';

async function servicesUp(): Promise<void> {
  try {
    const db = await openPostgres(DATABASE_URL);
    await db.close();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL} (${(e as Error).message}): ${HINT}`);
  }
  const db = /\/(\d+)$/.exec(REDIS_URL)?.[1] ?? '0';
  const r = spawnSync('redis-cli', ['-u', REDIS_URL.replace(/\/\d+$/, ''), '-n', db, 'flushdb'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.includes('OK'))
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${(r.stderr || r.stdout || String(r.error)).trim()}): ${HINT}`,
    );
}

describe.skipIf(NO_SERVICES)('two server processes on Redis and PostgreSQL', () => {
  it('lose no submitted order when the process hosting the class is killed', { timeout: 300_000 }, async () => {
    await servicesUp();
    const [portA, portB] = [await freePort(), await freePort()];
    const env = (port: number) => ({ DATABASE_URL, REDIS_URL, PUBLIC_ADDRESS: `127.0.0.1:${port}` });
    const procs: ServerProcess[] = [];
    const clients: ClassClient[] = [];
    try {
      const a = await spawnServer({ port: portA, env: env(portA) });
      procs.push(a);
      const b = await spawnServer({ port: portB, env: env(portB) });
      procs.push(b);
      const endpoints = [a.url, b.url];
      const code = await createTestClass(a.url);
      const teacher = instructor(endpoints, code);
      clients.push(teacher);
      await teacher.connect();
      const seats = ACTORS.map((actor) => ({
        actor,
        c: client(endpoints, code, { role: 'student', name: `${actor} team` }, { tokens: memoryTokens() }),
      }));
      for (const s of seats) {
        clients.push(s.c);
        await s.c.connect();
      }
      await until(teacher, (x) => x.roster.length === 4);
      for (const [i, s] of seats.entries())
        teacher.command('assign', { participant: `p${i + 1}`, seat: { world: 0, actor: s.actor } });
      await Promise.all(seats.map((s) => until(s.c, (x) => x.turn !== null)));
      teacher.command('start', {});
      await Promise.all(seats.map((s) => until(s.c, (x) => x.status?.phase === 'playing')));
      for (const s of seats) s.c.submit(1, []);
      await Promise.all(seats.map((s) => until(s.c, (x) => x.turn?.state.turn === 2)));

      // Three seats give their orders for turn 2 and get them acknowledged; then the process
      // that hosts the class dies.
      const given = new Map<string, Order[]>();
      for (const s of seats.filter((x) => x.actor !== 'UNSC')) {
        const orders: Order[] = [{ kind: 'setPriorities', actor: s.actor, munitions: 40, labourAbroad: 20 }];
        given.set(s.actor, orders);
        s.c.submit(2, orders);
      }
      await Promise.all(seats.filter((x) => x.actor !== 'UNSC').map((s) => until(s.c, (x) => x.submitted?.turn === 2)));
      const before = clients.map((c) => c.snapshot.welcomes);
      await a.kill();

      // Back in when each client has B's welcome and status.
      await Promise.all(
        clients.map((c, i) =>
          until(
            c,
            (x) => x.welcomes > (before[i] ?? 0) && x.connection === 'connected' && x.status !== null,
            90_000,
            'the rejoin through B',
          ),
        ),
      );
      for (const s of seats) {
        await until(s.c, (x) => x.turn?.state.turn === 2, 10_000, 'turn 2 after the rejoin');
        expect(s.c.snapshot.welcome?.seat).toEqual({ world: 0, actor: s.actor });
      }
      expect([...(seats[0]?.c.snapshot.status?.worlds[0]?.submitted ?? [])].sort()).toEqual(['CHN', 'PRK', 'RUS']);
      seats.find((s) => s.actor === 'UNSC')?.c.submit(2, []);
      await Promise.all(seats.map((s) => until(s.c, (x) => x.turn?.state.turn === 3, 20_000, 'turn 3')));

      const loaded = loadSave(await getText(b.url, `/api/classes/${code}/worlds/1/save`));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
      expect(loaded.value.save.turns[1]?.orders).toEqual([
        ...(given.get('RUS') ?? []),
        ...(given.get('PRK') ?? []),
        ...(given.get('CHN') ?? []),
      ]);
      expect(loaded.value.save.turns[1]?.hash).toBe(seats[0]?.c.snapshot.turn?.hash);
    } finally {
      await Promise.all(clients.map((c) => c.leave()));
      for (const p of procs) await p.kill();
    }
  });
});
