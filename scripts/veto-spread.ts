/**
 * Usage: npx tsx scripts/veto-spread.ts <scenario.json> [runs] [easy|hard] [budget]
 * Plays seeds 1..runs (default 50) with a bot of the level (default easy; hard: the search bot,
 * at `budget` rollouts, default the hard level's) in every seat, as `cli balance` does, and prints
 * one JSON line: each actor's score at p10 / median / p90 (and p90 − p10), Russia's vetoes of
 * sanctions drafts (oil cap, worker ban, arms embargo) and of Panel renewals, the games with at
 * least one such veto, and the Panel renewals adopted (issue 10's measures; docs/bots.md).
 */
import { readFileSync } from 'node:fs';
import type { ActorId, Measure } from '../src/engine/index.ts';
import { ACTORS, actorScore, playTurns } from '../src/engine/index.ts';
import { initialState, loadScenarioText } from '../src/scenario/index.ts';
import { allSeats, seatsSource } from '../src/sim/index.ts';

const [path, runsArg, levelArg, budgetArg] = process.argv.slice(2);
if (path === undefined) {
  console.error('usage: npx tsx scripts/veto-spread.ts <scenario.json> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 50);
const level = levelArg === 'hard' ? 'hard' : 'easy';
const budget = budgetArg === undefined ? undefined : Number(budgetArg);
const loaded = loadScenarioText(readFileSync(path, 'utf8'));
if (!loaded.ok) {
  console.error(loaded.error.map((p) => `${p.path}: ${p.message}`).join('\n'));
  process.exit(1);
}
const scenario = loaded.value;
const SANCTIONS: readonly Measure[] = ['oilCap', 'workerBan', 'armsEmbargo'];
const scores: Record<ActorId, number[]> = { RUS: [], PRK: [], CHN: [], UNSC: [] };
const tally = {
  rusVetoSanction: 0,
  rusVetoPanel: 0,
  gamesRusVeto: 0,
  gamesRusVetoSanction: 0,
  renewals: 0,
  gamesRenewed: 0,
};
for (let seed = 1; seed <= runs; seed++) {
  const r = playTurns(
    initialState(scenario, seed),
    scenario.turns,
    seatsSource(scenario, seed, allSeats(level), budget),
  );
  const rus = r.state.rules.council.seats.find((s) => s.actor === 'RUS')?.id ?? 'RUS';
  let vetoes = 0;
  let sanctionVetoes = 0;
  let renewed = 0;
  for (const t of r.turns)
    for (const c of t.report.council) {
      const byRussia = c.vetoedBy.includes(rus);
      if (byRussia && SANCTIONS.includes(c.measure)) {
        tally.rusVetoSanction++;
        sanctionVetoes++;
      }
      if (byRussia && c.measure === 'renewPanel') tally.rusVetoPanel++;
      if (byRussia && (SANCTIONS.includes(c.measure) || c.measure === 'renewPanel')) vetoes++;
      if (c.measure === 'renewPanel' && c.outcome === 'adopted') renewed++;
    }
  if (vetoes > 0) tally.gamesRusVeto++;
  if (sanctionVetoes > 0) tally.gamesRusVetoSanction++;
  tally.renewals += renewed;
  if (renewed > 0) tally.gamesRenewed++;
  for (const a of ACTORS) scores[a].push(actorScore(r.state, a));
}
/** The value at percentile p of xs (nearest rank below). */
function at(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((p * (s.length - 1)) / 100)] ?? 0;
}
const spread = Object.fromEntries(
  ACTORS.map((a) => {
    const [p10, median, p90] = [at(scores[a], 10), at(scores[a], 50), at(scores[a], 90)];
    return [a, { p10, median, p90, spread: p90 - p10 }];
  }),
);
console.log(JSON.stringify({ scenario: scenario.id, runs, level, scores: spread, ...tally }));
