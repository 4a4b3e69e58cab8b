/**
 * Class-server tests: an embedded database copied from a template (PGlite's first start runs
 * initdb, 15–60 s; a copy opens in about a second), a server on 127.0.0.1 with a free port,
 * and SDK clients. Every wait is bounded.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassClient, memoryTokens } from '../../src/net/index.ts';
import type { ClassClientOptions, ClassSnapshot, Identity, TokenStore } from '../../src/net/index.ts';
import type { Db } from '../../src/server/db.ts';
import { migrate, openPglite } from '../../src/server/db.ts';
import { shippedScenarios } from '../../src/server/catalog.ts';
import type { BotPool } from '../../src/server/botPool.ts';
import type { ClassServer } from '../../src/server/server.ts';
import { startClassServer } from '../../src/server/server.ts';
import type { CreateRequest } from '../../src/server/http.ts';

export const KEY = 'test-instructor-key-0123456789';

const PGLITE_VERSION: string = JSON.parse(
  readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
).version;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An initialised, migrated data folder, made once per machine and PGlite version. */
export async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `veto-pglite-template-${PGLITE_VERSION}`);
  const done = join(dir, 'ready');
  const lock = `${dir}.lock`;
  for (let i = 0; i < 600; i++) {
    if (existsSync(done)) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is making it; a lock older than 5 minutes was left by a crash.
      if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      rmSync(dir, { recursive: true, force: true });
      const db = await openPglite(dir);
      await migrate(db);
      await db.close();
      mkdirSync(done);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error('the PGlite template was not ready after 150 s');
}

/** A fresh data folder (a copy of the template). */
export async function freshDataDir(): Promise<string> {
  const template = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'veto-class-test-'));
  cpSync(join(template, 'pg'), join(dir, 'pg'), { recursive: true });
  return dir;
}

export interface TestServer {
  server: ClassServer;
  db: Db;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestServer(
  o: {
    dataDir?: string;
    port?: number;
    dist?: string | null;
    reconnectSeconds?: number;
    now?: () => number;
    hardBudget?: number;
    bots?: BotPool;
  } = {},
): Promise<TestServer> {
  const dataDir = o.dataDir ?? (await freshDataDir());
  const db = await openPglite(dataDir);
  const server = await startClassServer({
    db,
    instructorKey: KEY,
    catalog: shippedScenarios().catalog,
    port: o.port ?? 0,
    host: '127.0.0.1',
    dist: o.dist ?? null,
    reconnectSeconds: o.reconnectSeconds ?? 30,
    ...(o.now === undefined ? {} : { now: o.now }),
    ...(o.hardBudget === undefined ? {} : { hardBudget: o.hardBudget }),
    ...(o.bots === undefined ? {} : { bots: o.bots }),
  });
  return {
    server,
    db,
    url: server.url,
    dataDir,
    async close() {
      await server.close();
      await db.close();
    },
  };
}

export async function api<T>(url: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}: ${text}`);
  return (res.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as T) : (text as T);
}

export async function getText(url: string, path: string): Promise<string> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}: ${text}`);
  return text;
}

export async function createTestClass(url: string, over: Partial<CreateRequest> = {}): Promise<string> {
  const body: CreateRequest = {
    scenario: { id: 'pyongyang-2024' },
    worlds: 1,
    sameDice: true,
    botLevel: 'easy',
    deadlineSeconds: null,
    autoAdvance: true,
    ...over,
  };
  return (await api<{ code: string }>(url, '/api/classes', { method: 'POST', body })).code;
}

/** Fast reconnection for tests (the SDK's default waits for 5 s of uptime first). */
export const TEST_RECONNECTION = { maxRetries: 6, minDelay: 50, maxDelay: 400, minUptime: 0 };

export function client(
  endpoints: string | readonly string[],
  code: string,
  identity: Identity,
  extra: Partial<ClassClientOptions> & { tokens?: TokenStore } = {},
): ClassClient {
  return new ClassClient({
    endpoints: typeof endpoints === 'string' ? [endpoints] : endpoints,
    code,
    identity,
    tokens: extra.tokens ?? memoryTokens(),
    reconnection: TEST_RECONNECTION,
    rejoinForMs: 30_000,
    ...extra,
  });
}

export const instructor = (url: string | readonly string[], code: string): ClassClient =>
  client(url, code, { role: 'instructor', key: KEY });

/** Wait until `pred` holds for the client's snapshot (bounded). */
export function until(
  c: ClassClient,
  pred: (s: ClassSnapshot) => boolean,
  ms = 20_000,
  what = 'condition',
): Promise<ClassSnapshot> {
  return new Promise((resolve, reject) => {
    if (pred(c.snapshot)) return resolve(c.snapshot);
    const t = setTimeout(() => {
      off();
      reject(
        new Error(
          `timed out after ${ms} ms waiting for ${what}; last: ${JSON.stringify({ connection: c.snapshot.connection, problem: c.snapshot.problem, error: c.snapshot.error, turn: c.snapshot.turn?.state.turn })}`,
        ),
      );
    }, ms);
    const off = c.subscribe((s) => {
      if (pred(s)) {
        clearTimeout(t);
        off();
        resolve(s);
      }
    });
  });
}
