/**
 * The save/load/replay slice of the game store. Everything here is a state change on values
 * that are already verified: loading a file or link, reading the autosave and writing it are
 * I/O done by the UI (src/ui/saveActions.ts through src/persist), which hands the store a
 * `LoadedGame` only after `loadSave`/`loadShareCode` has replayed and checked every turn.
 * A failed load only sets a message: the current game, its pending orders and the mode stay.
 *
 * Conversions between the store's `Game` and the save format live here too, so the browser
 * writes exactly the save `cli replay` verifies.
 */
import { castDraft } from 'immer';
import type { ActorId, GameState, Result, Viewer } from '../engine/index.ts';
import { ACTORS, ENGINE_VERSION, err, hashState, isOver, ok } from '../engine/index.ts';
import type { LoadedGame, PlayerSlot, Players, SaveDoc } from '../save/index.ts';
import { chainOf, startHash } from '../save/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState, scenarioContentHash } from '../scenario/index.ts';
import { emptyPending, enterPlay } from './data.ts';
import { currentHash as currentHashOf } from './game.ts';
import { go } from './modes.ts';
import type { Game, GameData, Mode, Slice, TurnRecord } from './types.ts';
import type { Level } from '../ai/index.ts';
import { openingOf } from '../ai/index.ts';
import type { Levels } from './turn.ts';
import { allEasy } from './turn.ts';
import type { Controller, Controllers } from './turn.ts';
import { humans } from './turn.ts';

export const LOAD_SOURCES = ['file', 'link', 'autosave', 'game'] as const;
/** Where a game in the replay viewer came from: a file, a link, the autosave, or the game
 * being played (opened from the status bar). */
export type LoadSource = (typeof LOAD_SOURCES)[number];

export const AUTOSAVE_STATES = ['idle', 'saving', 'saved', 'failed'] as const;
export type AutosaveState = (typeof AUTOSAVE_STATES)[number];

export const NOTICE_TONES = ['info', 'error'] as const;
export type NoticeTone = (typeof NOTICE_TONES)[number];

export interface Replay {
  /** The turn shown: 0 is the start, k the state after turn k (0..game.turns.length). */
  at: number;
  source: LoadSource;
  /** Whose eyes the report is read with; 'instructor' shows everything. */
  seenAs: Viewer;
  /** Where "Close the viewer" goes: back to the game ('play', 'handoff', 'debrief') or start. */
  returnTo: Mode;
}

/** What the start screen offers as "Continue" (read, not yet verified). */
export interface ContinueOffer {
  title: string;
  turnsPlayed: number;
  fingerprint: string;
  savedAt: number;
}

/** A game played on from the replay viewer: from after turn `at` of a game that had `last`
 * turns (a new branch when `at < last`). */
export interface PlayedOn {
  at: number;
  last: number;
}

/** Why the replay viewer cannot play on: no human chosen, the game is over at the turn shown,
 * or the viewer is not open. Data: the UI words it. */
export type PlayOnRefusal = { kind: 'noHumanPlayer' } | { kind: 'gameOver'; turn: number } | { kind: 'notReplaying' };

export interface SavesData {
  replay: Replay | null;
  /** One message about the last load, save, copy or autosave, worded by the UI (its message
   * catalogue). Errors are announced (alert). */
  saveNotice: { tone: NoticeTone; text: string } | null;
  autosave: { state: AutosaveState; message: string | null };
  continueOffer: ContinueOffer | null;
}

export interface SavesActions {
  /** A verified game: open it in the replay viewer at its last turn (file, link) or resume
   * play (autosave, when it has a human player and is not over). */
  openLoaded(loaded: LoadedGame, source: LoadSource, note?: string): void;
  openReplay(): void;
  replayGo(at: number): void;
  replaySeenAs(v: Viewer): void;
  closeReplay(): void;
  /** Branch a new game from the turn shown, with these controllers (at least one human). A
   * refusal changes nothing; the caller says what happened (`saveNotice`). */
  playOnFrom(controllers: Controllers): Result<PlayedOn, PlayOnRefusal>;
  setAutosave(state: AutosaveState, message?: string | null): void;
  setContinueOffer(offer: ContinueOffer | null): void;
  setSaveNotice(tone: NoticeTone, text: string | null): void;
}

export const savesInitial = (): SavesData => ({
  replay: null,
  saveNotice: null,
  autosave: { state: 'idle', message: null },
  continueOffer: null,
});

/** How a save names each level's bot (a save records orders, not bots: the name is for readers). */
export const BOT_NAMES: Readonly<Record<Level, string>> = {
  easy: 'veto heuristic bot',
  hard: 'veto search bot (hard)',
};

/** The level a save's bot name stands for: the search bot's name is hard, any other bot easy. */
const levelOfName = (name: string | undefined): Level => (name === BOT_NAMES.hard ? 'hard' : 'easy');

/** Who plays each actor, as a save records it. Bots are named so a reader knows which. With
 * the players a game had (`was`), a slot that keeps its kind (and, for a bot, its level) keeps
 * its name. */
export function playersOf(c: Controllers, levels: Levels = allEasy(), was?: Players): Players {
  const slot = (a: ActorId): PlayerSlot => {
    const old = was?.[a];
    if (c[a] === 'human') return old?.kind === 'human' ? old : { kind: 'human' };
    if (old?.kind === 'bot' && levelOfName(old.name) === levels[a]) return old;
    return { kind: 'bot', name: BOT_NAMES[levels[a]] };
  };
  return { RUS: slot('RUS'), PRK: slot('PRK'), CHN: slot('CHN'), UNSC: slot('UNSC') };
}

/** Levels for playing on from a save: a bot the save names as the search bot stays hard. */
export function levelsOf(p: Players): Levels {
  const l = (a: ActorId): Level => {
    const slot = p[a];
    return slot.kind === 'bot' ? levelOfName(slot.name) : 'easy';
  };
  return { RUS: l('RUS'), PRK: l('PRK'), CHN: l('CHN'), UNSC: l('UNSC') };
}

/** A new game of this engine, before its first turn. */
export function newGame(scenario: Scenario, seed: number, controllers: Controllers, levels: Levels = allEasy()): Game {
  const initial = initialState(scenario, seed);
  const scenarioHash = scenarioContentHash(scenario);
  const players = playersOf(controllers, levels);
  return {
    scenario,
    scenarioHash,
    seed,
    controllers,
    levels,
    opening: openingOf(initial),
    players,
    engine: ENGINE_VERSION,
    initial,
    initialHash: hashState(initial),
    start: startHash({ engine: ENGINE_VERSION, scenarioHash, seed, players }),
    turns: [],
  };
}

/** The game played on by this engine with these controllers (and the game's levels): the
 * players follow them (names kept where the kind and level stay), and when that or the engine
 * changes the chain is recomputed (a new start; the states and their hashes stay). */
export function underControllers(g: Game, controllers: Controllers, levels: Levels = g.levels): Game {
  const players = playersOf(controllers, levels, g.players);
  const same =
    g.engine === ENGINE_VERSION && ACTORS.every((a) => JSON.stringify(players[a]) === JSON.stringify(g.players[a]));
  if (same) return { ...g, controllers, levels };
  const header = { engine: ENGINE_VERSION, scenarioHash: g.scenarioHash, seed: g.seed, players };
  const chain = chainOf(header, g.turns);
  return {
    ...g,
    controllers,
    levels,
    players,
    engine: ENGINE_VERSION,
    start: startHash(header),
    turns: g.turns.map((t, i) => ({ ...t, chain: chain[i] ?? '' })),
  };
}

/** Controllers for playing on from a save: its humans stay human; bots and holders become bots. */
export function controllersOf(p: Players): Controllers {
  const c = (a: ActorId): Controller => (p[a].kind === 'human' ? 'human' : 'bot');
  return { RUS: c('RUS'), PRK: c('PRK'), CHN: c('CHN'), UNSC: c('UNSC') };
}

/** The save of a game in the store: what "Save game", "Copy link" and the autosave write. A
 * loaded game that was not played on gives back the save it was loaded from. */
export function saveOfGame(g: Game): SaveDoc {
  return {
    format: 'veto-save',
    version: 3,
    engine: g.engine,
    scenario: g.scenario,
    scenarioHash: g.scenarioHash,
    seed: g.seed,
    players: g.players,
    start: g.start,
    turns: g.turns.map((t) => ({ orders: [...t.orders], hash: t.hash, chain: t.chain })),
  };
}

/** The store's game for a verified save (states and reports come from the verifying replay). */
export function gameOfLoaded(l: LoadedGame): Game {
  // A verified game holds one state more than it has turns, and one report per turn.
  const [initial, ...after] = l.states;
  if (initial === undefined) throw new Error('a verified game always has its initial state');
  const turns: TurnRecord[] = [];
  for (const [i, t] of l.save.turns.entries()) {
    const report = l.reports[i];
    const state = after[i];
    if (report === undefined || state === undefined) throw new Error(`a verified game lacks turn ${i + 1}`);
    turns.push({ orders: t.orders, report, state, hash: t.hash, chain: t.chain });
  }
  return {
    scenario: l.save.scenario,
    scenarioHash: l.save.scenarioHash,
    seed: l.save.seed,
    controllers: controllersOf(l.save.players),
    players: l.save.players,
    engine: l.save.engine,
    levels: levelsOf(l.save.players),
    opening: openingOf(initial),
    initial,
    initialHash: hashState(initial),
    start: l.save.start,
    turns,
  };
}

/** The state after `at` turns of a game. */
export function stateAt(g: Game, at: number): GameState {
  // `at` is clamped to the game: 0 (or less) is the start, past the end is the last state.
  return g.turns[Math.min(at, g.turns.length) - 1]?.state ?? g.initial;
}

export function hashAt(g: Game, at: number): string {
  return g.turns[Math.min(at, g.turns.length) - 1]?.hash ?? g.initialHash;
}

/** The chain's link after `at` turns (the start for 0). */
export function gameHashAt(g: Game, at: number): string {
  return g.turns[Math.min(at, g.turns.length) - 1]?.chain ?? g.start;
}

/** The game as it stood after `at` turns (for panels that show "the current turn"). */
export function gameAt(g: Game, at: number): Game {
  return at >= g.turns.length ? g : { ...g, turns: g.turns.slice(0, at) };
}

/**
 * Whose eyes a shared save or link opens with: the player who shared it when it has exactly
 * one human player, else the public. Never the instructor by default (GAME.md, "Secrets"):
 * that view shows every player's secrets and is chosen explicitly in the replay viewer.
 */
export function sharerOf(c: Controllers): Viewer {
  const people = humans(c);
  return people.length === 1 && people[0] !== undefined ? people[0] : 'public';
}

/** The game the panels and the map should show: in the replay viewer, the turn shown. */
export function viewedGame(d: Pick<GameData, 'game' | 'mode' | 'replay'>): Game | null {
  if (d.game === null) return null;
  return d.mode === 'replay' && d.replay !== null ? gameAt(d.game, d.replay.at) : d.game;
}

export const savesSlice: Slice<SavesActions> = (set, get) => ({
  openLoaded(loaded, source, note) {
    const game = gameOfLoaded(loaded);
    const resume = source === 'autosave' && humans(game.controllers).length > 0;
    set((d) => {
      d.notice = null;
      d.saveNotice = note === undefined ? null : { tone: 'info', text: note };
      if (resume) {
        // Played on here: holders become bots and this engine plays the next turns.
        enterPlay(d, underControllers(game, game.controllers));
        d.restoreFor = currentHashOf(game);
        return;
      }
      if (!go(d, 'replay')) return;
      d.game = castDraft(game);
      d.pending = emptyPending();
      d.submitted = [];
      d.viewer = null;
      d.handoffTo = null;
      d.selected = null;
      d.replay = { at: game.turns.length, source, seenAs: sharerOf(game.controllers), returnTo: 'start' };
    });
  },

  openReplay() {
    const s = get();
    if (s.game === null || (s.mode !== 'play' && s.mode !== 'handoff' && s.mode !== 'debrief')) return;
    const returnTo = s.mode;
    const at = s.game.turns.length;
    set((d) => {
      d.replay = {
        at,
        source: 'game',
        seenAs: returnTo === 'play' && d.viewer !== null ? d.viewer : returnTo === 'debrief' ? 'instructor' : 'public',
        returnTo,
      };
      go(d, 'replay');
      d.saveNotice = null;
    });
  },

  replayGo(at) {
    set((d) => {
      if (d.replay === null || d.game === null || !Number.isSafeInteger(at)) return;
      d.replay.at = Math.max(0, Math.min(d.game.turns.length, at));
    });
  },

  replaySeenAs(v) {
    set((d) => {
      if (d.replay !== null) d.replay.seenAs = v;
    });
  },

  closeReplay() {
    const s = get();
    if (s.mode !== 'replay' || s.replay === null) return;
    const back = s.replay.returnTo;
    set((d) => {
      d.replay = null;
      d.saveNotice = null;
      go(d, back);
      if (back === 'start') {
        d.game = null;
        d.viewer = null;
        d.handoffTo = null;
      }
    });
  },

  playOnFrom(controllers) {
    const s = get();
    if (s.mode !== 'replay' || s.replay === null || s.game === null) return err({ kind: 'notReplaying' });
    if (!ACTORS.some((a) => controllers[a] === 'human')) return err({ kind: 'noHumanPlayer' });
    const at = Math.max(0, Math.min(s.replay.at, s.game.turns.length));
    const g = s.game;
    const game = underControllers({ ...g, turns: g.turns.slice(0, at) }, { ...controllers });
    if (isOver(stateAt(game, at))) return err({ kind: 'gameOver', turn: at });
    set((d) => {
      enterPlay(d, game);
    });
    return ok({ at, last: g.turns.length });
  },

  setAutosave(state, message = null) {
    set((d) => {
      d.autosave = { state, message };
    });
  },

  setContinueOffer(offer) {
    set((d) => {
      d.continueOffer = offer;
    });
  },

  setSaveNotice(tone, text) {
    set((d) => {
      d.saveNotice = text === null ? null : { tone, text };
    });
  },
});
