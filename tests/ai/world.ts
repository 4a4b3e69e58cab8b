/**
 * Builders for bot tests: the rules world (tests/fixtures.ts, the 2023 scenario frozen for rule
 * tests) with its full rules (needs, regime, council, TEST_DESIGN's parameters), adjusted by the test, and small helpers to add the deals, decisions and evidence a named
 * situation needs. Each test states the numbers its expected orders depend on.
 */
import type { ActorId, Deal, Decision, Evidence, GameState, Measure } from '../../src/engine/index.ts';
import { initialState } from '../../src/scenario/index.ts';
import { TEST_DESIGN, loadRulesWorld } from '../fixtures.ts';

export function scenarioState(adjust?: (s: GameState) => void, seed = 1): GameState {
  const s = initialState(loadRulesWorld(), seed);
  // The shipped scenarios' isolation: a draft vetoed against thirteen in favour wins back 3 of
  // the 4 points of authority a veto costs (the engine's rule tables keep TEST_DESIGN's 0).
  s.rules = { ...s.rules, design: { ...TEST_DESIGN, isolationAuthority: 3 } };
  adjust?.(s);
  return s;
}

/** A proposal made last turn (so it can be accepted now). */
export function proposed(s: GameState, d: Omit<Deal, 'status' | 'remaining' | 'proposedTurn'>): Deal {
  return { ...d, status: 'proposed', remaining: d.turns, proposedTurn: s.turn - 1 };
}

export function decision(measure: Measure, turn: number, vetoedBy: ActorId[]): Decision {
  const outcome = vetoedBy.length > 0 ? 'vetoed' : 'adopted';
  return {
    draft: `R${turn}-x`,
    measure,
    turn,
    outcome,
    yes: 13,
    no: vetoedBy.length,
    abstain: 2 - vetoedBy.length,
    vetoedBy,
  };
}

export function evidence(turn: number, route?: string): Evidence {
  return route === undefined
    ? { turn, kind: 'report', against: ['PRK'] }
    : { turn, kind: 'detected', against: ['PRK', 'RUS'], rule: 'arms-1718', amount: 1000, route };
}
