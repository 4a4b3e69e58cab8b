/**
 * Browser entry: the shipped scenarios (validated, an invalid one listed with its problems),
 * the store, the screens, the saved games and the map.
 */
import './ui/styles.css';
import { buildCatalog, createGameStore, createMapSource, workerThinker } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { mountRouteList, mountSchematicMap } from './ui/mapFallback.ts';
import { mapWords } from './ui/mapWords.ts';
import { keepPendingOrders } from './ui/pendingKeeper.ts';
import { mountSavesBar } from './ui/savesBar.ts';
import { fetchShippedScenarios, openIdbStore, provideShippedScenarios, readFlag, writeFlag } from './persist/index.ts';

// Scenario files are fetched as data (kept out of the JavaScript bundle); one that cannot be
// fetched is listed on the start screen with the reason, like an invalid one.
const shipped = await fetchShippedScenarios();
provideShippedScenarios(shipped);
const texts: Record<string, string> = {};
const unreadable: { name: string; error: string }[] = [];
for (const f of shipped) {
  if ('text' in f) texts[f.name] = f.text;
  else unreadable.push(f);
}

// Hard (search) bots think in a Web Worker, so the page stays responsive while they play ahead.
const store = createGameStore({ catalog: buildCatalog(texts, unreadable), thinker: workerThinker().thinker });
// The first-turn walkthrough is shown until it has been finished or skipped once.
const WALKTHROUGH = 'veto.walkthroughSeen';
if (readFlag(WALKTHROUGH)) store.getState().setWalkthroughSeen(true);
store.subscribe((d, prev) => {
  if (d.ui.walkthroughSeen !== prev.ui.walkthroughSeen) writeFlag(WALKTHROUGH, d.ui.walkthroughSeen);
});
// Saves: autosave to IndexedDB (with the orders of the turn being played), files, links
// (a `#s=` address is opened once verified).
const storage = openIdbStore();
keepPendingOrders(store, storage);
const saves = mountSavesBar(store, { storage, now: () => Date.now(), win: window });
const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
const app = mountApp(root, store, { savesBar: saves.el, savesCheck: saves.check });
const mapSource = createMapSource(store);

// The Phaser map loads in the background (its own chunk) while the start screen shows; when it
// cannot start (no WebGL, no canvas) the schematic SVG map takes its place. The route list
// under it is the map's text equivalent and is always there.
const canvasHost = document.createElement('div');
canvasHost.className = 'map-canvas-host';
app.mapContainer.append(canvasHost);
mountRouteList(app.mapContainer, mapSource);
// `data-map` on <body> says when the map has started (or fallen back): browser tests that
// measure the page wait for it, so that the map's own start-up is not counted.
const fallBack = (why: unknown): void => {
  console.warn('The map could not start; showing the schematic map instead.', why);
  canvasHost.replaceChildren();
  mountSchematicMap(canvasHost, mapSource);
  document.body.dataset.map = 'schematic';
};
import('./map/index.ts')
  .then(({ createMap }) => {
    const map = createMap(canvasHost, mapSource, { words: mapWords() });
    map.ready.then(
      () => {
        document.body.dataset.map = 'ready';
      },
      (why: unknown) => {
        map.destroy();
        fallBack(why);
      },
    );
  })
  .catch(fallBack);
