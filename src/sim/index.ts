/** Playing whole games: runs, balance reports, probes, bench orders. Pure and Worker-safe. */
export { ALL_BOTS, allSeats, emptyDrafts, permanentSeats, playRun, seatsSource, spread } from './run.ts';
export type { DraftTally, RunResult, Seats, Spread } from './run.ts';
export { SEARCH_RUNS, balance } from './balance.ts';
export type { BalanceOptions, BalanceReport } from './balance.ts';
export { EXPLOIT, POLICIES, policySource, probe } from './probe.ts';
export type { Policy, ProbeOptions, ProbeResult } from './probe.ts';
export { differences, searchLine, searchLineGame } from './searchLine.ts';
export type { SearchLine, SearchLineOptions } from './searchLine.ts';
export { realisticOrders } from './benchOrders.ts';
export { EXPLOIT_CASES, checkExploit } from './exploitCheck.ts';
export type { ExploitCase, ExploitCheck } from './exploitCheck.ts';
