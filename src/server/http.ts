/**
 * Everything on the class server's port that is not a WebSocket:
 * - `/matchmake/…` (Colyseus's own HTTP step before a WebSocket): only `joinById` (with the
 *   join code) and `reconnect` are open, nobody creates a room this way. A code that names no
 *   class counts against the caller's address, and an address with too many wrong codes is
 *   refused for a while, so codes cannot be found by trying. A known class whose room is not
 *   running (after a restart, or on a process that died) is rebuilt from its log first.
 * - `/api/…`: the instructor's JSON (scenarios, classes, exports), behind the instructor key
 *   sent as `Authorization: Bearer <key>`.
 * - everything else: the built pages (static.ts), with the page's CSP as a header.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ENGINE_VERSION } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { MAX_JSON_BYTES, formatProblem, loadScenarioText, scenarioContentHash } from '../scenario/index.ts';
import type { ScenarioCatalog } from '../save/index.ts';
import {
  BOT_LEVELS,
  MAX_DEADLINE_SECONDS,
  MAX_WORLDS,
  MIN_DEADLINE_SECONDS,
  codeFromBytes,
  firstIssue,
  formatCode,
  isCode,
} from '../classroom/index.ts';
import type { Db } from './db.ts';
import { isUniqueViolation } from './db.ts';
import { classCsv, worldSave } from './exports.ts';
import { classExists, createClass, listClasses, readLog } from './log.ts';
import { RateLimiter } from './rateLimit.ts';
import { RebuildError, rebuild } from './session.ts';
import { securityHeaders, serveStatic } from './static.ts';

export interface HttpDeps {
  db: Db;
  instructorKey: string;
  /** The built pages, or null to serve none (tests of the protocol alone). */
  dist: string | null;
  csp: string;
  catalog: ScenarioCatalog;
  now(): number;
  /** Make sure the room of a known class runs somewhere (rebuilding it here if it runs nowhere). */
  ensureRoom(code: string): Promise<void>;
  /** Colyseus's own request listener (matchmaking, health check). */
  colyseus: RequestListener;
  /** Rooms this process hosts (for /api/stats). */
  localRooms(): Promise<number>;
}

/** Wrong codes an address may try in a window before it must wait (a whole class may share
 * one address behind a school's router, and some will mistype). An address over the limit is
 * refused everything for the rest of the window, right codes included: otherwise it could go
 * on guessing and only its hits would pass. */
export const WRONG_CODES_PER_WINDOW = 60;
export const WRONG_CODE_WINDOW_MS = 60_000;

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string, type: string): void {
  res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > max) {
      resolve(null);
      req.resume();
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (b: Buffer) => {
      size += b.length;
      if (size > max) {
        resolve(null);
        req.destroy();
        return;
      }
      parts.push(b);
    });
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

const CreateSchema = z.strictObject({
  scenario: z.union([
    z.strictObject({ id: z.string().min(1).max(64) }),
    z.strictObject({ text: z.string().min(1).max(MAX_JSON_BYTES) }),
  ]),
  worlds: z.number().int().min(1).max(MAX_WORLDS),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).exactOptional(),
  /** Every world draws the same chance events (differences then come from decisions only). */
  sameDice: z.boolean(),
  botLevel: z.enum(BOT_LEVELS),
  deadlineSeconds: z.number().int().min(MIN_DEADLINE_SECONDS).max(MAX_DEADLINE_SECONDS).nullable(),
  autoAdvance: z.boolean(),
});
export type CreateRequest = z.infer<typeof CreateSchema>;

export function createHandler(deps: HttpDeps): RequestListener {
  const wrongCodes = new RateLimiter(WRONG_CODES_PER_WINDOW, WRONG_CODE_WINDOW_MS);
  const headers = securityHeaders(deps.csp);
  const json = (res: ServerResponse, status: number, body: unknown): void =>
    send(res, status, headers, JSON.stringify(body), 'application/json; charset=utf-8');
  const fail = (res: ServerResponse, status: number, message: string): void => json(res, status, { error: message });

  const authorized = (req: IncomingMessage): boolean => {
    const h = req.headers.authorization ?? '';
    const m = /^Bearer ([A-Za-z0-9_-]{16,64})$/.exec(h);
    if (m?.[1] === undefined) return false;
    const a = Buffer.from(m[1]);
    const b = Buffer.from(deps.instructorKey);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const matchmake = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method === 'OPTIONS') return deps.colyseus(req, res);
    const m = /^\/matchmake\/(\w+)\/([^/]+)$/.exec(path);
    const method = m?.[1];
    const target = m?.[2] ?? '';
    if (method === 'reconnect') return deps.colyseus(req, res);
    if (method !== 'joinById') return fail(res, 403, 'Classes are joined with their code.');
    const ip = req.socket.remoteAddress ?? '?';
    const now = deps.now();
    if (wrongCodes.blocked(ip, now))
      return fail(res, 429, 'Too many wrong class codes from this network. Wait a minute, then try again.');
    if (!isCode(target) || !(await classExists(deps.db, target))) {
      wrongCodes.take(ip, now);
      return fail(
        res,
        404,
        isCode(target)
          ? `No class has the code ${formatCode(target)}. Check it with your instructor.`
          : 'That is not a class code.',
      );
    }
    try {
      await deps.ensureRoom(target);
    } catch (e) {
      const why = e instanceof RebuildError ? e.message : 'the server could not open it';
      return fail(res, 500, `The class ${formatCode(target)} cannot be opened: ${why}.`);
    }
    return deps.colyseus(req, res);
  };

  const createClassFrom = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const text = await readBody(req, MAX_JSON_BYTES + 4096);
    if (text === null) return fail(res, 413, 'The request is too large (the scenario may be at most 1 MiB).');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(res, 400, 'The request is not JSON.');
    }
    const r = CreateSchema.safeParse(body);
    if (!r.success) return fail(res, 400, `The class cannot be created: ${firstIssue(r.error)}.`);
    const c = r.data;
    let scenario: Scenario;
    if ('id' in c.scenario) {
      const found = deps.catalog.get(c.scenario.id);
      if (found === undefined) return fail(res, 404, `No shipped scenario has the id "${c.scenario.id}".`);
      scenario = found.scenario;
    } else {
      const loaded = loadScenarioText(c.scenario.text);
      if (!loaded.ok)
        return json(res, 400, {
          error: 'The scenario file has problems.',
          problems: loaded.error.slice(0, 20).map((p) => formatProblem('scenario', p)),
        });
      scenario = loaded.value;
    }
    const seed = c.seed ?? scenario.seed;
    const seeds = Array.from({ length: c.worlds }, (_, k) => (c.sameDice ? seed : seed + k));
    for (let attempt = 0; attempt < 8; attempt++) {
      const code = codeFromBytes(randomBytes(32));
      if (code === null) continue;
      try {
        await createClass(deps.db, code, {
          kind: 'created',
          engine: ENGINE_VERSION,
          scenario,
          scenarioHash: scenarioContentHash(scenario),
          seeds,
          settings: { botLevel: c.botLevel, deadlineSeconds: c.deadlineSeconds, autoAdvance: c.autoAdvance },
        });
        return json(res, 201, { code, title: scenario.title, worlds: c.worlds });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
    }
    return fail(res, 503, 'No free class code was found; try again.');
  };

  const classExport = async (res: ServerResponse, code: string, what: string): Promise<void> => {
    if (!isCode(code)) return fail(res, 404, 'That is not a class code.');
    const rows = await readLog(deps.db, code);
    if (rows.length === 0) return fail(res, 404, `No class has the code ${formatCode(code)}.`);
    let session: ReturnType<typeof rebuild>;
    try {
      session = rebuild(code, rows);
    } catch (e) {
      return fail(res, 500, e instanceof RebuildError ? e.message : 'the class cannot be read');
    }
    if (what === 'scores.csv') {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="veto-${code}-scores.csv"`,
        'cache-control': 'no-store',
      });
      res.end(classCsv(session));
      return;
    }
    const w = /^worlds\/([1-9][0-9]?)\/save$/.exec(what);
    if (w?.[1] === undefined) return fail(res, 404, 'No such export.');
    const save = worldSave(session, Number(w[1]) - 1);
    if (!save.ok) return fail(res, 500, `The save of world ${w[1]} does not verify: ${save.error}`);
    res.writeHead(200, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="veto-${code}-world-${w[1]}.json"`,
      'cache-control': 'no-store',
    });
    res.end(save.text);
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === '/api/health') return json(res, 200, { ok: true, db: deps.db.kind });
    if (!authorized(req)) return fail(res, 401, 'This needs the instructor key.');
    if (path === '/api/stats' && req.method === 'GET') {
      // For operators and the load script: this process's memory and CPU time.
      const gc = (globalThis as { gc?: () => void }).gc;
      if (new URL(req.url ?? '/', 'http://localhost').searchParams.has('gc') && gc !== undefined) gc();
      const m = process.memoryUsage();
      const c = process.cpuUsage();
      return json(res, 200, {
        rooms: await deps.localRooms(),
        rss: m.rss,
        heapUsed: m.heapUsed,
        external: m.external,
        cpuUserMicros: c.user,
        cpuSystemMicros: c.system,
        uptimeSeconds: process.uptime(),
      });
    }
    if (path === '/api/scenarios' && req.method === 'GET')
      return json(
        res,
        200,
        deps.catalog.ids().flatMap((id) => {
          const e = deps.catalog.get(id);
          return e === undefined
            ? []
            : [
                {
                  id,
                  title: e.scenario.title,
                  summary: e.scenario.summary,
                  turns: e.scenario.turns,
                  start: e.scenario.start,
                },
              ];
        }),
      );
    if (path === '/api/classes' && req.method === 'GET')
      return json(
        res,
        200,
        (await listClasses(deps.db)).map((c) => ({
          code: c.code,
          title: c.title,
          scenario: c.scenario_id,
          worlds: c.worlds,
          ended: c.ended,
          createdAt: new Date(c.created_at).toISOString(),
        })),
      );
    if (path === '/api/classes' && req.method === 'POST') return createClassFrom(req, res);
    const m = /^\/api\/classes\/([A-Z0-9]{6})\/(.+)$/.exec(path);
    if (m?.[1] !== undefined && m[2] !== undefined && req.method === 'GET') return classExport(res, m[1], m[2]);
    return fail(res, 404, 'No such address.');
  };

  return (req, res) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return fail(res, 400, 'Bad address.');
    }
    const run = async (): Promise<void> => {
      if (path.startsWith('/matchmake/')) return matchmake(req, res, path);
      if (path === '/__healthcheck') return deps.colyseus(req, res);
      if (path.startsWith('/api/')) return api(req, res, path);
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        deps.dist !== null &&
        serveStatic(deps.dist, path, req, res, headers)
      )
        return;
      send(res, 404, headers, 'Not found', 'text/plain; charset=utf-8');
    };
    run().catch((e: unknown) => {
      console.error('veto class server:', e);
      if (!res.headersSent) fail(res, 500, 'The server failed to answer; nothing was changed.');
      else res.destroy();
    });
  };
}
