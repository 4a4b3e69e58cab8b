/** A bots' thread that dies on its first request, as one out of memory would (hardBots.test.ts). */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  throw new Error('out of memory (a test)');
});
