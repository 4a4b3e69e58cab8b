/**
 * Terminal-safe output. Everything the command line prints may quote its input (a field name,
 * a scenario id or title, a player's name, a file name), and a terminal acts on some
 * characters instead of showing them: ESC starts a control sequence (erase the line, colour),
 * CR returns to the start of the line, bidi overrides reverse the text after them, zero-width
 * and other invisible characters hide what is there. Such characters are shown as `\u…`
 * escapes, so the output holds only text a person can read, and over-long lines are cut.
 *
 * The escapes are the ones JSON uses, so JSON output stays valid JSON with the same meaning.
 */

/** Controls, format characters (bidi, zero-width, soft hyphen), lone surrogates, line and
 * paragraph separators, and every other character that displays as nothing. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/** The longest line printed (a 900,000-character field name would otherwise print as is). */
export const MAX_LINE_CHARS = 2000;

/** `\u202e` for U+202E, `\u{e0041}` beyond the basic plane. Tabs and newlines stay. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n' || c === '\t') return c;
    const cp = c.codePointAt(0) ?? 0;
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

/** A line cut to at most `max` characters, ending in "…" when cut (never inside a pair). */
export function cutLine(line: string, max = MAX_LINE_CHARS): string {
  if (line.length <= max) return line;
  let end = max - 1;
  const c = line.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${line.slice(0, end)}…`;
}

/** Output ready for a terminal: every line escaped and, unless `cut` is false (a JSON
 * document, which must stay whole), cut to MAX_LINE_CHARS. */
export function terminalSafe(text: string, cut = true): string {
  return text
    .split('\n')
    .map((l) => {
      const e = escapeUnsafe(l);
      return cut ? cutLine(e) : e;
    })
    .join('\n');
}
