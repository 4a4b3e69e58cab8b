/**
 * What an instructor takes home: a save file per world, written with src/save's own writer
 * and verified by loading it back (the same replay `cli replay` does) before it is handed
 * out, and the scores of every team per turn as CSV. Both are built from the log, so any
 * server process can give them, whether or not it hosts the class's room.
 */
import type { ActorId, PlayResult } from '../engine/index.ts';
import { scores } from '../engine/index.ts';
import type { PlayerSlot, Players } from '../save/index.ts';
import { formatSaveError, loadSave, saveOfPlay, serializeSave } from '../save/index.ts';
import { MAX_NAME_CHARS, scoresCsv } from '../classroom/index.ts';
import type { Session, WorldRun } from './session.ts';

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Who played each seat: the students' names if students held it for any turn, else the bot. */
export function playersOf(session: Session, world: WorldRun): Players {
  const teams = session.teams(world.index);
  const slot = (a: ActorId): PlayerSlot => {
    const humanTurns = world.turns.some((t) => t.filled[a] === 'human');
    const names = teams[a];
    if (humanTurns || (world.turns.length === 0 && names.length > 0))
      return names.length > 0 ? { kind: 'human', name: cut(names.join('; '), MAX_NAME_CHARS) } : { kind: 'human' };
    const botTurns = world.turns.some((t) => t.filled[a] === 'bot');
    if (botTurns || (world.turns.length === 0 && session.settings.botLevel !== 'hold'))
      return { kind: 'bot', name: session.settings.botLevel };
    return { kind: 'none' };
  };
  return { RUS: slot('RUS'), PRK: slot('PRK'), CHN: slot('CHN'), UNSC: slot('UNSC') };
}

/** The world's save file text, verified; or why it could not be verified (a bug, never input). */
export function worldSave(session: Session, w: number): { ok: true; text: string } | { ok: false; error: string } {
  const world = session.world(w);
  if (world === undefined) return { ok: false, error: `there is no world ${w + 1}` };
  const play: PlayResult = {
    state: world.state,
    turns: world.turns.map((t) => ({ orders: t.orders, report: t.report, hash: t.hash })),
  };
  const text = serializeSave(saveOfPlay(session.scenario, world.seed, playersOf(session, world), play));
  const check = loadSave(text);
  if (!check.ok) return { ok: false, error: formatSaveError(check.error) };
  return { ok: true, text };
}

export function classCsv(session: Session): string {
  const fill = session.settings.botLevel === 'hold' ? 'holds (no orders)' : `bot (${session.settings.botLevel})`;
  return scoresCsv(
    session.scenario,
    session.worlds.map((w) => ({
      world: w.index,
      scores: [scores(w.start), ...w.turns.map((t) => t.report.scores)],
      teams: session.teams(w.index),
      filledBy: fill,
    })),
  );
}
