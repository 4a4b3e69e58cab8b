/**
 * Share links in the page's address: read the code from `location.hash`, build the address
 * to share, and copy it. The code itself is made and checked by src/save/link.ts.
 */
import { err, ok, type Result } from '../engine/index.ts';
import { FRAGMENT_KEY, shareFragment } from '../save/index.ts';

/** The code in a fragment such as `#s=1abc` (or `#x=1&s=1abc`), if any. */
export function codeFromHash(hash: string): string | undefined {
  const frag = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of frag.split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) {
      const code = part.slice(FRAGMENT_KEY.length + 1);
      return code === '' ? undefined : code;
    }
  }
  return undefined;
}

/** The address to share: this page without its fragment, plus `#s=<code>`. */
export function shareUrl(href: string, code: string): string {
  const i = href.indexOf('#');
  return `${i >= 0 ? href.slice(0, i) : href}${shareFragment(code)}`;
}

export interface LocationLike {
  readonly href: string;
  readonly hash: string;
}

export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string): void;
}

/** Put the game's code in the address bar without a new history entry (so Back still
 * leaves the page), or take it out when `code` is undefined. */
export function writeCodeToAddress(history: HistoryLike, location: LocationLike, code: string | undefined): void {
  const url = code === undefined ? location.href.replace(/#.*$/, '') : shareUrl(location.href, code);
  history.replaceState(null, '', url);
}

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** Copy text; a refused permission or a missing clipboard is a message, not an exception. */
export async function copyText(clipboard: ClipboardLike | undefined, text: string): Promise<Result<void, string>> {
  if (clipboard === undefined) return err('this browser cannot copy from a page; select the link and copy it by hand');
  try {
    await clipboard.writeText(text);
    return ok(undefined);
  } catch {
    return err('the browser refused to copy; select the link and copy it by hand');
  }
}
