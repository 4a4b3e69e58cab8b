/**
 * The search bot's candidate moves: edits of the heuristic bot's plan for this turn. An option
 * drops the plan's orders on one decision (its key: a vote on one draft, the priorities, a
 * shipment of one good to one actor on one route, …) and adds its own; options with different
 * keys combine. The options per order kind come from the table in orderKinds.ts; this module
 * holds the machinery every kind shares.
 */
import type { ActorId, Deal, Order } from '../engine/index.ts';
import { isGood, isResource } from '../engine/index.ts';
import { Ledger } from './ledger.ts';
import type { ActorView } from './view.ts';

export interface Option {
  /** The decision the option changes; two options with one key never combine. */
  key: string;
  /** The plan's orders on that decision are dropped, and these added. */
  adds: readonly Order[];
}

/** What an order kind's generator reads: the view, the heuristic plan, and the stock and route
 * capacity left once that plan's deals and shipments have taken theirs. */
export interface OptionContext {
  v: ActorView;
  base: readonly Order[];
  left: Ledger;
}

/** An order kind's part in the search: which decision an order makes (`key`), how the probe
 * names it (`label`), and a few candidate orders of the kind for this turn (`candidates`). */
export interface KindSpec<O extends Order> {
  key(o: O): string;
  label(o: O): string;
  candidates(ctx: OptionContext): O[];
  /** Options of several orders on one decision (all with one key), beside the single ones: the
   * Council's drafts, where the turn's limit on drafts makes a new draft replace the plan's. */
  sets?(ctx: OptionContext): O[][];
}

/** The ledger of what is left after the plan: its cancelled deals skipped, its accepted deals
 * and shipments committed. */
export function ledgerAfter(v: ActorView, plan: readonly Order[]): Ledger {
  const cancelled = new Set<string>();
  for (const o of plan) if (o.kind === 'cancelDeal') cancelled.add(o.deal);
  const ledger = new Ledger(v, cancelled);
  for (const o of plan) {
    if (o.kind === 'acceptDeal') {
      const d: Deal | undefined = v.deals.find((x) => x.id === o.deal);
      if (d !== undefined) ledger.commitDeal(d);
    } else if (o.kind === 'ship' && o.actor === v.actor && isResource(o.resource)) {
      ledger.take(o.resource, o.amount);
      if (o.route !== undefined && isGood(o.resource)) ledger.useRoute(o.route, o.resource, o.amount);
    }
  }
  return ledger;
}

/** The plan with one option applied: the options' orders replace the plan's on its decision. */
export function applyOption(plan: readonly Order[], opt: Option, keyOf: (o: Order) => string): Order[] {
  const out: Order[] = [];
  for (const o of plan) if (keyOf(o) !== opt.key) out.push(o);
  for (const o of opt.adds) out.push(o);
  return out;
}

/** A stable text of an order list, to find candidates that are the same plan. */
export function planKey(plan: readonly Order[]): string {
  return JSON.stringify(plan);
}

/**
 * Every option for the actor this turn: for each order kind, each candidate order and each set
 * (replacing the plan's orders on the same decision), and for each order of the plan, dropping it. Options
 * that leave the plan as it is are left out; the rest keep the table's order (deterministic).
 */
export function optionsFor(
  ctx: OptionContext,
  kinds: readonly { candidates(ctx: OptionContext): Order[]; sets?(ctx: OptionContext): Order[][] }[],
  keyOf: (o: Order) => string,
): Option[] {
  const out: Option[] = [];
  const seen = new Set<string>([planKey(ctx.base)]);
  const push = (opt: Option): void => {
    const k = planKey(applyOption(ctx.base, opt, keyOf));
    if (seen.has(k)) return;
    seen.add(k);
    out.push(opt);
  };
  for (const spec of kinds) {
    for (const o of spec.candidates(ctx)) push({ key: keyOf(o), adds: [o] });
    for (const set of spec.sets?.(ctx) ?? []) {
      const first = set[0];
      if (first !== undefined) push({ key: keyOf(first), adds: set });
    }
  }
  for (const o of ctx.base) push({ key: keyOf(o), adds: [] });
  return out;
}

/** Other actors than `me`, in ACTORS order. */
export function others(me: ActorId, actors: readonly ActorId[]): ActorId[] {
  return actors.filter((a) => a !== me);
}
