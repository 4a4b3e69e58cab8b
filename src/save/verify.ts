/**
 * Replay and prove. A claim (from a save file or a share link) says: this scenario, seed,
 * players and engine, these orders, give these states and this hash chain (chain.ts).
 * `verifyClaim` first prices the replay (budget.ts) and refuses a game too big to check; then
 * it replays every turn from the start and compares, turn by turn, the state hash and then the
 * chain hash; at the first difference it refuses, naming the turn. A start that does not
 * verify while every state does is refused after the replay, naming `start` (the header: an
 * edited seed or scenario numbers show up earlier, as the first turn whose state differs).
 * Nothing is returned until the whole game has verified, so a caller can never hold a
 * half-checked game.
 *
 * Files carry full hashes. Links carry 8-hex-digit prefixes per turn (enough to name the turn
 * that differs) and the full hash of the chain's last link, which covers everything.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import { canonicalJson, fingerprint, sha256Hex } from '../engine/index.ts';
import type { Order } from '../engine/index.ts';
import type { TurnReport } from '../engine/index.ts';
import { resolveTurn } from '../engine/index.ts';
import type { GameState } from '../engine/index.ts';
import { initialState } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { ReplayCost } from './budget.ts';
import { MAX_REPLAY_UNITS, RECORD_BYTES, overBudget, overBudgetAt, replayCost } from './budget.ts';
import { startHash, turnHash } from './chain.ts';
import type { SaveResult } from './errors.ts';
import { fail } from './errors.ts';
import type { Players, SaveDoc } from './format.ts';
import { CURRENT_SAVE_VERSION, SAVE_FORMAT } from './format.ts';

export interface ClaimedTurn {
  orders: Order[];
  /** The hash of the state after the turn, or a prefix of it; absent when not claimed. */
  hash?: string;
  /** The chain's hash after the turn, or a prefix of it; absent in formats before the chain. */
  chain?: string;
}

export interface Claim {
  engine: string;
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  players: Players;
  /** The chain's start, or a prefix of it; absent in formats before the chain. */
  start?: string;
  turns: ClaimedTurn[];
  /** The full hash of the last state (share format 1) or of the chain's last link (format 2). */
  final?: { of: 'state' | 'chain'; hash: string };
}

/** A game that has verified: everything a viewer needs to step through it or play on. */
export interface LoadedGame {
  /** The save, as the current format, with full hashes. */
  save: SaveDoc;
  /** states[k] is the state after k turns; states[0] is the start. */
  states: GameState[];
  /** reports[k - 1] is turn k's report. */
  reports: TurnReport[];
  /** The hash of the last state. */
  finalHash: string;
  /** The chain's last link: the game's identity (save.start when no turn was played). */
  gameHash: string;
  /** A file or a link. */
  from: ClaimSource;
  /** The format the input had: the save format of a file (migrated to the current one when
   * older), the share format of a link. */
  fileVersion: number;
  /** False when the save was made by another engine version (it verified all the same). */
  sameEngine: boolean;
  /** What checking it cost (budget.ts): the estimate made before the replay, and the records
   * the replay actually worked through. */
  cost: ReplayCost & { spent: number };
}

export interface VerifyOptions {
  /** Called before the first turn (0) and after each verified turn, with the number of turns. */
  onProgress?: (done: number, total: number) => void;
  /** The most the replay may cost, in records (budget.ts). */
  budget?: number;
}

/** `save`: a file; `link`: a share code (only the words of the messages differ). */
export type ClaimSource = 'save' | 'link';

export function verifyClaim(
  claim: Claim,
  fileVersion: number,
  source: ClaimSource = 'save',
  opts: VerifyOptions = {},
): SaveResult<LoadedGame> {
  const { scenario } = claim;
  const n = claim.turns.length;
  if (n > scenario.turns) {
    return fail('invalid', 'turns', `has ${n} turns; scenario "${scenario.id}" has only ${scenario.turns}`);
  }
  let state: GameState;
  let startJson: string;
  try {
    state = initialState(scenario, claim.seed);
    startJson = canonicalJson(state);
  } catch {
    return fail('invalid', 'scenario', 'the scenario cannot be set up');
  }
  const budget = opts.budget ?? MAX_REPLAY_UNITS;
  const estimate = replayCost(startJson.length, scenario.deals.length, claim.turns);
  const tooBig = overBudget(estimate, budget);
  if (tooBig !== undefined) return fail('invalid', 'turns', tooBig);
  // The estimate bounds the deals; the state can grow in other ways (evidence, decisions), so
  // the work is also measured as it is done, by the very JSON that is hashed.
  let spent = 0;

  const damaged = `the ${source} was edited or damaged`;
  const engineNote =
    claim.engine === ENGINE_VERSION
      ? damaged
      : `the ${source} was made by engine ${claim.engine} and this is engine ${ENGINE_VERSION}, whose rules may differ; or the ${source} was edited`;
  const start = startHash(claim);
  const startOk = claim.start === undefined || start.startsWith(claim.start);
  const states: GameState[] = [state];
  const reports: TurnReport[] = [];
  const hashes: string[] = [];
  const chain: string[] = [];
  let link = start;
  opts.onProgress?.(0, n);
  for (const [i, t] of claim.turns.entries()) {
    let next: ReturnType<typeof resolveTurn>;
    try {
      next = resolveTurn(state, t.orders);
    } catch {
      // resolveTurn promises never to throw on schema-valid orders; if it ever does, the
      // player still gets a refusal naming the turn rather than a crash.
      return fail('mismatch', `turns[${i}]`, `turn ${i + 1} cannot be replayed by engine ${ENGINE_VERSION}`);
    }
    const json = canonicalJson(next.state);
    spent += Math.ceil(json.length / RECORD_BYTES) + t.orders.length;
    if (spent > budget) return fail('invalid', 'turns', overBudgetAt(i + 1, json.length, budget));
    const h = sha256Hex(json);
    if (t.hash !== undefined && !h.startsWith(t.hash)) {
      return fail(
        'mismatch',
        `turns[${i}]`,
        `turn ${i + 1} does not verify: the ${source} says state ${fingerprint(t.hash)}, replaying gives ${fingerprint(h)}; ${engineNote}`,
      );
    }
    link = turnHash(link, t.orders, h);
    // With a start that does not verify every link differs; the start is named after the replay.
    if (startOk && t.chain !== undefined && !link.startsWith(t.chain)) {
      return fail(
        'mismatch',
        `turns[${i}]`,
        `turn ${i + 1} does not verify: its orders are not the ones the game was saved with (one was added, removed, changed or moved); the ${source} says game ${fingerprint(t.chain)}, replaying gives ${fingerprint(link)}; ${damaged}`,
      );
    }
    state = next.state;
    states.push(state);
    reports.push(next.report);
    hashes.push(h);
    chain.push(link);
    opts.onProgress?.(i + 1, n);
  }
  if (!startOk && claim.start !== undefined) {
    return fail(
      'mismatch',
      'start',
      `the game's start does not verify: its scenario, seed, players or engine version are not the ones it was played with; the ${source} says game ${fingerprint(claim.start)}, these give ${fingerprint(start)}; ${damaged}`,
    );
  }
  const finalHash = hashes.at(-1) ?? sha256Hex(startJson);
  const gameHash = chain.at(-1) ?? start;
  if (claim.final !== undefined) {
    const got = claim.final.of === 'state' ? finalHash : gameHash;
    if (claim.final.hash !== got) {
      const where = n === 0 ? 'the start of the game' : `the game after turn ${n}`;
      return fail(
        'mismatch',
        'final',
        `${where} does not verify: the ${source} says ${claim.final.of === 'state' ? 'state' : 'game'} ${fingerprint(claim.final.hash)}, replaying gives ${fingerprint(got)}; ${claim.final.of === 'state' ? engineNote : damaged}`,
      );
    }
  }
  const save: SaveDoc = {
    format: SAVE_FORMAT,
    version: CURRENT_SAVE_VERSION,
    engine: claim.engine,
    scenario,
    scenarioHash: claim.scenarioHash,
    seed: claim.seed,
    players: claim.players,
    start,
    // Every claimed turn verified above, so `hashes` and `chain` have one entry per turn.
    turns: claim.turns.map((t, i) => ({ orders: t.orders, hash: hashes[i] ?? '', chain: chain[i] ?? '' })),
  };
  return {
    ok: true,
    value: {
      save,
      states,
      reports,
      finalHash,
      gameHash,
      from: source,
      fileVersion,
      sameEngine: claim.engine === ENGINE_VERSION,
      cost: { ...estimate, spent },
    },
  };
}
