/**
 * A whole class in one process: 30 SDK clients in three worlds (teams of two or three per
 * actor) play a whole scenario (pyongyang-2024, 9 turns) against the server with the embedded
 * database. Every client of a world sees the same state hash each turn, and those hashes are
 * the ones `cli replay` verifies in the save file the server exports. Every byte each student
 * received before the debrief is decoded and searched for what its actor may not see.
 */
import './recorder.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/index.ts';
import { ACTORS } from '../../src/engine/index.ts';
import { loadSave } from '../../src/save/index.ts';
import type { ClassClient, TurnView } from '../../src/net/index.ts';
import { shippedScenarios } from '../../src/server/catalog.ts';
import { ordersFromView } from './play.ts';
import { received } from './recorder.ts';
import { LEAK_KINDS, briefingsIn, decodeFrames, leaks } from './secrets.ts';
import type { TestServer } from './harness.ts';
import { client, createTestClass, getText, instructor, startTestServer, until } from './harness.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
const SCENARIO = 'pyongyang-2024';
const WORLDS = 3;
const STUDENTS = 30;
const NOTE = 'Meet at Rajin at dawn: the shells go north on the night train.';
const SECRET_NOTE = Buffer.from(NOTE, 'utf8');

interface Student {
  c: ClassClient;
  id: string;
  world: number;
  actor: ActorId;
  /** The hash each turn showed (by the turn the state is at). */
  hashes: Map<number, string>;
  sessions: Set<string>;
  errors: string[];
}

let ts: TestServer;
let code: string;
let teacher: ClassClient;
const students: Student[] = [];
/** Frames each student had received when the instructor ended the class. */
const beforeEnd = new Map<Student, Buffer[]>();
let teacherFrames: Buffer[] = [];

function framesOf(sessions: Iterable<string>): Buffer[] {
  return [...sessions].flatMap((s) => received.get(s) ?? []);
}

beforeAll(async () => {
  ts = await startTestServer();
  code = await createTestClass(ts.url, { scenario: { id: SCENARIO }, worlds: WORLDS, autoAdvance: true });
  teacher = instructor(ts.url, code);
  await teacher.connect();
  for (let i = 0; i < STUDENTS; i++) {
    const world = i % WORLDS;
    const actor = ACTORS[Math.floor(i / WORLDS) % ACTORS.length] ?? 'RUS';
    const c = client(ts.url, code, { role: 'student', name: `Student ${i + 1}` });
    students.push({ c, id: '', world, actor, hashes: new Map(), sessions: new Set(), errors: [] });
  }
  await Promise.all(students.map((s) => s.c.connect()));
  for (const s of students) {
    s.id = s.c.snapshot.welcome?.you?.id ?? '';
    const sid = s.c.sessionId;
    if (sid !== null) s.sessions.add(sid);
  }
  await until(teacher, (x) => x.roster.length === STUDENTS, 10_000, 'all students in the roster');
  for (const s of students) teacher.command('assign', { participant: s.id, seat: { world: s.world, actor: s.actor } });
  await Promise.all(students.map((s) => until(s.c, (x) => x.turn !== null && x.welcome?.seat?.actor === s.actor)));

  // Each student answers every new turn with its orders; a teammate's later submission replaces
  // an earlier one, and a submission that arrives after the turn resolved is refused.
  for (const s of students) {
    s.c.subscribe((snap) => {
      const t: TurnView | null = snap.turn;
      if (t !== null) s.hashes.set(t.state.turn, t.hash);
      if (snap.error !== null && !/is not open|game is over/.test(snap.error.message))
        s.errors.push(snap.error.message);
    });
    let answered = 0;
    s.c.onMessage((type) => {
      const t = s.c.snapshot.turn;
      const phase = s.c.snapshot.status?.phase;
      if ((type === 'view' || type === 'status') && t !== null && phase === 'playing' && t.state.turn > answered) {
        const over = t.state.turn > t.state.rules.turns;
        answered = t.state.turn;
        if (!over) s.c.submit(t.state.turn, ordersFromView(t.state, s.actor));
        // Russia's students write privately to North Korea in the first turn.
        if (t.state.turn === 1 && s.actor === 'RUS') s.c.chat('PRK', NOTE);
      }
    });
  }
  teacher.command('start', {});
  await Promise.all(
    students.map((s) => until(s.c, (x) => (x.turn?.state.turn ?? 0) > 9, 90_000, `the end of world ${s.world + 1}`)),
  );
  await until(teacher, (x) => (x.turn?.state.turn ?? 0) > 9, 10_000, 'the instructor view of the last turn');
  for (const s of students) beforeEnd.set(s, framesOf(s.sessions));
  const tsid = teacher.sessionId;
  teacherFrames = framesOf(tsid === null ? [] : [tsid]);
  teacher.command('end', {});
  await Promise.all(students.map((s) => until(s.c, (x) => x.debrief !== null, 10_000, 'the debrief')));
}, 180_000);

afterAll(async () => {
  await Promise.all([teacher, ...students.map((s) => s.c)].map((c) => c?.leave()));
  await ts?.close();
});

describe('a class of 30 in three worlds', () => {
  it('plays the whole scenario with no refused message but late ones', () => {
    expect(students.flatMap((s) => s.errors)).toEqual([]);
    for (const s of students)
      expect([...s.hashes.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('shows every client of a world the same hash each turn, equal to the exported save that cli replay verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veto-class-saves-'));
    for (let w = 0; w < WORLDS; w++) {
      const mine = students.filter((s) => s.world === w);
      const first = mine[0];
      if (first === undefined) throw new Error('no student in a world');
      for (const s of mine) expect(Object.fromEntries(s.hashes)).toEqual(Object.fromEntries(first.hashes));
      const text = await getText(ts.url, `/api/classes/${code}/worlds/${w + 1}/save`);
      const loaded = loadSave(text);
      if (!loaded.ok) throw new Error(`world ${w + 1}: ${JSON.stringify(loaded.error)}`);
      expect(loaded.value.save.turns.map((t) => t.hash)).toEqual(
        [2, 3, 4, 5, 6, 7, 8, 9, 10].map((t) => first.hashes.get(t)),
      );
      const file = join(dir, `world-${w + 1}.json`);
      writeFileSync(file, text);
      // Not spawnSync: the server runs in this process and must keep answering meanwhile.
      const cli = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'replay', file], {
        cwd: ROOT,
        timeout: 60_000,
      });
      expect(cli.stdout).toContain(`final hash ${first.hashes.get(10)}`);
    }
  });

  it('gives each seat only its own view: no other actor hidden data in any byte before the debrief', () => {
    const scenario = shippedScenarios().catalog.get(SCENARIO)?.scenario;
    if (scenario === undefined) throw new Error('scenario missing');
    const found: string[] = [];
    for (const s of students) {
      const frames = beforeEnd.get(s) ?? [];
      expect(frames.length).toBeGreaterThan(10);
      for (const m of decodeFrames(frames))
        for (const l of leaks(m.payload, s.actor, m.type))
          found.push(`${s.actor} in world ${s.world + 1}: ${l.kind} at ${l.where}`);
      for (const a of briefingsIn(frames, scenario.briefing, s.actor))
        found.push(`${s.actor} received ${a}'s briefing`);
      if (s.actor !== 'RUS' && s.actor !== 'PRK' && Buffer.concat(frames).includes(SECRET_NOTE))
        found.push(`${s.actor} in world ${s.world + 1} received Russia's note to North Korea`);
    }
    expect(found).toEqual([]);
  });

  it('would catch a leak: the instructor traffic, read as if it were China, holds the others secrets', () => {
    const scenario = shippedScenarios().catalog.get(SCENARIO)?.scenario;
    if (scenario === undefined) throw new Error('scenario missing');
    const kinds = new Set(
      decodeFrames(teacherFrames).flatMap((m) => leaks(m.payload, 'CHN', m.type).map((l) => l.kind)),
    );
    expect(LEAK_KINDS.filter((k) => kinds.has(k))).toEqual([
      'stocks',
      'scores',
      'objectives',
      'relations',
      'trade',
      'covert shipment',
      'hidden entry',
      // the whole scenario's historical script, which the instructor reads
      'order',
      // an order the engine refused in one of the worlds (the instructor sees every refusal)
      'rejected order',
      'stock change',
      'private message',
    ]);
    expect(briefingsIn(teacherFrames, scenario.briefing, 'CHN')).toEqual(['RUS', 'PRK', 'UNSC']);
    expect(Buffer.concat(teacherFrames).includes(SECRET_NOTE)).toBe(true);
    // The students of Russia and North Korea got the note.
    for (const s of students.filter((x) => x.actor === 'RUS' || x.actor === 'PRK'))
      expect(Buffer.concat(beforeEnd.get(s) ?? []).includes(SECRET_NOTE)).toBe(true);
  });

  it('exports the scores of every team per turn as CSV and ends with the class debrief', async () => {
    const csv = await getText(ts.url, `/api/classes/${code}/scores.csv`);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('world,turn,date,actor,players,score');
    expect(lines.length).toBe(1 + WORLDS * 10 * 4);
    expect(lines.filter((l) => l.startsWith('1,0,')).map((l) => l.split(',')[3])).toEqual([
      'RUS',
      'PRK',
      'CHN',
      'UNSC',
    ]);
    expect(lines.find((l) => l.startsWith('2,9,') && l.includes(',PRK,'))).toContain(
      'Student 5; Student 17; Student 29',
    );
    const d = students[0]?.c.snapshot.debrief;
    expect(d?.worlds.map((w) => w.turnsPlayed)).toEqual([9, 9, 9]);
    expect(d?.actors.map((a) => a.actor)).toEqual(['RUS', 'PRK', 'CHN', 'UNSC']);
  });
});
