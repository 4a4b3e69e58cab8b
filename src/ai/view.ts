/**
 * What one actor may see of the game, and nothing more: the bots read only this.
 *
 * Visible to everyone: the turn, the static rules (the scenario file is public), indicators
 * (every indicator change is reported to all), routes, the sanctions regime, the council's
 * drafts, decisions and evidence, and the scripted events that have fired (events are
 * announced to all). Visible to the actor alone: its own stocks and priorities,
 * its relations with the others, and deals it is a party to; declared deals between others are
 * public. Hidden: other actors' stocks and priorities, relations between others, covert deals
 * between others, the trade ledger and the random generator (all of which covert transfers
 * move). Building the view by copying only these fields makes a leak a type error, not a bug.
 */
import type {
  ActorId,
  ActorState,
  CouncilState,
  Deal,
  GameState,
  IndicatorId,
  PairKey,
  Regime,
  Route,
  Rules,
} from '../engine/index.ts';
import { actorField, assertNever } from '../engine/index.ts';

export interface ActorView {
  actor: ActorId;
  turn: number;
  rules: Rules;
  own: Readonly<ActorState>;
  indicators: Readonly<Record<IndicatorId, number>>;
  /** Relations between this actor and each other actor (by the other actor's id). */
  relations: Readonly<Partial<Record<ActorId, number>>>;
  routes: readonly Route[];
  regime: Readonly<Regime>;
  council: Readonly<CouncilState>;
  deals: readonly Deal[];
  fired: readonly string[];
}

export function dealVisible(d: Deal, viewer: ActorId): boolean {
  return d.mode === 'declared' || d.proposer === viewer || d.partner === viewer;
}

/** The deals `viewer` may see, in order (a loop, not `filter` with a closure: four views a
 * turn of every rollout). */
function visibleDeals(deals: readonly Deal[], viewer: ActorId): Deal[] {
  const out: Deal[] = [];
  for (const d of deals) if (dealVisible(d, viewer)) out.push(d);
  return out;
}

/** The actor's relations with each other actor. One literal per actor, fields in ACTORS order
 * (what the loop over ACTORS used to build): a record grown key by key from a variable name
 * was the slowest line of a view. */
function relationsOf(r: Readonly<Record<PairKey, number>>, actor: ActorId): Partial<Record<ActorId, number>> {
  switch (actor) {
    case 'RUS':
      return { PRK: r['RUS-PRK'], CHN: r['RUS-CHN'], UNSC: r['RUS-UNSC'] };
    case 'PRK':
      return { RUS: r['RUS-PRK'], CHN: r['PRK-CHN'], UNSC: r['PRK-UNSC'] };
    case 'CHN':
      return { RUS: r['RUS-CHN'], PRK: r['PRK-CHN'], UNSC: r['CHN-UNSC'] };
    case 'UNSC':
      return { RUS: r['RUS-UNSC'], PRK: r['PRK-UNSC'], CHN: r['CHN-UNSC'] };
    default:
      return assertNever(actor);
  }
}

export function viewFor(s: GameState, actor: ActorId): ActorView {
  const relations = relationsOf(s.relations, actor);
  return {
    actor,
    turn: s.turn,
    rules: s.rules,
    own: actorField(s.actors, actor),
    indicators: s.indicators,
    relations,
    routes: s.routes,
    regime: s.regime,
    council: s.council,
    deals: visibleDeals(s.deals, actor),
    fired: s.fired,
  };
}
