/**
 * Runs in Chromium (served by Vite): the hard-bot game of hardGame.ts with the page's own Web
 * Worker thinking, and each decision's time inside the worker; published on `window.vetoHard`
 * for tests/browser/hard.test.ts.
 */
import { fetchShippedScenarios } from '../../src/persist/index.ts';
import { buildCatalog, workerThinker } from '../../src/store/index.ts';
import type { HardGame } from './hardGame.ts';
import { playHardGame } from './hardGame.ts';

export interface HardCheck {
  game: HardGame;
  /** Milliseconds of each hard decision inside the worker. */
  times: number[];
}

async function run(): Promise<HardCheck> {
  const texts: Record<string, string> = {};
  for (const f of await fetchShippedScenarios()) if ('text' in f) texts[f.name] = f.text;
  const w = workerThinker();
  const game = await playHardGame(buildCatalog(texts), w.thinker);
  w.stop();
  return { game, times: w.times };
}

(window as unknown as { vetoHard: Promise<HardCheck> }).vetoHard = run();
