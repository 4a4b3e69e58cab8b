/**
 * Browser entry: the shipped scenarios (validated, an invalid one listed with its problems),
 * the store, the DOM panels and the map.
 */
import './ui/styles.css';
import { buildCatalog, createGameStore, createMapSource } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { mountSchematicMap } from './ui/mapFallback.ts';
import { mountSavesBar } from './ui/savesBar.ts';
import { openIdbStore } from './persist/index.ts';

const files = import.meta.glob('../scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const store = createGameStore({ catalog: buildCatalog(files) });
// Saves: autosave to IndexedDB, files, links (a `#s=` address is opened once verified).
const saves = mountSavesBar(store, { storage: openIdbStore(), now: () => Date.now(), win: window });
const app = mountApp(document.getElementById('app')!, store, { afterBar: saves.el });
const mapSource = createMapSource(store);

// INTEGRATION POINT (lead, at merge with branch `map`): replace the schematic with
//   import { createMap } from './map/index.ts';  createMap(app.mapContainer, mapSource);
mountSchematicMap(app.mapContainer, mapSource);

