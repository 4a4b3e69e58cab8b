/**
 * The instructor's commands: seats, settings, the clock (start, pause, resume, extend,
 * advance), news items, which world to watch, and the end of the class with its debrief. Each
 * checks its input against the session, writes its events through `commit` (log first, then
 * applied) and tells the clients what changed; a refused command throws `Refusal` and changes
 * nothing. The room (classRoom.ts) runs them one at a time and routes what they send.
 */
import type { ClientBody, ServerMessages } from '../classroom/index.ts';
import { classDebrief } from '../classroom/index.ts';
import type { Conn } from './audience.ts';
import { chatOut, mayReadInject } from './audience.ts';
import { extendClocks, pauseClocks, restartDeadline, resumeClocks, stopClock } from './clocks.ts';
import type { LogEvent } from './log.ts';
import { Refusal } from './refusal.ts';
import type { RoomApi } from './roomApi.ts';
import type { Session } from './session.ts';
import { rulesOf, viewOf } from './views.ts';

/** Most news items a class may hold. */
const MAX_INJECTS = 200;

export async function assign(r: RoomApi, body: ClientBody<'assign'>): Promise<void> {
  const p = r.session.participants.get(body.participant);
  if (p === undefined) throw new Refusal(`assign: no student ${body.participant}`);
  if (body.seat !== null && r.session.world(body.seat.world) === undefined)
    throw new Refusal(`assign: there is no world ${body.seat.world + 1}`);
  await r.commit([{ kind: 'assigned', participant: p.id, seat: body.seat }]);
  // The student's screen changes entirely: give it everything again.
  for (const x of r.ready()) if (x.participant === p.id) r.snapshot(x);
  r.sendRoster();
  r.sendStatus();
}

export async function changeSettings(r: RoomApi, body: ClientBody<'settings'>): Promise<void> {
  const changes: Extract<LogEvent, { kind: 'settings' }> = { kind: 'settings' };
  if (body.botLevel !== undefined) changes.botLevel = body.botLevel;
  if (body.deadlineSeconds !== undefined) changes.deadlineSeconds = body.deadlineSeconds;
  if (body.autoAdvance !== undefined) changes.autoAdvance = body.autoAdvance;
  await r.commit([changes]);
  if (body.deadlineSeconds !== undefined)
    for (const w of r.session.worlds) restartDeadline(r.session, w.index, r.now());
  r.sendStatus();
}

export async function start(r: RoomApi): Promise<void> {
  if (r.session.phase !== 'lobby') throw new Refusal('start: the game has already started');
  await r.commit([{ kind: 'started' }]);
  for (const w of r.session.worlds) restartDeadline(r.session, w.index, r.now());
  r.sendStatus();
}

export async function pause(r: RoomApi): Promise<void> {
  if (r.session.paused) throw new Refusal('pause: the class is already paused');
  await r.commit([{ kind: 'paused' }]);
  pauseClocks(r.session, r.now());
  r.sendStatus();
}

export async function resume(r: RoomApi): Promise<void> {
  const s = r.session;
  if (!s.paused) throw new Refusal('resume: the class is not paused');
  await r.commit([{ kind: 'resumed' }]);
  resumeClocks(s, r.now());
  r.sendStatus();
  if (s.settings.autoAdvance)
    for (const w of s.worlds) if (s.allSubmitted(w.index)) await r.resolveWorld(w.index, w.state.turn);
}

/** The worlds a command is for: one, or all for null. */
function targets(s: Session, world: number | null, about: string): number[] {
  if (world === null) return s.worlds.map((w) => w.index);
  if (s.world(world) === undefined) throw new Refusal(`${about}: there is no world ${world + 1}`);
  return [world];
}

export function extend(r: RoomApi, body: ClientBody<'extend'>): void {
  extendClocks(r.session, targets(r.session, body.world, 'extend'), body.seconds, r.now(), r.resolving);
  r.sendStatus();
}

export async function advance(r: RoomApi, body: ClientBody<'advance'>): Promise<void> {
  if (r.session.phase !== 'playing') throw new Refusal('advance: the game is not being played');
  for (const w of targets(r.session, body.world, 'advance'))
    await r.resolveWorld(w, r.session.world(w)?.state.turn ?? 0);
}

export async function inject(r: RoomApi, body: ClientBody<'inject'>): Promise<void> {
  const s = r.session;
  if (s.injects.length >= MAX_INJECTS) throw new Refusal('inject: this class has no room for more news');
  let card: string | null = null;
  let title: string;
  let text: string;
  if ('card' in body) {
    const found = s.scenario.deck.cards.find((x) => x.id === body.card);
    if (found === undefined) throw new Refusal(`inject: the scenario's deck has no card "${body.card}"`);
    card = found.id;
    title = found.title;
    text = found.text;
  } else {
    title = body.title;
    text = body.text;
  }
  const events: LogEvent[] = targets(s, body.world, 'inject').map((w) => ({
    kind: 'inject',
    world: w,
    turn: s.world(w)?.state.turn ?? 1,
    card,
    title,
    text,
  }));
  const before = s.injects.length;
  await r.commit(events);
  for (const m of s.injects.slice(before))
    for (const x of r.ready()) if (mayReadInject(s, x, m.world)) r.tell(x, 'inject', m);
}

export function watch(r: RoomApi, c: Conn, body: ClientBody<'watch'>): void {
  const world = r.session.world(body.world);
  if (world === undefined) throw new Refusal(`watch: there is no world ${body.world + 1}`);
  c.watch = body.world;
  r.tell(c, 'rules', rulesOf(world, 'instructor'));
  r.tell(c, 'view', viewOf(world, 'instructor'));
}

/** The class's debrief: every world's game, teams, messages and news. */
export function debriefOf(s: Session): ServerMessages['debrief'] {
  return classDebrief(
    s.scenario,
    s.worlds.map((w) => ({
      world: w.index,
      seed: w.seed,
      start: w.start,
      final: w.state,
      scoresByTurn: w.turns.map((t) => t.report.scores),
      teams: s.teams(w.index),
      chats: s.chats.filter((m) => m.world === w.index).map(chatOut),
      injects: s.injects.filter((m) => m.world === null || m.world === w.index),
    })),
  );
}

export async function end(r: RoomApi): Promise<void> {
  const s = r.session;
  if (s.phase === 'ended') throw new Refusal('end: the class has already ended');
  await r.commit([{ kind: 'ended' }]);
  for (const w of s.worlds) stopClock(s, w.index);
  const d = debriefOf(s);
  for (const c of r.ready()) r.tell(c, 'debrief', d);
  r.sendStatus();
}
