export { createGameStore, currentState, currentHash } from './store.ts';
export type { GameStore, GameData, Game, TurnRecord, Mode } from './store.ts';
export { buildCatalog, scenarioYears, scenarioSpan } from './catalog.ts';
export type { CatalogEntry } from './catalog.ts';
export { scenarioExtras, ownedIndicators, objectiveText, sourceLabels } from './extras.ts';
export type { Source } from './extras.ts';
export { assembleOrders, previewRejections, ownerOf, humans, CONTROLLERS } from './turn.ts';
export type { Controller, Controllers, BotFn } from './turn.ts';
export { buildMapView, createMapSource, mapViewOf } from './mapView.ts';
export type { MapPlace, MapRoute, MapShipment, MapSource, MapView } from './mapContract.ts';
export {
  controllersOf,
  gameAt,
  gameOfLoaded,
  hashAt,
  playersOf,
  saveOfGame,
  stateAt,
  viewedGame,
} from './saves.ts';
export type { Replay, SavesActions, SavesData } from './saves.ts';
export { scoreGame, scoreHistory, scoreOf, SCORE_METHOD } from './score.ts';
export { dashboardView } from './dashboard.ts';
export type { ActorCardView, DashboardView, FigureView, ScoreRowView } from './dashboard.ts';
export { councilView, draftsOf, voteView, measureValueText, verdictOf } from './council.ts';
export type {
  CouncilView,
  Seat,
  DraftView,
  VoteView,
} from './council.ts';
export { debriefView, cachedHistoricalRun, headline, revealed } from './debrief.ts';
export type { DebriefView, Revealed, Series } from './debrief.ts';
export {
  chineseRoutes,
  customsEffects,
  electedSeats,
  holdFuelEffects,
  launchEffects,
  lobbyEffects,
  nuclearTestEffects,
  orderFormsFor,
  panelStatus,
} from './forms.ts';
