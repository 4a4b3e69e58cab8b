/**
 * The class's scores as CSV, for a gradebook or a spreadsheet: one row per world, turn and
 * actor, with the names of the students who held the seat. Row 0 of each world is the opening
 * score. Fields are quoted as RFC 4180 says, and a name starting with = + - @ is prefixed with
 * an apostrophe, so a spreadsheet never runs it as a formula.
 */
import type { ActorId } from '../engine/index.ts';
import { ACTORS, dateOfTurn, formatDate } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';

export interface WorldScores {
  world: number;
  /** Index 0 the opening scores, index t the scores after turn t. */
  scores: readonly Readonly<Record<ActorId, number>>[];
  teams: Readonly<Record<ActorId, readonly string[]>>;
  /** Who played a seat no student held: "bot (easy)", "holds". */
  filledBy: string;
}

export const CSV_HEADER = ['world', 'turn', 'date', 'actor', 'players', 'score'] as const;

export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function scoresCsv(scenario: Pick<Scenario, 'start' | 'turnLength'>, worlds: readonly WorldScores[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const w of worlds) {
    w.scores.forEach((row, turn) => {
      // Turn t's row is the state after it: dated at the start of turn t + 1; row 0 at turn 1.
      const date = formatDate(dateOfTurn(scenario.start, scenario.turnLength, turn + 1));
      for (const a of ACTORS) {
        const team = w.teams[a];
        const players = team.length === 0 ? w.filledBy : team.join('; ');
        lines.push([w.world + 1, turn, date, a, players, row[a]].map(csvField).join(','));
      }
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
