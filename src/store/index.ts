export { createGameStore, currentState, currentHash, MODES } from './store.ts';
export type { GameStore, GameData, GameActions, Game, TurnRecord, Mode, StoreOptions } from './store.ts';
export { buildCatalog, scenarioYears, scenarioSpan } from './catalog.ts';
export type { CatalogEntry } from './catalog.ts';
export { scenarioExtras, ownedIndicators, objectiveText, sourceLabels } from './extras.ts';
export type { ScenarioExtras, Source, ObjectiveView } from './extras.ts';
export { assembleOrders, previewRejections, ownerOf, humans, CONTROLLERS } from './turn.ts';
export type { Controller, Controllers, BotFn } from './turn.ts';
export { buildMapView, createMapSource } from './mapView.ts';
export {
  AUTOSAVE_STATES,
  LOAD_SOURCES,
  NOTICE_TONES,
  controllersOf,
  gameAt,
  gameOfLoaded,
  hashAt,
  playersOf,
  saveOfGame,
  stateAt,
  viewedGame,
} from './saves.ts';
export type { AutosaveState, ContinueOffer, LoadSource, NoticeTone, Replay, SavesActions, SavesData } from './saves.ts';
export { scoreGame, scoreOf, SCORE_METHOD } from './score.ts';
export type { ActorScore, ObjectiveScore } from './score.ts';
export { councilView, draftsOf, voteView, measureValueText, verdictOf, ADOPTION_RULE } from './council.ts';
export type {
  CouncilView,
  Seat,
  DraftView,
  VoteView,
  SeatVoteView,
  CapView,
  BanView,
  PanelView,
  DecisionView,
} from './council.ts';
export { debriefView, cachedHistoricalRun, headline } from './debrief.ts';
export type { DebriefView, Series, VoteDifference } from './debrief.ts';
export { orderFormsFor, launchEffects, panelStatus } from './forms.ts';
export type { OrderKindAvailable, PanelStatus } from './forms.ts';
