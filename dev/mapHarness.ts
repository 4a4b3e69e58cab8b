/**
 * The map harness page (map-harness.html): the map fed by the fake source, for looking at
 * the map alone, the browser test and `npm run measure:map`.
 *
 * Query parameters: `turn=N` start at turn N (default 1); `auto=MS` advance a turn every MS
 * milliseconds; `per=N` shipments per turn (default 20); `still=1` forces reduced motion;
 * `size=WxH` resizes the map's parent (H may be `auto`; the map scales to fit);
 * `detached=MS` creates the map outside the document and attaches it after MS ms.
 */
import { createMap, type MapHandle } from '../src/map/index.ts';
import { createFakeSource, type FakeSource } from '../src/map/fakeSource.ts';
import scenario from '../scenarios/summit-2023.json';
import type { MapPlace, MapRoute } from '../src/store/index.ts';

declare global {
  interface Window {
    __map?: MapHandle;
    __source?: FakeSource;
  }
}

performance.mark('veto-map:harness');
const q = new URLSearchParams(location.search);
const num = (k: string, d: number): number => {
  const v = Number(q.get(k));
  return q.has(k) && Number.isFinite(v) ? v : d;
};

const host = document.getElementById('map');
if (host === null) throw new Error('map-harness.html has no #map element');

const size = /^(\d{2,4})x(\d{2,4}|auto)$/.exec(q.get('size') ?? '');
if (size) {
  const el = host;
  el.style.width = `${size[1]}px`;
  el.style.height = size[2] === 'auto' ? 'auto' : `${size[2]}px`;
}

const places = scenario.places as MapPlace[];
const routes = scenario.routes.map((r) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  from: r.from,
  to: r.to,
  open: r.open,
  capacity: r.capacity,
})) as Array<Omit<MapRoute, 'flows'>>;

// `detached=MS`: create the map in a parent outside the document and attach it after MS ms
// (how the game mounts it: the container moves between screens).
const detached = num('detached', 0);
const parent = detached > 0 ? document.createElement('div') : host;
if (detached > 0) {
  parent.style.cssText = 'width:100%;height:100%;';
  setTimeout(() => host.append(parent), detached);
}

const source = createFakeSource({ places, routes, perTurn: num('per', 20), closeEvery: 4 }, num('turn', 1));
const still = q.get('still') === '1';
const handle = createMap(parent, source, still ? { reducedMotion: () => true } : {});
window.__map = handle;
window.__source = source;
const auto = num('auto', 0);
if (auto > 0) {
  void handle.ready.then(() => setInterval(() => source.advance(), auto));
}
