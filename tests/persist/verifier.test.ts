/**
 * Checking games off the page: the worker verifier against a fake worker that runs the real
 * worker code (workerServer) with structured clones, as a browser would. Same answers as the
 * inline verifier, progress, slices, Cancel, a worker kept between jobs, and a failing worker
 * that gives a refusal instead of a hang.
 */
import { describe, expect, it } from 'vitest';
import type { VerifyProgress, WorkerLike, WorkerMessage, WorkerRequest } from '../../src/persist/index.ts';
import {
  inlineVerifier,
  provideShippedScenarios,
  shippedCatalog,
  shippedTexts,
  workerServer,
  workerVerifier,
} from '../../src/persist/index.ts';
import { shippedFiles } from '../fixtures.ts';
import { golden } from '../save/helpers.ts';

provideShippedScenarios(shippedFiles());

interface Fake extends WorkerLike {
  posted: WorkerRequest[];
  received: WorkerMessage['type'][];
  terminated: boolean;
}

/** A worker in this thread: messages are cloned and delivered later, as by postMessage. */
function fakeWorker(made: Fake[]): Fake {
  const w: Fake = {
    onmessage: null,
    onerror: null,
    posted: [],
    received: [],
    terminated: false,
    postMessage(m) {
      w.posted.push(m);
      const copy = structuredClone(m);
      setTimeout(() => serve(copy), 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  const serve = workerServer((m) => {
    w.received.push(m.type);
    const copy = structuredClone(m);
    setTimeout(() => {
      if (!w.terminated) w.onmessage?.({ data: copy });
    }, 0);
  });
  made.push(w);
  return w;
}

const LINK = { kind: 'link', code: golden('summit-2023.link2.txt').trim() } as const;

describe('workerVerifier', () => {
  it('gives the same game as the inline verifier, frozen, with progress turn by turn', async () => {
    const made: Fake[] = [];
    const v = workerVerifier(() => fakeWorker(made), shippedTexts);
    const progress: VerifyProgress[] = [];
    const o = await v.verify(LINK, (p) => progress.push(p)).result;
    const inline = await inlineVerifier(shippedCatalog).verify(LINK).result;
    expect(o).toEqual(inline);
    if (o.status !== 'done' || !o.result.ok) throw new Error('expected a game');
    expect(Object.isFrozen(o.result.value.states[3])).toBe(true);
    expect(progress).toEqual(Array.from({ length: 13 }, (_, i) => ({ done: i, total: 12 })));
    // 13 states and 12 reports in slices of 8 turns, then the end.
    expect(made[0]!.received.filter((t) => t !== 'progress')).toEqual(['turns', 'turns', 'done']);
  });

  it('keeps one worker between jobs and sends it the scenario texts once', async () => {
    const made: Fake[] = [];
    const v = workerVerifier(() => fakeWorker(made), shippedTexts);
    await v.verify(LINK).result;
    await v.verify({ kind: 'text', text: golden('summit-2023.v3.json') }).result;
    expect(made).toHaveLength(1);
    expect(made[0]!.posted.map((m) => m.scenarios?.length)).toEqual([shippedTexts().length, undefined]);
  });

  it('a job that finds the worker busy gets its own, which is let go afterwards', async () => {
    const made: Fake[] = [];
    const v = workerVerifier(() => fakeWorker(made), shippedTexts);
    const [a, b] = [v.verify(LINK), v.verify(LINK)];
    await Promise.all([a.result, b.result]);
    expect(made.map((w) => w.terminated)).toEqual([false, true]);
  });

  it('Cancel answers at once, terminates the worker, and the next job starts a new one', async () => {
    const made: Fake[] = [];
    const v = workerVerifier(() => fakeWorker(made), shippedTexts);
    const job = v.verify(LINK);
    job.cancel();
    expect(await job.result).toEqual({ status: 'cancelled' });
    expect(made[0]!.terminated).toBe(true);
    const next = await v.verify(LINK).result;
    expect(next.status === 'done' && next.result.ok).toBe(true);
    expect(made).toHaveLength(2);
  });

  it.each([
    {
      name: 'a worker that stops (its script fails, it runs out of memory)',
      make: (made: Fake[]) => {
        const w = fakeWorker(made);
        w.postMessage = () => setTimeout(() => w.onerror?.(new Event('error')), 0);
        return w;
      },
      message: 'the game could not be checked: it stopped unexpectedly',
    },
    {
      name: 'a worker that cannot start',
      make: () => {
        throw new DOMException('no workers here', 'SecurityError');
      },
      message: 'the game could not be checked: it could not start (SecurityError)',
    },
  ])('$name gives a refusal, never a hang', async ({ make, message }) => {
    const made: Fake[] = [];
    const o = await workerVerifier(() => make(made), shippedTexts).verify(LINK).result;
    expect(o).toEqual({
      status: 'done',
      result: { ok: false, error: { kind: 'invalid', path: '(root)', message, more: 0 } },
    });
  });
});
