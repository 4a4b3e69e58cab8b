/**
 * Domestic priorities, production and consumption.
 *
 * Production of actor a this turn, per resource:
 *   base
 *   + munitions: floor(flex.munitions × m / 100)          (m = munitions priority, %)
 *   + food:      floor(flex.food × (100 − m) / 100) + floor(flex.homeFood × (100 − l) / 100)
 *   + labour:    floor(flex.labour × l / 100)               (l = labour-abroad priority, %)
 * then, where the scenario sets a variance of ±bp, times (1 + r/10,000) with r drawn uniformly
 * from [−bp, bp] and the product truncated toward zero.
 *
 * Consumption: each need takes min(stock, amount) (a need that is not `consumed`, such as the
 * workers present abroad, takes nothing: the stock must only be there). Met in full:
 * +metPoints on its indicator. Short by s of amount A: −ceil(s × shortfallPoints / A).
 *
 * The indicator moves in public, but its cause (the need, what was consumed, the shortfall)
 * reads the actor's own stock, which is secret: only the actor sees the cause.
 */
import { actorField, resourceField } from './fields.ts';
import type { ActorId, Resource } from './ids.ts';
import { ACTORS, RESOURCES, actorIndex, isActorId, resourceIndex } from './ids.ts';
import type { TurnContext } from './context.ts';
import type { Cause } from './report.ts';
import { changeIndicator, changeStock } from './context.ts';
import type { Indexed, SetPrioritiesOrder } from './orders.ts';
import { randomBelow } from './rng.ts';
import type { Economy, Priorities, Variance } from './state.ts';
import { isPercent, reject } from './validate.ts';

export function applyPriorities(ctx: TurnContext, orders: Indexed<SetPrioritiesOrder>[]): void {
  // Actors that set their priorities already, one bit by ACTORS place (no Set per turn).
  let seen = 0;
  for (const { order: o, index } of orders) {
    if (!isActorId(o.actor)) {
      reject(ctx, index, o.actor, 'unknownActor', `unknown actor "${o.actor}"`);
      continue;
    }
    if (!isPercent(o.munitions) || !isPercent(o.labourAbroad)) {
      reject(ctx, index, o.actor, 'malformed', 'priorities are whole percentages from 0 to 100');
      continue;
    }
    const bit = 1 << actorIndex(o.actor);
    if ((seen & bit) !== 0) {
      reject(ctx, index, o.actor, 'duplicateOrder', `${o.actor} already set its priorities this turn`);
      continue;
    }
    seen |= bit;
    ctx.s.actors[o.actor].priorities = { munitions: o.munitions, labourAbroad: o.labourAbroad };
  }
}

export function plannedOutput(e: Economy, p: Priorities, r: Resource): number {
  switch (r) {
    case 'munitions':
      return e.base.munitions + Math.floor((e.flex.munitions * p.munitions) / 100);
    case 'food':
      return (
        e.base.food +
        Math.floor((e.flex.food * (100 - p.munitions)) / 100) +
        Math.floor((e.flex.homeFood * (100 - p.labourAbroad)) / 100)
      );
    case 'labour':
      return e.base.labour + Math.floor((e.flex.labour * p.labourAbroad) / 100);
    case 'oil':
    case 'currency':
    case 'knowhow':
      return resourceField(e.base, r);
  }
}

/** The cause a quiet turn passes for every production change (no report reads it). */
const QUIET_CAUSE: Cause = Object.freeze({ rule: 'production' }) as Cause;

/** Per actor × resource (RESOURCES order within ACTORS order): whether any variance applies.
 * Built once per scenario's list (rules never change): the scan of the list for each of the
 * 24 outputs was most of production's time in a rollout. */
const VARIES = new WeakMap<readonly Variance[], readonly boolean[]>();

function variedOutputs(variance: readonly Variance[]): readonly boolean[] {
  let out = VARIES.get(variance);
  if (out === undefined) {
    const flags: boolean[] = new Array(ACTORS.length * RESOURCES.length).fill(false);
    for (const v of variance) flags[actorIndex(v.actor) * RESOURCES.length + resourceIndex(v.resource)] = true;
    out = flags;
    VARIES.set(variance, out);
  }
  return out;
}

export function produce(ctx: TurnContext): void {
  const s = ctx.s;
  const variance = s.rules.variance;
  const varies = variedOutputs(variance);
  // Loops by place (the places index `varies`; ACTORS and RESOURCES order as before).
  for (let ai = 0; ai < ACTORS.length; ai++) {
    const a = ACTORS[ai] as ActorId;
    const econ = actorField(s.rules.economy, a);
    const mine = actorField(s.actors, a);
    const pri = mine.priorities;
    // One cause for all of the actor's production this turn (the output is the change itself).
    const made: Cause = ctx.reporting
      ? { rule: 'production', numbers: { munitionsPriority: pri.munitions, labourAbroadPriority: pri.labourAbroad } }
      : QUIET_CAUSE;
    for (let ri = 0; ri < RESOURCES.length; ri++) {
      const r = RESOURCES[ri] as Resource;
      const planned = plannedOutput(econ, pri, r);
      if (planned !== 0) changeStock(ctx, a, r, planned, made);
      if (!varies[ai * RESOURCES.length + ri]) continue;
      for (const v of variance) {
        if (v.actor !== a || v.resource !== r) continue;
        const draw = randomBelow(s.rng, 2 * v.bp + 1) - v.bp;
        // Never let a bad harvest take more than the stock holds (the stock cannot go negative).
        const delta = Math.max(Math.trunc((planned * draw) / 10_000), -resourceField(mine.stocks, r));
        changeStock(
          ctx,
          a,
          r,
          delta,
          ctx.reporting ? { rule: 'harvestVariance', numbers: { planned, drawBp: draw, delta } } : QUIET_CAUSE,
        );
      }
    }
  }
}

/** Visibility of an entry only its actor may see (shared, frozen: entries are read-only). */
const OWN: Readonly<Record<ActorId, readonly ActorId[]>> = Object.freeze({
  RUS: Object.freeze(['RUS'] as const),
  PRK: Object.freeze(['PRK'] as const),
  CHN: Object.freeze(['CHN'] as const),
  UNSC: Object.freeze(['UNSC'] as const),
});

const QUIET_CONSUMPTION: Cause = Object.freeze({ rule: 'consumption' }) as Cause;
const QUIET_MET: Cause = Object.freeze({ rule: 'needMet' }) as Cause;
const QUIET_SHORTAGE: Cause = Object.freeze({ rule: 'shortage' }) as Cause;

export function consume(ctx: TurnContext): void {
  const s = ctx.s;
  for (const n of s.rules.needs) {
    const stock = resourceField(actorField(s.actors, n.actor).stocks, n.resource);
    const used = Math.min(stock, n.amount);
    const shortfall = n.amount - used;
    // The causes only matter to the report: a quiet turn passes shared ones.
    const q = !ctx.reporting;
    if (n.consumed)
      changeStock(
        ctx,
        n.actor,
        n.resource,
        -used,
        q ? QUIET_CONSUMPTION : { rule: 'consumption', numbers: { need: n.amount, used } },
      );
    const own = actorField(OWN, n.actor);
    if (shortfall === 0) {
      if (n.metPoints !== 0) {
        changeIndicator(
          ctx,
          n.indicator,
          n.metPoints,
          q ? QUIET_MET : { rule: 'needMet', numbers: { need: n.amount, points: n.metPoints } },
          own,
        );
      }
    } else if (n.shortfallPoints !== 0) {
      const loss = Math.ceil((shortfall * n.shortfallPoints) / n.amount);
      changeIndicator(
        ctx,
        n.indicator,
        -loss,
        q
          ? QUIET_SHORTAGE
          : { rule: 'shortage', numbers: { need: n.amount, shortfall, fullShortfallPoints: n.shortfallPoints, loss } },
        own,
      );
    }
  }
}
