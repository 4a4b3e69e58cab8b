/** Scenario → the initial GameState for a seed. The scenario must already be validated. */
import type { ActorId, PairKey } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import { emptyTally, monthsPerTurn, seedKey, seedRng } from '../engine/index.ts';
import type { CalendarDate, Decision } from '../engine/index.ts';
import type { ActorState, Deal, Economy, GameState, Route, Rules } from '../engine/index.ts';
import type { CouncilState, Regime } from '../engine/index.ts';
import type { CouncilRules, Deck, Design, Objective, ScriptedEvent, Stocks } from '../engine/index.ts';
import { DESIGN_PARAM_IDS } from '../engine/index.ts';
import type { Scenario } from './schema.ts';

function councilRules(s: Scenario): CouncilRules {
  const c = s.council;
  return {
    seats: c.seats.map((x) => ({
      id: x.id,
      name: x.name,
      permanent: x.permanent,
      actor: x.actor,
      base: x.base,
      bias: { ...x.bias },
    })),
    yesAt: c.yesAt,
    noBelow: c.noBelow,
    evidenceWeight: c.evidenceWeight,
    launchWeight: c.launchWeight,
    windowTurns: c.windowTurns,
    defaults: {
      RUS: { vote: c.defaults.RUS.vote, byMeasure: { ...c.defaults.RUS.byMeasure } },
      CHN: { vote: c.defaults.CHN.vote, byMeasure: { ...c.defaults.CHN.byMeasure } },
    },
    maxDraftsPerTurn: c.maxDraftsPerTurn,
  };
}

function scriptedEvents(s: Scenario): ScriptedEvent[] {
  return s.events.map((e) => ({
    id: e.id,
    title: e.title,
    text: e.text,
    sources: [...e.sources],
    effects: e.effects.map((x) => ({ ...x })),
    at: e.at ?? null,
    when: (e.when ?? []).map((x) => ({ ...x })),
    from: e.from ?? 1,
    until: e.until ?? s.turns,
  }));
}

function deck(s: Scenario): Deck {
  return {
    drawBp: s.deck.drawBp,
    cards: s.deck.cards.map((c) => ({
      id: c.id,
      title: c.title,
      text: c.text,
      sources: [...c.sources],
      effects: c.effects.map((x) => ({ ...x })),
      weight: c.weight,
    })),
  };
}

/** Each actor's objectives as the engine reads them (`full` filled in from its default; `zero`
 * only when the scenario sets it, so a scenario without one keeps its state hash). */
export function objectives(s: Scenario): Record<ActorId, Objective[]> {
  const out = {} as Record<ActorId, Objective[]>;
  for (const a of ACTORS)
    out[a] = s.objectives[a].map((o) => ({
      indicator: o.indicator,
      op: o.op,
      target: o.target,
      full: o.full ?? (o.op === 'atLeast' ? 100 : 0),
      ...(o.zero === undefined ? {} : { zero: o.zero }),
      weight: o.weight,
    }));
  return out;
}

function design(s: Scenario): Design {
  const out = {} as Record<(typeof DESIGN_PARAM_IDS)[number], number>;
  for (const id of DESIGN_PARAM_IDS) out[id] = s.design[id].value;
  return out;
}

type StocksIn = Omit<Stocks, 'knowhow'> & { knowhow?: number };

function stocks(x: StocksIn): Stocks {
  return {
    oil: x.oil,
    food: x.food,
    munitions: x.munitions,
    labour: x.labour,
    currency: x.currency,
    knowhow: x.knowhow ?? 0,
  };
}

export function initialRegime(s: Scenario): Regime {
  const p = s.regime.panel;
  return {
    caps: s.regime.caps.map((c) => ({
      id: c.id,
      resource: c.resource,
      to: c.to,
      perYear: c.perYear,
      sources: [...c.sources],
      fromTurn: c.fromTurn ?? 1,
      untilTurn: null,
      year: s.start.year,
      declared: c.declaredAtStart ?? 0,
    })),
    bans: s.regime.bans.map((b) => ({
      id: b.id,
      resource: b.resource,
      from: b.from,
      to: b.to,
      sources: [...b.sources],
      fromTurn: b.fromTurn ?? 1,
      deadlineTurn: b.deadlineTurn ?? null,
    })),
    panel: {
      mandateEnd: p.mandateEnd,
      bonusBp: p.bonusBp,
      monitorBonusBp: p.monitorBonusBp,
      maxRoutes: p.maxRoutes,
      monitored: [...p.monitored],
      sources: [...p.sources],
    },
  };
}

/** Whole turns between the turn just before the start (turn 0) and a decision's month: 0 for
 * one within the last turn's length of the start (or after it), else how many turns earlier. */
function turnsBefore(s: Scenario, h: CalendarDate): number {
  const months = s.start.year * 12 + s.start.month - (h.year * 12 + h.month);
  const len = monthsPerTurn(s.turnLength);
  return months <= 0 ? 0 : Math.floor((months + len - 1) / len) - 1;
}

function initialCouncil(s: Scenario): CouncilState {
  return {
    drafts: [],
    lobbying: [],
    decisions: s.council.history.map((h) => {
      const d: Decision = {
        draft: h.id,
        measure: h.measure,
        turn: 0,
        outcome: h.outcome,
        yes: h.yes,
        no: h.no,
        abstain: h.abstain,
        vetoedBy: [...h.vetoedBy],
        sources: [...h.sources],
      };
      const before = turnsBefore(s, h);
      if (before > 0) d.turnsBefore = before;
      return d;
    }),
    evidence: [],
  };
}

export function buildRules(s: Scenario): Rules {
  const economy = {} as Record<ActorId, Economy>;
  for (const a of ACTORS) {
    const x = s.actors[a];
    economy[a] = { base: stocks(x.base), flex: { ...x.flex } };
  }
  return {
    scenarioId: s.id,
    start: { year: s.start.year, month: s.start.month },
    turnLength: s.turnLength,
    turns: s.turns,
    economy,
    needs: s.needs.map((n) => ({
      actor: n.actor,
      resource: n.resource,
      amount: n.amount,
      consumed: n.consumed ?? true,
      indicator: n.indicator,
      shortfallPoints: n.shortfallPoints,
      metPoints: n.metPoints,
    })),
    variance: s.variance.map((v) => ({ ...v })),
    prices: { ...s.prices },
    council: councilRules(s),
    events: scriptedEvents(s),
    deck: deck(s),
    objectives: objectives(s),
    design: design(s),
    otherTrade: { imports: s.otherTrade?.importsPerTurn ?? 0, exports: s.otherTrade?.exportsPerTurn ?? 0 },
  };
}

export function initialState(s: Scenario, seed: number = s.seed): GameState {
  const placeActor = new Map(s.places.map((p) => [p.id, p.actor] as const));
  const actors = {} as Record<ActorId, ActorState>;
  for (const a of ACTORS) {
    const x = s.actors[a];
    actors[a] = { stocks: stocks(x.stocks), priorities: { ...x.priorities } };
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
    extraBp: 0,
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
    covertKey: seedKey(seed),
    actors,
    indicators: { ...s.indicators },
    relations: { ...s.relations } as Record<PairKey, number>,
    routes,
    deals,
    trade: {},
    recorded: {},
    regime: initialRegime(s),
    council: initialCouncil(s),
    fired: [],
    hidden: { integrity: s.indicators.unscSanctionsIntegrity },
    tally: emptyTally(0),
    rules: buildRules(s),
  };
}
