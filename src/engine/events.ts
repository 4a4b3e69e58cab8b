/**
 * The events phase: scripted events, then one roll of the random deck.
 *
 * - A scripted event with `at` fires in that turn; one with `when` fires in the first turn
 *   within [from, until] at which every condition holds (checked after the economy phase).
 *   Each scripted event fires at most once (its id is kept in `GameState.fired`).
 * - The deck: one roll of `drawBp` every turn (always one draw, so later draws do not depend on
 *   the odds); on a hit one more draw picks a card, each with odds weight / total weight.
 * - North Korea's launches and tests are its own orders (launch.ts), never an event's effect.
 * - Effects: stock deltas never take a stock below zero; indicator and relation deltas are
 *   clamped to their ranges; a route effect sets open / capacity (per good) / detection odds;
 *   `report` adds public evidence against
 *   the named actors; `panel` sets the mandate to end `mandateTurns` turns from now (0: it
 *   ends with this turn).
 */
import type { TurnContext } from './context.ts';
import { addEvidence, changeIndicator, changeRelation, changeStock, findRoute } from './context.ts';
import { assertNever } from './ids.ts';
import { actorField, indicatorField, pairField, resourceField } from './fields.ts';
import type { Cause } from './report.ts';
import { randomBelow, rollBasisPoints } from './rng.ts';
import type { Comparison, Condition, Effect, EventText } from './scenarioRules.ts';
import type { GameState } from './state.ts';

function compare(x: number, op: Comparison, v: number): boolean {
  return op === 'atLeast' ? x >= v : x <= v;
}

export function holds(s: GameState, c: Condition): boolean {
  switch (c.kind) {
    case 'indicator':
      return compare(indicatorField(s.indicators, c.indicator), c.op, c.value);
    case 'stock':
      return compare(resourceField(actorField(s.actors, c.actor).stocks, c.resource), c.op, c.value);
    case 'relation':
      return compare(pairField(s.relations, c.pair), c.op, c.value);
    case 'evidence': {
      let n = 0;
      for (const e of s.council.evidence) if (e.kind !== 'launch' && e.kind !== 'nuclearTest') n++;
      return compare(n, c.op, c.value);
    }
    case 'panel':
      return s.turn <= s.regime.panel.mandateEnd === c.active;
    default:
      return assertNever(c);
  }
}

/** Every condition holds (a loop, not `every` with a closure: this runs every turn). */
function allHold(s: GameState, conditions: readonly Condition[]): boolean {
  for (const c of conditions) if (!holds(s, c)) return false;
  return true;
}

function applyEffect(ctx: TurnContext, e: Effect, id: string): void {
  const s = ctx.s;
  const cause: Cause = { rule: 'event', event: id };
  switch (e.kind) {
    case 'stock': {
      const have = s.actors[e.actor].stocks[e.resource];
      changeStock(ctx, e.actor, e.resource, Math.max(e.delta, -have), cause);
      return;
    }
    case 'indicator':
      changeIndicator(ctx, e.indicator, e.delta, cause);
      return;
    case 'relation':
      changeRelation(ctx, e.pair, e.delta, cause);
      return;
    case 'route': {
      const r = findRoute(s, e.route);
      if (r === undefined) return; // semantics.ts rejects scenarios with unknown routes
      if (e.open !== undefined) r.open = e.open;
      if (e.capacity !== undefined) r.capacity = { ...r.capacity, ...e.capacity };
      if (e.detectionBp !== undefined) r.detectionBp = e.detectionBp;
      return;
    }
    case 'report':
      addEvidence(ctx, { turn: s.turn, kind: 'report', against: e.against.slice(), event: id });
      return;
    case 'panel':
      s.regime.panel.mandateEnd = s.turn + e.mandateTurns;
      return;
    default:
      assertNever(e);
  }
}

function fire(ctx: TurnContext, ev: EventText, drawn: boolean): void {
  if (ctx.reporting) ctx.report.events.push({ id: ev.id, title: ev.title, text: ev.text, sources: ev.sources, drawn });
  for (const e of ev.effects) applyEffect(ctx, e, ev.id);
}

export function resolveEvents(ctx: TurnContext): void {
  const s = ctx.s;
  const turn = s.turn;
  for (const ev of s.rules.events) {
    // The cheap checks first: most events are not due this turn.
    if (ev.at !== null ? ev.at !== turn : turn < ev.from || turn > ev.until) continue;
    if (s.fired.includes(ev.id)) continue;
    if (ev.at === null && !allHold(s, ev.when)) continue;
    s.fired = s.fired.concat([ev.id]); // shared with the previous state: never push
    fire(ctx, ev, false);
  }
  const deck = s.rules.deck;
  if (deck.drawBp <= 0 || deck.cards.length === 0) return;
  if (!rollBasisPoints(s.rng, deck.drawBp)) return;
  let total = 0;
  for (const c of deck.cards) total += c.weight;
  let pick = randomBelow(s.rng, total);
  for (const c of deck.cards) {
    if (pick < c.weight) {
      fire(ctx, c, true);
      return;
    }
    pick -= c.weight;
  }
}
