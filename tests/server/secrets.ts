/**
 * The secrecy check of a class client's traffic, written without the engine's view code so it
 * checks that code rather than repeat it: it decodes every frame a client received and walks
 * every value, looking for what an actor may not see of another (GAME.md, "Secrets"):
 * stockpiles and priorities, scores, objectives, relations between others, covert shipments and
 * deals it is not a party to (unless detected), the trade ledger, another actor's orders or
 * rejected orders, changes to another's stocks, private messages between others, and the other
 * actors' briefings.
 */
import { unpackMultiple } from 'msgpackr';
import type { ActorId } from '../../src/engine/index.ts';
import { ACTORS, ORDER_KINDS } from '../../src/engine/index.ts';

const ROOM_DATA = 13;

/** The (type, payload) of every data frame; throws on a frame it cannot read (so nothing
 * received goes unexamined). Other frames (join handshake, pings) carry no payload we send. */
export function decodeFrames(frames: readonly Buffer[]): { type: string; payload: unknown }[] {
  const out: { type: string; payload: unknown }[] = [];
  for (const f of frames) {
    if (f[0] !== ROOM_DATA) continue;
    const [type, payload] = unpackMultiple(f.subarray(1)) as [unknown, unknown];
    if (typeof type !== 'string') throw new Error(`a data frame with type ${String(type)}`);
    out.push({ type, payload });
  }
  return out;
}

const ORDER_KIND_SET: ReadonlySet<string> = new Set(ORDER_KINDS);

function isActor(v: unknown): v is ActorId {
  return typeof v === 'string' && (ACTORS as readonly string[]).includes(v);
}

function visibleTo(v: unknown, me: ActorId): boolean {
  return v === 'all' || (Array.isArray(v) && v.includes(me));
}

export const LEAK_KINDS = [
  'stocks',
  'scores',
  'objectives',
  'relations',
  'trade',
  'covert shipment',
  'covert deal',
  'hidden entry',
  'order',
  'rejected order',
  'stock change',
  'private message',
] as const;
export type LeakKind = (typeof LEAK_KINDS)[number];

export interface Leak {
  kind: LeakKind;
  where: string;
}

/** Every place in `value` that shows `me` something of another actor it may not see. */
export function leaks(value: unknown, me: ActorId, path = '$'): Leak[] {
  const out: Leak[] = [];
  const push = (kind: LeakKind, where: string): void => void out.push({ kind, where });
  const walk = (v: unknown, p: string): void => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${p}[${i}]`);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    const others = (rec: unknown): string[] =>
      typeof rec === 'object' && rec !== null ? Object.keys(rec).filter((k) => isActor(k) && k !== me) : [];
    for (const [k, x] of Object.entries(o)) {
      if ((k === 'actors' || k === 'scores' || k === 'objectives') && others(x).length > 0)
        push(k === 'actors' ? 'stocks' : k, `${p}.${k}: ${others(x).join(', ')}`);
      if (k === 'relations' && typeof x === 'object' && x !== null)
        for (const pair of Object.keys(x))
          if (!pair.split('-').includes(me)) push('relations', `${p}.relations.${pair}`);
      if (k === 'trade' && x !== null && x !== undefined) push('trade', `${p}.trade`);
    }
    // A covert shipment or deal between others that was not detected.
    if (o.mode === 'covert' && isActor(o.from) && isActor(o.to) && o.from !== me && o.to !== me && o.detected !== true)
      push('covert shipment', `${p}: ${o.from}→${o.to}`);
    if (o.mode === 'covert' && isActor(o.proposer) && isActor(o.partner) && o.proposer !== me && o.partner !== me)
      push('covert deal', `${p}: ${o.proposer}–${o.partner}`);
    // An entry whose visibility leaves me out.
    if ('visibleTo' in o && !visibleTo(o.visibleTo, me))
      push('hidden entry', `${p}: for ${JSON.stringify(o.visibleTo)}`);
    // Another actor's order (pending or past) or rejected order.
    // (A report's notes also have a kind and an actor, e.g. a public launch; they carry a
    // visibility, orders do not.)
    if (
      typeof o.kind === 'string' &&
      ORDER_KIND_SET.has(o.kind) &&
      isActor(o.actor) &&
      o.actor !== me &&
      !('visibleTo' in o)
    )
      push('order', `${p}: ${o.actor}'s ${o.kind}`);
    if (typeof o.reason === 'string' && typeof o.order === 'number' && isActor(o.actor) && o.actor !== me)
      push('rejected order', `${p}: ${o.actor}'s`);
    // A change to another actor's stock.
    const t = o.target as Record<string, unknown> | undefined;
    if (
      typeof t === 'object' &&
      t !== null &&
      t.kind === 'stock' &&
      isActor(t.actor) &&
      t.actor !== me &&
      'before' in o
    )
      push('stock change', `${p}: ${t.actor}'s ${String(t.resource)}`);
    // A private message between two other actors.
    if (typeof o.text === 'string' && 'fromName' in o && isActor(o.to) && o.to !== me && o.from !== me)
      push('private message', `${p}: ${String(o.from)}→${o.to}`);
    for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`);
  };
  walk(value, path);
  return out;
}

/** Every other actor's briefing found verbatim in the bytes. */
export function briefingsIn(
  frames: readonly Buffer[],
  briefings: Readonly<Record<ActorId, string>>,
  me: ActorId,
): ActorId[] {
  const all = Buffer.concat(frames);
  return ACTORS.filter((a) => a !== me && all.includes(Buffer.from(briefings[a], 'utf8')));
}
