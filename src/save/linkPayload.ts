/**
 * The bytes inside a share code (after base64url and DEFLATE), in the two share formats.
 *
 * Format 2 (written now):
 *   engine          string
 *   scenario        0, id, 32-byte content hash                 (a scenario in the catalog)
 *                 | 1, 32-byte content hash, scenario JSON text  (any other: embedded)
 *   seed            varint
 *   string table    count, strings                             (see packing.ts)
 *   players         packed object
 *   start           the first 4 bytes of the chain's start     (chain.ts)
 *   turns           count; per turn: packed order list, the first 4 bytes of the state hash
 *                   and the first 4 bytes of the chain hash after the turn
 *   final           32 bytes: the chain's last link (the start when no turn was played)
 *
 * Format 1 (read only; links made before the chain): no content hash for an embedded
 * scenario, no start, 8 bytes of the state hash per turn, and the last state's full hash.
 *
 * The per-turn prefixes only name the first turn that differs; the full final link covers
 * every order, state, name and text, so a changed link that slips past a prefix is still
 * refused. Readers never read past the end and refuse bytes left over.
 */
import { ByteReader, ByteWriter, DecodeError, fromHex } from './bytes.ts';
import { MAX_JSON_BYTES } from '../scenario/index.ts';
import type { SaveDoc } from './format.ts';
import { MAX_SAVE_TURNS } from './format.ts';
import { StringTable, packValue, readTable, unpackValue } from './packing.ts';

const SCENARIO_REF = 0;
const SCENARIO_EMBEDDED = 1;
/** Bytes of each hash prefix per turn in format 2 (4 bytes = the 8-digit fingerprint). */
export const PREFIX_BYTES = 4;
const V1_PREFIX_BYTES = 8;

export type RawScenario = { ref: string; hash: string } | { text: string; hash?: string };

/** A code's content, decoded but not yet checked against any schema. */
export interface RawPayload {
  engine: string;
  scenario: RawScenario;
  seed: number;
  players: unknown;
  start?: string;
  turns: { orders: unknown; hash: string; chain?: string }[];
  final: { of: 'state' | 'chain'; hash: string };
}

/** Format 2 bytes of a save; `ref` says the catalog holds its scenario under its id and hash. */
export function writePayload(save: SaveDoc, ref: boolean): Uint8Array {
  const w = new ByteWriter();
  w.string(save.engine);
  if (ref) {
    w.byte(SCENARIO_REF);
    w.string(save.scenario.id);
    w.bytes(fromHex(save.scenarioHash));
  } else {
    w.byte(SCENARIO_EMBEDDED);
    w.bytes(fromHex(save.scenarioHash));
    w.string(JSON.stringify(save.scenario));
  }
  w.varint(save.seed);
  const table = new StringTable();
  table.collect(save.players);
  for (const t of save.turns) table.collect(t.orders);
  table.write(w);
  packValue(w, table, save.players);
  w.bytes(prefix(save.start));
  w.varint(save.turns.length);
  for (const t of save.turns) {
    packValue(w, table, t.orders);
    w.bytes(prefix(t.hash));
    w.bytes(prefix(t.chain));
  }
  w.bytes(fromHex(save.turns.at(-1)?.chain ?? save.start));
  return w.finish();
}

function prefix(hash: string): Uint8Array {
  return fromHex(hash.slice(0, PREFIX_BYTES * 2));
}

/** Decodes format 1 or 2; throws DecodeError on malformed bytes. */
export function readPayload(version: 1 | 2, bytes: Uint8Array): RawPayload {
  const r = new ByteReader(bytes);
  const engine = r.string(32);
  const tag = r.byte();
  let scenario: RawScenario;
  if (tag === SCENARIO_REF) scenario = { ref: r.string(64), hash: r.hex(32) };
  else if (tag === SCENARIO_EMBEDDED)
    scenario = version === 1 ? { text: r.string(MAX_JSON_BYTES) } : { hash: r.hex(32), text: r.string(MAX_JSON_BYTES) };
  else throw new DecodeError(`unknown scenario tag ${tag}`);
  const seed = r.varint();
  const table = readTable(r);
  const players = unpackValue(r, table);
  const start = version === 1 ? undefined : r.hex(PREFIX_BYTES);
  const perTurn = version === 1 ? V1_PREFIX_BYTES : 2 * PREFIX_BYTES;
  const n = r.count(1 + perTurn, MAX_SAVE_TURNS, 'the number of turns');
  const turns: RawPayload['turns'] = [];
  for (let i = 0; i < n; i++) {
    const orders = unpackValue(r, table);
    turns.push(
      version === 1
        ? { orders, hash: r.hex(V1_PREFIX_BYTES) }
        : { orders, hash: r.hex(PREFIX_BYTES), chain: r.hex(PREFIX_BYTES) },
    );
  }
  const final = { of: version === 1 ? ('state' as const) : ('chain' as const), hash: r.hex(32) };
  if (r.remaining !== 0) throw new DecodeError(`${r.remaining} unexpected byte(s) after the end of the game`);
  return start === undefined
    ? { engine, scenario, seed, players, turns, final }
    : { engine, scenario, seed, players, start, turns, final };
}
