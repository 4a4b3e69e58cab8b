/**
 * The class server: one HTTP port for the built pages, the instructor's API, Colyseus's
 * matchmaking and the WebSockets. Colyseus 0.18 on Node 20 needs one fix, applied first
 * (nodeWebSocket.ts). With `redisUrl`, Colyseus's Redis presence and driver let several
 * processes share the rooms and matchmaking; each process must then be reachable by browsers
 * at its `publicAddress` (Colyseus sends a client to the process that hosts its room).
 *
 * Colyseus's matchmaker is one per process, so a process runs one class server.
 */
import './nodeWebSocket.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import { Server, matchMaker } from '@colyseus/core';
import type { Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { ScenarioCatalog } from '../save/index.ts';
import { HARD_BUDGET } from '../ai/index.ts';
import { BotPool } from './botPool.ts';
import type { RoomContext } from './classRoom.ts';
import { ClassRoom } from './classRoom.ts';
import type { Db } from './db.ts';
import { migrate } from './db.ts';
import { createHandler } from './http.ts';
import { cspOf } from './static.ts';

export interface ClassServerOptions {
  db: Db;
  instructorKey: string;
  catalog: ScenarioCatalog;
  port: number;
  host: string;
  /** The built pages (dist/), or null. */
  dist: string | null;
  redisUrl?: string;
  /** host:port at which browsers reach this process (needed with Redis). */
  publicAddress?: string;
  reconnectSeconds?: number;
  now?: () => number;
  /** Rollouts of a hard bot's decision (default HARD_BUDGET; tests pass fewer). */
  hardBudget?: number;
  /** Worker threads for the hard bots (default 1). */
  botThreads?: number;
  /** The hard bots' pool itself (tests pass one whose thread fails); the server closes it. */
  bots?: BotPool;
}

export interface ClassServer {
  port: number;
  url: string;
  /** The hard bots' worker threads (started on the first hard decision). */
  bots: BotPool;
  /** Stop accepting, close every room and connection. The database stays open (its owner closes it). */
  close(): Promise<void>;
}

/** Largest WebSocket message a client may send (a turn's orders are a few kilobytes). */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export async function startClassServer(o: ClassServerOptions): Promise<ClassServer> {
  await migrate(o.db);
  const now = o.now ?? (() => Date.now());
  const ctx: RoomContext = {
    db: o.db,
    instructorKey: o.instructorKey,
    now,
    reconnectSeconds: o.reconnectSeconds ?? 60,
    bots: o.bots ?? new BotPool({ size: o.botThreads ?? 1 }),
    hardBudget: o.hardBudget ?? HARD_BUDGET,
  };
  const http = createServer();
  let presence: Presence | undefined;
  let driver: matchMaker.MatchMakerDriver | undefined;
  if (o.redisUrl !== undefined) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }
  const gs = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    greet: false,
    gracefullyShutdown: false,
    ...(presence === undefined ? {} : { presence }),
    ...(driver === undefined ? {} : { driver }),
    ...(o.publicAddress === undefined ? {} : { publicAddress: o.publicAddress }),
    // A class's room is rebuilt where the request for it arrived (see ensureRoom).
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  });
  class Room extends ClassRoom {}
  Room.prototype.ctx = ctx;
  gs.define('class', Room);
  // Students join by code; nobody creates a room through matchmaking.
  matchMaker.controller.exposedMethods = ['joinById', 'reconnect'];

  const opening = new Map<string, Promise<void>>();
  const ensureRoom = (code: string): Promise<void> => {
    let p = opening.get(code);
    if (p === undefined) {
      p = openRoom(code).finally(() => opening.delete(code));
      opening.set(code, p);
    }
    return p;
  };
  const openRoom = async (code: string): Promise<void> => {
    const [listed] = await matchMaker.query({ roomId: code });
    if (listed !== undefined) {
      if (listed.processId === matchMaker.processId) return;
      // Hosted by another process: fine while it answers; if it is gone, its rooms are
      // removed from the listing and the class is rebuilt here.
      if (await matchMaker.healthCheckProcessId(listed.processId)) return;
    }
    try {
      await matchMaker.createRoom('class', { code });
    } catch (e) {
      // Another request (here or on another process) opened it at the same moment.
      if ((await matchMaker.query({ roomId: code })).length === 0) throw e;
    }
  };

  await gs.listen(o.port, o.host);
  // Colyseus put its own request listener in front (it answers 404 to anything it does not
  // know): keep it for its own paths only, behind ours.
  const colyseus = http.listeners('request')[0] as RequestListener | undefined;
  if (colyseus === undefined) throw new Error('Colyseus installed no HTTP listener');
  http.removeAllListeners('request');
  http.on(
    'request',
    createHandler({
      db: o.db,
      instructorKey: o.instructorKey,
      dist: o.dist,
      csp: cspOf(o.dist),
      catalog: o.catalog,
      now,
      ensureRoom,
      colyseus,
      localRooms: async () => (await matchMaker.query({})).filter((r) => r.processId === matchMaker.processId).length,
    }),
  );
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`,
    bots: ctx.bots,
    async close() {
      await gs.gracefullyShutdown(false);
      await ctx.bots.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
