/**
 * Checking a game away from the page. Verifying a long game replays every turn (seconds for
 * 200 turns), so the page hands the text to a Verifier and stays responsive: progress comes
 * back turn by turn, and `cancel` stops the work at once. Two verifiers:
 *
 * - `workerVerifier` (the page): a module Web Worker per job (verifyWorker.ts). The verified
 *   game comes back in slices of a few turns, so that no single message takes the page long
 *   to receive; `cancel` terminates the worker.
 * - `inlineVerifier` (Node, tests): the same work in the caller's thread.
 *
 * Both run `verifyRequest`, so what the page accepts is exactly what `cli replay` accepts.
 */
import type { GameState, TurnReport } from '../engine/index.ts';
import type { LoadedGame, SaveResult, ScenarioCatalog } from '../save/index.ts';
import { lazyCatalogFromTexts, loadSave, loadShareCode, openSaveText } from '../save/index.ts';

/** What to check: the text of a file (a save, or a link in a text file), a link's code, or
 * the save text of an autosave record. */
export type VerifyRequest =
  | { kind: 'text'; text: string }
  | { kind: 'link'; code: string }
  | { kind: 'save'; text: string };

export interface VerifyProgress {
  done: number;
  total: number;
}

export type VerifyOutcome = { status: 'done'; result: SaveResult<LoadedGame> } | { status: 'cancelled' };

export interface VerifyJob {
  result: Promise<VerifyOutcome>;
  cancel(): void;
}

export interface Verifier {
  verify(request: VerifyRequest, onProgress?: (p: VerifyProgress) => void): VerifyJob;
}

/** The check itself, the same in a worker, the page and Node. */
export function verifyRequest(
  request: VerifyRequest,
  catalog: ScenarioCatalog,
  onProgress?: (p: VerifyProgress) => void,
): SaveResult<LoadedGame> {
  const opts =
    onProgress === undefined ? {} : { onProgress: (done: number, total: number) => onProgress({ done, total }) };
  switch (request.kind) {
    case 'text':
      return openSaveText(request.text, catalog, opts);
    case 'link':
      return loadShareCode(request.code, catalog, opts);
    case 'save':
      return loadSave(request.text, opts);
  }
}

/** Verifies in the caller's thread (the promise is already settled when returned). */
export function inlineVerifier(catalog: () => ScenarioCatalog): Verifier {
  return {
    verify(request, onProgress) {
      const result = verifyRequest(request, catalog(), onProgress);
      return { result: Promise.resolve({ status: 'done', result }), cancel: () => undefined };
    },
  };
}

/** Messages from the worker: progress, slices of the verified game, then the end. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'turns'; states: GameState[]; reports: TurnReport[] }
  | { type: 'done'; result: SaveResult<Omit<LoadedGame, 'states' | 'reports'>> };

/** What the page sends the worker: the request, and with a worker's first request the shipped
 * scenario texts (for links that name a shipped scenario; the worker keeps them). */
export interface WorkerRequest {
  request: VerifyRequest;
  scenarios?: readonly { name: string; text: string }[];
}

/** Turns per slice of the verified game sent back to the page. */
export const SLICE_TURNS = 8;

/** The worker's side: a catalog from the first request's scenario texts, then for each request
 * the check, the game in slices, and the end (see verifyWorker.ts). */
export function workerServer(post: (m: WorkerMessage) => void): (msg: WorkerRequest) => void {
  let catalog = lazyCatalogFromTexts([]);
  return (msg) => {
    if (msg.scenarios !== undefined) catalog = lazyCatalogFromTexts(msg.scenarios);
    serveRequest(msg.request, catalog, post);
  };
}

function serveRequest(request: VerifyRequest, catalog: ScenarioCatalog, post: (m: WorkerMessage) => void): void {
  const r = verifyRequest(request, catalog, (p) => post({ type: 'progress', done: p.done, total: p.total }));
  if (!r.ok) {
    post({ type: 'done', result: r });
    return;
  }
  const { states, reports, ...rest } = r.value;
  // states has one entry more than reports: the start goes with the first slice.
  for (let i = 0; i < Math.max(1, reports.length); i += SLICE_TURNS) {
    post({
      type: 'turns',
      states: states.slice(i === 0 ? 0 : i + 1, i + SLICE_TURNS + 1),
      reports: reports.slice(i, i + SLICE_TURNS),
    });
  }
  post({ type: 'done', result: { ok: true, value: rest } });
}

/** A worker as the verifier needs it (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(m: WorkerRequest): void;
  onmessage: ((ev: { data: WorkerMessage }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

/**
 * Verifies in a worker. One worker is started at once (a worker's first job waits for its
 * script to load) and kept between jobs; a job that finds it busy gets a worker of its own,
 * which is let go afterwards. Cancel terminates the job's worker. `scenarios` gives the shipped
 * scenario texts at the time of the job. A worker that fails (its script cannot load, it runs
 * out of memory) gives a refusal, never a hang.
 */
export function workerVerifier(
  makeWorker: () => WorkerLike,
  scenarios: () => readonly { name: string; text: string }[],
): Verifier {
  let idle: WorkerLike | null = null;
  /** Workers that have the scenario texts already (sent with their first request). */
  const told = new WeakSet<WorkerLike>();
  try {
    idle = makeWorker();
  } catch {
    idle = null;
  }
  return {
    verify(request, onProgress) {
      let worker: WorkerLike | undefined;
      let settle: (o: VerifyOutcome) => void = () => undefined;
      const result = new Promise<VerifyOutcome>((resolve) => {
        settle = resolve;
      });
      let settled = false;
      const finish = (o: VerifyOutcome, keep: boolean): void => {
        if (settled) return;
        settled = true;
        const w = worker;
        worker = undefined;
        if (w !== undefined) {
          w.onmessage = null;
          w.onerror = null;
          if (keep && idle === null) idle = w;
          else w.terminate();
        }
        settle(o);
      };
      const states: GameState[] = [];
      const reports: TurnReport[] = [];
      try {
        const w = idle ?? makeWorker();
        idle = null;
        worker = w;
        w.onmessage = (ev) => {
          const m = ev.data;
          switch (m.type) {
            case 'progress':
              onProgress?.({ done: m.done, total: m.total });
              return;
            case 'turns':
              // Frozen slice by slice as it arrives: the store freezes what it holds, and
              // skips what already is, so the game reaches it without one long freeze.
              states.push(...m.states.map(deepFreeze));
              reports.push(...m.reports.map(deepFreeze));
              return;
            case 'done':
              finish(
                {
                  status: 'done',
                  result: m.result.ok ? { ok: true, value: { ...m.result.value, states, reports } } : m.result,
                },
                true,
              );
              return;
          }
        };
        w.onerror = () => finish({ status: 'done', result: stopped('it stopped unexpectedly') }, false);
        if (told.has(w)) w.postMessage({ request });
        else {
          told.add(w);
          w.postMessage({ request, scenarios: scenarios() });
        }
      } catch (e) {
        finish(
          { status: 'done', result: stopped(`it could not start (${e instanceof Error ? e.name : 'error'})`) },
          false,
        );
      }
      return { result, cancel: () => finish({ status: 'cancelled' }, false) };
    },
  };
}

/** Freezes a plain value and everything in it (verified data is never changed). */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

function stopped(why: string): SaveResult<LoadedGame> {
  return {
    ok: false,
    error: { kind: 'invalid', path: '(root)', message: `the game could not be checked: ${why}`, more: 0 },
  };
}

/** The page's worker: a Vite module worker (bundled as its own file). */
export function browserWorker(): WorkerLike {
  return new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
