/**
 * Browser entry: the shipped scenarios (validated, an invalid one listed with its problems),
 * the store, the DOM panels and the map.
 */
import './ui/styles.css';
import { buildCatalog, createGameStore, createMapSource } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { mountSchematicMap } from './ui/mapFallback.ts';

// The negative pattern keeps the scenarios' JSON Schema (an editor aid, not a scenario) out.
const files = import.meta.glob(['../scenarios/*.json', '!../scenarios/schema.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const store = createGameStore({ catalog: buildCatalog(files) });
const app = mountApp(document.getElementById('app')!, store);
const mapSource = createMapSource(store);

// INTEGRATION POINT (lead, at merge with branch `map`): replace the schematic with
//   import { createMap } from './map/index.ts';  createMap(app.mapContainer, mapSource);
mountSchematicMap(app.mapContainer, mapSource);

