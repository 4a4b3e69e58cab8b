/**
 * Replay and prove. A claim (from a save file or a share link) says: this scenario, this
 * seed, these orders give these hashes. `verifyClaim` replays every turn from the start and
 * compares; at the first difference it refuses, naming the turn. Nothing is returned until
 * the whole game has verified, so a caller can never hold a half-checked game.
 *
 * Links carry 16-hex-digit hash prefixes per turn (64 bits: a difference slips through with
 * odds of 1 in 2^64) and the full hash of the final state; files carry full hashes.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import { fingerprint, hashState } from '../engine/index.ts';
import type { Order } from '../engine/index.ts';
import type { TurnReport } from '../engine/index.ts';
import { resolveTurn } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import { initialState } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { SaveResult } from './errors.ts';
import { fail } from './errors.ts';
import type { Players, SaveDoc } from './format.ts';
import { CURRENT_SAVE_VERSION, SAVE_FORMAT } from './format.ts';

export const MIN_HASH_PREFIX = 16;

export interface Claim {
  engine: string;
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  players: Players;
  /** `hash`: the full hash after the turn, or at least its first MIN_HASH_PREFIX digits. */
  turns: { orders: Order[]; hash: string }[];
  /** When present, the full hash of the state after the last turn (or of the start). */
  finalHash?: string;
}

/** A game that has verified: everything a viewer needs to step through it or play on. */
export interface LoadedGame {
  /** The save, as the current format, with full hashes. */
  save: SaveDoc;
  /** states[k] is the state after k turns; states[0] is the start. */
  states: GameState[];
  /** reports[k - 1] is turn k's report. */
  reports: TurnReport[];
  finalHash: string;
  /** The format version the file had before migration (equal to the current one if none). */
  fileVersion: number;
  /** False when the save was made by another engine version (it verified all the same). */
  sameEngine: boolean;
}

export function verifyClaim(
  claim: Claim,
  fileVersion: number,
  turnPath: (i: number) => string,
): SaveResult<LoadedGame> {
  const { scenario } = claim;
  if (claim.turns.length > scenario.turns) {
    return fail(
      'invalid',
      'turns',
      `has ${claim.turns.length} turns; scenario "${scenario.id}" has only ${scenario.turns}`,
    );
  }
  const engineNote =
    claim.engine === ENGINE_VERSION
      ? 'the save was edited or damaged'
      : `the save was made by engine ${claim.engine} and this is engine ${ENGINE_VERSION}, whose rules may differ; or the save was edited`;
  let state: GameState;
  try {
    state = initialState(scenario, claim.seed);
  } catch {
    return fail('invalid', 'scenario', 'the scenario cannot be set up');
  }
  const states: GameState[] = [state];
  const reports: TurnReport[] = [];
  const hashes: string[] = [];
  for (const [i, t] of claim.turns.entries()) {
    let next: ReturnType<typeof resolveTurn>;
    try {
      next = resolveTurn(state, t.orders);
    } catch {
      // resolveTurn promises never to throw on schema-valid orders; if it ever does, the
      // player still gets a refusal naming the turn rather than a crash.
      return fail('mismatch', turnPath(i), `turn ${i + 1} cannot be replayed by engine ${ENGINE_VERSION}`);
    }
    const h = hashState(next.state);
    if (!h.startsWith(t.hash)) {
      return fail(
        'mismatch',
        turnPath(i),
        `turn ${i + 1} does not verify: the save says state ${fingerprint(t.hash)}, replaying gives ${fingerprint(h)}; ${engineNote}`,
      );
    }
    state = next.state;
    states.push(state);
    reports.push(next.report);
    hashes.push(h);
  }
  const finalHash = hashes.at(-1) ?? hashState(state);
  if (claim.finalHash !== undefined && claim.finalHash !== finalHash) {
    const where = claim.turns.length === 0 ? 'the starting state' : `the state after turn ${claim.turns.length}`;
    return fail(
      'mismatch',
      'final',
      `${where} does not verify: the save says ${fingerprint(claim.finalHash)}, replaying gives ${fingerprint(finalHash)}; ${engineNote}`,
    );
  }
  const save: SaveDoc = {
    format: SAVE_FORMAT,
    version: CURRENT_SAVE_VERSION,
    engine: claim.engine,
    scenario,
    scenarioHash: claim.scenarioHash,
    seed: claim.seed,
    players: claim.players,
    // Every claimed turn verified above, so `hashes` has one full hash per turn.
    turns: claim.turns.map((t, i) => ({ orders: t.orders, hash: hashes[i] ?? t.hash })),
  };
  return {
    ok: true,
    value: { save, states, reports, finalHash, fileVersion, sameEngine: claim.engine === ENGINE_VERSION },
  };
}
