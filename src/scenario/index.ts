export { scenarioContentHash, sortedJson } from './contentHash.ts';
export { loadScenarioText, validateScenario } from './load.ts';
export { initialState, buildRules } from './build.ts';
export { ScenarioSchema } from './schema.ts';
export type { Scenario, Place } from './schema.ts';
export type { Problem, Result } from './problems.ts';
export { formatProblem, formatPath } from './problems.ts';
export { parseUntrustedJson, MAX_JSON_BYTES } from './json.ts';
