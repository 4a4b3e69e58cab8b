/** The setup slice: who plays each actor (a human or a bot, and the bot's level) and the seed. */
import type { SetupActions, Slice } from './types.ts';

export const setupSlice: Slice<SetupActions> = (set) => ({
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
});
