/**
 * Bots: a heuristic player for each actor (`easy`) and a search bot that improves on it with
 * rollouts (`hard`). Pure and deterministic; a bot reads only what its actor may see
 * (view.ts, and for the search its public opening: belief.ts).
 */
export { botOrders, botPlan, botsFor, ordersFromView } from './bots.ts';
export type { ActorView } from './view.ts';
export type { Move } from './plan.ts';
export { viewFor } from './view.ts';
export { openingOf, sampleWorld } from './belief.ts';
export type { Opening } from './belief.ts';
export { BUDGET_TURNS, DEFAULT_HORIZON, decisionSeed, rolloutBudget, searchFromView, searchOrders } from './search.ts';
export type { SearchOptions, SearchResult } from './search.ts';
export { HARD_BUDGET, LEVELS, LEVEL_BUDGET, budgetOrders, isLevel, levelOrders } from './levels.ts';
export type { GameFacts, Level } from './levels.ts';
export { KINDS, keyOf, labelOf } from './orderKinds.ts';
export { rollout, scoreValue, worldOf } from './rollout.ts';
export type { World } from './rollout.ts';
