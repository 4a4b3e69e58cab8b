/**
 * Whatever a person hands over as a game: the text of a file (a save, or a link pasted into a
 * text file) → the verified game, or the one reason it is neither.
 */
import type { ScenarioCatalog } from './catalog.ts';
import type { SaveResult } from './errors.ts';
import { fail, guarded } from './errors.ts';
import { loadShareCode, looksLikeShareCode } from './link.ts';
import { loadSave } from './load.ts';
import type { LoadedGame, VerifyOptions } from './verify.ts';

export const NOT_A_SAVE = 'not a Veto save or link (a save is a JSON file that starts with "{"; a link holds "#s=")';

export function openSaveText(text: string, catalog: ScenarioCatalog, opts: VerifyOptions = {}): SaveResult<LoadedGame> {
  // trimStart also drops a byte-order mark.
  if (text.trimStart().startsWith('{')) return loadSave(text, opts);
  if (looksLikeShareCode(text)) return loadShareCode(text, catalog, opts);
  return guarded(() => fail('unreadable', '(root)', NOT_A_SAVE));
}
