/** The readable turn report of `cli sim` (what a person reads in a terminal). */
import type { GameState, PlayedTurn } from '../engine/index.ts';
import {
  ACTORS,
  INDICATORS,
  INDICATOR_LABEL,
  RESOURCES,
  UNITS,
  explainChange,
  explainCouncil,
  explainEvent,
  explainNote,
  explainRejection,
  explainSeatVotes,
  fingerprint,
  formatDate,
  actorScore,
} from '../engine/index.ts';

export function formatTurn(t: PlayedTurn): string {
  const r = t.report;
  const lines: string[] = [`== Turn ${r.turn} · ${formatDate(r.date)} · state ${fingerprint(t.hash)}`];
  for (const c of r.council) {
    lines.push(`  COUNCIL ${explainCouncil(c)}`);
    lines.push(`    votes: ${explainSeatVotes(c).join('; ')}`);
  }
  for (const n of r.notes)
    lines.push(
      `  regime: ${explainNote(n)}${n.visibleTo === 'all' ? '' : ` [seen only by ${n.visibleTo.join(', ')}]`}`,
    );
  for (const e of r.events) lines.push(`  ${explainEvent(e)}`);
  for (const d of r.deals)
    lines.push(
      `  deal ${d.deal} (${d.proposer}→${d.partner}): ${d.kind}${d.reason !== undefined ? ` (${d.reason})` : ''}`,
    );
  for (const s of r.shipments) {
    const how = s.mode === 'covert' ? (s.detected ? 'covert, DETECTED' : 'covert') : 'declared';
    lines.push(
      `  shipment ${s.from}→${s.to}: ${s.amount} ${UNITS[s.resource]} of ${s.resource}${s.route !== null ? ` via ${s.route}` : ''} (${how})`,
    );
  }
  for (const x of r.rejections) lines.push(`  REJECTED ${explainRejection(x)}`);
  for (const c of r.changes) {
    if (c.target.kind === 'stock') continue;
    lines.push(`  ${explainChange(c)}`);
  }
  return lines.join('\n');
}

export function formatSummary(s: GameState, hash: string): string {
  const lines = ['== Final state', `  hash ${hash}`];
  for (const a of ACTORS) {
    const st = s.actors[a].stocks;
    lines.push(`  ${a}: ${RESOURCES.map((r) => `${r} ${st[r]}`).join(', ')}`);
  }
  for (const i of INDICATORS) lines.push(`  ${INDICATOR_LABEL[i]}: ${s.indicators[i]}`);
  lines.push(`  scores: ${ACTORS.map((a) => `${a} ${actorScore(s, a)}`).join(', ')}`);
  return lines.join('\n');
}
