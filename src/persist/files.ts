/**
 * Saves as files: download one, and read one from a file picker or a drop. The size bound
 * is checked on the File object before a byte is read; the text then goes to a Verifier
 * (verifier.ts) like any untrusted input.
 */
import { err, ok, type Result } from '../engine/index.ts';
import type { SaveDoc, SaveResult } from '../save/index.ts';
import { MAX_SAVE_BYTES } from '../save/index.ts';

/** `veto-summit-2023-turn-05.json`: scenario ids are restricted to [a-z0-9-], so this is a
 * safe file name on every system. */
export function saveFileName(save: SaveDoc): string {
  return `veto-${save.scenario.id}-turn-${String(save.turns.length).padStart(2, '0')}.json`;
}

/** What downloading needs from the page (document and URL in a browser; fakes in tests). */
export interface DownloadEnv {
  createElement(tag: 'a'): HTMLAnchorElement;
  appendChild(el: HTMLElement): void;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export function browserDownloadEnv(doc: Document = document): DownloadEnv {
  return {
    createElement: (tag) => doc.createElement(tag),
    appendChild: (el) => doc.body.appendChild(el),
    createObjectURL: (b) => URL.createObjectURL(b),
    revokeObjectURL: (u) => URL.revokeObjectURL(u),
  };
}

/** Offer `text` as a file download. Returns an error message instead of throwing. */
export function downloadText(
  env: DownloadEnv,
  fileName: string,
  text: string,
  mime = 'application/json',
): Result<void, string> {
  let url: string | undefined;
  try {
    url = env.createObjectURL(new Blob([text], { type: mime }));
    const a = env.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    env.appendChild(a);
    a.click();
    a.remove();
    return ok(undefined);
  } catch (e) {
    return err(`the download could not start (${e instanceof Error ? e.name : 'error'})`);
  } finally {
    // Revoking at once can cancel the download in some browsers; give it a moment.
    if (url !== undefined) {
      const u = url;
      setTimeout(() => env.revokeObjectURL(u), 10_000);
    }
  }
}

/** The part of a File that reading needs (File and Blob both have it). */
export interface ReadableFile {
  readonly size: number;
  readonly name?: string;
  text(): Promise<string>;
}

/** The text of a chosen or dropped file, its size checked before a byte is read. */
export async function readSaveFile(file: ReadableFile): Promise<SaveResult<string>> {
  const name = file.name ?? 'the file';
  if (file.size > MAX_SAVE_BYTES) {
    return err({
      kind: 'unreadable',
      path: name,
      message: `is ${file.size} bytes; a save may have at most ${MAX_SAVE_BYTES}`,
      more: 0,
    });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err({ kind: 'unreadable', path: name, message: 'could not be read', more: 0 });
  }
  return ok(text);
}

/** The one file of a drop, or why there is none. */
export function droppedFile(dt: { files: ArrayLike<ReadableFile> } | null): Result<ReadableFile, string> {
  const n = dt?.files.length ?? 0;
  const file = dt?.files[0];
  if (n === 0 || file === undefined) return err('drop a Veto save file (.json)');
  if (n > 1) return err(`drop one save file at a time (got ${n})`);
  return ok(file);
}
