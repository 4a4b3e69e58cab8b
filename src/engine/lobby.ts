/**
 * Lobbying: Russia or China courts an elected seat (aid, a visit, a deal), spending lobbyCost
 * of its hard currency. For lobbyTurns turns from this one (this turn's votes included: orders
 * are simultaneous, and the vote comes after) the seat's rule score moves lobbyPoints against
 * the majority's drafts and lobbyPoints for a relief draft, once per actor courting it. Public:
 * a courted seat is seen to be courted, and its vote says so.
 *
 * Refused: an order by PRK or UNSC (notYourOrder), a seat that does not exist (unknownSeat), a
 * permanent seat or one that votes by order (notElectedSeat), a second lobbying order by the
 * same actor this turn (duplicateOrder), too little hard currency (insufficientStock).
 */
import type { Measure } from './ids.ts';
import type { TurnContext } from './context.ts';
import { changeStock } from './context.ts';
import type { Indexed, LobbyOrder } from './orders.ts';
import type { Lobby } from './regimeState.ts';
import type { Seat } from './scenarioRules.ts';
import type { GameState } from './state.ts';
import { reject } from './validate.ts';

/** Points added to a rule seat's score for a draft of `m` by the lobbying in force. */
/** A seat an order may court: an elected member that votes by rule (no permanent member, no
 * player's seat). */
export function isElectedSeat(seat: Pick<Seat, 'permanent' | 'actor'>): boolean {
  return !seat.permanent && seat.actor === null;
}

export function lobbyShift(s: Pick<GameState, 'turn' | 'council' | 'rules'>, seat: Seat, m: Measure): number {
  let n = 0;
  for (const l of s.council.lobbying) if (l.seat === seat.id && l.turn <= s.turn && l.until >= s.turn) n++;
  if (n === 0) return 0;
  const p = s.rules.design.lobbyPoints * n;
  return m === 'relief' ? p : -p;
}

export function applyLobbying(ctx: TurnContext, orders: Indexed<LobbyOrder>[]): void {
  const s = ctx.s;
  const p = s.rules.design;
  // Lobbying that has run its course leaves the record (a new list: it is shared with the
  // previous state).
  let list = s.council.lobbying.some((l) => l.until < s.turn)
    ? s.council.lobbying.filter((l) => l.until >= s.turn)
    : s.council.lobbying;
  const done = new Set<string>();
  for (const { order: o, index } of orders) {
    if (o.actor !== 'RUS' && o.actor !== 'CHN') {
      reject(ctx, index, o.actor, 'notYourOrder', 'only Russia and China court the elected seats by order');
      continue;
    }
    const seat = s.rules.council.seats.find((x) => x.id === o.seat);
    if (seat === undefined) {
      reject(ctx, index, o.actor, 'unknownSeat', `there is no seat "${o.seat}" on the council`);
      continue;
    }
    if (!isElectedSeat(seat)) {
      reject(
        ctx,
        index,
        o.actor,
        'notElectedSeat',
        `${seat.name} holds a permanent seat; only elected members can be courted`,
      );
      continue;
    }
    if (done.has(o.actor)) {
      reject(ctx, index, o.actor, 'duplicateOrder', `${o.actor} already courted a seat this turn`);
      continue;
    }
    const cash = s.actors[o.actor].stocks.currency;
    if (cash < p.lobbyCost) {
      reject(
        ctx,
        index,
        o.actor,
        'insufficientStock',
        `courting a seat costs ${p.lobbyCost} USD million of hard currency; ${o.actor} has ${cash}`,
      );
      continue;
    }
    done.add(o.actor);
    changeStock(ctx, o.actor, 'currency', -p.lobbyCost, {
      rule: 'lobbying',
      order: index,
      numbers: { cost: p.lobbyCost },
    });
    const entry: Lobby = { seat: seat.id, by: o.actor, turn: s.turn, until: s.turn + p.lobbyTurns - 1 };
    list = list.concat([entry]);
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'lobbied',
        actor: o.actor,
        seat: seat.id,
        amount: p.lobbyPoints,
        numbers: { until: entry.until },
        visibleTo: 'all',
      });
  }
  s.council.lobbying = list;
}
