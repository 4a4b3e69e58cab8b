/**
 * `cli balance`: the text report of src/sim's balance; play a scenario N times with bots in every seat (seeds 1..N) and report the
 * spread of outcomes an instructor should expect before class: each actor's score and each
 * indicator at the end (min / median / max), the historical run's scores beside them, how
 * often each kind of draft was tabled, adopted, vetoed or fell short, and how many orders were
 * rejected (bots should issue none) or deals defaulted.
 *
 * With --probe it also asks GAME.md's question, "is one order always right?": for each actor it
 * replays the same seeds with one fixed policy in place of part of the bot's judgement (always
 * or never launch, veto, aid, draft, …) and counts the seeds on which that policy scored
 * better, the same or worse for that actor than the bot. A policy that never does worse and
 * usually does better dominates (and one that never does worse is suspect): the actor's
 * dilemma is gone.
 */
import { ACTORS, INDICATORS, MEASURES } from '../engine/index.ts';
import type { BalanceReport, Spread } from '../sim/index.ts';

function pad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : t + ' '.repeat(n - t.length);
}

function fmt(x: Spread): string {
  return `${pad(x.min, 5)}${pad(x.p10, 5)}${pad(x.median, 8)}${pad(x.p90, 5)}${x.max}`;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${Math.floor((n * 100) / d)}%`;
}

export function formatBalance(r: BalanceReport, title: string): string {
  const who = r.bots === 'easy' ? 'bots' : 'hard (search) bots';
  const lines: string[] = [`${title}`, `${r.runs} runs with ${who} in every seat (seeds 1–${r.runs})`, ''];
  lines.push(`score (0-100)      min  p10  median  p90  max  history`);
  for (const a of ACTORS)
    lines.push(
      `  ${pad(a, 17)}${fmt(r.scores[a])}${r.historical === null ? '' : `${' '.repeat(5 - String(r.scores[a].max).length)}${r.historical[a]}`}`,
    );
  lines.push('', `indicator at the end          min  p10  median  p90  max`);
  for (const i of INDICATORS) lines.push(`  ${pad(i, 28)}${fmt(r.indicators[i])}`);
  lines.push('', `drafts (all runs)   tabled  adopted  vetoed  short   per run  vetoed by`);
  for (const m of MEASURES) {
    const d = r.drafts[m];
    const voted = d.adopted + d.vetoed + d.short;
    const by = Object.entries(d.vetoedBy)
      .filter(([, n]) => n > 0)
      .map(([seat, n]) => `${seat} ${n}`)
      .join(', ');
    lines.push(
      `  ${pad(m, 18)}${pad(d.tabled, 8)}${pad(`${d.adopted} ${pct(d.adopted, voted)}`, 9)}${pad(`${d.vetoed} ${pct(d.vetoed, voted)}`, 8)}${pad(`${d.short}`, 8)}${pad((d.tabled / r.runs).toFixed(2), 9)}${by}`.trimEnd(),
    );
  }
  lines.push(
    '',
    `detected covert transfers per run: min ${r.detections.min}, median ${r.detections.median}, max ${r.detections.max}`,
  );
  lines.push(`rejected orders: ${r.rejections}; defaulted deal deliveries: ${r.defaults}`);
  if (r.searchLines.length > 0) {
    const opp = r.bots === 'easy' ? 'heuristic bots' : 'hard bots';
    lines.push(
      '',
      `the search bot in one seat against ${opp} (seeds 1–${r.searchLines[0]?.runs ?? 0}): what a strong player finds`,
    );
    lines.push(`  actor median  bot  history  gain  better  same  worse  orders that made the difference`);
    for (const x of r.searchLines) {
      const top = x.top.map((t) => `${t.label} (${t.count})`).join(', ');
      const pinned = x.pinned.length > 0 ? `; pinned: ${x.pinned.join(', ')}` : '';
      lines.push(
        `  ${pad(x.actor, 6)}${pad(x.median, 7)}${pad(x.bot, 5)}${pad(x.history ?? '-', 9)}${pad(x.gain > 0 ? `+${x.gain}` : x.gain, 6)}${pad(x.better, 8)}${pad(x.same, 6)}${pad(x.worse, 7)}${top}${pinned}${x.verdict === '' ? '' : `  ${x.verdict.toUpperCase()}`}`.trimEnd(),
      );
    }
  }
  if (r.probes.length > 0) {
    lines.push('', `one fixed policy in place of the bot (same seeds): does one order dominate?`);
    lines.push(`  actor policy                  median  better  same  worse`);
    for (const p of r.probes) {
      lines.push(
        `  ${pad(p.actor, 6)}${pad(p.policy, 24)}${pad(p.median, 8)}${pad(p.better, 8)}${pad(p.same, 6)}${pad(p.worse, 6)}${p.verdict.toUpperCase()}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}
