/**
 * The sentences about saved games, from the catalogue (i18n/en/saves.ts): what is being
 * checked, what opened and how far it could be checked, why something was refused, and what
 * playing on from the replay viewer did. The save controller and the bar hand these functions
 * data (a `CheckSubject`, a `SaveError`, a `LoadedGame`, a store result) and show the words.
 *
 * Names from files are wrapped in Unicode isolates (bidi.ts), so a right-to-left override in a
 * file name cannot reorder the rest of the sentence.
 */
import { fingerprint } from '../engine/index.ts';
import type { LoadCaveat, LoadedGame, SaveError } from '../save/index.ts';
import { loadCaveats } from '../save/index.ts';
import type { PlayedOn, PlayOnRefusal } from '../store/index.ts';
import type { Result } from '../engine/index.ts';
import { isolate } from './bidi.ts';
import type { Values } from './i18n/index.ts';
import { language, t } from './i18n/index.ts';

/** What a check opens: a file (by its name, when it has one), a link, or the autosave (by
 * Continue, or `lastGame`: checked on its own when the page opens). */
export type CheckSubject =
  | { kind: 'file'; name: string | null }
  | { kind: 'link' }
  | { kind: 'autosave' }
  | { kind: 'lastGame' };

/** The `{what}` (and `{name}`) of the saves messages. */
function what(s: CheckSubject): Values {
  if (s.kind !== 'file') return { what: s.kind };
  return s.name === null ? { what: 'unnamed' } : { what: 'file', name: isolate(s.name) };
}

/** "Checking the link…", "Checking the file x: turn 3 of 12 replayed" (the progress row). */
export function checkingText(c: { what: CheckSubject; done: number; total: number }): string {
  return c.total === 0
    ? t('saves.checking', what(c.what))
    : t('saves.checkingTurns', { ...what(c.what), done: c.done, total: c.total });
}

/** "Stopped checking the link. Nothing was opened." */
export function stoppedText(s: CheckSubject): string {
  return t('saves.stopped', what(s));
}

/** What `verified` does not cover, in a sentence. */
export function caveatText(c: LoadCaveat): string {
  switch (c.kind) {
    case 'unsealed':
      return t('saves.caveat.unsealed', { from: c.from, version: c.version });
    case 'otherEngine':
      return t('saves.caveat.otherEngine', { engine: c.engine, current: c.current });
  }
}

/** "Opened x: 12 turns replayed and verified in 40 ms. Fingerprint …, game …." and the caveats. */
export function openedText(s: CheckSubject, g: LoadedGame, ms: number): string {
  const head = t('saves.opened', {
    ...what(s),
    turns: g.save.turns.length,
    ms,
    fingerprint: fingerprint(g.finalHash),
    game: fingerprint(g.gameHash),
  });
  return [head, ...loadCaveats(g).map(caveatText)].join(' ');
}

/** Why a save or link is refused: in plain words by its kind, then the details (where in the
 * file, and what), for whoever is asked to help. */
export function problemText(e: SaveError): string {
  const nowhere = e.path === '' || e.path === '(root)' || e.path === 'link';
  const details = nowhere ? e.message : t('saves.details.at', { where: e.path, message: e.message });
  return t('saves.problem', {
    kind: e.kind,
    details: e.more > 0 ? t('saves.details.more', { details, more: e.more }) : details,
  });
}

/** "The file x cannot be opened: …" */
export function refusedText(s: CheckSubject, e: SaveError): string {
  return t('saves.refused', { ...what(s), why: problemText(e) });
}

/** "The newest autosave was skipped: … This is the one before it." */
export function skippedText(e: SaveError): string {
  return t('saves.skipped', { why: problemText(e) });
}

let clock: { tag: string; format: Intl.DateTimeFormat } | null = null;

/** "28 Nov 2026, 14:31": when the autosave was written, in the player's own time zone. */
export function savedAt(ms: number): string {
  const tag = language();
  if (clock?.tag !== tag)
    clock = { tag, format: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }) };
  return clock.format.format(ms);
}

/** What playing on from the replay viewer did, or why it did not; nothing when the viewer was
 * not open (a click that arrived late). */
export function playOnText(r: Result<PlayedOn, PlayOnRefusal>): { tone: 'info' | 'error'; text: string } | null {
  if (r.ok) {
    const { at, last } = r.value;
    return {
      tone: 'info',
      text:
        at === last
          ? t('saves.playOn.same', { turn: at })
          : t('saves.playOn.branch', { turn: at, next: at + 1, last, dropped: last - at }),
    };
  }
  const e = r.error;
  switch (e.kind) {
    case 'noHumanPlayer':
      return { tone: 'error', text: t('notice.noHumanPlayer') };
    case 'gameOver':
      return { tone: 'error', text: t('saves.playOn.gameOver', { turn: e.turn }) };
    case 'notReplaying':
      return null;
  }
}
