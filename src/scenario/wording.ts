/**
 * "In our own words": finds runs of eight or more words that a scenario's texts share with a
 * source document (case, punctuation and curly quotes ignored). Pure; the command line wrapper
 * is scripts/check-wording.ts.
 */

export const COPY_RUN_WORDS = 8;

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

export interface CopiedRun {
  /** JSON path of the string in the scenario. */
  path: string;
  run: string;
}

/** Every string in `value` with its JSON path, in document order. */
export function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path === '' ? '(root)' : path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).flatMap((k) =>
      stringsOf((value as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`),
    );
  }
  return [];
}

/** Runs of COPY_RUN_WORDS words found both in the document and in a string of the scenario;
 * overlapping runs in one string are reported once, as the longest stretch. */
export function copiedRuns(document: string, scenario: unknown, n = COPY_RUN_WORDS): CopiedRun[] {
  const dw = words(document);
  const grams = new Set<string>();
  for (let i = 0; i + n <= dw.length; i++) grams.add(dw.slice(i, i + n).join(' '));
  const out: CopiedRun[] = [];
  for (const { path, text } of stringsOf(scenario)) {
    const w = words(text);
    let i = 0;
    while (i + n <= w.length) {
      if (!grams.has(w.slice(i, i + n).join(' '))) {
        i++;
        continue;
      }
      let end = i + n;
      while (end < w.length && grams.has(w.slice(end - n + 1, end + 1).join(' '))) end++;
      out.push({ path, run: w.slice(i, end).join(' ') });
      i = end;
    }
  }
  return out;
}
