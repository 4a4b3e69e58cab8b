/**
 * `cli replay <file-or-link>`: verify a save file or a share link by replaying it.
 * Prints the one-line summary and the final hash; exit 1 with the reason when it does not
 * verify, 2 when the input cannot be read at all (missing file, not a save, broken code).
 * `--save out.json` writes the verified game as a save file (e.g. to turn a link into one);
 * `--link` prints its share link fragment. What it prints is made terminal-safe by main().
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { LoadedGame, Players, SaveDoc, SaveResult } from '../save/index.ts';
import {
  encodeShareCode,
  formatSaveError,
  loadNotes,
  loadShareCode,
  MAX_SAVE_BYTES,
  openSaveText,
  saveOfPlay,
  serializeSave,
  shareFragment,
  summarizeGame,
} from '../save/index.ts';
import type { PlayResult } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { UsageError, parseArgs, stringOption } from './args.ts';
import { shippedCatalog } from './catalog.ts';
import { readTextFile } from './files.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A share link or bare code rather than a file name. */
function looksLikeLink(arg: string): boolean {
  return arg.includes('#s=') || arg.startsWith('s=') || (/^[1-9][A-Za-z0-9_-]{20,}$/.test(arg) && !existsSync(arg));
}

export function replay(argv: string[]): CommandResult {
  const args = parseArgs(argv, ['save'], ['link']);
  const [input] = args.positionals;
  if (input === undefined || args.positionals.length !== 1)
    throw new UsageError('replay needs exactly one save file or link');
  const catalog = shippedCatalog();
  let label: string;
  let r: SaveResult<LoadedGame>;
  if (looksLikeLink(input)) {
    label = 'link';
    r = loadShareCode(input, catalog);
  } else {
    label = input;
    // A link pasted into a text file is read as a link.
    r = openSaveText(readTextFile(input, MAX_SAVE_BYTES), catalog);
  }
  if (!r.ok) {
    const line = label === 'link' ? `veto: ${formatSaveError(r.error)}` : `veto: ${label}: ${formatSaveError(r.error)}`;
    return {
      stdout: '',
      stderr: r.error.kind === 'unreadable' ? line : `${line}\nnot verified`,
      code: r.error.kind === 'unreadable' ? 2 : 1,
    };
  }
  const g = r.value;
  const lines = [
    `verified: ${summarizeGame(g)}`,
    `final hash ${g.finalHash}`,
    `game hash ${g.gameHash}`,
    ...loadNotes(g).map((n) => `note: ${n}`),
  ];
  const out = stringOption(args, 'save');
  if (out !== undefined) {
    writeSaveFile(out, g.save);
    lines.push(`saved ${out}`);
  }
  if (args.options.has('link')) lines.push(`link ${shareFragment(encodeShareCode(g.save, catalog))}`);
  return { stdout: lines.join('\n'), stderr: '', code: 0 };
}

export function writeSaveFile(path: string, save: SaveDoc): void {
  try {
    writeFileSync(path, serializeSave(save));
  } catch (e) {
    throw new UsageError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** `sim … --save out.json`: the run as a save (nobody plays: every actor holds). */
export function saveSim(path: string, scenario: Scenario, seed: number, run: PlayResult, players: Players): void {
  writeSaveFile(path, saveOfPlay(scenario, seed, players, run));
}
