/**
 * `npm run load:class [-- --classes 10 --students 30 --think 500-2000 --json]`
 *
 * One class server process (a child, on 127.0.0.1, embedded database) and, in this process,
 * `classes` × (`students` SDK clients + an instructor). Each class has three worlds with teams
 * of students per country; one member of each team (its captain) sends the team's orders after
 * a think time drawn from `--think` (ms), the others watch. Every world plays the whole
 * scenario (pyongyang-2024, 9 turns).
 *
 * Reports:
 * - latency: for each world and turn, from the moment the last captain's orders were sent to
 *   the moment each client of that world (students and the instructor watching it) had the
 *   new view; p50, p90, p99 and max over every client and turn;
 * - server memory: RSS and V8 heap before the classes (after a collection) and with every class
 *   running (after a collection), and the difference per class room;
 * - server CPU: user + system time during play, as a share of one core, and per resolved turn.
 * Every wait is bounded; the whole run stops after 10 minutes at most.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ACTORS } from '../src/engine/index.ts';
import type { ActorId } from '../src/engine/index.ts';
import type { ClassClient } from '../src/net/index.ts';
import { api, client, createTestClass, freshDataDir, instructor, until } from '../tests/server/harness.ts';
import { ordersFromView } from '../tests/server/play.ts';
import { freePort, spawnServer } from '../tests/server/processes.ts';

const { values } = parseArgs({
  options: {
    classes: { type: 'string', default: '10' },
    students: { type: 'string', default: '30' },
    think: { type: 'string', default: '500-2000' },
    json: { type: 'boolean', default: false },
  },
});
const CLASSES = Number(values.classes);
const STUDENTS = Number(values.students);
const [THINK_MIN, THINK_MAX] = String(values.think).split('-').map(Number) as [number, number];
const WORLDS = 3;
const SCENARIO = 'pyongyang-2024';
const TURNS = 9;

const hardStop = setTimeout(() => {
  console.error('load:class: stopped after 10 minutes');
  process.exit(2);
}, 600_000);

/** A small deterministic generator for the think times (the run is repeatable in its load). */
let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

interface Stats {
  rooms: number;
  rss: number;
  heapUsed: number;
  cpuUserMicros: number;
  cpuSystemMicros: number;
}

const mb = (b: number): string => `${(b / 1048576).toFixed(1)} MB`;
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

const dataDir = await freshDataDir();
const port = await freePort();
const server = await spawnServer({ port, dataDir, node: ['--expose-gc'] });
const url = server.url;
const stats = (): Promise<Stats> => api<Stats>(url, '/api/stats?gc=1');
const clients: ClassClient[] = [];

try {
  // Warm the server up (one small class played for a turn), then take the baseline.
  const warm = await createTestClass(url);
  const w = instructor(url, warm);
  await w.connect();
  await w.leave();
  await new Promise((r) => setTimeout(r, 500));
  const before = await stats();

  /** Send time of the last captain's orders, by world key and turn. */
  const lastSend = new Map<string, number>();
  const samples: number[] = [];
  let resolved = 0;
  const t0 = performance.now();

  const classes = await Promise.all(
    Array.from({ length: CLASSES }, async (_, k) => {
      const code = await createTestClass(url, { scenario: { id: SCENARIO }, worlds: WORLDS, autoAdvance: true });
      const teacher = instructor(url, code);
      clients.push(teacher);
      await teacher.connect();
      const students = Array.from({ length: STUDENTS }, (_, i) => {
        const world = i % WORLDS;
        const actor: ActorId = ACTORS[Math.floor(i / WORLDS) % ACTORS.length] ?? 'RUS';
        const c = client(url, code, { role: 'student', name: `Student ${k + 1}.${i + 1}` });
        clients.push(c);
        return { c, world, actor, captain: i < WORLDS * ACTORS.length };
      });
      // Ten joins at a time per class (a class does not arrive in one millisecond either), each
      // tried up to three times.
      for (let i = 0; i < students.length; i += 10)
        await Promise.all(
          students.slice(i, i + 10).map(async (s) => {
            for (let attempt = 1; ; attempt++) {
              try {
                await s.c.connect();
                return;
              } catch (e) {
                if (attempt >= 3) throw e;
              }
            }
          }),
        );
      await until(teacher, (x) => x.roster.length === STUDENTS, 60_000, 'the roster');
      for (const s of students) {
        const id = s.c.snapshot.welcome?.you?.id ?? '';
        teacher.command('assign', { participant: id, seat: { world: s.world, actor: s.actor } });
      }
      await Promise.all(students.map((s) => until(s.c, (x) => x.turn !== null, 60_000, 'a seat')));
      return { code, teacher, students };
    }),
  );
  const connectedAt = performance.now();

  for (const cl of classes) {
    for (const s of cl.students) {
      let answered = 0;
      const key = `${cl.code}:${s.world}`;
      s.c.onMessage((type) => {
        const t = s.c.snapshot.turn;
        if (type !== 'view' && type !== 'status') return;
        if (t === null) return;
        if (type === 'view') {
          const sent = lastSend.get(`${key}:${t.state.turn - 1}`);
          if (sent !== undefined) samples.push(performance.now() - sent);
        }
        if (!s.captain || s.c.snapshot.status?.phase !== 'playing' || t.state.turn <= answered) return;
        answered = t.state.turn;
        if (t.state.turn > TURNS) return;
        const turn = t.state.turn;
        const orders = ordersFromView(t.state, s.actor);
        setTimeout(
          () => {
            const now = performance.now();
            const k = `${key}:${turn}`;
            lastSend.set(k, Math.max(lastSend.get(k) ?? 0, now));
            s.c.submit(turn, orders);
          },
          THINK_MIN + rand() * (THINK_MAX - THINK_MIN),
        );
      });
    }
    // The instructor watches world 1 of its class.
    cl.teacher.onMessage((type) => {
      const t = cl.teacher.snapshot.turn;
      if (type !== 'view' || t === null) return;
      resolved += 1;
      const sent = lastSend.get(`${cl.code}:${t.world}:${t.state.turn - 1}`);
      if (sent !== undefined) samples.push(performance.now() - sent);
    });
  }

  const running = await stats();
  const cpu0 = running.cpuUserMicros + running.cpuSystemMicros;
  const play0 = performance.now();
  for (const cl of classes) cl.teacher.command('start', {});
  await Promise.all(
    classes.flatMap((cl) =>
      cl.students.map((s) => until(s.c, (x) => (x.turn?.state.turn ?? 0) > TURNS, 300_000, 'the end of the game')),
    ),
  );
  const playMs = performance.now() - play0;
  const after = await stats();
  const cpuMs = (after.cpuUserMicros + after.cpuSystemMicros - cpu0) / 1000;
  const worldTurns = CLASSES * WORLDS * TURNS;

  const result = {
    load: `${CLASSES} classes × ${STUDENTS} students (+1 instructor each), ${WORLDS} worlds per class, ${TURNS} turns; captains think ${THINK_MIN}–${THINK_MAX} ms`,
    clients: clients.length,
    connectSeconds: Number(((connectedAt - t0) / 1000).toFixed(1)),
    playSeconds: Number((playMs / 1000).toFixed(1)),
    viewsMeasured: samples.length,
    latencyMs: {
      p50: Number(pct(samples, 50).toFixed(1)),
      p90: Number(pct(samples, 90).toFixed(1)),
      p99: Number(pct(samples, 99).toFixed(1)),
      max: Number(Math.max(...samples).toFixed(1)),
    },
    serverMemory: {
      baselineRss: mb(before.rss),
      runningRss: mb(running.rss),
      rssPerRoom: mb((running.rss - before.rss) / CLASSES),
      baselineHeap: mb(before.heapUsed),
      runningHeap: mb(running.heapUsed),
      heapPerRoom: mb((running.heapUsed - before.heapUsed) / CLASSES),
      endHeapPerRoom: mb((after.heapUsed - before.heapUsed) / CLASSES),
    },
    serverCpu: {
      playSecondsOfCpu: Number((cpuMs / 1000).toFixed(2)),
      shareOfOneCore: `${((cpuMs / playMs) * 100).toFixed(0)}%`,
      msPerWorldTurn: Number((cpuMs / worldTurns).toFixed(1)),
    },
    instructorViews: resolved,
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`load:class — ${result.load}`);
    console.log(
      `  ${result.clients} clients connected and seated in ${result.connectSeconds} s; play took ${result.playSeconds} s`,
    );
    console.log(
      `  last order → new view at every client (${result.viewsMeasured} views): p50 ${result.latencyMs.p50} ms, p90 ${result.latencyMs.p90} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms`,
    );
    const m = result.serverMemory;
    console.log(
      `  server RSS ${m.baselineRss} → ${m.runningRss} (${m.rssPerRoom} per class room); heap ${m.baselineHeap} → ${m.runningHeap} (${m.heapPerRoom} per room, ${m.endHeapPerRoom} at the end)`,
    );
    const c = result.serverCpu;
    console.log(
      `  server CPU ${c.playSecondsOfCpu} s during play = ${c.shareOfOneCore} of one core; ${c.msPerWorldTurn} ms per world turn`,
    );
  }
} finally {
  await Promise.all(clients.map((c) => c.leave().catch(() => undefined)));
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(hardStop);
}
process.exit(0);
