/**
 * English: saved games (the saves bar, the progress of a check, and the save controller's
 * messages about files, links, the autosave and playing on from the replay viewer).
 * `{what}` selects what is being opened: `file` (with `{name}`), `unnamed` (a file without a
 * name), `link`, `autosave` (Continue) or `lastGame` (the autosave checked when the page opens).
 */
export const saves = {
  'saves.region': 'Saved games',
  'saves.save': 'Save game',
  'saves.copyLink': 'Copy link',
  'saves.replay': 'Replay viewer',
  'saves.open': 'Open a saved game',
  'saves.dropHint': 'or drop a save file on the page',
  'saves.download': 'Download the save',
  'saves.continue': 'Continue',
  'saves.cancel': 'Cancel',
  'saves.shareLink': 'Share link',
  'saves.linkInfo': '{chars, plural, one {# character} other {# characters}} · fingerprint {fingerprint}',
  'saves.lastGame':
    'Your last game: {title}, {turns, plural, =0 {no turns} one {# turn} other {# turns}} played, fingerprint {fingerprint}, autosaved {when}.',

  'saves.checking':
    '{what, select, file {Checking the file {name}…} unnamed {Checking the file…} link {Checking the link…} other {Checking your last game…}}',
  'saves.checkingTurns':
    '{what, select, file {Checking the file {name}} unnamed {Checking the file} link {Checking the link} other {Checking your last game}}: turn {done, number} of {total, number} replayed',
  'saves.stopped':
    '{what, select, file {Stopped checking the file {name}.} unnamed {Stopped checking the file.} link {Stopped checking the link.} other {Stopped checking your last game.}} Nothing was opened.',

  'saves.opened':
    '{what, select, file {Opened {name}} unnamed {Opened the file} link {Opened the link} other {Continued the autosave}}: {turns, plural, one {# turn} other {# turns}} replayed and verified in {ms, number} ms. Fingerprint {fingerprint}, game {game}.',
  'saves.caveat.unsealed':
    "{from, select, link {This link} other {This save}} comes from an older version of Veto (format {version}): every turn was replayed and matched, but the scenario text, the players' names and orders that changed nothing could not be checked.",
  'saves.caveat.otherEngine':
    'It was made by version {engine} of the game rules; this version ({current}) replays it to the same results, turn by turn.',
  'saves.skipped': 'The newest autosave was skipped: {why} This is the one before it.',

  'saves.refused':
    '{what, select, file {The file {name}} unnamed {The file} link {The link} autosave {The autosave} other {Your last game (the autosave)}} cannot be opened: {why}',
  'saves.problem':
    '{kind, select, unreadable {this is not a Veto save or link, or it is damaged} unsupported {it was made by a newer version of Veto} mismatch {it was changed or damaged after it was saved} other {something in it is wrong or not allowed}}. Details: {details}.',
  'saves.details.at': '{where}: {message}',
  'saves.details.more': '{details} (and {more, plural, one {# more problem} other {# more problems}})',
  'saves.noAutosave': 'There is no autosave to continue.',
  'saves.autosaveUnreadable': 'The autosave cannot be read: {why}.',
  'saves.nothingDropped': 'Nothing was opened: {why}.',

  'saves.saved':
    'Saved {file} ({turns, plural, one {# turn} other {# turns}}, fingerprint {fingerprint}, game {game}).',
  'saves.notDownloaded': 'The save could not be downloaded: {why}.',
  'saves.copied':
    'Link copied ({chars, plural, one {# character} other {# characters}}). Whoever opens it should see the fingerprint {fingerprint}.',
  'saves.notCopied': 'The link was not copied: {why}.',
  'saves.autosaved': 'Autosaved after turn {turn}.',
  'saves.autosaveFailed':
    'Autosave after turn {turn} failed: {why}. Your earlier autosave is kept; download this save to keep turn {turn}.',

  'saves.playOn.gameOver': 'The game ended at turn {turn}: step back to an earlier turn to play on.',
  'saves.playOn.same': 'Playing on after turn {turn}.',
  'saves.playOn.branch':
    'New branch from turn {turn}: {dropped, plural, one {turn {next} of the old game is} other {turns {next}–{last} of the old game are}} not part of it.',
} as const;
