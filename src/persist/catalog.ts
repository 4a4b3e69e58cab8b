/**
 * The browser's catalog of shipped scenarios. The scenario files are data, not code: Vite
 * emits each `scenarios/*.json` as its own asset (kept out of the JavaScript bundle, which has
 * a size budget), `fetchShippedScenarios` fetches them once at start-up, and
 * `provideShippedScenarios` hands the texts to the catalog, which validates and hashes them on
 * first use. Share links refer to these scenarios by id and content hash.
 */
import type { ScenarioCatalog } from '../save/index.ts';
import { catalogFromTexts, lazyCatalogFromTexts } from '../save/index.ts';

// The negative pattern keeps the scenarios' JSON Schema out (an editor aid, not a scenario).
const urls = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** One shipped file: its text, or why it could not be fetched. */
export type ShippedFile = { name: string; text: string } | { name: string; error: string };

/** Fetch every shipped scenario file; never rejects (a failure is recorded per file). */
export async function fetchShippedScenarios(fetchFn: typeof fetch = fetch): Promise<ShippedFile[]> {
  const entries = Object.entries(urls).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    entries.map(async ([path, url]): Promise<ShippedFile> => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      try {
        const res = await fetchFn(url);
        if (!res.ok) return { name, error: `could not be loaded (HTTP ${res.status})` };
        return { name, text: await res.text() };
      } catch {
        return { name, error: 'could not be loaded (network error)' };
      }
    }),
  );
}

let provided: readonly { name: string; text: string }[] = [];
let lazy: ScenarioCatalog | undefined;

/** Give the catalog the shipped texts (the page does this once, before anything loads a game). */
export function provideShippedScenarios(files: readonly ShippedFile[]): void {
  provided = files.flatMap((f) => ('text' in f ? [{ name: f.name, text: f.text }] : []));
  lazy = undefined;
}

/** The shipped texts (a worker builds its own catalog from them). */
export function shippedTexts(): readonly { name: string; text: string }[] {
  return provided;
}

/** The shipped scenarios by id; each is checked the first time it is asked for. */
export function shippedCatalog(): ScenarioCatalog {
  lazy ??= lazyCatalogFromTexts(provided);
  return lazy;
}

/** Problems in shipped scenario files (a build mistake; the UI may show them to developers).
 * Checks every file: for tests and developer pages, not the page's start. */
export function catalogProblems(): readonly string[] {
  return catalogFromTexts(provided).problems;
}
