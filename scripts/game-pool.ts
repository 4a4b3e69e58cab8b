/**
 * What the long measuring scripts share (scripts/hard-vs-easy.ts, scripts/probe-full.ts): the
 * shipped scenarios, their command-line options, a pool of child processes that play games
 * while a parent keeps the results and resumes, and a markdown table written between markers
 * in a document.
 *
 * The pool: the parent forks `jobs` children running the same script with `--child`; each is
 * sent one task at a time and answers with its result, and a child is told to stop once the
 * tasks run out or `stopAt` (epoch milliseconds) has passed, so no new game starts after it.
 */
import { fork } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../src/scenario/index.ts';
import { loadScenarioText } from '../src/scenario/index.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The shipped scenarios (scenarios/*.json but the schema), by file name. */
export function shippedScenarios(): Scenario[] {
  const dir = `${ROOT}scenarios/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => {
      const r = loadScenarioText(readFileSync(dir + f, 'utf8'));
      if (!r.ok) throw new Error(`${f} is not valid`);
      return r.value;
    });
}

/** The value after `--name` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** A child of the pool: answer each task it is sent with `play`'s result. */
export function serveTasks<T, R>(play: (task: T) => R): void {
  process.on('message', (m: { task: T } | { done: true }) => {
    if ('done' in m) process.exit(0);
    process.send?.(play(m.task));
  });
}

export interface Pool<T, R> {
  /** The script the children run (`import.meta.url` of the caller) and their arguments after `--child`. */
  script: string;
  args: string[];
  jobs: number;
  /** Taken from the front as children ask for work. */
  tasks: T[];
  stopAt: number;
  result: (r: R) => void;
  /** Called after every `every` results (to save and report progress). */
  every: number;
  progress: (done: number, left: number) => void;
}

/** Play the tasks in child processes; resolves when every child has stopped. */
export async function runPool<T, R>(p: Pool<T, R>): Promise<void> {
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(p.jobs, p.tasks.length) }, () => {
      const c = fork(fileURLToPath(p.script), ['--child', ...p.args], { execArgv: process.execArgv });
      const next = (): void => {
        const t = Date.now() < p.stopAt ? p.tasks.shift() : undefined;
        c.send(t === undefined ? { done: true } : { task: t });
      };
      return new Promise<void>((resolve, reject) => {
        c.on('message', (m: R) => {
          p.result(m);
          done++;
          if (done % p.every === 0) p.progress(done, p.tasks.length);
          next();
        });
        c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a job failed (exit ${code})`))));
        next();
      });
    }),
  );
}

/** A markdown table with its columns padded as the formatter (biome) pads them, so that writing
 * the table into docs leaves `biome ci` clean. */
export function aligned(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(3, ...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** Replace what lies between the markers `<!-- name:begin -->` and `<!-- name:end -->` in `doc`. */
export function writeBetweenMarkers(doc: string, name: string, text: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const old = readFileSync(doc, 'utf8');
  const a = old.indexOf(begin);
  const b = old.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${doc} lacks the ${begin} … ${end} markers`);
  writeFileSync(doc, `${old.slice(0, a + begin.length)}\n${text}\n${old.slice(b)}`);
}

/**
 * A run's time limit and its save. `stopAt` is when `--minutes` runs out (none given: never).
 * `save` adds this run's wall time to the seconds the store already holds, records the jobs,
 * and writes `serialize(store)` beside `file`, then renames it into place: a kill mid-write
 * leaves the previous store whole, since it holds hours of play that a resumed run would
 * otherwise replay.
 */
export function timedSave<S extends { seconds?: number; jobs?: number }>(
  file: string,
  store: S,
  jobs: number,
  serialize: (s: S) => unknown = (s) => s,
): { stopAt: number; save: () => void } {
  const t0 = Date.now();
  const before = store.seconds ?? 0;
  return {
    stopAt: t0 + Number(arg('minutes') ?? Number.POSITIVE_INFINITY) * 60_000,
    save: () => {
      store.seconds = before + (Date.now() - t0) / 1000;
      store.jobs = jobs;
      writeFileSync(`${file}.tmp`, `${JSON.stringify(serialize(store))}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}
