/**
 * The Security Council bot: the majority led by the US, UK and France. It wants sanctions that
 * hold, a slower programme and a Panel that can see (GAME.md).
 *
 * Drafts: each candidate measure is forecast from the public record (forecast.ts): the rule
 * seats' votes on the evidence that will still be in their window, and the odds that RUS or
 * CHN votes no, from their defaults and their record on that measure, lowered by new
 * evidence. It tables the drafts with a positive expected gain,
 *   adopt% × (authority + integrity gained [+ the Panel kept]) − veto% × authority lost,
 * best first, up to the scenario's limit, never a measure already on the table, never one
 * that changes nothing, and never one that RUS or CHN has vetoed twice with no new evidence
 * since. An oil cap is tightened to 60% of the cap in force, or only to 80% once China has
 * vetoed a cap (a milder draft China may let through).
 *
 * Monitoring: while the Panel works, it points it at the routes with most suspected traffic:
 * public evidence on the route in the seats' window (3 points an item), then the value of the
 * capped or banned goods the route can carry to or from North Korea (a prior, 1 point per
 * USD 100 million).
 */
import type { ActorId, Good, Measure, Route } from '../engine/index.ts';
import { GOODS, assertNever, changesNothing, vetoedUntil } from '../engine/index.ts';
import { evidenceSince, forecastDraft, launchesSince, noOdds, vetoRecord } from './forecast.ts';
import type { Move } from './plan.ts';
import { Plan } from './plan.ts';
import type { ActorView } from './view.ts';
import { needTotal } from './needs.ts';

/** Turns of mandate a renewal asks for. */
export const RENEWAL_TURNS = 4;
/** Future detections the Panel is worth, in integrity points, beyond avoiding the lapse. */
const PANEL_WORTH = 2;
/** What an adopted sanction is worth to integrity, in the bot's reckoning: nothing by itself
 * (engine 0.4.0 scores integrity on outcomes: a new measure only counts more trade against it). */
const ADOPTED_INTEGRITY_GUESS = 0;
const EVIDENCE_POINTS = 3;
/** The order schema's limit on a monitoring list. */
const MAX_MONITORED = 8;

export interface Candidate {
  measure: Measure;
  value: number;
  /** Expected gain in percent × indicator points. */
  gain: number;
}

function oilCapValue(v: ActorView): number | null {
  let current: number | null = null;
  for (const c of v.regime.caps) {
    if (c.resource !== 'oil' || c.to !== 'PRK' || c.untilTurn !== null) continue;
    if (current === null || c.perYear < current) current = c.perYear;
  }
  const chinaVetoed = vetoRecord(v, 'CHN', 'oilCap').count > 0;
  if (current === null) {
    const need = needTotal(v.rules.needs, 'PRK', 'oil');
    return need > 0 ? 4 * need : null;
  }
  const value = Math.floor((current * (chinaVetoed ? 80 : 60)) / 1000) * 10;
  return value < current ? value : null;
}

/** The value a draft of `m` would carry, or null when it would change nothing (the bot's own
 * judgement, and the engine's rule that a draft equal to a measure in force is refused). */
export function draftValue(v: ActorView, m: Measure): number | null {
  const value = wantedValue(v, m);
  return value === null || changesNothing(v, m, value) !== null || vetoedUntil(v, m) !== null ? null : value;
}

function wantedValue(v: ActorView, m: Measure): number | null {
  const bans = v.regime.bans;
  switch (m) {
    case 'oilCap':
      return oilCapValue(v);
    case 'workerBan':
      return bans.some((b) => b.resource === 'labour' && b.from === 'PRK' && b.deadlineTurn !== null)
        ? null
        : RENEWAL_TURNS;
    case 'armsEmbargo':
      return bans.some((b) => b.resource === 'munitions' && b.from === 'PRK' && b.to === null) ? null : 0;
    case 'renewPanel': {
      const p = v.regime.panel;
      if (p.bonusBp === 0 && p.monitorBonusBp === 0) return null;
      return p.mandateEnd - v.turn <= 2 ? RENEWAL_TURNS : null;
    }
    case 'relief':
      return null;
    case 'condemn': {
      const since = v.turn + 1 - v.rules.council.windowTurns;
      const launches = launchesSince(v, since + 1);
      const recent = v.council.decisions.some(
        (d) => d.measure === 'condemn' && d.outcome === 'adopted' && d.turn > since,
      );
      return launches >= 2 && !recent ? 0 : null;
    }
    default:
      return assertNever(m);
  }
}

/** Vetoed at least twice by RUS or CHN with no evidence since the latest of those vetoes, or
 * vetoed by either within the seats' window. */
export function stale(v: ActorView, m: Measure): boolean {
  for (const a of ['RUS', 'CHN'] as const) {
    const r = vetoRecord(v, a, m);
    if (r.count >= 2 && evidenceSince(v, r.lastTurn) === 0) return true;
    // A veto within the seats' window: tabling it again would only invite another.
    if (r.count > 0 && r.lastTurn > 0 && r.lastTurn > v.turn - v.rules.council.windowTurns) return true;
  }
  return false;
}

export function candidates(v: ActorView): Candidate[] {
  const out: Candidate[] = [];
  const order: readonly Measure[] = ['renewPanel', 'condemn', 'oilCap', 'workerBan', 'armsEmbargo'];
  for (const m of order) {
    if (v.council.drafts.some((d) => d.measure === m)) continue;
    const value = draftValue(v, m);
    if (value === null || stale(v, m)) continue;
    const f = forecastDraft(v, m);
    const p = v.rules.design;
    // Political capital: each draft adopted in the last capitalTurns turns makes this one worth less.
    const recent = v.council.decisions.filter(
      (d) => d.turn > 0 && d.turn > v.turn - p.capitalTurns && d.outcome === 'adopted' && d.measure !== 'relief',
    ).length;
    let worth = p.adoptedAuthority - p.capitalCost * recent + (m === 'condemn' ? 0 : ADOPTED_INTEGRITY_GUESS);
    if (m === 'renewPanel') worth += p.panelLapseIntegrity + PANEL_WORTH;
    // A draft that rallies isolationYes members costs little even when vetoed (the vetoer stands alone).
    const vetoCost = p.vetoAuthority - (f.ruleYes >= p.isolationYes ? p.isolationAuthority : 0);
    const gain = f.adopt * worth - f.veto * vetoCost;
    if (gain > 0) out.push({ measure: m, value, gain });
  }
  // Best first; ties keep the order above (stable sort).
  return out.sort((a, b) => b.gain - a.gain);
}

function suspicion(v: ActorView, r: Route): number {
  if (r.ends[0] !== 'PRK' && r.ends[1] !== 'PRK') return 0;
  const since = v.turn - v.rules.council.windowTurns;
  let score = 0;
  for (const e of v.council.evidence) if (e.route === r.id && e.turn > since) score += EVIDENCE_POINTS * 100_000;
  const other = r.ends[0] === 'PRK' ? r.ends[1] : r.ends[0];
  for (const good of GOODS) {
    const cap = r.capacity[good];
    if (cap === undefined) continue;
    if (watched(v, good, other)) score += cap * v.rules.prices[good];
  }
  return score;
}

/** A ban or cap covers `good` between North Korea and `other`. */
function watched(v: ActorView, good: Good, other: ActorId): boolean {
  for (const b of v.regime.bans) {
    if (
      b.resource === good &&
      (b.from === 'PRK' || b.to === 'PRK' || b.from === null) &&
      (b.to === null || b.to === other || b.to === 'PRK')
    )
      return true;
  }
  for (const c of v.regime.caps) if (c.resource === good && c.to === 'PRK') return true;
  return false;
}

export function monitorChoice(v: ActorView): string[] {
  const p = v.regime.panel;
  if (v.turn > p.mandateEnd || p.maxRoutes <= 0) return [];
  const scored = v.routes.map((r, i) => ({ id: r.id, score: suspicion(v, r), i })).filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, Math.min(p.maxRoutes, MAX_MONITORED)).map((x) => x.id);
}

export function councilPlan(v: ActorView, explain = true): Move[] {
  const plan = new Plan(explain);
  for (const c of candidates(v).slice(0, v.rules.council.maxDraftsPerTurn)) {
    plan.add({ kind: 'draft', actor: 'UNSC', measure: c.measure, value: c.value }, () => {
      const f = forecastDraft(v, c.measure);
      const ruleSeats = v.rules.council.seats.filter((x) => x.actor === null).length;
      return `tables ${c.measure} (value ${c.value}): ${f.ruleYes} of the ${ruleSeats} seats that vote by rule should vote yes on the evidence; odds ${f.adopt}% adopted, ${f.veto}% vetoed (Russia "no" ${noOdds(v, 'RUS', c.measure)}%, China "no" ${noOdds(v, 'CHN', c.measure)}%)`;
    });
  }
  const routes = monitorChoice(v);
  const current = v.regime.panel.monitored;
  const same = routes.length === current.length && routes.every((r, i) => current[i] === r);
  if (routes.length > 0 && !same) {
    plan.add(
      { kind: 'monitor', actor: 'UNSC', routes },
      () =>
        `points the Panel at ${routes.join(' and ')}: the routes with most public evidence of breaches, then most sanctioned capacity into North Korea`,
    );
  }
  return plan.moves;
}
