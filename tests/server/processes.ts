/**
 * Class servers in child processes (`src/server/main.ts`), to kill one as a crash would
 * (SIGKILL: no goodbye to clients, no clean shutdown of the database) and start another on the
 * same port and data. Every process is killed when the test process exits.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { KEY } from './harness.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  output(): string;
  kill(): Promise<void>;
}

export async function spawnServer(o: {
  port: number;
  dataDir?: string;
  env?: Record<string, string>;
  reconnectSeconds?: number;
  /** Extra Node flags (e.g. --expose-gc for the load script's memory figures). */
  node?: string[];
}): Promise<ServerProcess & { pid: number }> {
  const args = [
    ...(o.node ?? []),
    '--import',
    'tsx',
    `${ROOT}src/server/main.ts`,
    '--api-only',
    '--port',
    String(o.port),
  ];
  if (o.dataDir !== undefined) args.push('--data', o.dataDir);
  args.push('--reconnect-seconds', String(o.reconnectSeconds ?? 30));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, VETO_INSTRUCTOR_KEY: KEY, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  child.stderr?.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${out}`)), 90_000);
    const check = (): void => {
      if (/^listening /m.test(out)) {
        clearTimeout(t);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`server exited with ${String(code)}:\n${out}`));
    });
  });
  return {
    pid: child.pid ?? 0,
    port: o.port,
    url: `http://127.0.0.1:${o.port}`,
    output: () => out,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
