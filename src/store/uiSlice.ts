/**
 * The UI slice: which tab of the side panel is open, the help dialog, the first-turn
 * walkthrough and the route picked on the map. Screen state, not game state: nothing here
 * reaches a save.
 */
import type { Slice, UiActions } from './types.ts';

export const uiSlice: Slice<UiActions> = (set) => ({
  setTab(tab) {
    set((d) => {
      d.ui.tab = tab;
    });
  },

  openHelp(topic, term) {
    set((d) => {
      d.ui.help = { topic, term: term ?? null };
    });
  },

  closeHelp() {
    set((d) => {
      d.ui.help = null;
    });
  },

  walkthroughTo(n) {
    set((d) => {
      d.ui.walkthrough = n;
      if (n === null) d.ui.walkthroughSeen = true;
    });
  },

  setWalkthroughSeen(seen) {
    set((d) => {
      d.ui.walkthroughSeen = seen;
      if (seen) d.ui.walkthrough = null;
    });
  },

  selectRoute(id) {
    set((d) => {
      d.ui.selectedRoute = id;
    });
  },
});
