/**
 * Identifier-looking tokens in text a player reads: the browser tests scan every screen with
 * it (e2e/scan.ts), the map tests scan the map's words (map/mapWords.test.ts).
 */
import type { Scenario } from '../src/scenario/index.ts';

/** Identifiers a scenario defines (route, place, cap, ban, source and event ids, its own id)
 * that cannot be ordinary words: those with a hyphen or a digit ("khasan-tumangang",
 * "arms-1718"). CamelCase ids (indicators, measures, reasons) are caught by pattern. */
export function scenarioIds(s: Scenario): string[] {
  const all = [
    s.id,
    ...s.routes.map((r) => r.id),
    ...s.places.map((p) => p.id),
    ...s.regime.caps.map((c) => c.id),
    ...s.regime.bans.map((b) => b.id),
    ...s.sources.map((x) => x.id),
    ...s.events.map((e) => e.id),
    ...s.deck.cards.map((c) => c.id),
  ];
  return all.filter((id) => id.includes('-') || /\d/.test(id));
}

const PATTERNS: readonly [string, RegExp][] = [
  ['camelCase identifier', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['draft or deal id', /\b[RD]\d+-\d+\b/],
  // "UNSC resolution 2397 (2017)" is how a source cites a resolution, not a code.
  ['actor code', /\b(?:RUS|PRK|CHN|UNSC)\b(?! resolution)/],
  ['"(s)" plural', /\w\(s\)/],
  ['odds in basis points', /in 10,000|basis points/],
  ['rule score', /rule \(score/],
  ['raw placeholder', /\{[a-z]+\}|undefined|NaN|\[object/],
];

/** Every identifier-looking token in `text`, with why it looks like one. */
export function identifierTokens(text: string, known: readonly string[]): string[] {
  const out: string[] = [];
  for (const [why, re] of PATTERNS) {
    const m = new RegExp(re.source, 'g');
    for (const hit of text.matchAll(m))
      out.push(`${why}: "${hit[0]}" in "…${text.slice(Math.max(0, (hit.index ?? 0) - 40), (hit.index ?? 0) + 40)}…"`);
  }
  for (const id of known) {
    const re = new RegExp(`(?<![\\w-])${id.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}(?![\\w-])`);
    const hit = re.exec(text);
    if (hit !== null) out.push(`known id: "${id}" in "…${text.slice(Math.max(0, hit.index - 40), hit.index + 40)}…"`);
  }
  return out;
}
