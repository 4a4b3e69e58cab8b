/**
 * The store's data, one typed slice at a time (each slice file holds its actions), and the
 * types every slice shares. `Store` is their union; `GameStore` the zustand store of it.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { ActorId, GameState, Order, TurnReport } from '../engine/index.ts';
import type { Level, Opening } from '../ai/index.ts';
import type { Players } from '../save/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { CatalogEntry } from './catalog.ts';
import type { SavesActions, SavesData } from './saves.ts';
import type { Controllers, Levels } from './turn.ts';
import type { MODES } from './modes.ts';

export type Mode = (typeof MODES)[number];

export interface TurnRecord {
  /** The full order list handed to resolveTurn (all actors, ACTORS order). */
  orders: Order[];
  report: TurnReport;
  /** The state after the turn and its canonical hash. */
  state: GameState;
  hash: string;
  /** The game's hash chain after the turn (src/save/chain.ts): its identity so far. */
  chain: string;
}

export interface Game {
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  controllers: Controllers;
  /** Who plays each actor as the save records it (a loaded save keeps its names and holders). */
  players: Players;
  /** The engine version that played the game (a loaded save keeps the one it names). */
  engine: string;
  /** Each bot seat's level (easy: the heuristic bot; hard: the search bot). */
  levels: Levels;
  /** The public starting values the search bots reason from. */
  opening: Opening;
  initial: GameState;
  initialHash: string;
  /** The chain's start: engine, scenario, seed and players. */
  start: string;
  turns: TurnRecord[];
}

/** Why the last action did nothing, as data: the UI words it (src/ui/i18n). */
export type Notice =
  | { kind: 'noSuchScenario'; id: string }
  | { kind: 'scenarioHasProblems'; file: string }
  | { kind: 'noHumanPlayer' };

export interface FlowData {
  catalog: CatalogEntry[];
  mode: Mode;
  /** The scenario picked on the start screen (briefing and setup show it). */
  selected: string | null;
  game: Game | null;
  /** Whose eyes the panels are for while playing; null on other screens. */
  viewer: ActorId | null;
  /** On the hand-off screen: who takes the device next. */
  handoffTo: ActorId | null;
  notice: Notice | null;
}

export interface FlowActions {
  selectScenario(id: string): void;
  openSetup(): void;
  back(): void;
  startGame(): void;
  continueHandoff(): void;
  /** Debrief: the same scenario, players and seed again, from its first turn. */
  playAgain(): void;
  quit(): void;
}

export interface SetupData {
  setup: { controllers: Controllers; levels: Levels; seed: number | null };
}

export interface SetupActions {
  setController(actor: ActorId, c: Controllers[ActorId]): void;
  setLevel(actor: ActorId, level: Level): void;
  setSeed(seed: number | null): void;
}

export interface TurnData {
  /** Orders each human actor has given for the coming turn, editable until it ends. */
  pending: Record<ActorId, Order[]>;
  /** Humans who have ended their part of the current turn (hot-seat). */
  submitted: ActorId[];
  /** The hash of a game just continued from the autosave, until the pending orders kept with
   * it have been put back (`restorePending`); null otherwise. */
  restoreFor: string | null;
  /** Bots still thinking about the turn being resolved (hard bots think in a worker); while
   * any is, the turn's orders are frozen and End turn waits. */
  thinking: ActorId[];
  /** Hard bots whose last turn the easy bots played instead, because their thinker failed (a
   * browser that cannot start the bots' worker); empty when every hard bot decided. */
  stoodIn: ActorId[];
}

export interface TurnActions {
  addOrder(actor: ActorId, order: Order): void;
  replaceOrder(actor: ActorId, index: number, order: Order): void;
  removeOrder(actor: ActorId, index: number): void;
  endTurn(): void;
  /** Pending orders kept with the autosave, put back after a reload (only for the game's
   * human actors, only for the game just continued, at the turn they were given for). */
  restorePending(hash: string, pending: Readonly<Partial<Record<string, readonly unknown[]>>>): void;
}

/** The side panel's tabs (the map is a tab of its own on a phone). */
export const TABS = ['map', 'orders', 'report', 'council', 'you'] as const;
export type Tab = (typeof TABS)[number];

export const HELP_TOPICS = ['rules', 'glossary'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export interface UiData {
  ui: {
    tab: Tab;
    /** The help dialog, and the glossary entry to show (null: closed). */
    help: { topic: HelpTopic; term: string | null } | null;
    /** The first-turn walkthrough's step, or null when it is not showing. */
    walkthrough: number | null;
    /** The walkthrough was finished or skipped once (remembered by the page). */
    walkthroughSeen: boolean;
    selectedRoute: string | null;
  };
}

export interface UiActions {
  setTab(tab: Tab): void;
  openHelp(topic: HelpTopic, term?: string): void;
  closeHelp(): void;
  /** Go to walkthrough step `n`; null ends it and marks it seen. */
  walkthroughTo(n: number | null): void;
  setWalkthroughSeen(seen: boolean): void;
  selectRoute(id: string | null): void;
}

export type GameData = FlowData & SetupData & TurnData & UiData & SavesData;
export type GameActions = FlowActions & SetupActions & TurnActions & UiActions & SavesActions;
export type Store = GameData & GameActions;
export type GameStore = StoreApi<Store>;

/** A slice of the store: its data and actions, written with the immer middleware. */
export type Slice<T> = StateCreator<Store, [['zustand/immer', never]], [], T>;
