/**
 * The sanctions regime at work: every delivery is checked against the caps and bans in force.
 * Numbers named in the scenario's design parameters (params.ts) are in quotes below.
 *
 * Decisions (GAME.md, documented for players in docs/authoring.md):
 * - Caps count declared deliveries only, per calendar year (the count restarts in January).
 *   A declared delivery that takes the year's total over the cap is allowed (states report
 *   what they ship), but the part over the cap is a breach.
 * - A declared delivery that a ban covers is a breach for its whole amount.
 * - A covert delivery of a capped or banned good (or of banned know-how) is a breach. Detected,
 *   it is public; undetected, only the two parties see a note that it broke the rule, but it
 *   still counts against the true sanctions integrity that the debrief reveals.
 * - Every public breach becomes evidence for the council against both parties and costs each
 *   party with a reputation (Russia, China) "breachReputation". A covert breach the Panel
 *   detects gives the Council "detectedAuthority" (its case is built).
 * - Sanctions integrity is scored on outcomes (indicators.ts): each turn it drifts toward the
 *   share of the value of goods to and from North Korea that broke no measure in force; the
 *   public indicator counts what was declared or detected, the hidden true one everything.
 *   Seized cargo (transfers.ts) was stopped: it counts as compliant.
 * - An adopted sanction (oil cap, worker ban, arms embargo) costs North Korea's regime
 *   "sanctionStability" at once (council.ts): sanctions bite, and the border China watches
 *   follows the regime's stability (indicators.ts).
 * - Until a ban's deadline, deliveries under deals made before the ban are tolerated (grace);
 *   at the deadline any stock of the good held outside its origin is "not repatriated".
 */
import { resourceField } from './fields.ts';
import type { ActorId, Good, IndicatorId, Measure, Resource } from './ids.ts';
import { ACTORS, assertNever, isGood } from './ids.ts';
import type { TurnContext } from './context.ts';
import { addEvidence, changeHidden, changeIndicator } from './context.ts';
import type { Cause } from './report.ts';
import type { Ban, Cap, Draft, Evidence } from './regimeState.ts';
import type { Transfer } from './transfers.ts';

/** The indicator that carries an actor's standing with the rest of the world, if any. */
export const REPUTATION: Readonly<Partial<Record<ActorId, IndicatorId>>> = { RUS: 'rusReputation', CHN: 'chnStanding' };

function bans(ban: Ban, t: Transfer): boolean {
  return (
    ban.resource === t.resource && (ban.from === null || ban.from === t.from) && (ban.to === null || ban.to === t.to)
  );
}

/**
 * Check a performed transfer against the regime. `dealSince` is the turn the deal was proposed,
 * for deliveries under a deal (grace before a ban's deadline).
 */
export function checkAgainstRegime(
  ctx: TurnContext,
  t: Transfer,
  detected: boolean,
  seized: boolean,
  cause: Cause,
  dealSince?: number,
): void {
  const s = ctx.s;
  const r = s.regime;
  const turn = s.turn;
  for (const cap of r.caps) {
    if (cap.resource !== t.resource || cap.to !== t.to) continue;
    if (cap.untilTurn !== null && cap.untilTurn < turn) continue;
    const inForce = cap.fromTurn <= turn;
    if (t.mode === 'declared') {
      if (cap.year !== ctx.year) {
        cap.year = ctx.year;
        cap.declared = 0;
      }
      const before = cap.declared;
      cap.declared = before + t.amount;
      const overBefore = before > cap.perYear ? before - cap.perYear : 0;
      const over = cap.declared - cap.perYear - overBefore;
      if (over > 0 && inForce) {
        if (ctx.reporting)
          ctx.report.notes.push({
            kind: 'capExceeded',
            actor: t.from,
            rule: cap.id,
            amount: over,
            numbers: { perYear: cap.perYear, declared: cap.declared, year: ctx.year },
            visibleTo: 'all',
          });
        breach(ctx, t, cap.id, over, 'declared', cause);
      }
    } else if (inForce) covert(ctx, t, cap.id, detected, seized, cause);
  }
  for (const ban of r.bans) {
    if (ban.fromTurn > turn || !bans(ban, t)) continue;
    if (ban.deadlineTurn !== null && turn < ban.deadlineTurn && dealSince !== undefined && dealSince < ban.fromTurn) {
      if (ctx.reporting)
        ctx.report.notes.push({
          kind: 'graceTolerated',
          actor: t.from,
          rule: ban.id,
          amount: t.amount,
          numbers: { deadlineTurn: ban.deadlineTurn },
          visibleTo: t.mode === 'declared' ? 'all' : [t.from, t.to],
        });
      continue;
    }
    if (t.mode === 'declared') {
      if (ctx.reporting)
        ctx.report.notes.push({ kind: 'banBroken', actor: t.from, rule: ban.id, amount: t.amount, visibleTo: 'all' });
      breach(ctx, t, ban.id, t.amount, 'declared', cause);
    } else covert(ctx, t, ban.id, detected, seized, cause);
  }
}

/** Value (USD thousands) of `amount` of a good breaking a measure, for the compliance share. */
function breachValue(ctx: TurnContext, resource: Resource, amount: number): number {
  return isGood(resource) ? amount * resourceField(ctx.s.rules.prices, resource) : 0;
}

// Shared, frozen: report entries are read-only data, and this runs for most covert shipments.
const SEEN: Readonly<Record<string, number>> = Object.freeze({ detected: 1 });
const UNSEEN: Readonly<Record<string, number>> = Object.freeze({ detected: 0 });

function covert(ctx: TurnContext, t: Transfer, rule: string, detected: boolean, seized: boolean, cause: Cause): void {
  if (!seized) ctx.compliance.breachTrue += breachValue(ctx, t.resource, t.amount);
  if (detected) {
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'covertBreach',
        actor: t.from,
        rule,
        amount: t.amount,
        numbers: SEEN,
        visibleTo: 'all',
      });
    breach(ctx, t, rule, t.amount, 'detected', cause, seized);
  } else if (ctx.reporting) {
    ctx.report.notes.push({
      kind: 'covertBreach',
      actor: t.from,
      rule,
      amount: t.amount,
      numbers: UNSEEN,
      visibleTo: [t.from, t.to],
    });
  }
}

function breach(
  ctx: TurnContext,
  t: Transfer,
  rule: string,
  amount: number,
  kind: 'declared' | 'detected',
  cause: Cause,
  seized = false,
): void {
  const against: ActorId[] = [];
  if (t.from !== 'UNSC') against.push(t.from);
  if (t.to !== 'UNSC') against.push(t.to);
  const e: Evidence = { turn: ctx.s.turn, kind, against, rule, amount };
  if (t.route !== null) e.route = t.route;
  addEvidence(ctx, e);
  const d = ctx.s.rules.design;
  // A covert breach seen and seized was stopped; the others reached North Korea or left it
  // (covert() has already counted an unseized covert one in the true figure).
  if (!seized) ctx.compliance.breachSeen += breachValue(ctx, t.resource, amount);
  if (kind === 'declared') ctx.compliance.breachTrue += breachValue(ctx, t.resource, amount);
  const c: Cause = {
    rule: 'sanctionsBreach',
    regimeRule: rule,
    numbers: { amount, detected: kind === 'detected' ? 1 : 0 },
  };
  if (cause.order !== undefined) c.order = cause.order;
  if (cause.deal !== undefined) c.deal = cause.deal;
  if (cause.route !== undefined) c.route = cause.route;
  if (kind === 'detected') changeIndicator(ctx, 'unscAuthority', d.detectedAuthority, c);
  for (const a of against) {
    const rep = REPUTATION[a];
    if (rep !== undefined) changeIndicator(ctx, rep, -d.breachReputation, c);
  }
}

/** At a ban's deadline, stock of its good held by anyone but its origin was not sent home. */
export function checkDeadlines(ctx: TurnContext): void {
  const s = ctx.s;
  for (const ban of s.regime.bans) {
    if (ban.deadlineTurn !== s.turn || ban.from === null) continue;
    for (const a of ACTORS) {
      if (a === ban.from) continue;
      const held = s.actors[a].stocks[ban.resource];
      if (held <= 0) continue;
      if (ctx.reporting)
        ctx.report.notes.push({ kind: 'notRepatriated', actor: a, rule: ban.id, amount: held, visibleTo: 'all' });
      addEvidence(ctx, { turn: s.turn, kind: 'notRepatriated', against: [a, ban.from], rule: ban.id, amount: held });
      const c: Cause = { rule: 'notRepatriated', regimeRule: ban.id, numbers: { held } };
      const d = s.rules.design;
      changeIndicator(ctx, 'unscSanctionsIntegrity', -d.notRepatriatedIntegrity, c);
      changeHidden(ctx, -d.notRepatriatedIntegrity);
      const rep = REPUTATION[a];
      if (rep !== undefined) changeIndicator(ctx, rep, -d.breachReputation, c);
    }
  }
}

/** The old cap on the same good and destination stays in force through this turn; the new one
 * inherits the year's count (a tighter cap adopted in June still counts January's oil) and
 * counts this turn's deliveries too. Caps that ended before this turn are dropped. */
function replaceCap(list: Cap[], cap: Cap, turn: number): Cap[] {
  const out: Cap[] = [];
  for (const c of list) {
    if (c.untilTurn !== null && c.untilTurn < turn) continue;
    if (c.resource === cap.resource && c.to === cap.to && c.untilTurn === null) {
      cap.year = c.year;
      cap.declared = c.declared;
      c.untilTurn = turn;
    }
    out.push(c);
  }
  out.push(cap);
  return out;
}

function replaceBan(list: Ban[], ban: Ban): Ban[] {
  const out = list.filter((b) => !(b.resource === ban.resource && b.from === ban.from && b.to === ban.to));
  out.push(ban);
  return out;
}

function newBan(id: string, resource: Good, fromTurn: number, deadlineTurn: number | null): Ban {
  return { id, resource, from: 'PRK', to: null, sources: [], fromTurn, deadlineTurn };
}

/** An adopted draft changes the regime from the next turn. */
export function enactMeasure(ctx: TurnContext, d: Draft): void {
  const s = ctx.s;
  const r = s.regime;
  const next = s.turn + 1;
  const m: Measure = d.measure;
  switch (m) {
    case 'oilCap':
      r.caps = replaceCap(
        r.caps,
        {
          id: d.id,
          resource: 'oil',
          to: 'PRK',
          perYear: d.value,
          sources: [],
          fromTurn: next,
          untilTurn: null,
          year: ctx.year,
          declared: 0,
        },
        s.turn,
      );
      break;
    case 'workerBan':
      r.bans = replaceBan(r.bans, newBan(d.id, 'labour', next, d.value > 0 ? next + d.value : null));
      break;
    case 'armsEmbargo':
      r.bans = replaceBan(r.bans, newBan(d.id, 'munitions', next, null));
      break;
    case 'renewPanel':
      if (s.turn + d.value > r.panel.mandateEnd) r.panel.mandateEnd = s.turn + d.value;
      break;
    case 'condemn':
      return;
    case 'relief':
      // Workers may go abroad again; the oil cap in force is raised to the draft's value.
      r.bans = r.bans.filter((b) => !(b.resource === 'labour' && b.from === 'PRK'));
      if (d.value > 0) {
        for (const c of r.caps) {
          if (c.resource === 'oil' && c.to === 'PRK' && c.untilTurn === null && c.perYear < d.value) {
            r.caps = replaceCap(r.caps, { ...c, id: d.id, perYear: d.value, sources: [], fromTurn: next }, s.turn);
            break;
          }
        }
      }
      break;
    default:
      assertNever(m);
  }
  if (ctx.reporting)
    ctx.report.notes.push({
      kind: 'measureInForce',
      rule: d.id,
      measure: d.measure,
      amount: d.value,
      numbers: { fromTurn: next },
      visibleTo: 'all',
    });
}
