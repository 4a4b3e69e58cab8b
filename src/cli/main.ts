/**
 * Veto's command line. Exit codes: 0 success, 1 invalid input (problems printed, one per line),
 * 2 bad arguments or unreadable files (one line on stderr). Never a stack trace for bad input.
 */
import { fileURLToPath } from 'node:url';
import type { OrderSource } from '../engine/index.ts';
import { ACTORS, HOLD, fingerprint, hashState, playTurns } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { historicalOrders } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import { UsageError, intOption, parseArgs } from './args.ts';
import { balance, formatBalance } from './balance.ts';
import { runBench } from './bench.ts';
import { botsFor } from '../ai/index.ts';
import { InvalidInput, isSchemaFile, loadScenarioFile } from './scenarioFile.ts';
import { formatSummary, formatTurn } from './text.ts';

const USAGE = `usage: npm run --silent cli -- <command> [options]

commands:
  sim <scenario.json> [--seed N] [--turns N] [--play hold|historical|bots] [--json]
      play the scenario headless and print each turn's report; --play hold (the default)
      gives no orders, --play historical replays the scenario's historical script,
      --play bots lets a bot play every actor;
      --json prints one JSON document {scenario, seed, play, hash, turns:[...]} instead
  validate <file.json>...
      check scenario files (schema, ids, sources, turns, and the historical script by
      simulation); exit 1 with one line per problem (file: path: message)
  balance <scenario.json> [--runs N] [--probe] [--json]
      play N games (default 200, seeds 1..N) with bots in every seat and print the spread
      (min / median / max) of each actor's score and each indicator, the historical run's
      scores, and how often each kind of draft was adopted or vetoed; --probe also replays
      the seeds with fixed policies (always veto, never launch, ...) to see if one dominates
  bench [scenario.json]
      measure resolveTurn throughput against an immer-per-order implementation
  help
      print this text`;

const DEFAULT_SCENARIO = fileURLToPath(new URL('../../scenarios/summit-2023.json', import.meta.url));

function sim(argv: string[]): string {
  const args = parseArgs(argv, ['seed', 'turns', 'play'], ['json']);
  if (args.positionals.length !== 1) throw new UsageError('sim needs exactly one scenario file');
  const scenario = loadScenarioFile(args.positionals[0]!);
  const seed = intOption(args, 'seed', 0, Number.MAX_SAFE_INTEGER) ?? scenario.seed;
  const turns = intOption(args, 'turns', 0, scenario.turns) ?? scenario.turns;
  const start = initialState(scenario, seed);
  const play = playOption(args.options.get('play'));
  const result = playTurns(start, turns, orderSource(scenario, play));
  const finalHash = result.turns.at(-1)?.hash ?? hashState(start);
  if (args.options.has('json')) {
    return JSON.stringify({
      scenario: scenario.id,
      seed,
      play,
      hash: finalHash,
      turns: result.turns.map((t) => ({ turn: t.report.turn, hash: t.hash, orders: t.orders, report: t.report })),
    });
  }
  const who = play === 'hold' ? `actors ${ACTORS.join(', ')} hold` : play === 'bots' ? `bots play ${ACTORS.join(', ')}` : 'orders from the historical script';
  const head = `${scenario.title}\nseed ${seed}, ${turns} of ${scenario.turns} turns, ${who}\n`;
  return [head, ...result.turns.map(formatTurn), formatSummary(result.state, finalHash), `fingerprint ${fingerprint(finalHash)}`].join('\n');
}

const PLAYS = ['hold', 'historical', 'bots'] as const;
type Play = (typeof PLAYS)[number];

function playOption(v: string | true | undefined): Play {
  if (v === undefined) return 'hold';
  if (v === 'hold' || v === 'historical' || v === 'bots') return v;
  throw new UsageError(`--play must be one of ${PLAYS.join(', ')}, got "${String(v)}"`);
}

function orderSource(scenario: Scenario, play: Play): OrderSource {
  if (play === 'hold') return HOLD;
  if (play === 'bots') return botsFor();
  const byTurn = historicalOrders(scenario);
  return (s) => byTurn.get(s.turn) ?? [];
}

function balanceCommand(argv: string[]): string {
  const args = parseArgs(argv, ['runs'], ['json', 'probe']);
  if (args.positionals.length !== 1) throw new UsageError('balance needs exactly one scenario file');
  const scenario = loadScenarioFile(args.positionals[0]!);
  const runs = intOption(args, 'runs', 1, 10_000) ?? 200;
  const r = balance(scenario, runs, args.options.has('probe'));
  return args.options.has('json') ? JSON.stringify(r) : formatBalance(r, scenario.title);
}

function validate(argv: string[]): { out: string; code: number } {
  const args = parseArgs(argv, [], []);
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one file');
  const lines: string[] = [];
  const files = args.positionals.filter((f) => !isSchemaFile(f));
  if (files.length === 0) throw new UsageError('validate needs at least one scenario file (scenarios/schema.json is the schema)');
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

export function main(argv: string[]): { stdout: string; stderr: string; code: number } {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'sim':
        return { stdout: sim(rest), stderr: '', code: 0 };
      case 'validate': {
        const r = validate(rest);
        return r.code === 0 ? { stdout: r.out, stderr: '', code: 0 } : { stdout: r.out, stderr: '', code: 1 };
      }
      case 'balance':
        return { stdout: balanceCommand(rest), stderr: '', code: 0 };
      case 'bench': {
        const args = parseArgs(rest, [], []);
        return { stdout: runBench(args.positionals[0] ?? DEFAULT_SCENARIO), stderr: '', code: 0 };
      }
      case 'help':
      case '--help':
      case '-h':
        return { stdout: USAGE, stderr: '', code: 0 };
      case undefined:
        return { stdout: '', stderr: USAGE, code: 2 };
      default:
        throw new UsageError(`unknown command "${command}" (try: sim, validate, balance, bench, help)`);
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
