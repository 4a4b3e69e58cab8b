/**
 * Text from files (titles, names, file names) may hold right-to-left overrides and other bidi
 * controls that reorder whatever follows them in the same paragraph: "Summit‮ deifirev ton"
 * displays its end reversed, and could reverse a fingerprint after it. Wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE, such text keeps its own direction but cannot reach past
 * the isolate, in a plain string (a notice, a title) as `<bdi>` does in the page. Isolate
 * controls inside the text itself are shown as U+FFFD: a PDI there would close the isolate
 * early and let what follows it loose.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

export function isolate(text: string): string {
  return `${FSI}${text.replace(/[\u2066-\u2069]/g, '\ufffd')}${PDI}`;
}
