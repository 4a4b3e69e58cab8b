/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

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
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
