/**
 * Share codes: the content of a save, packed, deflated and base64url-encoded, for the URL
 * fragment `#s=<code>`. The code's first character is its format version ("1"); the rest
 * is base64url of raw DEFLATE of:
 *
 *   engine          string
 *   scenario        0, id, 32-byte content hash   (a scenario in the catalog)
 *                 | 1, scenario JSON text          (any other: embedded)
 *   seed            varint
 *   string table    count, strings                (see packing.ts)
 *   players         packed object
 *   turns           count; per turn: packed order list, first 8 bytes of the state hash
 *   final hash      32 bytes, the full hash of the state after the last turn
 *
 * Opening a code goes through the same checks as a file (schemas, scenario, replay), after
 * bounds on the code (64 KiB), the inflated bytes (2 MiB) and every count inside.
 */
import type { Order } from '../engine/index.ts';
import { OrderListSchema } from '../engine/index.ts';
import { hashState } from '../engine/index.ts';
import { initialState } from '../scenario/index.ts';
import { scenarioContentHash } from '../scenario/index.ts';
import { MAX_JSON_BYTES } from '../scenario/index.ts';
import { loadScenarioText } from '../scenario/index.ts';
import { zodProblems } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { ByteReader, ByteWriter, DecodeError, fromHex } from './bytes.ts';
import type { ScenarioCatalog } from './catalog.ts';
import type { SaveResult } from './errors.ts';
import { fail, fromProblems, guarded } from './errors.ts';
import type { Players, SaveDoc } from './format.ts';
import { CURRENT_SAVE_VERSION, EngineVersion, MAX_SAVE_TURNS, PlayersSchema } from './format.ts';
import { boundedInflate, deflate } from './inflate.ts';
import { StringTable, packValue, readTable, unpackValue } from './packing.ts';
import type { Claim, LoadedGame } from './verify.ts';
import { MIN_HASH_PREFIX, verifyClaim } from './verify.ts';

export const LINK_VERSION = 1;
export const MAX_CODE_CHARS = 64 * 1024;
export const FRAGMENT_KEY = 's';
const PREFIX_BYTES = MIN_HASH_PREFIX / 2;
const SCENARIO_REF = 0;
const SCENARIO_EMBEDDED = 1;

/** The share code of a save. A scenario the catalog holds with the same content hash is
 * referred to; any other is embedded. */
export function encodeShareCode(save: SaveDoc, catalog: ScenarioCatalog): string {
  const w = new ByteWriter();
  w.string(save.engine);
  const shipped = catalog.get(save.scenario.id);
  if (shipped !== undefined && shipped.hash === save.scenarioHash) {
    w.byte(SCENARIO_REF);
    w.string(save.scenario.id);
    w.bytes(fromHex(save.scenarioHash));
  } else {
    w.byte(SCENARIO_EMBEDDED);
    w.string(JSON.stringify(save.scenario));
  }
  w.varint(save.seed);
  const table = new StringTable();
  table.collect(save.players);
  for (const t of save.turns) table.collect(t.orders);
  table.write(w);
  packValue(w, table, save.players);
  w.varint(save.turns.length);
  for (const t of save.turns) {
    packValue(w, table, t.orders);
    w.bytes(fromHex(t.hash.slice(0, MIN_HASH_PREFIX)));
  }
  const final = save.turns.at(-1)?.hash ?? hashState(initialState(save.scenario, save.seed));
  w.bytes(fromHex(final));
  return `${LINK_VERSION}${encodeBase64url(deflate(w.finish()))}`;
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

/** A share code (or anything `extractCode` accepts) → a verified game, or one error. */
export function loadShareCode(input: string, catalog: ScenarioCatalog): SaveResult<LoadedGame> {
  return guarded(() => openCode(input, catalog));
}

function openCode(input: string, catalog: ScenarioCatalog): SaveResult<LoadedGame> {
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
  if (version < 0 || version > 9)
    return fail('unreadable', 'link', 'not a Veto game code (it must start with its format digit)');
  if (version > LINK_VERSION) {
    return fail(
      'unsupported',
      'link',
      `this link is share format ${version}, newer than this program understands (up to ${LINK_VERSION}); update Veto to open it`,
    );
  }
  if (version < 1) return fail('unreadable', 'link', 'not a Veto game code (unknown format 0)');
  const b = decodeBase64url(code.slice(1));
  if (!b.ok) return fail('unreadable', 'link', `the code is damaged at character ${b.error.at + 2}: ${b.error.reason}`);
  const inflated = boundedInflate(b.value);
  if (!inflated.ok) {
    const why =
      inflated.error === 'tooLarge'
        ? 'it unpacks to more than 2 MiB, more than any game needs'
        : inflated.error === 'truncated'
          ? 'it is cut short (was the whole link copied?)'
          : 'it is damaged (its compressed data is invalid)';
    return fail('unreadable', 'link', `the code cannot be unpacked: ${why}`);
  }
  const claim = decodePayload(inflated.value, catalog);
  if (!claim.ok) return claim;
  return verifyClaim(claim.value, CURRENT_SAVE_VERSION, (i) => `turns[${i}]`);
}

interface RawPayload {
  engine: string;
  scenario: { ref: string; hash: string } | { text: string };
  seed: number;
  players: unknown;
  turns: { orders: unknown; prefix: string }[];
  finalHash: string;
}

function readPayload(bytes: Uint8Array): RawPayload {
  const r = new ByteReader(bytes);
  const engine = r.string(32);
  const tag = r.byte();
  let scenario: RawPayload['scenario'];
  if (tag === SCENARIO_REF) scenario = { ref: r.string(64), hash: r.hex(32) };
  else if (tag === SCENARIO_EMBEDDED) scenario = { text: r.string(MAX_JSON_BYTES) };
  else throw new DecodeError(`unknown scenario tag ${tag}`);
  const seed = r.varint();
  const table = readTable(r);
  const players = unpackValue(r, table);
  const n = r.count(1 + PREFIX_BYTES, MAX_SAVE_TURNS, 'the number of turns');
  const turns: RawPayload['turns'] = [];
  for (let i = 0; i < n; i++) turns.push({ orders: unpackValue(r, table), prefix: r.hex(PREFIX_BYTES) });
  const finalHash = r.hex(32);
  if (r.remaining !== 0) throw new DecodeError(`${r.remaining} unexpected byte(s) after the end of the game`);
  return { engine, scenario, seed, players, turns, finalHash };
}

function decodePayload(bytes: Uint8Array, catalog: ScenarioCatalog): SaveResult<Claim> {
  let raw: RawPayload;
  try {
    raw = readPayload(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return fail('unreadable', 'link', `the code is damaged: ${e.message}`);
    throw e;
  }
  let scenario: Scenario;
  let scenarioHash: string;
  if ('ref' in raw.scenario) {
    const entry = catalog.get(raw.scenario.ref);
    if (entry === undefined) {
      return fail(
        'invalid',
        'scenario',
        `the link refers to scenario "${raw.scenario.ref}", which this version of Veto does not ship`,
      );
    }
    if (entry.hash !== raw.scenario.hash) {
      return fail(
        'mismatch',
        'scenario',
        `the link was made with another version of scenario "${raw.scenario.ref}" (content ${raw.scenario.hash.slice(0, 8)}, this program has ${entry.hash.slice(0, 8)})`,
      );
    }
    scenario = entry.scenario;
    scenarioHash = entry.hash;
  } else {
    const r = loadScenarioText(raw.scenario.text);
    if (!r.ok) return fromProblems('invalid', r.error, 'scenario');
    scenario = r.value;
    scenarioHash = scenarioContentHash(scenario);
  }
  // Before the orders are checked: a code may pack far more of them than any game holds.
  if (raw.turns.length > scenario.turns) {
    return fail(
      'invalid',
      'turns',
      `has ${raw.turns.length} turns; scenario "${scenario.id}" has only ${scenario.turns}`,
    );
  }
  const engine = EngineVersion.safeParse(raw.engine, { reportInput: true });
  if (!engine.success) return fail('invalid', 'engine', 'is not a version number');
  const players = PlayersSchema.safeParse(raw.players, { reportInput: true });
  if (!players.success) return fromProblems('invalid', zodProblems(players.error), 'players');
  const turns: Claim['turns'] = [];
  for (const [i, t] of raw.turns.entries()) {
    const orders = OrderListSchema.safeParse(t.orders, { reportInput: true });
    if (!orders.success) return fromProblems('invalid', zodProblems(orders.error), `turns[${i}].orders`);
    turns.push({ orders: orders.data as Order[], hash: t.prefix });
  }
  return {
    ok: true,
    value: {
      engine: raw.engine,
      scenario,
      scenarioHash,
      seed: raw.seed,
      players: players.data as Players,
      turns,
      finalHash: raw.finalHash,
    },
  };
}
