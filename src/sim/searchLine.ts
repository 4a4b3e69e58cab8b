/**
 * The probe's search lines: for each actor in turn, the search bot plays that seat against
 * bots of a given level in the others, over the same seeds as the heuristic bot. What a clever
 * student would find: how much better the search does than the heuristic bot and than history,
 * and the orders that made the difference (where its orders differed from the heuristic bot's
 * in the same position), most frequent first.
 *
 * A line is flagged `exploit` when it beats the bot on most seeds and its median beats both
 * the bot's median and history. An objective indicator the line drives to its limit (100 for
 * "at least", 0 for "at most") in the median game, where the bot's median game leaves it short,
 * is listed as pinned, and the line flagged `pinned` if it is not an exploit: GAME.md wants no
 * median pinned at 100, and a score capped at 100 hides a line that runs away with an
 * indicator.
 */
import type { ActorId, IndicatorId, Order, OrderSource } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { initialState } from '../scenario/index.ts';
import type { Level } from '../ai/index.ts';
import { LEVEL_BUDGET, budgetOrders, keyOf, labelOf, openingOf, searchFromView, viewFor } from '../ai/index.ts';
import type { RunResult } from './run.ts';
import { allSeats, playRun, seatsSource, spread } from './run.ts';

export interface SearchLine {
  actor: ActorId;
  /** Seeds played (1..runs). */
  runs: number;
  /** Median score of the search line and of the heuristic bot on the same seeds. */
  median: number;
  bot: number;
  /** The historical run's score (null when the scenario has no script). */
  history: number | null;
  /** Median over the seeds of (search line − bot). */
  gain: number;
  better: number;
  same: number;
  worse: number;
  /** The three most frequent differences from the heuristic bot's orders ("vote yes", "no launch"). */
  top: { label: string; count: number }[];
  /** The actor's objective indicators at their limit in the line's median game, not the bot's. */
  pinned: IndicatorId[];
  verdict: '' | 'exploit' | 'pinned';
}

export interface SearchLineOptions {
  /** The other seats' level. */
  bots: Level;
  /** Rollouts of each hard bot's decision in the other seats (the hard level's by default). */
  budget?: number;
  /** Rollouts of each of the search line's decisions, at every turn (the hard level's budget by default). */
  searchBudget?: number;
}

/** What the search changed in a plan: added orders by name, dropped ones as "no …". */
export function differences(base: readonly Order[], chosen: readonly Order[]): string[] {
  const out: string[] = [];
  const text = (o: Order): string => JSON.stringify(o);
  const baseTexts = new Set(base.map(text));
  const chosenKeys = new Set(chosen.map(keyOf));
  for (const o of chosen) if (!baseTexts.has(text(o))) out.push(labelOf(o));
  for (const o of base) if (!chosenKeys.has(keyOf(o))) out.push(`no ${labelOf(o)}`);
  return out;
}

/** The search line's games for one seed: the searched actor's differences are counted into `tally`. */
function lineSource(
  scenario: Scenario,
  seed: number,
  actor: ActorId,
  opts: SearchLineOptions,
  tally: Map<string, number>,
): OrderSource {
  const game = { seed, opening: openingOf(initialState(scenario, seed)) };
  const budget = opts.searchBudget ?? LEVEL_BUDGET.hard;
  const others = opts.bots === 'easy' ? 0 : (opts.budget ?? LEVEL_BUDGET.hard);
  return (s) =>
    ACTORS.flatMap((a) => {
      if (a !== actor) return budgetOrders(s, a, others, game);
      // Margins break ties: a strong student also chases an indicator the score no longer counts.
      // Fixed rollouts: the probe is not played against a clock, so its first turns keep the budget.
      const r = searchFromView(viewFor(s, a), {
        budget,
        seed,
        opening: game.opening,
        margins: true,
        fixedRollouts: true,
      });
      for (const d of differences(r.base, r.orders)) tally.set(d, (tally.get(d) ?? 0) + 1);
      return r.orders;
    });
}

/** One game of `actor`'s search line on `seed` (the others at `opts.bots`); the searched actor's
 * differences from its heuristic plan are counted into `tally`. */
export function searchLineGame(
  scenario: Scenario,
  seed: number,
  actor: ActorId,
  opts: SearchLineOptions,
  tally: Map<string, number>,
): RunResult {
  return playRun(scenario, seed, lineSource(scenario, seed, actor, opts, tally));
}

/**
 * The search line of `actor` on seeds 1..runs. `baseline`: the runs with the heuristic bot in
 * every seat, used as the bot's games when the others are easy too (otherwise the bot's games
 * are played here, with hard bots in the other seats).
 */
export function searchLine(
  scenario: Scenario,
  actor: ActorId,
  runs: number,
  baseline: readonly RunResult[],
  history: Record<ActorId, number> | null,
  opts: SearchLineOptions,
): SearchLine {
  const tally = new Map<string, number>();
  const line: number[] = [];
  const bot: number[] = [];
  const diffs: number[] = [];
  const finals: RunResult[] = [];
  const botFinals: RunResult[] = [];
  let better = 0;
  let same = 0;
  let worse = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const b =
      opts.bots === 'easy' && baseline[seed - 1]?.seed === seed
        ? baseline[seed - 1]
        : playRun(
            scenario,
            seed,
            seatsSource(scenario, seed, { ...allSeats(opts.bots), [actor]: 'easy' }, opts.budget),
          );
    if (b === undefined) continue;
    const r = searchLineGame(scenario, seed, actor, opts, tally);
    finals.push(r);
    botFinals.push(b);
    const x = r.scores[actor];
    const y = b.scores[actor];
    line.push(x);
    bot.push(y);
    diffs.push(x - y);
    if (x > y) better++;
    else if (x === y) same++;
    else worse++;
  }
  const median = spread(line).median;
  const botMedian = spread(bot).median;
  const gain = spread(diffs).median;
  const top = [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 3)
    .map(([label, count]) => ({ label, count }));
  const pinned: IndicatorId[] = [];
  for (const o of scenario.objectives[actor]) {
    const atLimit = (runs: readonly RunResult[]): boolean => {
      const m = spread(runs.map((r) => r.indicators[o.indicator])).median;
      return o.op === 'atLeast' ? m >= 100 : m <= 0;
    };
    if (atLimit(finals) && !atLimit(botFinals)) pinned.push(o.indicator);
  }
  const own = history?.[actor] ?? null;
  const exploit = better * 2 > line.length && median > botMedian && (own === null || median > own);
  return {
    actor,
    runs: line.length,
    median,
    bot: botMedian,
    history: own,
    gain,
    better,
    same,
    worse,
    top,
    pinned,
    verdict: exploit ? 'exploit' : pinned.length > 0 ? 'pinned' : '',
  };
}
