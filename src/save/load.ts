/**
 * Save file text → a verified game, or one error naming where and what.
 * Stages, each only after the one before has passed: bounded JSON → header (format,
 * version) → migrations → version-3 schema → scenario (schema and semantics) → scenario
 * content hash → the replay's cost → replay of every turn against its state and chain hashes.
 */
import type { Order } from '../engine/index.ts';
import { ENGINE_VERSION } from '../engine/index.ts';
import { scenarioContentHash } from '../scenario/index.ts';
import { zodProblems } from '../scenario/index.ts';
import { overBudget, replayCost } from './budget.ts';
import type { SaveResult } from './errors.ts';
import { fail, fromProblems, guarded, scenarioRefused } from './errors.ts';
import type { Players } from './format.ts';
import { SaveV3Schema } from './format.ts';
import { migrateToCurrent, readHeader } from './migrate.ts';
import { validateScenarioCached } from './scenarioCache.ts';
import { parseSaveJson } from './untrusted.ts';
import type { Claim, LoadedGame, VerifyOptions } from './verify.ts';
import { verifyClaim } from './verify.ts';

export function loadSave(text: string, opts: VerifyOptions = {}): SaveResult<LoadedGame> {
  return guarded(() => openSave(text, opts));
}

function openSave(text: string, opts: VerifyOptions): SaveResult<LoadedGame> {
  const parsed = parseSaveJson(text);
  if (!parsed.ok) return parsed;
  const claim = readSaveDocument(parsed.value);
  if (!claim.ok) return claim;
  return verifyClaim(claim.value.claim, claim.value.version, 'save', opts);
}

/** A parsed document → the claim it makes, checked in every way short of replaying it. */
export function readSaveDocument(doc: unknown): SaveResult<{ claim: Claim; version: number }> {
  const header = readHeader(doc);
  if (!header.ok) return header;
  const migrated = migrateToCurrent(doc, header.value);
  if (!migrated.ok) return migrated;
  const r = SaveV3Schema.safeParse(migrated.value, { reportInput: true });
  if (!r.success) return fromProblems('invalid', zodProblems(r.error));
  const d = r.data;
  // Priced once before the scenario is checked (which replays its historical script), with
  // the orders alone, and again in full by verifyClaim.
  const early = overBudget(replayCost(0, 0, d.turns as { orders: Order[] }[]));
  if (early !== undefined) return fail('invalid', 'turns', early);
  const scenario = validateScenarioCached(d.scenario);
  if (!scenario.ok) return scenarioRefused(scenario.error, d.engine, ENGINE_VERSION);
  const contentHash = scenarioContentHash(scenario.value);
  if (contentHash !== d.scenarioHash) {
    return fail(
      'mismatch',
      'scenarioHash',
      'the embedded scenario does not match its content hash: it was changed after the game was saved',
    );
  }
  return {
    ok: true,
    value: {
      version: header.value,
      claim: {
        engine: d.engine,
        scenario: scenario.value,
        scenarioHash: contentHash,
        seed: d.seed,
        players: d.players as Players,
        start: d.start,
        turns: d.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash, chain: t.chain })),
      },
    },
  };
}
