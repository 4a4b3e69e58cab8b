/**
 * What a searching bot believes about the parts of the game its actor cannot see, and the
 * sampled worlds (determinizations) it plays its rollouts in. This is the one module that
 * reads visible information for the search: everything comes from the actor's `ActorView`
 * and the game's public opening (the scenario's starting stocks, priorities and relations,
 * which every player can read in the scenario file). It never reads the true hidden state;
 * when the engine's view function (`viewFor(state, report, viewer)`) lands, only this module
 * changes.
 *
 * A sampled world is a full GameState in which:
 * - everything the actor sees is as it sees it (its own stocks, priorities and relations,
 *   the public indicators, routes, regime, council record, fired events, visible deals);
 * - another actor's stock of each resource is drawn uniformly from a wide range around a public
 *   estimate, its opening stock moved by its public net output (production at its opening
 *   priorities less its needs) for each turn played: from half the estimate (from zero for a
 *   resource it needs, which trade and aid move most) to twice the estimate or four turns of
 *   its need, whichever is larger. (A narrow guess misled the bot: North Korea's food, fed by
 *   aid and deals nobody else sees, ran four times the estimate.)
 * - a relation between two other actors is drawn around its opening value, moved by the public
 *   record (launches, vetoes), within ±(5 + 2 × turns played) points;
 * - between two other actors joined by a route, a covert deal may run (odds one in two): each
 *   sends what the other needs and it can spare, a quarter of the route's capacity at most, for
 *   one to three more turns;
 * - the game's random generator is seeded from the bot's own generator, so the bot never sees
 *   the real dice.
 */
import type {
  ActorId,
  Deal,
  GameState,
  Good,
  PairKey,
  Priorities,
  Resource,
  RngState,
  Route,
  Stocks,
} from '../engine/index.ts';
import {
  ACTORS,
  GOODS,
  PAIRS,
  RESOURCES,
  cloneState,
  nextU32,
  pairKey,
  plannedOutput,
  randomBelow,
  emptyTally,
  seedKey,
  seedRng,
} from '../engine/index.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

/** The public starting values of a game (the scenario's), the prior of every belief. */
export interface Opening {
  stocks: Record<ActorId, Stocks>;
  priorities: Record<ActorId, Priorities>;
  relations: Record<PairKey, number>;
}

/** The opening of a game from its initial state: only the values the scenario file publishes. */
export function openingOf(initial: GameState): Opening {
  const stocks = {} as Record<ActorId, Stocks>;
  const priorities = {} as Record<ActorId, Priorities>;
  for (const a of ACTORS) {
    stocks[a] = { ...initial.actors[a].stocks };
    priorities[a] = { ...initial.actors[a].priorities };
  }
  return { stocks, priorities, relations: { ...initial.relations } };
}

/** Odds (out of 10,000) that a covert deal runs between two other actors joined by a route. */
const HIDDEN_DEAL_ODDS = 5_000;

function needOf(v: ActorView, actor: ActorId, r: Resource): number {
  return needTotal(v.rules.needs, actor, r);
}

/** Uniform integer in [lo, hi]. */
function between(rng: RngState, lo: number, hi: number): number {
  if (hi <= lo) return lo;
  const span = hi - lo + 1;
  return lo + (span > 0x1_0000_0000 ? randomBelow(rng, 0x1_0000_0000) : randomBelow(rng, span));
}

function sampleStock(v: ActorView, o: Opening, actor: ActorId, r: Resource, rng: RngState): number {
  const played = v.turn - 1;
  const output = plannedOutput(v.rules.economy[actor], o.priorities[actor], r);
  const need = needOf(v, actor, r);
  const estimate = Math.max(0, o.stocks[actor][r] + played * (output - need));
  const lo = need > 0 ? 0 : Math.floor(estimate / 2);
  const hi = Math.max(2 * estimate, 4 * need);
  return between(rng, lo, hi);
}

/** The public record's effect on a relation between two others since the opening. */
function publicDrift(v: ActorView, pair: PairKey): number {
  const p = v.rules.design;
  let drift = 0;
  // A launch order puts one item of evidence on record per missile but moves the relations
  // once: count the turns with launches, and each test.
  let lastLaunchTurn = -1;
  for (const e of v.council.evidence) {
    if (e.kind === 'launch' && e.turn !== lastLaunchTurn) {
      lastLaunchTurn = e.turn;
      if (pair === 'PRK-CHN') drift -= p.launchChinaRelation;
      if (pair === 'PRK-UNSC') drift -= p.launchUnscRelation;
    } else if (e.kind === 'nuclearTest') {
      if (pair === 'PRK-CHN') drift -= p.nuclearChinaRelation;
      if (pair === 'PRK-UNSC') drift -= p.nuclearUnscRelation;
    }
  }
  for (const d of v.council.decisions) {
    for (const seat of d.vetoedBy) {
      if (seat !== 'RUS' && seat !== 'CHN') continue;
      if (pair === pairKey(seat, 'UNSC')) drift -= p.vetoUnscRelation;
      if (pair === pairKey(seat, 'PRK')) drift += p.vetoPrkRelation;
    }
  }
  return drift;
}

function sampleRelation(v: ActorView, o: Opening, pair: PairKey, rng: RngState): number {
  const centre = o.relations[pair] + publicDrift(v, pair);
  const spread = 5 + 2 * (v.turn - 1);
  return Math.max(-100, Math.min(100, between(rng, centre - spread, centre + spread)));
}

/** What `from` can spare of `r` beyond its own need (public economy at opening priorities). */
function spare(v: ActorView, o: Opening, from: ActorId, r: Resource): number {
  return plannedOutput(v.rules.economy[from], o.priorities[from], r) - needOf(v, from, r);
}

/** The good `to` needs most (by value) that `from` can spare and `route` carries, or null. */
function wanted(v: ActorView, o: Opening, from: ActorId, to: ActorId, route: Route): Good | null {
  let best: Good | null = null;
  let bestValue = 0;
  for (const g of GOODS) {
    if ((route.capacity[g] ?? 0) <= 0 || spare(v, o, from, g) <= 0) continue;
    const value = needOf(v, to, g) * v.rules.prices[g];
    if (value > bestValue) {
      best = g;
      bestValue = value;
    }
  }
  return best;
}

/** A covert deal two other actors might be running on `route`, or null when they have nothing
 * to trade. */
function hiddenDeal(v: ActorView, o: Opening, a: ActorId, b: ActorId, route: Route, rng: RngState): Deal | null {
  const ab = wanted(v, o, a, b, route);
  const ba = wanted(v, o, b, a, route);
  if (ab === null || ba === null || ab === ba) return null;
  const give = Math.min(Math.floor((route.capacity[ab] ?? 0) / 4), needOf(v, b, ab));
  const get = Math.min(Math.floor((route.capacity[ba] ?? 0) / 4), needOf(v, a, ba));
  if (give <= 0 || get <= 0) return null;
  const turns = between(rng, 1, 3);
  return {
    id: `H${v.turn}-${a}-${b}`,
    proposer: a,
    partner: b,
    give: { resource: ab, amount: give },
    get: { resource: ba, amount: get },
    route: route.id,
    mode: 'covert',
    turns,
    remaining: turns,
    status: 'active',
    proposedTurn: Math.max(0, v.turn - 2),
  };
}

/**
 * A world consistent with what the actor sees, drawn with `rng` (advanced). The result is a
 * fresh state the caller may change; nothing in it is shared with the view except the static
 * rules and copy-on-write lists (see cloneState).
 */
export function sampleWorld(v: ActorView, o: Opening, rng: RngState): GameState {
  const me = v.actor;
  const actors = {} as GameState['actors'];
  for (const a of ACTORS) {
    if (a === me) {
      actors[a] = { stocks: { ...v.own.stocks }, priorities: { ...v.own.priorities } };
      continue;
    }
    const stocks = {} as Stocks;
    for (const r of RESOURCES) stocks[r] = sampleStock(v, o, a, r, rng);
    actors[a] = { stocks, priorities: { ...o.priorities[a] } };
  }
  const relations = {} as Record<PairKey, number>;
  for (const p of PAIRS) {
    const [x, y] = p.split('-') as [ActorId, ActorId];
    if (x === me || y === me) relations[p] = v.relations[x === me ? y : x] ?? o.relations[p];
    else relations[p] = sampleRelation(v, o, p, rng);
  }
  const deals = v.deals.slice();
  for (const [i, a] of ACTORS.entries()) {
    for (const b of ACTORS.slice(i + 1)) {
      if (a === me || b === me) continue;
      for (const route of v.routes) {
        const joins = (route.ends[0] === a && route.ends[1] === b) || (route.ends[0] === b && route.ends[1] === a);
        if (!joins || !route.open) continue;
        const roll = randomBelow(rng, 10_000);
        const d = roll < HIDDEN_DEAL_ODDS ? hiddenDeal(v, o, a, b, route, rng) : null;
        if (d !== null) deals.push(d);
        break; // one hidden deal per pair at most
      }
    }
  }
  const world: GameState = {
    turn: v.turn,
    rng: seedRng(nextU32(rng)),
    actors,
    indicators: { ...v.indicators },
    relations,
    routes: v.routes as Route[],
    deals,
    trade: {},
    regime: v.regime,
    council: v.council,
    // The engine replaces these lists, never changes them in place (copy on write).
    fired: v.fired as string[],
    rules: v.rules,
    // The dice of covert detection are not the bot's to see: a key of its own.
    covertKey: seedKey(nextU32(rng)),
    recorded: {},
    // The sampled world's truth is the world's figure.
    hidden: { integrity: v.indicators.unscSanctionsIntegrity },
    // Scores count from here on (a rollout's value is its own turns': rollout.ts).
    tally: emptyTally(v.turn - 1),
  };
  // One copy makes every mutable part (routes, deals, regime) the world's own.
  return cloneState(world);
}
