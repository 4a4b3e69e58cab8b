/**
 * `npm run class [-- --port N] [--host ADDR] [--data DIR]`: a whole class on one laptop.
 * Builds the pages if they are missing or older than the sources, opens the embedded database
 * in the data folder (PostgreSQL instead when DATABASE_URL is set; Redis presence when
 * REDIS_URL is set), starts the server and prints the instructor's address (with its secret
 * key) and the students' join page, with a QR code of the latter.
 *
 * Other environment: VETO_INSTRUCTOR_KEY (the key, shared by every process of one class
 * server), PUBLIC_ADDRESS (host:port browsers use to reach this process, with Redis).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { newSecret } from './secrets.ts';
import type { Db } from './db.ts';
import { DataDirLocked, openPglite, openPostgres } from './db.ts';
import { shippedScenarios } from './catalog.ts';
import { startClassServer } from './server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['index.html', 'class.html', 'console.html'];

function usage(message: string): never {
  console.error(`veto class: ${message}`);
  console.error('usage: npm run class -- [--port N] [--host ADDR] [--data DIR] [--dist DIR] [--no-build] [--api-only]');
  process.exit(2);
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** Build dist/ when a page is missing or older than what it is built from. */
function buildIfNeeded(dist: string): void {
  const built = Math.min(...PAGES.map((p) => (existsSync(join(dist, p)) ? statSync(join(dist, p)).mtimeMs : 0)));
  const sources = Math.max(
    ...['src', 'scenarios', 'assets', 'vite.config.ts', 'package.json', ...PAGES].map((p) => newest(join(ROOT, p))),
  );
  if (built > 0 && built >= sources) return;
  console.log('Building the game pages (vite build)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) usage('the build failed; see the messages above');
}

function instructorKey(dataDir: string | null): string {
  const fromEnv = process.env.VETO_INSTRUCTOR_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(fromEnv)) usage('VETO_INSTRUCTOR_KEY must be 16–64 letters, digits, _ or -');
    return fromEnv;
  }
  if (dataDir === null) return newSecret();
  // Kept in the data folder so the instructor's address survives a restart.
  const file = join(dataDir, 'instructor.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = newSecret();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>['values'];
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '2567' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string', default: join(ROOT, 'class-data') },
        dist: { type: 'string', default: join(ROOT, 'dist') },
        'no-build': { type: 'boolean', default: false },
        // The class protocol and API only, no pages (tests, a server behind another web server).
        'api-only': { type: 'boolean', default: false },
        'reconnect-seconds': { type: 'string', default: '60' },
      },
      strict: true,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    usage(`--port must be a port number, got "${String(args.port)}"`);
  const reconnectSeconds = Number(args['reconnect-seconds']);
  if (!Number.isInteger(reconnectSeconds) || reconnectSeconds < 1 || reconnectSeconds > 3600)
    usage('--reconnect-seconds must be a whole number from 1 to 3600');
  const host = String(args.host);
  const apiOnly = args['api-only'] === true;
  const dist = resolve(String(args.dist));
  if (apiOnly) {
    // no pages
  } else if (args['no-build'] !== true) buildIfNeeded(dist);
  else if (!existsSync(join(dist, 'class.html'))) usage(`${dist} has no built pages; drop --no-build`);

  const url = process.env.DATABASE_URL;
  const dataDir = url === undefined || url === '' ? resolve(String(args.data)) : null;
  let db: Db;
  try {
    if (dataDir === null) db = await openPostgres(url ?? '');
    else {
      const fresh = !existsSync(join(dataDir, 'pg'));
      mkdirSync(dataDir, { recursive: true });
      if (fresh) console.log(`Preparing the class database in ${dataDir} (the first start takes 15–60 seconds)…`);
      db = await openPglite(dataDir);
    }
  } catch (e) {
    if (e instanceof DataDirLocked) usage(e.message);
    usage(`cannot open the database: ${(e as Error).message}`);
  }
  const key = instructorKey(dataDir);
  const { catalog, problems } = shippedScenarios();
  for (const p of problems) console.warn(`warning: ${p}`);
  const redisUrl = process.env.REDIS_URL;
  const publicAddress = process.env.PUBLIC_ADDRESS;
  const server = await startClassServer({
    db,
    instructorKey: key,
    catalog,
    port,
    host,
    dist: apiOnly ? null : dist,
    reconnectSeconds,
    ...(redisUrl === undefined || redisUrl === '' ? {} : { redisUrl }),
    ...(publicAddress === undefined || publicAddress === '' ? {} : { publicAddress }),
  });
  const shown =
    host === '0.0.0.0' || host === '::' ? lanAddresses().map((a) => `http://${a}:${server.port}`) : [server.url];
  const base = shown[0] ?? server.url;
  console.log(`listening ${server.url}`);
  console.log(
    `Database: ${db.kind === 'pglite' ? `embedded (${dataDir ?? ''})` : 'PostgreSQL (DATABASE_URL)'}${redisUrl ? ', Redis presence (REDIS_URL)' : ''}`,
  );
  console.log('');
  console.log('Instructor console (keep this address to yourself, it holds the key):');
  console.log(`  ${base}/console.html#key=${key}`);
  console.log('Students join at:');
  for (const s of shown) console.log(`  ${s}/class.html`);
  if (host === '127.0.0.1' || host === 'localhost')
    console.log(
      '  (only this computer can reach it; start with --host 0.0.0.0 to let the class join over the network)',
    );
  else console.log(renderUnicodeCompact(`${base}/class.html`));

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the class server…');
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

await main();
