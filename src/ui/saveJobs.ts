/**
 * The pieces of work the save controller waits for, each cancellable: one check by a Verifier,
 * or the autosave's two slots checked in turn.
 */
import type { ContinueResult, KeyValueStore, Verifier, VerifyJob, VerifyRequest } from '../persist/index.ts';
import { loadAutosave } from '../persist/index.ts';
import type { LoadedGame, SaveResult } from '../save/index.ts';

export type Progress = (done: number, total: number) => void;
export type JobOutcome<T> = { status: 'done'; value: T } | { status: 'cancelled' };

/** Work that can be cancelled: a check by the verifier, or the autosave's slots in turn. */
export interface Job<T> {
  result: Promise<JobOutcome<T>>;
  cancel(): void;
}

/** A verifier's job, as a Job of its result. */
export function verifyJob(verifier: Verifier, request: VerifyRequest, p?: Progress): Job<SaveResult<LoadedGame>> {
  const j = verifier.verify(request, p === undefined ? undefined : (x) => p(x.done, x.total));
  return {
    result: j.result.then((o) => (o.status === 'done' ? { status: 'done', value: o.result } : o)),
    cancel: () => j.cancel(),
  };
}

/** The autosave's slots, newest first, each checked by the verifier, as one job. */
export function autosaveJob(verifier: Verifier, kv: KeyValueStore, p?: Progress): Job<ContinueResult> {
  let cancelled = false;
  let current: VerifyJob | null = null;
  const result = loadAutosave(kv, (text) => {
    if (cancelled) return Promise.resolve({ status: 'cancelled' });
    current = verifier.verify({ kind: 'save', text }, p === undefined ? undefined : (x) => p(x.done, x.total));
    return current.result;
  }).then(
    (r): JobOutcome<ContinueResult> =>
      !r.ok && r.error.reason === 'cancelled' ? { status: 'cancelled' } : { status: 'done', value: r },
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}
