export { createGameStore, currentState, currentHash, gameHash, hardSeats } from './store.ts';
export type { GameStore, GameData, Game, TurnRecord, Mode } from './store.ts';
export { inPlaceThinker, think } from './thinker.ts';
export type { ThinkRequest, Thinker } from './thinker.ts';
export { workerThinker } from './workerThinker.ts';
export type { WorkerThinker } from './workerThinker.ts';
export { buildCatalog, scenarioYears, scenarioSpan } from './catalog.ts';
export type { CatalogEntry } from './catalog.ts';
export { scenarioExtras, ownedIndicators, objectiveText, sourceLabels } from './extras.ts';
export type { Source } from './extras.ts';
export { allEasy, assembleOrders, previewRejections, ownerOf, humans, CONTROLLERS } from './turn.ts';
export type { Controller, Controllers, BotFn, Levels } from './turn.ts';
export { buildMapView, createMapSource } from './mapView.ts';
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
  stateAt,
  underControllers,
  viewedGame,
} from './saves.ts';
export type { Replay, SavesActions, SavesData } from './saves.ts';
export { scoreGame, scoreOf, SCORE_METHOD } from './score.ts';
export { councilView, draftsOf, voteView, measureValueText, verdictOf } from './council.ts';
export type {
  CouncilView,
  Seat,
  DraftView,
  VoteView,
} from './council.ts';
export { debriefView, cachedHistoricalRun, headline } from './debrief.ts';
export type { DebriefView, Series } from './debrief.ts';
export { orderFormsFor, launchEffects, panelStatus } from './forms.ts';
