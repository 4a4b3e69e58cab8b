/**
 * The debrief's comparison with history: the scenario's historical script replayed with the
 * game's own seed (`historicalRun`, so chance events are drawn the same way), each actor's
 * score against it (`compareWithHistory`), the indicators and scores of both runs turn by
 * turn, and where the class diverged: the first turn each actor's orders differed from the
 * script, and the council votes that went differently. Pure; the replay is cached per
 * scenario and seed (a game's debrief is rendered more than once).
 */
import type {
  ActorId,
  GameState,
  IndicatorId,
  Measure,
  Order,
  Outcome,
  PlayResult,
  Vote,
  VotingActor,
} from '../engine/index.ts';
import { ACTORS, INDICATORS, VOTING_ACTORS, canonicalJson, playTurns, scores } from '../engine/index.ts';
import type { ActorDebrief, Scenario } from '../scenario/index.ts';
import { compareWithHistory, historicalOrders, initialState } from '../scenario/index.ts';
import type { Game } from './types.ts';
import { currentState } from './game.ts';

export interface Series {
  /** Index 0 is the opening state, index t the state after turn t. */
  game: number[];
  history: number[];
}

/** A council vote that went differently from history (the UI words it). */
export type VoteDifference =
  | { kind: 'onlyInGame'; turn: number; measure: Measure; outcome: Outcome }
  | { kind: 'onlyInHistory'; turn: number; measure: Measure; outcome: Outcome }
  | { kind: 'outcome'; turn: number; measure: Measure; game: Outcome; history: Outcome }
  | { kind: 'vote'; turn: number; measure: Measure; actor: VotingActor; game: Vote; history: Vote };

export interface DebriefView {
  comparison: ActorDebrief[];
  indicators: Record<IndicatorId, Series>;
  scores: Record<ActorId, Series>;
  /** First turn whose orders for that actor differ from the historical script, or null. */
  firstDifference: Record<ActorId, number | null>;
  /** The first turn any actor's orders differed, or null when the class followed the script. */
  firstTurnDiverged: number | null;
  votes: VoteDifference[];
  /** What only the debrief reveals. */
  revealed: Revealed;
  /** The turn from which the historical run is an extrapolation past the public record (the
   * scenario's extrapolatedFrom); null when the whole run is on the record. */
  extrapolatedFrom: number | null;
}

/**
 * The truths the game kept back: China's share of North Korea's imports as the customs record
 * shows it (declared goods, and the scenario's trade with partners outside the game) and as it
 * was (covert deliveries included); sanctions integrity as the world saw it and as it was; and
 * how much covert cargo moved and how much of it was seen.
 */
export interface Revealed {
  chinaShare: { recorded: number | null; true: number | null };
  integrity: { seen: number; true: number };
  covert: { shipments: number; detected: number; seized: number };
}

function share(part: number, all: number): number | null {
  return all <= 0 ? null : Math.floor((part * 100) / all);
}

export function revealed(game: Game): Revealed {
  const end = currentState(game);
  const prices = end.rules.prices;
  let recorded = end.rules.otherTrade.imports * game.turns.length;
  let recordedChina = 0;
  let all = recorded;
  let allChina = 0;
  let shipments = 0;
  let detected = 0;
  let seized = 0;
  for (const t of game.turns) {
    for (const x of t.report.shipments) {
      if (x.mode === 'covert') {
        shipments++;
        if (x.detected) detected++;
        if (x.seized) seized++;
      }
      if (x.to !== 'PRK' || x.resource === 'currency' || x.resource === 'knowhow') continue;
      const value = x.delivered * prices[x.resource];
      all += value;
      if (x.from === 'CHN') allChina += value;
      if (x.mode === 'declared') {
        recorded += value;
        if (x.from === 'CHN') recordedChina += value;
      }
    }
  }
  return {
    chinaShare: { recorded: share(recordedChina, recorded), true: share(allChina, all) },
    integrity: { seen: end.indicators.unscSanctionsIntegrity, true: end.hidden.integrity },
    covert: { shipments, detected, seized },
  };
}

/** The historical run and its states (index 0 the opening state, t after turn t). */
export interface HistoryRun {
  result: PlayResult;
  states: GameState[];
}

const cache = new WeakMap<Scenario, Map<number, HistoryRun>>();

/** `historicalRun` (scenario/debrief.ts) with the states kept: the same `playTurns` call on the
 * same script, reading each state as it asks for that turn's orders. */
export function replayHistory(s: Scenario, seed: number): HistoryRun {
  const byTurn = historicalOrders(s);
  const states: GameState[] = [];
  const result = playTurns(initialState(s, seed), s.turns, (state) => {
    states.push(state);
    return byTurn.get(state.turn) ?? [];
  });
  states.push(result.state);
  return { result, states };
}

export function cachedHistoricalRun(s: Scenario, seed: number): HistoryRun {
  let bySeed = cache.get(s);
  if (bySeed === undefined) {
    bySeed = new Map();
    cache.set(s, bySeed);
  }
  let run = bySeed.get(seed);
  if (run === undefined) {
    run = replayHistory(s, seed);
    bySeed.set(seed, run);
  }
  return run;
}

function ordersOf(list: readonly Order[], actor: ActorId): string {
  // Through JSON first: an optional field given as undefined is the same order as one left out.
  return canonicalJson(JSON.parse(JSON.stringify(list.filter((o) => o.actor === actor))) as unknown);
}

function firstDifferences(game: Game, script: Map<number, readonly Order[]>): Record<ActorId, number | null> {
  const out: Record<ActorId, number | null> = { RUS: null, PRK: null, CHN: null, UNSC: null };
  game.turns.forEach((t, i) => {
    const turn = i + 1;
    const hist = script.get(turn) ?? [];
    for (const a of ACTORS) if (out[a] === null && ordersOf(t.orders, a) !== ordersOf(hist, a)) out[a] = turn;
  });
  return out;
}

function voteOf(rec: { votes: readonly { seat: string; vote: Vote }[] }, seat: string): Vote | undefined {
  return rec.votes.find((v) => v.seat === seat)?.vote;
}

function voteDifferences(game: Game, history: PlayResult): VoteDifference[] {
  const out: VoteDifference[] = [];
  for (const [i, played] of game.turns.entries()) {
    const historical = history.turns[i];
    if (historical === undefined) break;
    const turn = i + 1;
    const mine = played.report.council;
    const theirs = historical.report.council;
    for (const r of mine) {
      const h = theirs.find((x) => x.draft === r.draft && x.measure === r.measure);
      if (h === undefined) {
        out.push({ kind: 'onlyInGame', turn, measure: r.measure, outcome: r.outcome });
        continue;
      }
      if (h.outcome !== r.outcome)
        out.push({ kind: 'outcome', turn, measure: r.measure, game: r.outcome, history: h.outcome });
      for (const actor of VOTING_ACTORS) {
        const a = voteOf(r, actor);
        const b = voteOf(h, actor);
        if (a !== undefined && b !== undefined && a !== b)
          out.push({ kind: 'vote', turn, measure: r.measure, actor, game: a, history: b });
      }
    }
    for (const h of theirs) {
      if (!mine.some((x) => x.draft === h.draft && x.measure === h.measure))
        out.push({ kind: 'onlyInHistory', turn, measure: h.measure, outcome: h.outcome });
    }
  }
  return out;
}

export function debriefView(game: Game): DebriefView {
  const run = cachedHistoricalRun(game.scenario, game.seed);
  const history = run.result;
  const end: GameState = currentState(game);
  const comparison = compareWithHistory(end, history);
  const gameStates = [game.initial, ...game.turns.map((t) => t.state)];
  const histStates = run.states;
  const indicators = {} as Record<IndicatorId, Series>;
  for (const i of INDICATORS)
    indicators[i] = { game: gameStates.map((s) => s.indicators[i]), history: histStates.map((s) => s.indicators[i]) };
  const score = {} as Record<ActorId, Series>;
  for (const a of ACTORS)
    score[a] = { game: gameStates.map((s) => scores(s)[a]), history: histStates.map((s) => scores(s)[a]) };
  const firstDifference = firstDifferences(game, historicalOrders(game.scenario));
  const firsts = ACTORS.map((a) => firstDifference[a]).filter((x): x is number => x !== null);
  return {
    comparison,
    indicators,
    scores: score,
    firstDifference,
    firstTurnDiverged: firsts.length === 0 ? null : Math.min(...firsts),
    votes: voteDifferences(game, history),
    revealed: revealed(game),
    extrapolatedFrom: game.scenario.extrapolatedFrom ?? null,
  };
}
