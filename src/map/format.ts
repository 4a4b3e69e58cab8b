/** Number formatting for map text, identical in every locale (no toLocaleString). */

/** Thousands separated by commas without locale formatting. */
export function groupDigits(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const out = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${out}` : out;
}
