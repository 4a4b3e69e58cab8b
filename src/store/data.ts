/**
 * The store's data at rest, and the one way into a game. `initialData` is what a fresh page
 * holds and what `quit` returns to (keeping only what belongs to the page, not the game: the
 * catalogue, the autosave offer and whether the walkthrough was seen). `enterPlay` puts a game
 * on screen from its last turn: a new game, a continued autosave, a branch from the replay
 * viewer and "Play again" all go through it.
 */
import { castDraft } from 'immer';
import type { ActorId, Order } from '../engine/index.ts';
import { isOver } from '../engine/index.ts';
import type { CatalogEntry } from './catalog.ts';
import { go } from './modes.ts';
import { savesInitial } from './saves.ts';
import { allEasy, humans } from './turn.ts';
import type { Game, GameData } from './types.ts';

export const emptyPending = (): Record<ActorId, Order[]> => ({ RUS: [], PRK: [], CHN: [], UNSC: [] });

/** What the page keeps when a game ends or is quit. */
export interface Kept {
  catalog: CatalogEntry[];
  continueOffer?: GameData['continueOffer'];
  walkthroughSeen?: boolean;
}

export function initialData(kept: Kept): GameData {
  return {
    catalog: kept.catalog,
    mode: 'start',
    selected: null,
    game: null,
    viewer: null,
    handoffTo: null,
    notice: null,
    setup: { controllers: { RUS: 'bot', PRK: 'bot', CHN: 'bot', UNSC: 'bot' }, levels: allEasy(), seed: null },
    pending: emptyPending(),
    submitted: [],
    restoreFor: null,
    thinking: [],
    stoodIn: [],
    ui: {
      tab: 'orders',
      help: null,
      walkthrough: null,
      walkthroughSeen: kept.walkthroughSeen ?? false,
      selectedRoute: null,
    },
    ...savesInitial(),
    continueOffer: kept.continueOffer ?? null,
  };
}

/** Hand the device to the first human who has not ended this turn (hot-seat), or play. */
export function nextSeat(d: GameData, game: Game): void {
  const people = humans(game.controllers);
  const next = people.find((a) => !d.submitted.includes(a));
  if (people.length > 1 && next !== undefined) {
    go(d, 'handoff');
    d.handoffTo = next;
    d.viewer = null;
  } else {
    go(d, 'play');
    d.viewer = next ?? people[0] ?? null;
    d.handoffTo = null;
    startWalkthrough(d, game);
  }
}

/** The walkthrough opens on a game's first turn until it has been finished or skipped once. */
export function startWalkthrough(d: GameData, game: Game): void {
  if (!d.ui.walkthroughSeen && game.turns.length === 0 && d.mode === 'play') d.ui.walkthrough = 0;
}

/** Put `game` on screen from its last turn: the debrief when it is over, else its first human. */
export function enterPlay(d: GameData, game: Game): void {
  d.game = castDraft(game);
  d.pending = emptyPending();
  d.submitted = [];
  d.thinking = [];
  d.stoodIn = [];
  d.restoreFor = null;
  d.replay = null;
  d.notice = null;
  d.ui.tab = game.turns.length === 0 ? 'orders' : 'report';
  d.ui.help = null;
  d.ui.walkthrough = null;
  d.ui.selectedRoute = null;
  if (isOver(game.turns.at(-1)?.state ?? game.initial)) {
    go(d, 'debrief');
    d.viewer = null;
    d.handoffTo = null;
    return;
  }
  nextSeat(d, game);
}
