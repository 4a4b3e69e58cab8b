/**
 * Getting back into the same seat: after a dropped connection (within the reconnection
 * window), after a reload (a new page presenting the seat token it kept), and after the server
 * was killed and started again (the class rebuilt from its log; orders acknowledged before the
 * crash still count).
 */
import './recorder.ts';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/index.ts';
import { ACTORS } from '../../src/engine/index.ts';
import type { ClassClient, TokenStore } from '../../src/net/index.ts';
import { memoryTokens } from '../../src/net/index.ts';
import { loadSave } from '../../src/save/index.ts';
import { sockets } from './recorder.ts';
import { client, createTestClass, freshDataDir, getText, instructor, startTestServer, until } from './harness.ts';
import { freePort, spawnServer } from './processes.ts';

interface Seat {
  c: ClassClient;
  actor: ActorId;
  tokens: TokenStore;
}

const open: ClassClient[] = [];
afterAll(async () => {
  await Promise.all(open.map((c) => c.leave()));
});

/** An instructor and one student per actor, seated in world 1, the game started. */
async function seatedClass(
  endpoints: readonly string[],
  code: string,
): Promise<{ teacher: ClassClient; seats: Seat[] }> {
  const teacher = instructor(endpoints, code);
  open.push(teacher);
  await teacher.connect();
  const seats: Seat[] = [];
  for (const actor of ACTORS) {
    const tokens = memoryTokens();
    const c = client(endpoints, code, { role: 'student', name: `${actor} player` }, { tokens });
    open.push(c);
    await c.connect();
    seats.push({ c, actor, tokens });
  }
  await until(teacher, (s) => s.roster.length === ACTORS.length);
  for (const [i, s] of seats.entries())
    teacher.command('assign', { participant: `p${i + 1}`, seat: { world: 0, actor: s.actor } });
  await Promise.all(seats.map((s) => until(s.c, (x) => x.welcome?.seat?.actor === s.actor && x.turn !== null)));
  teacher.command('start', {});
  await Promise.all(seats.map((s) => until(s.c, (x) => x.status?.phase === 'playing')));
  return { teacher, seats };
}

const turnOf = (c: ClassClient): number => c.snapshot.turn?.state.turn ?? 0;

describe('a student gets back into the same seat', () => {
  it('after a dropped connection, within the window, with the same session', async () => {
    const ts = await startTestServer();
    try {
      const code = await createTestClass(ts.url);
      const { seats } = await seatedClass([ts.url], code);
      const prk = seats.find((s) => s.actor === 'PRK');
      if (prk === undefined) throw new Error('no PRK');
      const sid = prk.c.sessionId ?? '';
      const reconnecting = until(prk.c, (x) => x.connection === 'reconnecting', 5000, 'the drop');
      sockets.get(sid)?.terminate();
      await reconnecting;
      await until(prk.c, (x) => x.connection === 'connected', 10_000, 'the reconnection');
      expect(prk.c.sessionId).toBe(sid);
      for (const s of seats) s.c.submit(1, []);
      await Promise.all(seats.map((s) => until(s.c, (x) => turnOf(s.c) === 2 && x.turn !== null)));
      expect(prk.c.snapshot.welcome?.seat).toEqual({ world: 0, actor: 'PRK' });
      expect(Object.keys(prk.c.snapshot.turn?.state.actors ?? {})).toEqual(['PRK']);
    } finally {
      await Promise.all(open.splice(0).map((c) => c.leave()));
      await ts.close();
    }
  });

  it('after a reload, by the seat token the page kept', async () => {
    const ts = await startTestServer();
    try {
      const code = await createTestClass(ts.url);
      const { seats } = await seatedClass([ts.url], code);
      const chn = seats.find((s) => s.actor === 'CHN');
      if (chn === undefined) throw new Error('no CHN');
      chn.c.submit(1, [{ kind: 'setPriorities', actor: 'CHN', munitions: 10, labourAbroad: 0 }]);
      await until(chn.c, (x) => x.submitted !== null);
      await chn.c.leave();
      const again = client([ts.url], code, { role: 'student', name: 'someone else' }, { tokens: chn.tokens });
      open.push(again);
      await again.connect();
      await until(again, (x) => x.turn !== null);
      expect(again.snapshot.welcome?.you?.id).toBe('p3');
      expect(again.snapshot.welcome?.you?.name).toBe('CHN player');
      expect(again.snapshot.welcome?.seat).toEqual({ world: 0, actor: 'CHN' });
      expect(again.snapshot.status?.worlds[0]?.submitted).toEqual(['CHN']);
      // A page without the token is a new student, with no seat.
      const stranger = client([ts.url], code, { role: 'student', name: 'Newcomer' });
      open.push(stranger);
      await stranger.connect();
      expect(stranger.snapshot.welcome?.you?.id).toBe('p5');
      expect(stranger.snapshot.welcome?.seat).toBe(null);
    } finally {
      await Promise.all(open.splice(0).map((c) => c.leave()));
      await ts.close();
    }
  });

  it('after the server is killed and started again: the class is rebuilt from its log, acknowledged orders kept', {
    timeout: 300_000,
  }, async () => {
    const dataDir = await freshDataDir();
    const port = await freePort();
    let server = await spawnServer({ port, dataDir });
    try {
      const url = server.url;
      const code = await createTestClass(url);
      const { teacher, seats } = await seatedClass([url], code);
      for (const s of seats) s.c.submit(1, []);
      await Promise.all(seats.map((s) => until(s.c, () => turnOf(s.c) === 2)));
      const hashBefore = seats[0]?.c.snapshot.turn?.hash;
      // Two seats give their orders for turn 2; the server acknowledges (they are in the log).
      const early = seats.filter((s) => s.actor === 'RUS' || s.actor === 'UNSC');
      for (const s of early) s.c.submit(2, [{ kind: 'setPriorities', actor: s.actor, munitions: 55, labourAbroad: 5 }]);
      await Promise.all(early.map((s) => until(s.c, (x) => x.submitted?.turn === 2)));
      const everyone = [teacher, ...seats.map((s) => s.c)];
      const before = everyone.map((c) => c.snapshot.welcomes);
      await server.kill();
      server = await spawnServer({ port, dataDir });
      // Back in when each client has the new process's welcome and status.
      await Promise.all(
        everyone.map((c, i) =>
          until(
            c,
            (x) => x.welcomes > (before[i] ?? 0) && x.connection === 'connected' && x.status !== null,
            90_000,
            'the rejoin',
          ),
        ),
      );
      for (const s of seats) {
        await until(s.c, (x) => x.turn !== null && x.turn.state.turn === 2, 10_000, 'the turn after the rejoin');
        expect(s.c.snapshot.welcome?.seat).toEqual({ world: 0, actor: s.actor });
        expect(s.c.snapshot.turn?.hash).toBe(hashBefore);
      }
      expect(seats[0]?.c.snapshot.status?.worlds[0]?.submitted.sort()).toEqual(['RUS', 'UNSC']);
      for (const s of seats.filter((x) => x.actor === 'PRK' || x.actor === 'CHN')) s.c.submit(2, []);
      await Promise.all(seats.map((s) => until(s.c, () => turnOf(s.c) === 3, 20_000, 'turn 3')));
      const loaded = loadSave(await getText(url, `/api/classes/${code}/worlds/1/save`));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
      expect(loaded.value.save.turns[1]?.orders).toEqual([
        { kind: 'setPriorities', actor: 'RUS', munitions: 55, labourAbroad: 5 },
        { kind: 'setPriorities', actor: 'UNSC', munitions: 55, labourAbroad: 5 },
      ]);
      expect(loaded.value.save.turns[1]?.hash).toBe(seats[0]?.c.snapshot.turn?.hash);
    } finally {
      await Promise.all(open.splice(0).map((c) => c.leave()));
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
