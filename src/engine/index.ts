/** The engine's public surface. Nothing here touches the DOM, Phaser, the clock or I/O. */
export * from './ids.ts';
export * from './state.ts';
export * from './orders.ts';
export * from './report.ts';
export * from './calendar.ts';
export { resolveTurn, PHASES } from './resolve.ts';
export type { TurnResult, Phase } from './resolve.ts';
export { hashState, fingerprint } from './hash.ts';
export { canonicalJson } from './canonical.ts';
export { sha256Hex } from './sha256.ts';
export { seedRng } from './rng.ts';
export type { RngState } from './rng.ts';
export { plannedOutput } from './economy.ts';
export {
  explainChange,
  explainRejection,
  describeTarget,
  explainCouncil,
  explainSeatVotes,
  explainNote,
  explainEvent,
  explainReason,
  ACTOR_NAME,
} from './explain.ts';
export * from './regimeState.ts';
export * from './scenarioRules.ts';
export { actorScore, scores, achievement } from './score.ts';
export { detectionOdds } from './panel.ts';
export { outcomeOf, seatScore, ruleVote, defaultVote, weighedEvidence, MEASURE_VALUE } from './council.ts';
export { playTurns, HOLD } from './play.ts';
export type { PlayedTurn, PlayResult, OrderSource } from './play.ts';
export { ENGINE_VERSION } from './version.ts';
