/**
 * The screens of the app as one explicit state machine. A mode changes only through `go`,
 * which refuses a move the table does not list, so every way into a screen is written here:
 *
 *   start ──selectScenario──▶ briefing ──openSetup──▶ setup ──startGame──▶ play | handoff
 *   play ──endTurn──▶ play (next turn) | handoff (next human) | debrief (last turn)
 *   handoff ──continueHandoff──▶ play
 *   play | handoff | debrief ──openReplay──▶ replay ──closeReplay──▶ where it came from
 *   replay ──playOnFrom──▶ play | handoff;  debrief ──playAgain──▶ play | handoff
 *   start ──openLoaded──▶ replay (file, link) | play | handoff | debrief (autosave)
 *   any ──quit──▶ start;  briefing | setup ──back──▶ the screen before
 */
import type { Mode } from './types.ts';

export const MODES = ['start', 'briefing', 'setup', 'play', 'handoff', 'debrief', 'replay'] as const;

/** Where each mode may go next (quitting to the start is always allowed). */
export const TRANSITIONS: Readonly<Record<Mode, readonly Mode[]>> = {
  start: ['briefing', 'replay', 'play', 'handoff', 'debrief'],
  briefing: ['start', 'setup', 'replay'],
  setup: ['briefing', 'play', 'handoff', 'replay'],
  play: ['play', 'handoff', 'debrief', 'replay', 'start'],
  handoff: ['play', 'replay', 'start'],
  debrief: ['replay', 'play', 'handoff', 'start'],
  replay: ['start', 'play', 'handoff', 'debrief', 'replay'],
};

export function canGo(from: Mode, to: Mode): boolean {
  return to === 'start' || TRANSITIONS[from].includes(to);
}

/** Move `d` to `to` when the table allows it; returns whether it moved. */
export function go(d: { mode: Mode }, to: Mode): boolean {
  if (!canGo(d.mode, to)) return false;
  d.mode = to;
  return true;
}

/** Modes in which a game is on screen (the status bar and the game menu show). */
export function inGame(mode: Mode): boolean {
  return mode === 'play' || mode === 'handoff' || mode === 'debrief' || mode === 'replay';
}
