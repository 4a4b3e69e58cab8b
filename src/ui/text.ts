/** An author's text (a briefing, a summary) split at blank lines into paragraphs, as text. */
import { h } from './dom.ts';

export function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => h('p', {}, p));
}
