import type { TurnLength } from './ids.ts';
import { assertNever } from './ids.ts';
import type { GameState } from './state.ts';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
}

export function monthsPerTurn(length: TurnLength): number {
  switch (length) {
    case 'month':
      return 1;
    case 'quarter':
      return 3;
    case 'half':
      return 6;
    default:
      return assertNever(length);
  }
}

/** The first month of turn `turn` (1-based): turn 1 starts at the scenario's start. */
export function dateOfTurn(start: CalendarDate, length: TurnLength, turn: number): CalendarDate {
  const m = start.year * 12 + (start.month - 1) + (turn - 1) * monthsPerTurn(length);
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

export function currentDate(s: GameState): CalendarDate {
  return dateOfTurn(s.rules.start, s.rules.turnLength, s.turn);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Oct 2023" – fixed English, never the locale's. */
export function formatDate(d: CalendarDate): string {
  return `${MONTHS[d.month - 1] ?? '?'} ${d.year}`;
}
