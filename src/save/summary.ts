/** The one-line summary of a verified game, for the command line and the load dialog. */
import { fingerprint } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { LoadedGame } from './verify.ts';

export function summarizeGame(g: LoadedGame): string {
  const s = g.save;
  const played = s.turns.length;
  const over = played >= s.scenario.turns ? 'game over' : `next turn ${played + 1}`;
  const who = ACTORS.map(
    (a) => `${a} ${s.players[a].kind}${s.players[a].name !== undefined ? ` (${s.players[a].name})` : ''}`,
  ).join(', ');
  const migrated = g.fileVersion !== s.version ? `, migrated from format ${g.fileVersion}` : '';
  const engine = g.sameEngine ? '' : `, made by engine ${s.engine}`;
  return `${s.scenario.id} "${s.scenario.title}", seed ${s.seed}, ${played} of ${s.scenario.turns} turns (${over}); ${who}; fingerprint ${fingerprint(g.finalHash)}${migrated}${engine}`;
}
