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

/** What a reader must know beyond "verified", as data (the page words it in its own
 * catalogue): an older format that did not seal everything, another engine version. */
export type LoadCaveat =
  | { kind: 'unsealed'; from: LoadedGame['from']; version: number }
  | { kind: 'otherEngine'; engine: string; current: string };

export function loadCaveats(g: LoadedGame): LoadCaveat[] {
  const out: LoadCaveat[] = [];
  if (g.fileVersion < FIRST_SEALED[g.from]) out.push({ kind: 'unsealed', from: g.from, version: g.fileVersion });
  if (!g.sameEngine) out.push({ kind: 'otherEngine', engine: g.save.engine, current: ENGINE_VERSION });
  return out;
}

function noteOf(c: LoadCaveat): string {
  switch (c.kind) {
    case 'unsealed': {
      const what =
        c.from === 'link' ? `This link is in share format ${c.version}` : `This save is in format ${c.version}`;
      return `${what}, from before Veto sealed whole games: every turn was replayed and matched, but its scenario text, player names and orders that changed nothing could not be checked.`;
    }
    case 'otherEngine':
      return `It was made by engine ${c.engine}; this engine (${c.current}) replays it to the same states, turn by turn.`;
  }
}

/** The caveats in plain sentences (the command line); empty for a game saved by this program. */
export function loadNotes(g: LoadedGame): string[] {
  return loadCaveats(g).map(noteOf);
}
