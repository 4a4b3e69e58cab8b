/**
 * The browser's catalog of shipped scenarios: every `scenarios/*.json`, bundled as text by
 * Vite at build time, validated and hashed once on first use. Share links refer to these by
 * id and content hash.
 */
import type { ScenarioCatalog } from '../save/index.ts';
import { catalogFromTexts } from '../save/index.ts';

// The negative pattern keeps the scenarios' JSON Schema out of the bundle (NOT_SCENARIO_FILES).
const texts = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/schema.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let built: { catalog: ScenarioCatalog; problems: string[] } | undefined;

function build(): { catalog: ScenarioCatalog; problems: string[] } {
  built ??= catalogFromTexts(Object.entries(texts).map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text })));
  return built;
}

export function shippedCatalog(): ScenarioCatalog {
  return build().catalog;
}

/** Problems in shipped scenario files (a build mistake; the UI may show them to developers). */
export function catalogProblems(): readonly string[] {
  return build().problems;
}
