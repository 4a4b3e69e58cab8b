/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

const BALANCE = ['tests/shipped-scenarios/balance.test.ts', 'tests/shipped-scenarios/probeSearch.test.ts'];
const BROWSER = ['tests/e2e/**/*.test.ts', 'tests/browser/**/*.test.ts'];

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
          exclude: [...BALANCE, ...BROWSER],
          // The code under test is pure, so test files can share one module graph per worker:
          // this halves the run (no re-import of zod and the scenarios per file).
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'balance', include: BALANCE } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
