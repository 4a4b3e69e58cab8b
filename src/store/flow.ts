/**
 * The flow slice: picking a scenario, its briefing, the setup, starting a game, the hot-seat
 * hand-off, playing again and quitting. Every change of mode goes through `go` (modes.ts).
 */
import { ACTORS } from '../engine/index.ts';
import { enterPlay, initialData, startWalkthrough } from './data.ts';
import { go } from './modes.ts';
import { newGame } from './saves.ts';
import { humans } from './turn.ts';
import type { FlowActions, Slice } from './types.ts';

export const flowSlice: Slice<FlowActions> = (set, get) => ({
  selectScenario(id) {
    const entry = get().catalog.find((e) => e.id === id);
    set((d) => {
      if (entry === undefined) d.notice = { kind: 'noSuchScenario', id };
      else if (!entry.ok) d.notice = { kind: 'scenarioHasProblems', file: entry.file };
      else if (go(d, 'briefing')) {
        d.selected = id;
        d.notice = null;
      }
    });
  },

  openSetup() {
    set((d) => {
      if (d.mode !== 'briefing' || !go(d, 'setup')) return;
      d.notice = null;
      if (!ACTORS.some((a) => d.setup.controllers[a] === 'human')) d.setup.controllers.PRK = 'human';
    });
  },

  back() {
    set((d) => {
      if (d.mode === 'setup') go(d, 'briefing');
      else if (d.mode === 'briefing') go(d, 'start');
      d.notice = null;
    });
  },

  startGame() {
    const s = get();
    const entry = s.catalog.find((e) => e.id === s.selected);
    if (s.mode !== 'setup' || entry === undefined || !entry.ok) return;
    if (humans(s.setup.controllers).length === 0) {
      set((d) => {
        d.notice = { kind: 'noHumanPlayer' };
      });
      return;
    }
    const game = newGame(
      entry.scenario,
      s.setup.seed ?? entry.scenario.seed,
      { ...s.setup.controllers },
      { ...s.setup.levels },
    );
    set((d) => {
      d.saveNotice = null;
      enterPlay(d, game);
    });
  },

  continueHandoff() {
    set((d) => {
      if (d.mode !== 'handoff' || d.handoffTo === null || d.game === null) return;
      go(d, 'play');
      d.viewer = d.handoffTo;
      d.handoffTo = null;
      d.ui.tab = d.game.turns.length === 0 ? 'orders' : 'report';
      startWalkthrough(d, d.game);
    });
  },

  playAgain() {
    const g = get().game;
    if (g === null || get().mode !== 'debrief') return;
    const game = newGame(g.scenario, g.seed, { ...g.controllers }, { ...g.levels });
    set((d) => {
      d.saveNotice = null;
      enterPlay(d, game);
    });
  },

  quit() {
    const s = get();
    set(() =>
      initialData({ catalog: s.catalog, continueOffer: s.continueOffer, walkthroughSeen: s.ui.walkthroughSeen }),
    );
  },
});
