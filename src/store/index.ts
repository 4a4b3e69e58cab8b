export { createGameStore, currentState, currentHash, gameHash, hardSeats } from './store.ts';
export { inPlaceThinker, think } from './thinker.ts';
export type { ThinkRequest, Thinker } from './thinker.ts';
export { workerThinker } from './workerThinker.ts';
export type { WorkerThinker } from './workerThinker.ts';
export type { StoreOptions } from './store.ts';
export type {
  Game,
  GameActions,
  GameData,
  GameStore,
  HelpTopic,
  Mode,
  Notice,
  Store,
  Tab,
  TurnRecord,
} from './types.ts';
export { HELP_TOPICS, TABS } from './types.ts';
export { MODES, TRANSITIONS, canGo, inGame } from './modes.ts';
export { buildCatalog, scenarioYears, difficultyOf, DIFFICULTIES } from './catalog.ts';
export type { CatalogEntry, Difficulty, Years } from './catalog.ts';
export { scenarioExtras, ownedIndicators } from './extras.ts';
export type { ScenarioExtras } from './extras.ts';
// The scenario's public projection, re-exported for the screens (they import only the store).
export { publicScenario } from '../scenario/index.ts';
export type { PastDecision, PublicScenario, Source } from '../scenario/index.ts';
export { allEasy, assembleOrders, ownerOf, humans, CONTROLLERS } from './turn.ts';
export type { Controller, Controllers, BotFn, Levels } from './turn.ts';
export { previewFromView, previewRejections, standInState } from './preview.ts';
export { lastTurn, localGameView, ordersSeen, selectGameView, viewerOf } from './gameView.ts';
export type { GameView, SeenTurn } from './gameView.ts';
export { buildMapView, createMapSource, mapViewOf } from './mapView.ts';
export type { MapPlace, MapRoute, MapShipment, MapSource, MapView } from './mapContract.ts';
export {
  BOT_NAMES,
  levelsOf,
  controllersOf,
  gameAt,
  gameHashAt,
  gameOfLoaded,
  hashAt,
  newGame,
  playersOf,
  saveOfGame,
  sharerOf,
  stateAt,
  underControllers,
  viewedGame,
} from './saves.ts';
export type { LoadSource, PlayedOn, PlayOnRefusal, Replay, SavesActions, SavesData } from './saves.ts';
export { objectivesOf, scoreGame, scoreOf } from './score.ts';
export type { ActorScore, ObjectiveScore } from './score.ts';
export { councilView, draftsOf, seatName, voteView } from './council.ts';
export type {
  BanView,
  CapView,
  CouncilInput,
  CouncilView,
  DecisionView,
  DraftView,
  PanelView,
  Seat,
  VoteView,
} from './council.ts';
export { debriefView, cachedHistoricalRun } from './debrief.ts';
export type { DebriefView, Series, VoteDifference } from './debrief.ts';
export { chineseRoutes, draftMeasuresFor, electedSeats, orderFormsFor } from './forms.ts';
export type { FormKind } from './forms.ts';
export { DIGEST_MAX, DIGEST_MIN, digestOf, scoreEffect } from './digest.ts';
export type { Digest, DigestEntry } from './digest.ts';
