/**
 * Veto's command line. Exit codes: 0 success, 1 invalid input (problems printed, one per line),
 * 2 bad arguments or unreadable files (one line on stderr). Never a stack trace for bad input.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OrderSource } from '../engine/index.ts';
import type { ActorId } from '../engine/index.ts';
import { ACTORS, HOLD, assertNever, fingerprint, hashState, isActorId, playTurns } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { historicalOrders } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import { UsageError, intOption, parseArgs, stringOption } from './args.ts';
import { replay, saveSim } from './replay.ts';
import { ALL_HOLD } from '../save/index.ts';
import type { PlayerSlot, Players } from '../save/index.ts';
import type { BalanceOptions } from '../sim/index.ts';
import { balance } from '../sim/index.ts';
import { formatBalance } from './balance.ts';
import { BENCH_PARTS, benchPart, isBenchPart, runBench } from './bench.ts';
import { LEVELS, botsFor, isLevel } from '../ai/index.ts';
import { InvalidInput, isSchemaFile, loadScenarioFile } from './scenarioFile.ts';
import { formatSummary, formatTurn } from './text.ts';
import { terminalSafe } from './safeText.ts';

const USAGE = `usage: npm run --silent cli -- <command> [options]

commands:
  sim <scenario.json> [--seed N] [--turns N] [--play hold|historical|bots] [--hold A,B]
      [--json] [--save out.json]
      play the scenario headless and print each turn's report; --play hold (the default)
      gives no orders, --play historical replays the scenario's historical script,
      --play bots lets a bot play every actor except those named by --hold;
      --json prints one JSON document {scenario, seed, play, hash, turns:[...]} instead;
      --save writes the run as a save file
  replay <save.json | link> [--save out.json] [--link]
      verify a save or share link by replaying it; print its summary and final hash;
      exit 1 with the reason if it does not verify, 2 if it cannot be read
  validate <file.json>...
      check scenario files (schema, ids, sources, turns, and the historical script by
      simulation); exit 1 with one line per problem (file: path: message)
  balance <scenario.json> [--runs N] [--probe] [--json] [--bots easy|hard] [--budget N]
      [--search-runs N] [--search-budget N] [--actor A,B]
      play N games (default 200, seeds 1..N) with bots in every seat and print the spread
      (min / p10 / median / p90 / max) of each actor's score and each indicator, the
      historical run's scores, and how often each kind of draft was adopted or vetoed (and by
      whom); --probe also replays the seeds with fixed policies (always veto, never launch,
      ...) to see if one dominates, and plays the search bot in each seat in turn (seeds
      1..--search-runs, default 20; 0 for none) to find lines that beat the bot and history;
      --bots picks the bots (the probe's opponents): easy (heuristic, the default) or hard
      (search); --budget sets a hard bot's budget (rollouts of 6 turns, scaled to the turns
      left), --search-budget the search lines' rollouts a decision; --actor limits
      the probe
  bench [scenario.json] [--part engine|naive|bots|rollouts|before|rolloutBots|rolloutEngine]
      throughput in CPU time: the engine (and an immer-per-order implementation), the engine
      with four heuristic bots, and the search's rollouts (and a rollout turn's bots and
      engine apart); each figure in a process of its own, after a warm-up to a steady rate
      (--part measures one figure here and prints it)
  help
      print this text`;

/** summit-2023 beside the sources (src/cli → scenarios/), or, for the bundled copy `npm run
 * bench` builds one folder deep (dist-bench/main.js), in the folder it runs from. */
const DEFAULT_SCENARIO = ((): string => {
  const beside = fileURLToPath(new URL('../../scenarios/summit-2023.json', import.meta.url));
  return existsSync(beside) ? beside : resolve('scenarios/summit-2023.json');
})();

function sim(argv: string[]): string {
  const args = parseArgs(argv, ['seed', 'turns', 'play', 'save', 'hold'], ['json']);
  const [file] = args.positionals;
  if (file === undefined || args.positionals.length !== 1) throw new UsageError('sim needs exactly one scenario file');
  const scenario = loadScenarioFile(file);
  const seed = intOption(args, 'seed', 0, Number.MAX_SAFE_INTEGER) ?? scenario.seed;
  const turns = intOption(args, 'turns', 0, scenario.turns) ?? scenario.turns;
  const start = initialState(scenario, seed);
  const play = playOption(args.options.get('play'));
  const held = holdOption(stringOption(args, 'hold'), play);
  const result = playTurns(start, turns, orderSource(scenario, play, held));
  const finalHash = result.turns.at(-1)?.hash ?? hashState(start);
  const savePath = stringOption(args, 'save');
  if (savePath !== undefined) saveSim(savePath, scenario, seed, result, playersFor(play, held));
  if (args.options.has('json')) {
    return JSON.stringify({
      scenario: scenario.id,
      seed,
      play,
      hash: finalHash,
      turns: result.turns.map((t) => ({ turn: t.report.turn, hash: t.hash, orders: t.orders, report: t.report })),
    });
  }
  const botted = ACTORS.filter((a) => !held.includes(a));
  const who =
    play === 'hold'
      ? `actors ${ACTORS.join(', ')} hold`
      : play === 'bots'
        ? `bots play ${botted.join(', ')}${held.length > 0 ? `; ${held.join(', ')} hold` : ''}`
        : 'orders from the historical script';
  const head = `${scenario.title}\nseed ${seed}, ${turns} of ${scenario.turns} turns, ${who}\n`;
  return [
    head,
    ...result.turns.map(formatTurn),
    formatSummary(result.state, finalHash),
    `fingerprint ${fingerprint(finalHash)}`,
  ].join('\n');
}

const PLAYS = ['hold', 'historical', 'bots'] as const;
type Play = (typeof PLAYS)[number];

function playOption(v: string | true | undefined): Play {
  if (v === undefined) return 'hold';
  if (v === 'hold' || v === 'historical' || v === 'bots') return v;
  throw new UsageError(`--play must be one of ${PLAYS.join(', ')}, got "${String(v)}"`);
}

/** `--hold RUS,CHN`: with `--play bots`, these actors give no orders (a student's empty seat,
 * or "what if China does nothing"). */
function holdOption(v: string | undefined, play: Play): ActorId[] {
  if (v === undefined) return [];
  if (play !== 'bots') throw new UsageError('--hold applies to --play bots only');
  return actorList(v, '--hold');
}

/** Who plays each actor, as a save records it: nobody (hold), the historical script or bots. */
function playersFor(play: Play, held: readonly ActorId[]): Players {
  switch (play) {
    case 'hold':
      return ALL_HOLD;
    case 'historical': {
      const script: PlayerSlot = { kind: 'bot', name: 'historical script' };
      return { RUS: script, PRK: script, CHN: script, UNSC: script };
    }
    case 'bots': {
      const slot = (a: ActorId): PlayerSlot =>
        held.includes(a) ? { kind: 'none' } : { kind: 'bot', name: 'heuristic' };
      return { RUS: slot('RUS'), PRK: slot('PRK'), CHN: slot('CHN'), UNSC: slot('UNSC') };
    }
    default:
      return assertNever(play);
  }
}

function orderSource(scenario: Scenario, play: Play, held: readonly ActorId[]): OrderSource {
  if (play === 'hold') return HOLD;
  if (play === 'bots') return botsFor(ACTORS.filter((a) => !held.includes(a)));
  const byTurn = historicalOrders(scenario);
  return (s) => byTurn.get(s.turn) ?? [];
}

function balanceCommand(argv: string[]): string {
  const args = parseArgs(argv, ['runs', 'bots', 'budget', 'search-budget', 'search-runs', 'actor'], ['json', 'probe']);
  const [file] = args.positionals;
  if (file === undefined || args.positionals.length !== 1)
    throw new UsageError('balance needs exactly one scenario file');
  const scenario = loadScenarioFile(file);
  const runs = intOption(args, 'runs', 1, 10_000) ?? 200;
  const bots = stringOption(args, 'bots') ?? 'easy';
  if (args.options.get('bots') === true || !isLevel(bots))
    throw new UsageError(`--bots must be one of ${LEVELS.join(', ')}, got "${String(bots)}"`);
  const opts: BalanceOptions = { bots };
  const budget = intOption(args, 'budget', 2, 100_000);
  if (budget !== undefined) opts.budget = budget;
  const searchBudget = intOption(args, 'search-budget', 2, 100_000);
  if (searchBudget !== undefined) opts.searchBudget = searchBudget;
  const searchRuns = intOption(args, 'search-runs', 0, 10_000);
  if (searchRuns !== undefined) opts.searchRuns = searchRuns;
  const actors = stringOption(args, 'actor');
  if (actors !== undefined) opts.actors = actorList(actors, '--actor');
  const r = balance(scenario, runs, args.options.has('probe'), opts);
  return args.options.has('json') ? JSON.stringify(r) : formatBalance(r, scenario.title);
}

function actorList(v: string, flag: string): ActorId[] {
  const ids = v.split(',').map((x) => x.trim());
  for (const id of ids)
    if (!isActorId(id)) throw new UsageError(`${flag}: unknown actor "${id}" (use ${ACTORS.join(', ')})`);
  return ACTORS.filter((a) => ids.includes(a));
}

function validate(argv: string[]): { out: string; code: number } {
  const args = parseArgs(argv, [], []);
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one file');
  const lines: string[] = [];
  const files = args.positionals.filter((f) => !isSchemaFile(f));
  if (files.length === 0)
    throw new UsageError('validate needs at least one scenario file (scenarios/schema.json is the schema)');
  for (const f of files) {
    try {
      loadScenarioFile(f);
    } catch (e) {
      if (e instanceof InvalidInput) lines.push(...e.lines);
      else throw e;
    }
  }
  if (lines.length === 0) return { out: `${files.length} file(s) valid`, code: 0 };
  return { out: lines.join('\n'), code: 1 };
}

/** Runs a command; its output is terminal-safe (safeText.ts): input quoted in it cannot act on
 * the terminal, and only `--json` output (one JSON document, of `sim` or `balance`) prints a
 * line longer than 2,000. */
export function main(argv: string[]): { stdout: string; stderr: string; code: number } {
  const r = run(argv);
  const json = (argv[0] === 'sim' || argv[0] === 'balance') && argv.includes('--json');
  return { stdout: terminalSafe(r.stdout, !json), stderr: terminalSafe(r.stderr), code: r.code };
}

function run(argv: string[]): { stdout: string; stderr: string; code: number } {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'sim':
        return { stdout: sim(rest), stderr: '', code: 0 };
      case 'validate': {
        const r = validate(rest);
        return r.code === 0 ? { stdout: r.out, stderr: '', code: 0 } : { stdout: r.out, stderr: '', code: 1 };
      }
      case 'replay':
        return replay(rest);
      case 'balance':
        return { stdout: balanceCommand(rest), stderr: '', code: 0 };
      case 'bench': {
        const args = parseArgs(rest, ['part'], []);
        const file = args.positionals[0] ?? DEFAULT_SCENARIO;
        const part = args.options.get('part');
        if (part === undefined) return { stdout: runBench(file), stderr: '', code: 0 };
        if (part === true || !isBenchPart(part))
          throw new UsageError(`--part must be one of ${BENCH_PARTS.join(', ')}`);
        return { stdout: String(benchPart(file, part)), stderr: '', code: 0 };
      }
      case 'help':
      case '--help':
      case '-h':
        return { stdout: USAGE, stderr: '', code: 0 };
      case undefined:
        return { stdout: '', stderr: USAGE, code: 2 };
      default:
        throw new UsageError(`unknown command "${command}" (try: sim, replay, validate, balance, bench, help)`);
    }
  } catch (e) {
    if (e instanceof InvalidInput) return { stdout: '', stderr: e.lines.join('\n'), code: 1 };
    if (e instanceof UsageError) return { stdout: '', stderr: `veto: ${e.message}`, code: 2 };
    const msg = e instanceof Error ? e.message : String(e);
    return { stdout: '', stderr: `veto: internal error: ${msg}`, code: 3 };
  }
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const r = main(process.argv.slice(2));
  if (r.stdout !== '') process.stdout.write(`${r.stdout}\n`);
  if (r.stderr !== '') process.stderr.write(`${r.stderr}\n`);
  process.exitCode = r.code;
}
