/**
 * Hard bots in a class: they think in a worker thread (src/server/botPool.ts), never on the
 * thread that serves the rooms. The orders they give are the ones the search bot gives
 * in-process for the same inputs, the log records them (a rebuild replays them, no bot runs),
 * the room answers while they think, a turn resolves once, a room closed meanwhile drops their
 * answer, and a thread that dies hands that turn to the easy bot with one line in the log.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActorId, Order } from '../../src/engine/index.ts';
import { ACTORS, resolveTurn } from '../../src/engine/index.ts';
import { botOrders, budgetOrders, levelOrders, openingOf } from '../../src/ai/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import type { ClassStatus } from '../../src/classroom/index.ts';
import type { ClassClient } from '../../src/net/index.ts';
import { BotPool, PoolBusy, hardOrders } from '../../src/server/botPool.ts';
import type { LogEvent } from '../../src/server/log.ts';
import { parseRow, readLog } from '../../src/server/log.ts';
import { rebuild } from '../../src/server/session.ts';
import { loadScenario } from '../fixtures.ts';
import type { TestServer } from './harness.ts';
import { client, createTestClass, instructor, startTestServer, until } from './harness.ts';

/** Rollouts a decision in the quick tests (the level's own budget is 300). */
const SMALL = 6;
const DYING = new URL('./dyingBotWorker.ts', import.meta.url);
const scenario = loadScenario('pyongyang-2024');

type Resolved = Extract<LogEvent, { kind: 'resolved' }>;

async function resolvedIn(ts: TestServer, code: string): Promise<Resolved[]> {
  const out: Resolved[] = [];
  for (const row of await readLog(ts.db, code)) {
    const e = parseRow(row.kind, row.body);
    if (typeof e !== 'string' && e.kind === 'resolved') out.push(e);
  }
  return out;
}

/** Bounded wait for something the test cannot subscribe to. */
async function poll(what: string, pred: () => boolean, ms = 30_000): Promise<void> {
  for (let waited = 0; !pred(); waited += 50) {
    if (waited > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The orders of a turn as the room gives them to the engine: every seat in ACTORS order. */
function turnOrders(mine: Partial<Record<ActorId, Order[]>>, bot: (a: ActorId) => Order[]): Order[] {
  return ACTORS.flatMap((a) => mine[a] ?? bot(a));
}

const open: ClassClient[] = [];
/** Every client leaves before its server closes. */
async function leaveAll(): Promise<void> {
  await Promise.all(open.splice(0).map((c) => c.leave()));
}

/** A class of the given scenario with hard bots, its instructor connected, started. */
async function hardClass(
  ts: TestServer,
  student: boolean,
  seed?: number,
): Promise<{ code: string; teacher: ClassClient; s: ClassClient | null }> {
  const code = await createTestClass(ts.url, {
    botLevel: 'hard',
    autoAdvance: true,
    ...(seed === undefined ? {} : { seed }),
  });
  const teacher = instructor(ts.url, code);
  open.push(teacher);
  await teacher.connect();
  let s: ClassClient | null = null;
  if (student) {
    s = client(ts.url, code, { role: 'student', name: 'Pat' });
    open.push(s);
    await s.connect();
    await until(teacher, (x) => x.roster.length === 1);
    teacher.command('assign', { participant: 'p1', seat: { world: 0, actor: 'PRK' } });
    await until(s, (x) => x.turn !== null);
  }
  teacher.command('start', {});
  await until(teacher, (x) => x.status?.phase === 'playing');
  return { code, teacher, s };
}

describe('the bots pool', () => {
  it('thinks in a thread started on the first request, giving the orders the bot gives in-process', async () => {
    const pool = new BotPool();
    try {
      expect(pool.threads).toBe(0);
      const state = initialState(scenario, 7);
      const game = { seed: 7, opening: openingOf(state) };
      const got = await Promise.all(ACTORS.map((actor) => pool.think({ state, actor, budget: SMALL, ...game })));
      expect(got).toEqual(ACTORS.map((a) => budgetOrders(state, a, SMALL, game)));
      expect(pool.threads).toBe(1);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('refuses a decision past its queue at once', async () => {
    const pool = new BotPool({ maxQueue: 1 });
    try {
      const state = initialState(scenario, 3);
      const job = { state, actor: 'RUS' as const, budget: SMALL, seed: 3, opening: openingOf(state) };
      const first = pool.think(job); // on the thread
      const second = pool.think(job); // waits
      await expect(pool.think(job)).rejects.toThrow(new PoolBusy('the queue is full (1 decisions waiting)'));
      expect(await first).toEqual(await second);
    } finally {
      await pool.close();
    }
  });

  it('a thread that dies: its seats play the easy bot that turn, and a new thread takes the next decision', async () => {
    const pool = new BotPool({ entry: DYING });
    try {
      const state = initialState(scenario, 5);
      const r = await hardOrders(pool, state, ['RUS', 'CHN'], SMALL, { seed: 5, opening: openingOf(state) });
      expect(r.failure).toBe("the bots' thread stopped (out of memory (a test))");
      expect(r.easy).toEqual(['RUS', 'CHN']);
      expect([...r.orders]).toEqual([
        ['RUS', botOrders(state, 'RUS')],
        ['CHN', botOrders(state, 'CHN')],
      ]);
      expect(pool.threads).toBe(0);
      await expect(
        pool.think({ state, actor: 'UNSC', budget: SMALL, seed: 5, opening: openingOf(state) }),
      ).rejects.toThrow("the bots' thread stopped (out of memory (a test))");
    } finally {
      await pool.close();
    }
  });
});

describe('a class with hard bots (a small budget)', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ hardBudget: SMALL });
  });
  afterAll(async () => {
    await leaveAll();
    await ts?.close();
  });

  it('resolves turns with the search bot’s in-process orders; the rebuilt log gives the same hashes', async () => {
    const { code, s } = await hardClass(ts, true);
    if (s === null) throw new Error('no student');
    const launch: Order[] = [{ kind: 'launch', actor: 'PRK' }];
    for (const turn of [1, 2]) {
      s.submit(turn, launch);
      await until(s, (x) => x.turn?.state.turn === turn + 1, 30_000, `turn ${turn + 1}`);
    }
    const resolved = await resolvedIn(ts, code);
    const again = rebuild(code, await readLog(ts.db, code));
    const world = again.worlds[0];
    if (world === undefined) throw new Error('no world');
    const game = { seed: world.seed, opening: openingOf(world.start) };
    expect(world.start).toEqual(initialState(scenario, world.seed));
    let state = world.start;
    const hashes: string[] = [];
    for (const e of resolved) {
      const orders = turnOrders({ PRK: launch }, (a) => budgetOrders(state, a, SMALL, game));
      expect(e.orders).toEqual(orders);
      expect(e.filled).toEqual({ RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' });
      state = resolveTurn(state, orders).state;
      hashes.push(e.hash);
    }
    expect(resolved.map((e) => e.turn)).toEqual([1, 2]);
    expect(world.turns.map((t) => t.hash)).toEqual(hashes);
    expect(s.snapshot.turn?.hash).toBe(hashes[1]);
  });
});

describe('a class with hard bots (the level’s budget)', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(async () => {
    await leaveAll();
    await ts?.close();
  });

  it('answers the room while the bots think, and resolves the turn once', async () => {
    const { code, teacher, s } = await hardClass(ts, true, 7);
    if (s === null) throw new Error('no student');
    const seen: string[] = [];
    teacher.onMessage((type, body) => {
      if (type === 'view') seen.push(`instructor: turn ${(body as { state: { turn: number } }).state.turn}`);
    });
    // The student's status while the bots think: the seats they are deciding for, then none.
    const thinking: string[] = [];
    s.onMessage((type, body) => {
      if (type === 'status') {
        const now = (body as ClassStatus).worlds[0]?.thinking.join(',') ?? '-';
        if (thinking.at(-1) !== now) thinking.push(now);
      }
      if (type === 'error') seen.push(`student: ${(body as { message: string }).message}`);
      if (type === 'view') seen.push(`student: turn ${(body as { state: { turn: number } }).state.turn}`);
    });
    // Two triggers for the same turn, then a round trip while the bots think (the watch
    // answers with the turn on screen), then orders that come too late.
    teacher.command('advance', { world: 0 });
    teacher.command('advance', { world: 0 });
    teacher.command('watch', { world: 0 });
    await poll('the watch', () => seen.length > 0);
    s.submit(1, [{ kind: 'launch', actor: 'PRK' }]);
    await until(s, (x) => x.turn?.state.turn === 2, 60_000, 'turn 2');
    await poll('the bots to finish', () => ts.server.bots.pending === 0);
    // One more round trip: every command sent before it has been handled.
    teacher.command('watch', { world: 0 });
    await poll('the second watch', () => seen.filter((x) => x === 'instructor: turn 2').length === 2, 10_000);
    expect(seen).toEqual([
      'instructor: turn 1',
      'student: submit: the computer players are finishing turn 1; orders for it are closed',
      'instructor: turn 2',
      'student: turn 2',
      'instructor: turn 2',
    ]);
    expect(thinking.filter((x) => x !== '')).toEqual(['RUS,CHN,UNSC']);
    expect(thinking.at(-1)).toBe('');
    const resolved = await resolvedIn(ts, code);
    expect(resolved.map((e) => e.turn)).toEqual([1]);
    // The orders are the search bot's at its level, as in-process (the student's late orders
    // did not count: the seat held); with seed 7 they are not the easy bot's.
    const start = initialState(scenario, 7);
    const game = { seed: 7, opening: openingOf(start) };
    expect(resolved[0]?.orders).toEqual(turnOrders({ PRK: [] }, (a) => levelOrders(start, a, 'hard', game)));
    expect(resolved[0]?.orders).not.toEqual(turnOrders({ PRK: [] }, (a) => botOrders(start, a)));
  });

  it('drops the bots’ answer when the room closes while they think; the turn resolves after the rebuild', async () => {
    const { code, teacher } = await hardClass(ts, false);
    teacher.command('advance', { world: 0 });
    await poll('the bots to start', () => ts.server.bots.pending > 0, 10_000);
    await teacher.leave(); // the last client: the room is disposed
    await poll('the bots to finish', () => ts.server.bots.pending === 0, 60_000);
    expect(await resolvedIn(ts, code)).toEqual([]);
    const back = instructor(ts.url, code);
    open.push(back);
    await back.connect();
    await until(back, (x) => x.turn?.state.turn === 1 && x.status?.phase === 'playing');
    back.command('advance', { world: 0 });
    await until(back, (x) => x.turn?.state.turn === 2, 60_000, 'turn 2');
    expect((await resolvedIn(ts, code)).map((e) => e.turn)).toEqual([1]);
  });
});

describe('a class whose bots’ thread dies', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ hardBudget: SMALL, bots: new BotPool({ entry: DYING }) });
  });
  afterAll(async () => {
    await leaveAll();
    await ts?.close();
  });

  it('plays that turn with the easy bot and says so in one line', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { code, teacher } = await hardClass(ts, false);
      teacher.command('advance', { world: 0 });
      await until(teacher, (x) => x.turn?.state.turn === 2, 30_000, 'turn 2');
      const [e] = await resolvedIn(ts, code);
      const start = initialState(scenario, rebuild(code, await readLog(ts.db, code)).worlds[0]?.seed ?? -1);
      expect(e?.orders).toEqual(turnOrders({}, (a) => botOrders(start, a)));
      expect(logged.mock.calls).toEqual([
        [
          `class ${code}, game 1, turn 1: the hard bots could not think (the bots' thread stopped (out of memory (a test))); the easy bot played RUS, PRK, CHN, UNSC this turn`,
        ],
      ]);
    } finally {
      logged.mockRestore();
    }
  });
});
