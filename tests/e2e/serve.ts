/**
 * Builds the pages into a temporary directory and serves them with Vite's preview server on
 * 127.0.0.1 (a free port), for the browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function buildAndServe(root: string): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'veto-e2e-'));
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report an address');
  return {
    url,
    async close() {
      await new Promise<void>((res) => server.httpServer.close(() => res()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
