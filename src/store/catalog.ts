/**
 * The scenario catalogue shown on the start screen: every shipped file, validated with the
 * same loader the command line uses. An invalid file stays in the list with its problems
 * (so an instructor sees what is wrong) and cannot be started.
 */
import { dateOfTurn } from '../engine/index.ts';
import type { Problem, Scenario } from '../scenario/index.ts';
import { SCENARIO_SCHEMA_ID, loadScenarioText, parseUntrustedJson } from '../scenario/index.ts';

export const DIFFICULTIES = ['introductory', 'standard', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export type CatalogEntry =
  | { ok: true; file: string; id: string; scenario: Scenario; years: Years; difficulty: Difficulty | null }
  | { ok: false; file: string; id: string; problems: readonly Problem[] };

/** The calendar years the scenario's turns cover (the first month of its last turn included). */
export interface Years {
  first: number;
  last: number;
}

export function scenarioYears(s: Pick<Scenario, 'start' | 'turnLength' | 'turns'>): Years {
  return { first: s.start.year, last: dateOfTurn(s.start, s.turnLength, s.turns).year };
}

/**
 * How hard the shipped scenarios are for a first-time player, judged by how much is moving at
 * once (routes, drafts on the table, closures, the number of measures in force). A scenario
 * file that declares its own difficulty overrides this; a custom one without it shows none.
 * Kept here, not in the files: the shipped files' content hashes are what share links and
 * golden saves refer to.
 */
const SHIPPED_DIFFICULTY: Readonly<Record<string, Difficulty>> = {
  'visit-2000': 'introductory',
  'visit-2000-long': 'standard',
  'summit-2023': 'introductory',
  'maximum-pressure-2017': 'standard',
  'split-2022': 'standard',
  'pandemic-2020': 'advanced',
  'pyongyang-2024': 'advanced',
};

function isDifficulty(x: unknown): x is Difficulty {
  return typeof x === 'string' && (DIFFICULTIES as readonly string[]).includes(x);
}

/** The scenario's declared difficulty, else the shipped table's, else null. */
export function difficultyOf(s: Scenario): Difficulty | null {
  const declared = (s as { difficulty?: unknown }).difficulty;
  if (isDifficulty(declared)) return declared;
  return SHIPPED_DIFFICULTY[s.id] ?? null;
}

/** Is this text the scenarios' generated JSON Schema (scenarios/schema.json sits beside the
 * scenarios for editors) rather than a scenario? Told by its `$id`, not its file name. */
export function isSchemaText(text: string): boolean {
  const parsed = parseUntrustedJson(text);
  return (
    parsed.ok &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    (parsed.value as { $id?: unknown }).$id === SCENARIO_SCHEMA_ID
  );
}

/** `files` maps a path (as import.meta.glob gives it) to the file's text. Playable scenarios
 * come in historical order (start date, then id), invalid files after them by name, so the
 * list reads as a timeline and has the same order in every build. The JSON Schema is left out.
 * `unreadable`: files the page could not fetch, listed with the reason like invalid ones. */
export function buildCatalog(
  files: Readonly<Record<string, string>>,
  unreadable: readonly { name: string; error: string }[] = [],
): CatalogEntry[] {
  const out: CatalogEntry[] = unreadable.map((u) => ({
    ok: false,
    file: u.name,
    id: u.name.replace(/\.json$/, ''),
    problems: [{ path: '(root)', message: u.error }],
  }));
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = path.split('/').pop() ?? path;
    const id = file.replace(/\.json$/, '');
    if (isSchemaText(text)) continue;
    const r = loadScenarioText(text);
    if (r.ok) {
      out.push({
        ok: true,
        file,
        id: r.value.id,
        scenario: r.value,
        years: scenarioYears(r.value),
        difficulty: difficultyOf(r.value),
      });
    } else {
      out.push({ ok: false, file, id, problems: r.error });
    }
  }
  return out.sort(byHistory);
}

function byHistory(a: CatalogEntry, b: CatalogEntry): number {
  if (a.ok && b.ok) {
    const ka = a.scenario.start.year * 12 + a.scenario.start.month;
    const kb = b.scenario.start.year * 12 + b.scenario.start.month;
    return ka !== kb ? ka - kb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
  if (a.ok !== b.ok) return a.ok ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
