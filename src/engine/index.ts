/**
 * The engine's public surface: everything other folders may use, by name. Nothing here
 * touches the DOM, Phaser, the clock or I/O. A name not listed is internal to the engine.
 */
import './schemaConfig.ts';
export {
  ACTORS,
  ADOPTION_VOTES,
  COUNCIL_SIZE,
  GOODS,
  INDICATORS,
  INDICATOR_LABEL,
  INDICATOR_OWNER,
  MEASURES,
  MEASURE_LABEL,
  PAIRS,
  PERMANENT_SEATS,
  RESOURCES,
  ROUTE_KINDS,
  SHIPMENT_MODES,
  TURN_LENGTHS,
  UNITS,
  VOTES,
  VOTING_ACTORS,
  actorIndex,
  goodIndex,
  assertNever,
  err,
  isActorId,
  isGood,
  isMeasure,
  isResource,
  resourceIndex,
  isVotingActor,
  ok,
  pairKey,
} from './ids.ts';
export type {
  ActorId,
  Good,
  IndicatorId,
  Measure,
  PairKey,
  Resource,
  Result,
  RouteKind,
  ShipmentMode,
  Vote,
  VotingActor,
} from './ids.ts';
export { cloneState, isOver, rolloutCopy } from './state.ts';
export {
  actorField,
  goodField,
  indicatorField,
  measureField,
  pairField,
  resourceField,
  voteField,
  votingField,
} from './fields.ts';
export type {
  ActorState,
  Deal,
  Economy,
  GameState,
  Hidden,
  Need,
  Priorities,
  Route,
  Rules,
  Stocks,
  Tally,
} from './state.ts';
export { ORDER_KINDS, OrderListSchema, OrderSchema } from './orders.ts';
export type {
  CustomsOrder,
  DraftOrder,
  HoldFuelOrder,
  LaunchOrder,
  LobbyOrder,
  MonitorOrder,
  NuclearTestOrder,
  Order,
  ProposeDealOrder,
  SetPrioritiesOrder,
  ShipOrder,
  VoteOrder,
} from './orders.ts';
export { REJECT_REASONS, changesOf } from './report.ts';
export type {
  Change,
  CouncilRecord,
  RejectReason,
  Rejection,
  ShipmentRecord,
  Target,
  TurnReport,
  VoteBasis,
} from './report.ts';
export { currentDate, dateOfTurn, formatDate, monthsPerTurn } from './calendar.ts';
export type { CalendarDate } from './calendar.ts';
export { advanceQuiet, advanceRollout, resolveTurn, resolveTurnQuiet } from './resolve.ts';
export type { TurnResult } from './resolve.ts';
export { resolveTurnStepwise } from './stepwise.ts';
export { fingerprint, hashState } from './hash.ts';
export { canonicalJson } from './canonical.ts';
export { sha256Hex } from './sha256.ts';
export { nextU32, randomBelow, seedKey, seedRng } from './rng.ts';
export type { RngState } from './rng.ts';
export { plannedOutput } from './economy.ts';
export {
  describeTarget,
  explainChange,
  explainCouncil,
  explainEvent,
  explainNote,
  explainReason,
  explainRejection,
  explainSeatVotes,
} from './explain.ts';
export { OUTCOMES, panelActive } from './regimeState.ts';
export type { BannedResource, CouncilState, Decision, Draft, Evidence, Lobby, Outcome, Regime } from './regimeState.ts';
export { COMPARISONS } from './scenarioRules.ts';
export type { Comparison, CouncilRules, Deck, DeckCard, Objective, ScriptedEvent, Seat } from './scenarioRules.ts';
export { achievement, actorScore, emptyTally, indicatorValue, scores, tallyTurn, turnScore } from './score.ts';
export { detectionOdds, knowHowOdds } from './panel.ts';
export { SANCTIONS, defaultVote, outcomeOf, ruleVote, seatScore, weighedEvidence } from './council.ts';
export { MEASURE_VALUE, changesNothing, mayTable, vetoedUntil } from './tabling.ts';
export { isElectedSeat, lobbyShift } from './lobby.ts';
export { crossesChina, fuelDue } from './levers.ts';
export { REPUTATION } from './sanctions.ts';
export { markupPct } from './transfers.ts';
export { DESIGN_PARAMS, DESIGN_PARAM_IDS } from './params.ts';
export type { Design, DesignParam, ParamSpec } from './params.ts';
export { HOLD, playTurns } from './play.ts';
export type { OrderSource, PlayResult, PlayedTurn } from './play.ts';
export { ENGINE_VERSION } from './version.ts';
export { VIEWERS, changeSeen, dealSeen, sees, viewFor, viewReport, viewState } from './view.ts';
export type { ReportView, RulesView, StateView, Viewer } from './view.ts';
