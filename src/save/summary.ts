/** The one-line summary of a verified game, for the command line and the load dialog, and the
 * notes a reader must see about how far it could be checked. */
import { ENGINE_VERSION, fingerprint } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import { CURRENT_SAVE_VERSION, LINK_VERSION } from './format.ts';
import type { LoadedGame } from './verify.ts';

/** The first save and share formats whose hash chain seals the whole game. */
const FIRST_SEALED = { save: 3, link: 2 } as const;
const CURRENT = { save: CURRENT_SAVE_VERSION, link: LINK_VERSION } as const;

export function summarizeGame(g: LoadedGame): string {
  const s = g.save;
  const played = s.turns.length;
  const over = played >= s.scenario.turns ? 'game over' : `next turn ${played + 1}`;
  const who = ACTORS.map(
    (a) => `${a} ${s.players[a].kind}${s.players[a].name !== undefined ? ` (${s.players[a].name})` : ''}`,
  ).join(', ');
  const migrated =
    g.fileVersion === CURRENT[g.from]
      ? ''
      : `, migrated from ${g.from === 'link' ? 'share format' : 'format'} ${g.fileVersion}`;
  const engine = g.sameEngine ? '' : `, made by engine ${s.engine}`;
  return `${s.scenario.id} "${s.scenario.title}", seed ${s.seed}, ${played} of ${s.scenario.turns} turns (${over}); ${who}; fingerprint ${fingerprint(g.finalHash)}, game ${fingerprint(g.gameHash)}${migrated}${engine}`;
}

/** What a reader must know beyond "verified": an older format that did not seal everything,
 * another engine version. Plain sentences; empty for a game saved by this program. */
export function loadNotes(g: LoadedGame): string[] {
  const notes: string[] = [];
  if (g.fileVersion < FIRST_SEALED[g.from]) {
    const what =
      g.from === 'link' ? `This link is in share format ${g.fileVersion}` : `This save is in format ${g.fileVersion}`;
    notes.push(
      `${what}, from before Veto sealed whole games: every turn was replayed and matched, but its scenario text, player names and orders that changed nothing could not be checked.`,
    );
  }
  if (!g.sameEngine) {
    notes.push(
      `It was made by engine ${g.save.engine}; this engine (${ENGINE_VERSION}) replays it to the same states, turn by turn.`,
    );
  }
  return notes;
}
