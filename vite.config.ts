/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The Content-Security-Policy of index.html's meta tag, its one source. `vite preview` sends it
 * as a header too (a header also covers what a meta tag cannot, such as the worker's script),
 * and a class server can read it from the built index.html the same way.
 */
export function contentSecurityPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (m?.[1] === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');
  return m[1];
}

const CSP = contentSecurityPolicy(readFileSync(new URL('./index.html', import.meta.url), 'utf8'));

// The slow tables: the 40-seed probe of the shipped scenarios, 10,000 mutated links (about a
// minute of replays), and the goldens that take a minute to make (200-turn games).
const BALANCE = [
  'tests/shipped-scenarios/balance.test.ts',
  'tests/save/mutations.test.ts',
  'tests/save/slowGoldens.test.ts',
  'tests/shipped-scenarios/exploits.test.ts',
];
const BROWSER = ['tests/e2e/**/*.test.ts', 'tests/browser/**/*.test.ts'];
// The class server's tests: a database, sockets and server processes (each file in its own
// module graph: they replace the global WebSocket and start one Colyseus matchmaker each).
const SERVER = ['tests/server/**/*.test.ts'];

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The manifest lets `npm run measure:map` find each page's own chunks.
    manifest: true,
    rollupOptions: {
      // The map harness and a bare Phaser page (the baseline of measure:map) are built too:
      // they share the Phaser chunk and cost a few kilobytes.
      input: {
        main: 'index.html',
        // The class pages: the students' join page and the instructor's console.
        class: 'class.html',
        console: 'console.html',
        'map-harness': 'map-harness.html',
        'bare-phaser': 'bare-phaser.html',
      },
      output: {
        // Phaser in its own chunk: it changes rarely and dwarfs the app's own code.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  // Three speeds: `fast` (unit, property, golden: under a minute), `balance` (the 40-seed
  // probe tables of the shipped scenarios, and the search bot's strong-player lines) and
  // `browser` (Chromium). `npm test` runs all three.
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [...BALANCE, ...BROWSER, ...SERVER],
          // The code under test is pure, so test files can share one module graph per worker:
          // this halves the run (no re-import of zod and the scenarios per file).
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'balance', include: BALANCE } },
      // Whole games in a real browser: minutes on a loaded machine, not seconds.
      { extends: true, test: { name: 'browser', include: BROWSER, testTimeout: 240_000, hookTimeout: 120_000 } },
      {
        extends: true,
        test: { name: 'server', include: SERVER, pool: 'forks', testTimeout: 120_000, hookTimeout: 240_000 },
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CSP } },
});
