/** Playing whole games: runs, balance reports, probes, bench orders. Pure and Worker-safe. */
export { ALL_BOTS, playRun, spread } from './run.ts';
export type { DraftTally, RunResult, Spread } from './run.ts';
export { balance } from './balance.ts';
export type { BalanceReport } from './balance.ts';
export { POLICIES, policySource, probe } from './probe.ts';
export type { Policy, ProbeResult } from './probe.ts';
export { realisticOrders } from './benchOrders.ts';
