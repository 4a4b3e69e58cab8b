/**
 * The one shared builder for test states: the shipped 2023 scenario, optionally adjusted.
 * Tests state the numbers they depend on through `overrides`, so a retuned scenario file
 * does not silently change a rule test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Design, GameState } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';

/**
 * A parsed JSON document (a scenario, a save) that a test edits at any path to break it on
 * purpose. The code base's one `any`: the edits reach arbitrary depths, and a wrong path makes
 * the test fail, which is what a type would otherwise catch.
 */
// biome-ignore lint/suspicious/noExplicitAny: edits at arbitrary paths of parsed JSON, see above
export type JsonDoc = Record<string, any>;

/** Overrides where `undefined` means "leave the field out" (optional fields are exact). */
export type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

/** `base` with `over` applied; a field overridden with `undefined` is removed. */
export function withOverrides<T extends object>(base: T, over: Overrides<T>): T {
  const out: Record<string, unknown> = { ...base, ...over };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as T;
}

export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

export function scenarioText(id: string): string {
  return readFileSync(`${SCENARIO_DIR}${id}.json`, 'utf8');
}

export function loadScenario(id = 'summit-2023'): Scenario {
  const r = loadScenarioText(scenarioText(id));
  if (!r.ok) throw new Error(`fixture ${id} invalid: ${JSON.stringify(r.error)}`);
  return r.value;
}

const RULES_WORLD = fileURLToPath(new URL('./fixtures/scenarios/rules-world.json', import.meta.url));
let rulesWorld: Scenario | null = null;

/**
 * The world of the rule and bot tests: the 2023 scenario as it stood when engine 0.4.0's rules
 * were written (tests/fixtures/scenarios/rules-world.json), frozen so that tuning the shipped
 * scenario does not move a rule test. Tests of the shipped scenarios load them by id.
 */
export function rulesWorldText(): string {
  return readFileSync(RULES_WORLD, 'utf8');
}

export function loadRulesWorld(): Scenario {
  if (rulesWorld === null) {
    const r = loadScenarioText(rulesWorldText());
    if (!r.ok) throw new Error(`fixture rules-world invalid: ${JSON.stringify(r.error)}`);
    rulesWorld = r.value;
  }
  return rulesWorld;
}

/**
 * Design parameters for rule tests, fixed here so that retuning a shipped scenario does not
 * change a rule test: a test that depends on a parameter sets it (or reads it from here).
 */
export const TEST_DESIGN: Design = {
  vetoReputation: 3,
  vetoAuthority: 4,
  isolationYes: 13,
  isolationAuthority: 0,
  vetoUnscRelation: 5,
  vetoPrkRelation: 3,
  yesPrkRelation: 4,
  yesReputation: 2,
  yesPeerRelation: 2,
  yesInfluence: 2,
  sanctionStability: 3,
  condemnPrkRelation: 3,
  adoptedAuthority: 3,
  capitalCost: 2,
  capitalTurns: 4,
  // No cooldown after a veto in the rule tests: a test of the cooldown sets it.
  vetoCooldown: 0,
  shortAuthority: 1,
  reliefPrkRelation: 5,
  reliefReputation: 1,
  reliefStability: 5,
  lobbyCost: 20,
  lobbyPoints: 15,
  lobbyTurns: 2,
  breachReputation: 2,
  detectedAuthority: 1,
  detectionRelation: 3,
  notRepatriatedIntegrity: 1,
  panelLapseIntegrity: 5,
  covertMarkupPct: 5,
  covertMarkupOddsShare: 50,
  seizeBp: 5000,
  integrityStepDivisor: 4,
  integrityMaxDrift: 3,
  tradeTies: 1,
  influenceStepDivisor: 5,
  borderStepDivisor: 4,
  maxDrift: 3,
  dealAcceptRelation: 2,
  dealCancelRelation: 5,
  dealDefaultRelation: 2,
  launchProgramme: 2,
  launchChinaRelation: 2,
  launchUnscRelation: 2,
  launchCurrency: 10,
  maxLaunchesPerTurn: 40,
  nuclearProgramme: 15,
  nuclearChinaRelation: 10,
  nuclearUnscRelation: 10,
  nuclearCurrency: 30,
  nuclearEvidence: 5,
  launchSuccessBp: 10_000,
  nuclearSuccessBp: 10_000,
  knowHowSuccessBp: 0,
  knowHowPerLaunch: 1,
  knowHowProgramme: 3,
  knowHowDetectBp: 1000,
  knowHowReputation: 3,
  knowHowChinaRelation: 3,
  holdFuelRelation: 5,
  holdFuelInfluence: 3,
  holdFuelStanding: 2,
  holdFuelBorder: 2,
  customsBp: 1500,
  customsRelation: 2,
  customsInfluence: 1,
  customsStanding: 1,
  customsBorder: 1,
  scoreRamp: 0,
  targetAchievement: 70,
};

/** A state with every stock, need and variance under the test's control. */
export function testState(adjust?: (s: GameState) => void, seed = 7): GameState {
  const s = initialState(loadRulesWorld(), seed);
  // Rule tests default to no chance, no consumption and no events, and to TEST_DESIGN's
  // parameters: each test adds what it checks. (The sanctions regime and the council stay as
  // the scenario sets them.)
  s.rules = {
    ...s.rules,
    needs: [],
    variance: [],
    events: [],
    deck: { drawBp: 0, cards: [] },
    design: { ...TEST_DESIGN },
  };
  adjust?.(s);
  return s;
}

/** Every shipped scenario file as the browser fetches it (the schema excluded), read from disk. */
export function shippedFiles(): { name: string; text: string }[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((name) => ({ name, text: readFileSync(`${SCENARIO_DIR}${name}`, 'utf8') }));
}
