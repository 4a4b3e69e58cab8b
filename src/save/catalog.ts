/**
 * The scenarios that ship with the program, by id, with their content hashes. Share links
 * refer to these by id and hash instead of embedding them. The caller provides the texts:
 * the command line reads `scenarios/*.json`, the browser bundles them (src/persist/catalog.ts).
 */
import { scenarioContentHash } from '../scenario/index.ts';
import { loadScenarioText } from '../scenario/index.ts';
import { formatProblem, parseUntrustedJson } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';

export interface CatalogEntry {
  scenario: Scenario;
  hash: string;
}

export interface ScenarioCatalog {
  get(id: string): CatalogEntry | undefined;
  /** Ids in sorted order. */
  ids(): string[];
}

export const EMPTY_CATALOG: ScenarioCatalog = { get: () => undefined, ids: () => [] };

/** `scenarios/` also holds the scenarios' JSON Schema (for editors), which is not one. */
export const NOT_SCENARIO_FILES: readonly string[] = ['schema.json'];

export function isScenarioFileName(name: string): boolean {
  return name.endsWith('.json') && !NOT_SCENARIO_FILES.includes(name);
}

/**
 * A catalog from named scenario texts (file names without directories). A text that does not
 * load is left out and reported (one line per problem); a second scenario with an id already
 * taken is reported too; files that are not scenarios (NOT_SCENARIO_FILES) are skipped.
 */
export function catalogFromTexts(files: readonly { name: string; text: string }[]): {
  catalog: ScenarioCatalog;
  problems: string[];
} {
  const entries = new Map<string, CatalogEntry>();
  const problems: string[] = [];
  const scenarioFiles = files.filter((f) => isScenarioFileName(f.name));
  for (const f of scenarioFiles.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const r = loadScenarioText(f.text);
    if (!r.ok) {
      problems.push(...r.error.map((p) => formatProblem(f.name, p)));
      continue;
    }
    if (entries.has(r.value.id)) {
      problems.push(`${f.name}: id: scenario id "${r.value.id}" is used by another file`);
      continue;
    }
    entries.set(r.value.id, { scenario: r.value, hash: scenarioContentHash(r.value) });
  }
  const ids = [...entries.keys()].sort();
  return { catalog: { get: (id) => entries.get(id), ids: () => [...ids] }, problems };
}

/**
 * A catalog that checks a scenario only when it is asked for (checking all six shipped ones
 * costs about a second): ids are read from the texts as plain JSON; `get` validates the first
 * file (by name) with that id and hashes it, once. A text that is not valid gives no entry.
 * For a Web Worker or a page that only needs the scenario a link names.
 */
export function lazyCatalogFromTexts(files: readonly { name: string; text: string }[]): ScenarioCatalog {
  const byId = new Map<string, string>();
  const sorted = files
    .filter((f) => isScenarioFileName(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) {
    const parsed = parseUntrustedJson(f.text);
    const id = parsed.ok ? (parsed.value as { id?: unknown } | null)?.id : undefined;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, f.text);
  }
  const checked = new Map<string, CatalogEntry | null>();
  const ids = [...byId.keys()].sort();
  return {
    get(id) {
      if (!checked.has(id)) {
        const text = byId.get(id);
        const r = text === undefined ? undefined : loadScenarioText(text);
        checked.set(
          id,
          r?.ok === true && r.value.id === id ? { scenario: r.value, hash: scenarioContentHash(r.value) } : null,
        );
      }
      return checked.get(id) ?? undefined;
    },
    ids: () => [...ids],
  };
}
