/**
 * A stand-in MapSource for the harness page, the browser test and the measuring script:
 * the scenario's places and routes, and per turn a fixed cycle of shipments (declared and
 * covert, some detected) spread over the routes. Deterministic: turn n always shows the
 * same shipments. It is not the game: the real source is the store.
 */
import { GOODS, type Good, type ShipmentMode } from '../engine/index.ts';
import type { MapPlace, MapRoute, MapShipment, MapSource, MapView } from '../store/index.ts';

export interface FakeOptions {
  places: readonly MapPlace[];
  routes: ReadonlyArray<Omit<MapRoute, 'flows'>>;
  /** Shipments per turn (20 for the performance figures). */
  perTurn: number;
  /** Every `closeEvery`-th turn the last route is closed (0: never). */
  closeEvery?: number;
}

export interface FakeSource extends MapSource {
  /** Advances one turn and notifies the listeners. */
  advance(): void;
  setTurn(turn: number): void;
  selected: string[];
  listenerCount(): number;
}

export function fakeView(opts: FakeOptions, turn: number): MapView {
  const closed =
    opts.closeEvery && opts.closeEvery > 0 && turn > 0 && turn % opts.closeEvery === 0 ? opts.routes.length - 1 : -1;
  const routes = opts.routes.map((r, i) => ({ ...r, open: i === closed ? false : r.open }));
  const usable = routes.filter((r) => r.open);
  const shipments: MapShipment[] = [];
  if (turn > 0 && usable.length > 0) {
    for (let i = 0; i < opts.perTurn; i++) {
      const r = usable[(i + turn) % usable.length];
      if (r === undefined) break;
      const carried = GOODS.filter((g) => (r.capacity[g] ?? 0) > 0);
      const resource: Good = carried[(i * 3 + turn) % Math.max(1, carried.length)] ?? 'food';
      const cap = r.capacity[resource] ?? 100;
      const back = (i + turn) % 3 === 0;
      const mode: ShipmentMode = (i + turn) % 4 === 0 ? 'covert' : 'declared';
      shipments.push({
        key: `${turn}:${i}`,
        route: r.id,
        fromPlace: back ? r.to : r.from,
        toPlace: back ? r.from : r.to,
        resource,
        amount: Math.max(
          1,
          Math.round((cap * (1 + ((i * 7 + turn) % 10))) / 10 / Math.max(1, opts.perTurn / usable.length)),
        ),
        mode,
        detected: mode === 'covert' && (i + turn) % 8 === 0,
      });
    }
  }
  const withFlows: MapRoute[] = routes.map((r) => {
    const flows: Partial<Record<Good, number>> = {};
    for (const s of shipments) if (s.route === r.id) flows[s.resource] = (flows[s.resource] ?? 0) + s.amount;
    return { ...r, flows };
  });
  return { turn, viewer: 'instructor', places: opts.places, routes: withFlows, shipments };
}

export function createFakeSource(opts: FakeOptions, startTurn = 0): FakeSource {
  let view = fakeView(opts, startTurn);
  const listeners = new Set<(next: MapView, prev: MapView) => void>();
  const set = (turn: number): void => {
    const prev = view;
    view = fakeView(opts, turn);
    for (const l of [...listeners]) l(view, prev);
  };
  const selected: string[] = [];
  return {
    selected,
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selectRoute(id) {
      selected.push(id);
    },
    advance: () => set(view.turn + 1),
    listenerCount: () => listeners.size,
    setTurn: (t) => set(t),
  };
}
