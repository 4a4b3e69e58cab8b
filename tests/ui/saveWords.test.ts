/**
 * The sentences about saved games (src/ui/saveWords.ts, from i18n/en/saves.ts), word for word:
 * what a check is doing, what opened and what "verified" does not cover, why a save or link is
 * refused (a plain reason by kind, then the details), and what playing on did.
 */
import { describe, expect, test } from 'vitest';
import { ENGINE_VERSION, fingerprint } from '../../src/engine/index.ts';
import type { SaveError } from '../../src/save/index.ts';
import { loadSave, SAVE_ERROR_KINDS } from '../../src/save/index.ts';
import { FSI, PDI } from '../../src/ui/bidi.ts';
import {
  caveatText,
  checkingText,
  openedText,
  playOnText,
  problemText,
  refusedText,
  savedAt,
  skippedText,
  stoppedText,
} from '../../src/ui/saveWords.ts';
import { identifierTokens } from '../identifiers.ts';
import { golden } from '../save/helpers.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';

const NOT_VERIFIED: SaveError = { kind: 'mismatch', path: 'turns[0]', message: 'turn 1 does not verify', more: 0 };

describe('a check under way', () => {
  test.each([
    [{ kind: 'file', name: 'class.json' } as const, 0, 0, `Checking the file ${FSI}class.json${PDI}…`],
    [{ kind: 'file', name: null } as const, 0, 0, 'Checking the file…'],
    [{ kind: 'link' } as const, 0, 0, 'Checking the link…'],
    [{ kind: 'link' } as const, 3, 200, 'Checking the link: turn 3 of 200 replayed'],
    [{ kind: 'autosave' } as const, 1, 12, 'Checking your last game: turn 1 of 12 replayed'],
    [
      { kind: 'file', name: 'big.json' } as const,
      1200,
      1500,
      `Checking the file ${FSI}big.json${PDI}: turn 1,200 of 1,500 replayed`,
    ],
  ])('%j, %i of %i', (what, done, total, text) => {
    expect(checkingText({ what, done, total })).toBe(text);
  });

  test.each([
    [{ kind: 'link' } as const, 'Stopped checking the link. Nothing was opened.'],
    [{ kind: 'lastGame' } as const, 'Stopped checking your last game. Nothing was opened.'],
    [
      { kind: 'file', name: 'a\u2069b.json' } as const,
      `Stopped checking the file ${FSI}a\ufffdb.json${PDI}. Nothing was opened.`,
    ],
  ])('stopped: %j', (what, text) => {
    expect(stoppedText(what)).toBe(text);
  });
});

describe('a refusal: the reason in plain words, then the details', () => {
  test.each([
    [
      { kind: 'unreadable', path: 'link', message: 'the code cannot be unpacked: it is cut short', more: 0 },
      'this is not a Veto save or link, or it is damaged. Details: the code cannot be unpacked: it is cut short.',
    ],
    [
      { kind: 'unsupported', path: 'version', message: 'no migration from format version 9', more: 0 },
      'it was made by a newer version of Veto. Details: version: no migration from format version 9.',
    ],
    [
      { kind: 'invalid', path: 'turns[3].orders[1].amount', message: 'must be at least 0', more: 1 },
      'something in it is wrong or not allowed. Details: turns[3].orders[1].amount: must be at least 0 (and 1 more problem).',
    ],
    [
      { kind: 'invalid', path: '(root)', message: 'invalid JSON', more: 3 },
      'something in it is wrong or not allowed. Details: invalid JSON (and 3 more problems).',
    ],
    [NOT_VERIFIED, 'it was changed or damaged after it was saved. Details: turns[0]: turn 1 does not verify.'],
  ] as const)('%j', (e, text) => {
    expect(problemText(e)).toBe(text);
  });

  test.each(SAVE_ERROR_KINDS.map((k) => [k]))('the reason for %s has no identifier in it', (kind) => {
    const reason = problemText({ kind, path: '(root)', message: 'x', more: 0 }).split('. Details:')[0] ?? '';
    expect(identifierTokens(reason, [])).toEqual([]);
    expect(reason.length).toBeGreaterThan(20);
  });

  test.each([
    [{ kind: 'file', name: 'x.json' } as const, `The file ${FSI}x.json${PDI} cannot be opened: `],
    [{ kind: 'file', name: null } as const, 'The file cannot be opened: '],
    [{ kind: 'link' } as const, 'The link cannot be opened: '],
    [{ kind: 'autosave' } as const, 'The autosave cannot be opened: '],
    [{ kind: 'lastGame' } as const, 'Your last game (the autosave) cannot be opened: '],
  ])('%j', (what, start) => {
    expect(refusedText(what, NOT_VERIFIED)).toBe(`${start}${problemText(NOT_VERIFIED)}`);
  });

  test('a skipped autosave', () => {
    expect(skippedText(NOT_VERIFIED)).toBe(
      'The newest autosave was skipped: it was changed or damaged after it was saved. Details: turns[0]: turn 1 does not verify. This is the one before it.',
    );
  });
});

describe('what opened, and what "verified" does not cover', () => {
  test('a save of this program: no caveat', () => {
    const r = loadSave(golden('summit-2023.v3.json'));
    if (!r.ok) throw new Error(r.error.message);
    expect(openedText({ kind: 'link' }, r.value, 1234)).toBe(
      `Opened the link: 12 turns replayed and verified in 1,234 ms. Fingerprint ${fingerprint(SUMMIT_FINAL)}, game ${fingerprint(r.value.gameHash)}.`,
    );
  });

  test('an older save from another engine: both caveats, after the rest', () => {
    const r = loadSave(golden('summit-2023.v1.json'));
    if (!r.ok) throw new Error(r.error.message);
    const text = openedText({ kind: 'file', name: 'old.json' }, r.value, 5);
    expect(text.startsWith(`Opened ${FSI}old.json${PDI}: 12 turns replayed and verified in 5 ms.`)).toBe(true);
    expect(text.slice(text.indexOf(' This save'))).toBe(
      ` This save comes from an older version of Veto (format 1): every turn was replayed and matched, but the scenario text, the players' names and orders that changed nothing could not be checked. It was made by version ${r.value.save.engine} of the game rules; this version (${ENGINE_VERSION}) replays it to the same results, turn by turn.`,
    );
  });

  test.each([
    [
      { kind: 'unsealed', from: 'link', version: 1 } as const,
      'This link comes from an older version of Veto (format 1)',
    ],
    [
      { kind: 'unsealed', from: 'save', version: 2 } as const,
      'This save comes from an older version of Veto (format 2)',
    ],
  ])('%j', (c, start) => {
    expect(caveatText(c).startsWith(start)).toBe(true);
  });
});

describe('playing on from the replay viewer', () => {
  test.each([
    [{ ok: true, value: { at: 3, last: 3 } } as const, { tone: 'info', text: 'Playing on after turn 3.' }],
    [
      { ok: true, value: { at: 2, last: 3 } } as const,
      { tone: 'info', text: 'New branch from turn 2: turn 3 of the old game is not part of it.' },
    ],
    [
      { ok: true, value: { at: 1, last: 12 } } as const,
      { tone: 'info', text: 'New branch from turn 1: turns 2–12 of the old game are not part of it.' },
    ],
    [
      { ok: false, error: { kind: 'noHumanPlayer' } } as const,
      { tone: 'error', text: 'Choose at least one side for a human player.' },
    ],
    [
      { ok: false, error: { kind: 'gameOver', turn: 12 } } as const,
      { tone: 'error', text: 'The game ended at turn 12: step back to an earlier turn to play on.' },
    ],
    [{ ok: false, error: { kind: 'notReplaying' } } as const, null],
  ])('%j', (r, said) => {
    expect(playOnText(r)).toEqual(said);
  });
});

test('when the autosave was written: a date and a time in words and digits, not an ISO stamp', () => {
  // Noon UTC in mid-June: the 14th, 15th or 16th in every time zone.
  expect(savedAt(Date.UTC(2026, 5, 15, 12, 0))).toMatch(/^1[4-6] Jun 2026, \d\d:\d\d$/);
});
