/**
 * String literals in a TypeScript source, for the tests that scan the UI's sources for text a
 * player would read (tests/ui/classWords.test.ts).
 */
export interface Literal {
  line: number;
  text: string;
  /** The property a string is the value of (`class` in `{ class: 'panel report' }`), or null. */
  key: string | null;
}

/** Characters after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);

/**
 * Every string literal of a TypeScript source, and every static part of a template literal,
 * with the line it starts on. Comments are skipped, and so are regular expression literals
 * (a quote inside one is not a string). A string that is the value of a property records
 * the property's name. A small scanner, not a parser: it is enough for
 * hand-written UI modules, and the named cases below pin what it does.
 */
export function literals(src: string): Literal[] {
  const out: Literal[] = [];
  const stack: ('brace' | 'expr')[] = [];
  let line = 1;
  let i = 0;
  let prev = '';
  let word = '';
  /** The identifier before the last ":" when that ":" was the last token. */
  let colonKey: string | null = null;
  const template = (): void => {
    // At the first character after "`" or after the "}" closing a "${…}".
    let text = '';
    const start = line;
    while (i < src.length) {
      const c = src[i] ?? '';
      if (c === '\\') {
        text += src.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '`') {
        out.push({ line: start, text, key: null });
        i++;
        prev = '`';
        return;
      }
      if (c === '$' && src[i + 1] === '{') {
        out.push({ line: start, text, key: null });
        stack.push('expr');
        i += 2;
        prev = '{';
        return;
      }
      if (c === '\n') line++;
      text += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    const next = src[i + 1] ?? '';
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (const ch of src.slice(i, stop)) if (ch === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '/' && (prev === '' || BEFORE_REGEX.has(prev) || word === 'return' || word === 'typeof')) {
      // A regular expression literal: up to the closing "/" outside a character class.
      let inClass = false;
      i++;
      while (i < src.length) {
        const r = src[i];
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      i++;
      while (/[a-z]/.test(src[i] ?? '')) i++;
      prev = '/';
      word = '';
      continue;
    }
    if (c === "'" || c === '"') {
      let text = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          text += src.slice(i, i + 2);
          i += 2;
          continue;
        }
        text += src[i];
        i++;
      }
      out.push({ line, text, key: prev === ':' ? colonKey : null });
      i++;
      prev = c;
      word = '';
      colonKey = null;
      continue;
    }
    if (c === '`') {
      i++;
      template();
      word = '';
      continue;
    }
    if (c === '{') stack.push('brace');
    if (c === '}' && stack.pop() === 'expr') {
      i++;
      template();
      word = '';
      continue;
    }
    if (/[\w$]/.test(c)) {
      let w = '';
      while (/[\w$]/.test(src[i] ?? '')) w += src[i++];
      word = w;
      prev = 'a';
      continue;
    }
    colonKey = c === ':' && prev === 'a' ? word : null;
    prev = c;
    word = '';
    i++;
  }
  return out;
}

/** A literal that reads as words: a letter and a space, or a capitalised word ("Pause"). */
export function readsAsEnglish(text: string): boolean {
  return /[A-Za-z]/.test(text) && (/\s/.test(text) || /^[A-Z][a-z]/.test(text));
}
