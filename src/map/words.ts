/**
 * Every word the map paints or speaks (legend, council inset, tooltips, the canvas's label),
 * as one object the page passes in (`createMap(…, { words })`, built from the UI's message
 * catalogue), so the map follows the page's language. `ENGLISH` is the fallback (the map
 * harness, tests). No identifier or code: places by country name, goods and modes in the
 * words the panels use.
 */
import type { ActorId, Good, RouteKind } from '../engine/index.ts';
import type { MapShipment } from '../store/index.ts';
import { groupDigits } from './format.ts';

export interface MapWords {
  /** The canvas's accessible name. */
  canvasLabel: string;
  actor: Readonly<Record<ActorId, string>>;
  good: Readonly<Record<Good, string>>;
  kind: Readonly<Record<RouteKind, string>>;
  /** "Khasan–Tumangang rail bridge (railway, open)" */
  routeHead(name: string, kind: RouteKind, open: boolean): string;
  carriesNothing: string;
  capacityHead: string;
  /** "Turn 4: seen moving, of what it can carry" */
  flowHead(turn: number): string;
  /** "oil: 300 thousand barrels" (the tooltip indents it) */
  capacityLine(good: Good, capacity: number): string;
  /** "munitions: 2,500 of 4,000 shipping containers" (the tooltip indents it) */
  flowLine(good: Good, moved: number, capacity: number): string;
  spotted(n: number): string;
  /** "Pyongyang (North Korea)" */
  placeHead(name: string, actor: ActorId | null): string;
  /** `note` is '' when the scenario gives none. */
  offMap(note: string): string;
  /** An off-map place's note: "6,410 km from Khasan" (`km` already rounded). */
  distance(km: number, from: string): string;
  councilSeat: string;
  routes(names: readonly string[]): string;
  shipment(s: MapShipment): string;
  legend: {
    title: string;
    rail: string;
    sea: string;
    bridge: string;
    closed: string;
    thicker: string;
    open: string;
    secret: string;
    spotted: string;
    size: string;
  };
  inset: { council: string; seats: string; permanent: string; elected: string };
}

const UNIT: Readonly<Record<Good, string>> = {
  oil: 'thousand barrels',
  food: 'thousand tonnes',
  munitions: 'shipping containers',
  labour: 'thousand workers',
};

/** The unit for `n` of a good ("1 shipping container", "2 shipping containers"). */
function unit(g: Good, n: number): string {
  return g === 'munitions' && n === 1 ? 'shipping container' : UNIT[g];
}

/** "a", "a and b", "a, b and c" (as Intl.ListFormat in en-GB). */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1,500 shipping containers of munitions", "12 thousand workers". */
function quantity(g: Good, n: number): string {
  const amount = `${groupDigits(n)} ${unit(g, n)}`;
  return g === 'labour' ? amount : `${amount} of ${GOOD[g]}`;
}

const ACTOR: Readonly<Record<ActorId, string>> = {
  RUS: 'Russia',
  PRK: 'North Korea',
  CHN: 'China',
  UNSC: 'UN Security Council',
};

const GOOD: Readonly<Record<Good, string>> = { oil: 'oil', food: 'food', munitions: 'munitions', labour: 'workers' };

export const ENGLISH: MapWords = {
  canvasLabel:
    'Map of North-East Asia: routes between Russia, North Korea and China. Arrow keys move between routes and places; Enter picks a route.',
  actor: ACTOR,
  good: GOOD,
  kind: { rail: 'railway', sea: 'sea lane', road: 'road', bridge: 'bridge', air: 'air route' },
  routeHead: (name, kind, open) => `${name} (${ENGLISH.kind[kind]}, ${open ? 'open' : 'closed'})`,
  carriesNothing: 'Carries nothing',
  capacityHead: 'Carries each turn:',
  flowHead: (turn) => `Turn ${turn}: seen moving, of what it can carry:`,
  capacityLine: (g, c) => `${GOOD[g]}: ${groupDigits(c)} ${unit(g, c)}`,
  flowLine: (g, m, c) => `${GOOD[g]}: ${groupDigits(m)} of ${groupDigits(c)} ${unit(g, c)}`,
  spotted: (n) => (n === 1 ? '1 secret shipment spotted on this route' : `${n} secret shipments spotted on this route`),
  placeHead: (name, actor) => (actor === null ? name : `${name} (${ACTOR[actor]})`),
  offMap: (note) => (note === '' ? 'Off the map' : `Off the map: ${note}`),
  distance: (km, from) => `${groupDigits(km)} km from ${from}`,
  councilSeat: 'Seat of the UN Security Council',
  routes: (names) => `Routes: ${andList(names)}`,
  shipment: (s) =>
    `${quantity(s.resource, s.amount)}, ${s.mode === 'covert' ? 'in secret' : 'openly'}${s.detected ? ', spotted' : ''}`,
  legend: {
    title: 'Legend',
    rail: 'railway',
    sea: 'sea lane',
    bridge: 'bridge or road',
    closed: 'closed route',
    thicker: 'thicker line = carries more',
    open: 'openly',
    secret: 'in secret',
    spotted: 'spotted',
    size: 'bigger marker = more of what the route carries',
  },
  inset: {
    council: 'UN Security Council',
    seats: 'Security Council, 15 seats',
    permanent: 'filled: 5 permanent (veto)',
    elected: 'open: 10 elected',
  },
};
