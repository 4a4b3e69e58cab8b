/**
 * The engine's closed vocabularies. Every union is derived from an `as const` tuple so that
 * iteration order is fixed (determinism) and switches can be checked for exhaustiveness.
 */

export const ACTORS = ['RUS', 'PRK', 'CHN', 'UNSC'] as const;
export type ActorId = (typeof ACTORS)[number];

/** Physical goods: they move along routes and use route capacity. */
export const GOODS = ['oil', 'food', 'munitions', 'labour'] as const;
export type Good = (typeof GOODS)[number];

/** Everything an actor holds a stock of: the goods, hard currency (USD millions) and
 * know-how (packages of space or military technology). Currency and know-how take no route. */
export const RESOURCES = [...GOODS, 'currency', 'knowhow'] as const;
export type Resource = (typeof RESOURCES)[number];

export const UNITS: Readonly<Record<Resource, string>> = {
  oil: 'thousand barrels',
  food: 'thousand tonnes',
  munitions: 'shipping containers',
  labour: 'thousand workers',
  currency: 'USD million',
  knowhow: 'packages of know-how',
};

/**
 * Indicators run from 0 to 100. Each belongs to one actor (its owner), which is what the
 * scoring of issue 3 and the dashboard group them by.
 */
export const INDICATORS = [
  'prkStability',
  'prkProgramme',
  'rusWarEffort',
  'rusReputation',
  'chnInfluence',
  'chnBorderStability',
  'chnStanding',
  'unscSanctionsIntegrity',
  'unscAuthority',
] as const;
export type IndicatorId = (typeof INDICATORS)[number];

export const INDICATOR_OWNER: Readonly<Record<IndicatorId, ActorId>> = {
  prkStability: 'PRK',
  prkProgramme: 'PRK',
  rusWarEffort: 'RUS',
  rusReputation: 'RUS',
  chnInfluence: 'CHN',
  chnBorderStability: 'CHN',
  chnStanding: 'CHN',
  unscSanctionsIntegrity: 'UNSC',
  unscAuthority: 'UNSC',
};

export const INDICATOR_LABEL: Readonly<Record<IndicatorId, string>> = {
  prkStability: 'North Korean regime stability',
  prkProgramme: 'North Korean weapons and space programme',
  rusWarEffort: 'Russian war effort',
  rusReputation: 'Russian international reputation',
  chnInfluence: 'Chinese influence over Pyongyang',
  chnBorderStability: 'Stability of the China–North Korea border',
  chnStanding: "China's standing with the West",
  unscSanctionsIntegrity: 'Integrity of the sanctions regime',
  unscAuthority: 'Authority of the Security Council',
};

export const INDICATOR_MIN = 0;
export const INDICATOR_MAX = 100;
export const RELATION_MIN = -100;
export const RELATION_MAX = 100;

export const ROUTE_KINDS = ['rail', 'sea', 'road', 'bridge', 'air'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const SHIPMENT_MODES = ['declared', 'covert'] as const;
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

export const TURN_LENGTHS = ['month', 'quarter', 'half'] as const;
export type TurnLength = (typeof TURN_LENGTHS)[number];

/** Ordered pair sender>receiver, for trade flows. */
export type DirectedPair = `${ActorId}>${ActorId}`;

/** Unordered pair of actors, as a key with the two ids in ACTORS order ("RUS-PRK"). */
export type PairKey = `${ActorId}-${ActorId}`;

export const PAIRS: readonly PairKey[] = (() => {
  const out: PairKey[] = [];
  for (const [i, a] of ACTORS.entries()) {
    for (const b of ACTORS.slice(i + 1)) out.push(`${a}-${b}`);
  }
  return out;
})();

/** Every pair key built once, by the two actors' places in ACTORS (sender × 4 + receiver): a
 * string made afresh on each call is a slow property key (V8 hashes it on every lookup), and a
 * record of records keyed by the actors' names took two slow lookups. */
const PAIR_KEY: readonly PairKey[] = (() => {
  const out: PairKey[] = [];
  for (const [i, a] of ACTORS.entries())
    for (const [j, b] of ACTORS.entries()) out.push(i < j ? `${a}-${b}` : `${b}-${a}`);
  return out;
})();

export function pairKey(a: ActorId, b: ActorId): PairKey {
  return PAIR_KEY[actorIndex(a) * ACTORS.length + actorIndex(b)] as PairKey;
}

// The index functions below switch on literals rather than read a record under a variable
// name: such a read goes through V8's megamorphic cache, and they run for every transfer.
export function actorIndex(a: ActorId): number {
  switch (a) {
    case 'RUS':
      return 0;
    case 'PRK':
      return 1;
    case 'CHN':
      return 2;
    case 'UNSC':
      return 3;
    default:
      return assertNever(a);
  }
}

// The three tests below compare literals rather than search the tuples: they run for every
// transfer and every bot's leg, and `includes` on a tuple was a measurable share of a turn.
export function isActorId(x: string): x is ActorId {
  return x === 'RUS' || x === 'PRK' || x === 'CHN' || x === 'UNSC';
}

export function isGood(x: string): x is Good {
  return x === 'oil' || x === 'food' || x === 'munitions' || x === 'labour';
}

export function isResource(x: string): x is Resource {
  return isGood(x) || x === 'currency' || x === 'knowhow';
}

/** The good's place in GOODS (also its place in RESOURCES). */
export function goodIndex(g: Good): number {
  switch (g) {
    case 'oil':
      return 0;
    case 'food':
      return 1;
    case 'munitions':
      return 2;
    case 'labour':
      return 3;
    default:
      return assertNever(g);
  }
}

/** The resource's place in RESOURCES. */
export function resourceIndex(r: Resource): number {
  switch (r) {
    case 'currency':
      return 4;
    case 'knowhow':
      return 5;
    default:
      return goodIndex(r);
  }
}

/**
 * What a draft resolution can do. `value` of a draft means, by measure:
 *   oilCap       the new cap on refined petroleum into North Korea, thousand barrels a year
 *   workerBan    turns from adoption to the repatriation deadline (0: at once)
 *   armsEmbargo  unused (0)
 *   renewPanel   turns of the Panel of Experts' new mandate (at least 1)
 *   condemn      unused (0)
 *   relief       the raised oil cap, thousand barrels a year (0: the cap stays); relief also
 *                lifts the ban on North Korean workers abroad. Tabled by Russia or China.
 */
export const MEASURES = ['oilCap', 'workerBan', 'armsEmbargo', 'renewPanel', 'condemn', 'relief'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABEL: Readonly<Record<Measure, string>> = {
  oilCap: 'cap refined petroleum deliveries to North Korea',
  workerBan: 'ban North Korean workers abroad and set a repatriation deadline',
  armsEmbargo: 'embargo arms and munitions from North Korea',
  renewPanel: "renew the Panel of Experts' mandate",
  condemn: 'condemn the launches and violations',
  relief: 'ease the sanctions: let workers go abroad again and raise the oil cap',
};

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

/** The actors that cast their own council votes by order (the other seats follow rules). */
export const VOTING_ACTORS = ['RUS', 'CHN'] as const;
export type VotingActor = (typeof VOTING_ACTORS)[number];

export function isVotingActor(x: string): x is VotingActor {
  return x === 'RUS' || x === 'CHN';
}

/** Seats on the council: exactly 15, exactly 5 permanent; adoption needs 9 in favour and no
 * permanent member against (UN Charter art. 27(3)). */
export const COUNCIL_SIZE = 15;
export const PERMANENT_SEATS = 5;
export const ADOPTION_VOTES = 9;

export function isMeasure(x: string): x is Measure {
  return (MEASURES as readonly string[]).includes(x);
}

/**
 * The outcome of anything that can refuse its input (a scenario file, a save, an order, a
 * stored value): the value, or an error value. Errors are values, never exceptions; `E` says
 * what the caller learns (a typed reason, a message, a list of problems).
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

export function assertNever(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
