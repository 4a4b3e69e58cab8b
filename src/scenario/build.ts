/** Scenario → the initial GameState for a seed. The scenario must already be validated. */
import type { ActorId, PairKey } from '../engine/ids.ts';
import { ACTORS } from '../engine/ids.ts';
import { seedRng } from '../engine/rng.ts';
import type { ActorState, Deal, Economy, GameState, Route, Rules } from '../engine/state.ts';
import type { Scenario } from './schema.ts';

export function buildRules(s: Scenario): Rules {
  const economy = {} as Record<ActorId, Economy>;
  for (const a of ACTORS) {
    const x = s.actors[a];
    economy[a] = { base: { ...x.base }, flex: { ...x.flex } };
  }
  return {
    scenarioId: s.id,
    start: { year: s.start.year, month: s.start.month },
    turnLength: s.turnLength,
    turns: s.turns,
    economy,
    needs: s.needs.map((n) => ({ ...n })),
    variance: s.variance.map((v) => ({ ...v })),
    prices: { ...s.prices },
  };
}

export function initialState(s: Scenario, seed: number = s.seed): GameState {
  const placeActor = new Map(s.places.map((p) => [p.id, p.actor] as const));
  const actors = {} as Record<ActorId, ActorState>;
  for (const a of ACTORS) {
    const x = s.actors[a];
    actors[a] = { stocks: { ...x.stocks }, priorities: { ...x.priorities } };
  }
  const routes: Route[] = s.routes.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    from: r.from,
    to: r.to,
    ends: [placeActor.get(r.from) as ActorId, placeActor.get(r.to) as ActorId],
    capacity: { ...r.capacity },
    open: r.open,
    detectionBp: r.detectionBp,
  }));
  const deals: Deal[] = s.deals.map((d, i) => ({
    id: `D0-${i + 1}`,
    proposer: d.proposer,
    partner: d.partner,
    give: { ...d.give },
    get: { ...d.get },
    route: d.route,
    mode: d.mode,
    turns: d.turns,
    remaining: d.turns,
    status: 'active',
    proposedTurn: 0,
  }));
  return {
    turn: 1,
    rng: seedRng(seed),
    actors,
    indicators: { ...s.indicators },
    relations: { ...s.relations } as Record<PairKey, number>,
    routes,
    deals,
    trade: {},
    rules: buildRules(s),
  };
}
