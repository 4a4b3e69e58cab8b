/**
 * Share codes: the content of a save, packed (linkPayload.ts), deflated and base64url-encoded,
 * for the URL fragment `#s=<code>`. The code's first character is its share format ("2"; codes
 * of format 1 still open); the rest is base64url of raw DEFLATE of the payload.
 *
 * Opening a code goes through the same checks as a file (schemas, scenario, the replay's cost,
 * replay against the hash chain), after bounds on the code (64 KiB), the inflated bytes
 * (2 MiB, nothing after the compressed stream) and every count inside.
 */
import type { Order } from '../engine/index.ts';
import { OrderListSchema, sha256Hex } from '../engine/index.ts';
import { parseUntrustedJson, scenarioContentHash, sortedJson } from '../scenario/index.ts';
import { zodProblems } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { DecodeError } from './bytes.ts';
import type { ScenarioCatalog } from './catalog.ts';
import type { SaveResult } from './errors.ts';
import { fail, fromProblems, guarded } from './errors.ts';
import type { Players, SaveDoc } from './format.ts';
import { EngineVersion, LINK_VERSION, PlayersSchema } from './format.ts';
import { overBudget, replayCost } from './budget.ts';
import { boundedInflate, deflate } from './inflate.ts';
import type { RawPayload } from './linkPayload.ts';
import { readPayload, writePayload } from './linkPayload.ts';
import { validateScenarioCached } from './scenarioCache.ts';
import type { Claim, LoadedGame, VerifyOptions } from './verify.ts';
import { verifyClaim } from './verify.ts';

export { LINK_VERSION };
export const OLDEST_LINK_VERSION = 1;
export const MAX_CODE_CHARS = 64 * 1024;
export const FRAGMENT_KEY = 's';

/** The share code of a save. A scenario the catalog holds with the same content hash is
 * referred to; any other is embedded with its content hash. */
export function encodeShareCode(save: SaveDoc, catalog: ScenarioCatalog): string {
  const shipped = catalog.get(save.scenario.id);
  const ref = shipped !== undefined && shipped.hash === save.scenarioHash;
  return `${LINK_VERSION}${encodeBase64url(deflate(writePayload(save, ref)))}`;
}

/** The fragment to put after a page's address: `#s=<code>`. */
export function shareFragment(code: string): string {
  return `#${FRAGMENT_KEY}=${code}`;
}

/** The code inside whatever was pasted: a whole address, a fragment `#s=…`, `s=…`, or the
 * bare code. White space anywhere is ignored (mail programs wrap long links). */
export function extractCode(input: string): string {
  const s = input.replace(/\s+/g, '');
  const hash = s.indexOf('#');
  const frag = hash >= 0 ? s.slice(hash + 1) : s;
  for (const part of frag.split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
  }
  return frag;
}

/** A format digit and at least 40 base64url characters: the smallest game (a shipped scenario
 * by id and hash, no turn) packs to more than that. */
const CODE_SHAPE = /^[0-9][A-Za-z0-9_-]{40,}$/;

/** Whether a text (a pasted address, a text file) holds something shaped like a share code:
 * an address with `#s=`, or a code that may be wrapped over lines (mail programs do that) but
 * has no space inside a line, as words do. */
export function looksLikeShareCode(input: string): boolean {
  if (input.length > MAX_CODE_CHARS + 4096) return false;
  if (input.includes(`#${FRAGMENT_KEY}=`)) return true;
  const unwrapped = input.trim().replace(/[^\S\n]*\n\s*/g, '');
  return CODE_SHAPE.test(unwrapped);
}

/** A share code (or anything `extractCode` accepts) → a verified game, or one error. */
export function loadShareCode(
  input: string,
  catalog: ScenarioCatalog,
  opts: VerifyOptions = {},
): SaveResult<LoadedGame> {
  return guarded(() => openCode(input, catalog, opts));
}

const NOT_A_CODE = 'not a Veto game code (a code is a format digit followed by letters, digits, - and _)';

function openCode(input: string, catalog: ScenarioCatalog, opts: VerifyOptions): SaveResult<LoadedGame> {
  if (input.length > MAX_CODE_CHARS + 4096) {
    return fail(
      'unreadable',
      'link',
      `the link is ${input.length} characters; a link may have at most ${MAX_CODE_CHARS}`,
    );
  }
  const code = extractCode(input);
  if (code.length === 0) return fail('unreadable', 'link', 'the link holds no game code');
  if (code.length > MAX_CODE_CHARS)
    return fail(
      'unreadable',
      'link',
      `the code is ${code.length} characters; a code may have at most ${MAX_CODE_CHARS}`,
    );
  const version = code.charCodeAt(0) - 48;
  if (version < 0 || version > 9) return fail('unreadable', 'link', NOT_A_CODE);
  // Only something shaped like a code is called a newer one: a text file that happens to
  // start with a digit is not a link at all.
  if (version > LINK_VERSION) {
    if (!CODE_SHAPE.test(code) || !looksLikeShareCode(input)) return fail('unreadable', 'link', NOT_A_CODE);
    return fail(
      'unsupported',
      'link',
      `this link is share format ${version}, newer than this program understands (up to ${LINK_VERSION}); update Veto to open it`,
    );
  }
  if (version < OLDEST_LINK_VERSION)
    return fail('unreadable', 'link', `not a Veto game code (unknown format ${version})`);
  const b = decodeBase64url(code.slice(1));
  if (!b.ok) return fail('unreadable', 'link', `the code is damaged at character ${b.error.at + 2}: ${b.error.reason}`);
  const inflated = boundedInflate(b.value);
  if (!inflated.ok) {
    const why =
      inflated.error === 'tooLarge'
        ? 'it unpacks to more than 2 MiB, more than any game needs'
        : inflated.error === 'truncated'
          ? 'it is cut short (was the whole link copied?)'
          : inflated.error === 'trailing'
            ? 'it has extra data after its end'
            : 'it is damaged (its compressed data is invalid)';
    return fail('unreadable', 'link', `the code cannot be unpacked: ${why}`);
  }
  let raw: RawPayload;
  try {
    raw = readPayload(version === 1 ? 1 : 2, inflated.value);
  } catch (e) {
    if (e instanceof DecodeError) return fail('unreadable', 'link', `the code is damaged: ${e.message}`);
    throw e;
  }
  const claim = checkPayload(raw, catalog);
  if (!claim.ok) return claim;
  return verifyClaim(claim.value, version, 'link', opts);
}

/** The scenario a code names or carries, checked like a file's. */
function scenarioOf(raw: RawPayload, catalog: ScenarioCatalog): SaveResult<{ scenario: Scenario; hash: string }> {
  const s = raw.scenario;
  if ('ref' in s) {
    const entry = catalog.get(s.ref);
    if (entry === undefined) {
      return fail(
        'invalid',
        'scenario',
        `the link refers to scenario "${s.ref}", which this version of Veto does not ship`,
      );
    }
    if (entry.hash !== s.hash) {
      return fail(
        'mismatch',
        'scenario',
        `the link was made with another version of scenario "${s.ref}" (content ${s.hash.slice(0, 8)}, this program has ${entry.hash.slice(0, 8)})`,
      );
    }
    return { ok: true, value: { scenario: entry.scenario, hash: entry.hash } };
  }
  const parsed = parseUntrustedJson(s.text);
  if (!parsed.ok) return fromProblems('invalid', parsed.error, 'scenario');
  // The content hash is checked before the (much dearer) validation: a changed text is refused
  // at once. Validation changes nothing in a scenario, so both hashes agree on a valid one.
  const changed = 'the embedded scenario does not match its content hash: it was changed after the link was made';
  const key = sha256Hex(sortedJson(parsed.value));
  if (s.hash !== undefined && key !== s.hash) return fail('mismatch', 'scenario', changed);
  const r = validateScenarioCached(parsed.value, key);
  if (!r.ok) return fromProblems('invalid', r.error, 'scenario');
  const hash = scenarioContentHash(r.value);
  if (s.hash !== undefined && hash !== s.hash) return fail('mismatch', 'scenario', changed);
  return { ok: true, value: { scenario: r.value, hash } };
}

function checkPayload(raw: RawPayload, catalog: ScenarioCatalog): SaveResult<Claim> {
  const engine = EngineVersion.safeParse(raw.engine, { reportInput: true });
  if (!engine.success) return fail('invalid', 'engine', 'is not a version number');
  const players = PlayersSchema.safeParse(raw.players, { reportInput: true });
  if (!players.success) return fromProblems('invalid', zodProblems(players.error), 'players');
  const turns: Claim['turns'] = [];
  for (const [i, t] of raw.turns.entries()) {
    const orders = OrderListSchema.safeParse(t.orders, { reportInput: true });
    if (!orders.success) return fromProblems('invalid', zodProblems(orders.error), `turns[${i}].orders`);
    const o = orders.data as Order[];
    turns.push(t.chain === undefined ? { orders: o, hash: t.hash } : { orders: o, hash: t.hash, chain: t.chain });
  }
  // Priced once before the scenario is checked (which replays its historical script), with
  // the orders alone, and again in full by verifyClaim.
  const early = overBudget(replayCost(0, 0, turns));
  if (early !== undefined) return fail('invalid', 'turns', early);
  const sc = scenarioOf(raw, catalog);
  if (!sc.ok) return sc;
  const { scenario } = sc.value;
  if (turns.length > scenario.turns) {
    return fail('invalid', 'turns', `has ${turns.length} turns; scenario "${scenario.id}" has only ${scenario.turns}`);
  }
  const claim: Claim = {
    engine: raw.engine,
    scenario,
    scenarioHash: sc.value.hash,
    seed: raw.seed,
    players: players.data as Players,
    turns,
    final: raw.final,
  };
  if (raw.start !== undefined) claim.start = raw.start;
  return { ok: true, value: claim };
}
