/**
 * The game store: one zustand vanilla store with the immer middleware, the only place UI state
 * changes. It holds results, never rules: a turn is advanced by `resolveTurn`, bots are asked
 * through `botOrders`, and every number shown comes from the engine's states and reports.
 *
 * Flow of modes: start → briefing → setup → play ⇄ handoff → debrief; `replay` (the replay
 * viewer, src/store/saves.ts) is entered from a game or a verified file/link. With two or more human
 * actors the turn is played in hot-seat: each human gives orders in ACTORS order, and a
 * hand-off screen (which shows nothing private) stands between two humans.
 */
import { castDraft, freeze } from 'immer';
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ActorId, GameState, Order, TurnReport } from '../engine/index.ts';
import { ACTORS, hashState, isOver, resolveTurn } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { Level, Opening } from '../ai/index.ts';
import { LEVEL_BUDGET, botOrders } from '../ai/index.ts';
import type { Players } from '../save/index.ts';
import { turnHash } from '../save/index.ts';
import type { CatalogEntry } from './catalog.ts';
import type { Thinker } from './thinker.ts';
import { inPlaceThinker } from './thinker.ts';
import type { BotFn, Controller, Controllers, Levels } from './turn.ts';
import { allEasy, assembleOrders, humans } from './turn.ts';
import type { SavesActions, SavesData } from './saves.ts';
import { newGame, savesInitial, savesSlice } from './saves.ts';

export const MODES = ['start', 'briefing', 'setup', 'play', 'handoff', 'debrief', 'replay'] as const;
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
  levels: Levels;
  /** The public starting values the search bots reason from. */
  opening: Opening;
  initial: GameState;
  initialHash: string;
  /** The chain's start: engine, scenario, seed and players. */
  start: string;
  turns: TurnRecord[];
}

export interface GameData extends SavesData {
  catalog: CatalogEntry[];
  mode: Mode;
  /** The scenario picked on the start screen (briefing and setup show it). */
  selected: string | null;
  setup: { controllers: Controllers; levels: Levels; seed: number | null };
  /** Bots still thinking about the turn being resolved (hard bots think in a worker). */
  thinking: ActorId[];
  game: Game | null;
  /** Orders each human actor has given for the coming turn, editable until it ends. */
  pending: Record<ActorId, Order[]>;
  /** Humans who have ended their part of the current turn (hot-seat). */
  submitted: ActorId[];
  /** Whose eyes the panels are for; null outside a game. */
  viewer: ActorId | null;
  /** On the hand-off screen: who takes the device next. */
  handoffTo: ActorId | null;
  /** One message for the user about their last action (e.g. why Start did nothing). */
  notice: string | null;
  selectedRoute: string | null;
}

export interface GameActions extends SavesActions {
  selectScenario(id: string): void;
  openSetup(): void;
  back(): void;
  setController(actor: ActorId, c: Controller): void;
  setLevel(actor: ActorId, level: Level): void;
  setSeed(seed: number | null): void;
  startGame(): void;
  addOrder(actor: ActorId, order: Order): void;
  replaceOrder(actor: ActorId, index: number, order: Order): void;
  removeOrder(actor: ActorId, index: number): void;
  endTurn(): void;
  continueHandoff(): void;
  selectRoute(id: string | null): void;
  quit(): void;
}

export type GameStore = StoreApi<GameData & GameActions>;

const emptyPending = (): Record<ActorId, Order[]> => ({ RUS: [], PRK: [], CHN: [], UNSC: [] });
const allBots = (): Controllers => ({ RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' });

/** Bot seats played by the search bot this game. */
export function hardSeats(g: Pick<Game, 'controllers' | 'levels'>): ActorId[] {
  return ACTORS.filter((a) => g.controllers[a] === 'bot' && g.levels[a] === 'hard');
}

export function currentState(g: Game): GameState {
  return g.turns.at(-1)?.state ?? g.initial;
}

export function currentHash(g: Game): string {
  return g.turns.at(-1)?.hash ?? g.initialHash;
}

/** The game's identity: the last link of its hash chain. Two games with the same one show the
 * same scenario, names, orders and states; screens key on it. */
export function gameHash(g: Game): string {
  return g.turns.at(-1)?.chain ?? g.start;
}

export interface StoreOptions {
  catalog: CatalogEntry[];
  /** The easy bots (the heuristic bot by default). */
  bot?: BotFn;
  /** Where hard bots think (on the caller's thread by default; the page passes a worker). */
  thinker?: Thinker;
  /** Rollouts of a hard decision (the hard level's; tests pass fewer). */
  hardBudget?: number;
}

export function createGameStore(opts: StoreOptions): GameStore {
  const bot = opts.bot ?? botOrders;
  const thinker = opts.thinker ?? inPlaceThinker;
  const hardBudget = opts.hardBudget ?? LEVEL_BUDGET.hard;
  return createStore<GameData & GameActions>()(
    immer((set, get) => {
      /** Resolve the turn with everyone's orders and move on (debrief, hand-off or play). */
      const finishTurn = (g: Game, before: GameState, orders: Order[]): void => {
        const { state, report } = resolveTurn(before, orders);
        const hash = hashState(state);
        const record: TurnRecord = { orders, report, state, hash, chain: turnHash(gameHash(g), orders, hash) };
        const people = humans(g.controllers);
        set((d) => {
          d.game?.turns.push(castDraft(record));
          d.pending = emptyPending();
          d.submitted = [];
          d.thinking = [];
          if (isOver(state)) {
            d.mode = 'debrief';
            d.handoffTo = null;
          } else if (people.length > 1) {
            d.mode = 'handoff';
            d.handoffTo = people[0] ?? null;
            d.viewer = null;
          }
        });
      };
      return {
        // Frozen now (at start-up) rather than by the first change of the store, whenever that is.
        catalog: freeze(opts.catalog, true),
        mode: 'start',
        selected: null,
        setup: { controllers: allBots(), levels: allEasy(), seed: null },
        thinking: [],
        game: null,
        pending: emptyPending(),
        submitted: [],
        viewer: null,
        handoffTo: null,
        notice: null,
        selectedRoute: null,
        ...savesInitial(),
        ...savesSlice(set, get),

        selectScenario(id) {
          const entry = get().catalog.find((e) => e.id === id);
          if (entry === undefined || !entry.ok) {
            set((d) => {
              d.notice =
                entry === undefined
                  ? `There is no scenario "${id}".`
                  : `${entry.file} cannot be played: it has problems.`;
            });
            return;
          }
          set((d) => {
            d.selected = id;
            d.mode = 'briefing';
            d.notice = null;
          });
        },

        openSetup() {
          if (get().mode !== 'briefing') return;
          set((d) => {
            d.mode = 'setup';
            d.notice = null;
            if (!ACTORS.some((a) => d.setup.controllers[a] === 'human')) d.setup.controllers.PRK = 'human';
          });
        },

        back() {
          set((d) => {
            if (d.mode === 'setup') d.mode = 'briefing';
            else if (d.mode === 'briefing') d.mode = 'start';
            d.notice = null;
          });
        },

        setController(actor, c) {
          set((d) => {
            d.setup.controllers[actor] = c;
            d.notice = null;
          });
        },

        setLevel(actor, level) {
          set((d) => {
            d.setup.levels[actor] = level;
          });
        },

        setSeed(seed) {
          set((d) => {
            d.setup.seed = seed;
          });
        },

        startGame() {
          const s = get();
          const entry = s.catalog.find((e) => e.id === s.selected);
          if (entry === undefined || !entry.ok) return;
          const people = humans(s.setup.controllers);
          if (people.length === 0) {
            set((d) => {
              d.notice = 'Choose at least one actor for a human player.';
            });
            return;
          }
          const seed = s.setup.seed ?? entry.scenario.seed;
          const game = newGame(entry.scenario, seed, { ...s.setup.controllers }, { ...s.setup.levels });
          set((d) => {
            d.game = castDraft(game);
            d.pending = emptyPending();
            d.submitted = [];
            d.notice = null;
            d.saveNotice = null;
            if (people.length > 1) {
              d.mode = 'handoff';
              d.handoffTo = people[0] ?? null;
              d.viewer = null;
            } else {
              d.mode = 'play';
              d.viewer = people[0] ?? null;
            }
          });
        },

        addOrder(actor, order) {
          set((d) => {
            if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor || d.thinking.length > 0) return;
            d.pending[actor].push(order);
          });
        },

        replaceOrder(actor, index, order) {
          set((d) => {
            if (d.mode !== 'play' || d.viewer !== actor || order.actor !== actor || d.thinking.length > 0) return;
            if (index < 0 || index >= d.pending[actor].length) return;
            d.pending[actor][index] = order;
          });
        },

        removeOrder(actor, index) {
          set((d) => {
            if (d.mode !== 'play' || d.viewer !== actor || d.thinking.length > 0) return;
            d.pending[actor].splice(index, 1);
          });
        },

        endTurn() {
          const s = get();
          const g = s.game;
          if (g === null || s.mode !== 'play' || s.viewer === null || s.thinking.length > 0) return;
          const submitted = [...s.submitted, s.viewer];
          const next = humans(g.controllers).find((a) => !submitted.includes(a));
          if (next !== undefined) {
            set((d) => {
              d.submitted = submitted;
              d.mode = 'handoff';
              d.handoffTo = next;
              d.viewer = null;
            });
            return;
          }
          const before = currentState(g);
          const pending = s.pending;
          const hard = hardSeats(g);
          if (hard.length === 0) {
            finishTurn(g, before, assembleOrders(before, g.controllers, pending, bot));
            return;
          }
          // Hard bots think (in the browser, in a worker): the turn resolves when all have answered,
          // if the same game is still at the same turn.
          const at = currentHash(g);
          set((d) => {
            d.thinking = hard;
          });
          const asked = hard.map((actor) =>
            thinker({ state: before, actor, budget: hardBudget, seed: g.seed, opening: g.opening }),
          );
          void Promise.all(asked).then((answers) => {
            const now = get();
            if (now.game === null || currentHash(now.game) !== at || now.thinking.length === 0) return;
            const byActor = new Map<ActorId, readonly Order[]>();
            for (const [i, a] of hard.entries()) byActor.set(a, answers[i] ?? []);
            const orders = assembleOrders(before, g.controllers, pending, (st, a) => byActor.get(a) ?? bot(st, a));
            finishTurn(now.game, before, orders);
          });
        },

        continueHandoff() {
          set((d) => {
            if (d.mode !== 'handoff' || d.handoffTo === null) return;
            d.viewer = d.handoffTo;
            d.handoffTo = null;
            d.mode = 'play';
          });
        },

        selectRoute(id) {
          set((d) => {
            d.selectedRoute = id;
          });
        },

        quit() {
          set((d) => {
            d.mode = 'start';
            d.game = null;
            d.pending = emptyPending();
            d.submitted = [];
            d.viewer = null;
            d.handoffTo = null;
            d.selected = null;
            d.notice = null;
            d.replay = null;
            d.saveNotice = null;
            d.thinking = [];
          });
        },
      };
    }),
  );
}
