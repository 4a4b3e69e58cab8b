/**
 * Which order forms an actor may use, and the facts the council forms state next to their
 * fields. Pure: who may give which order is the engine's rule (council.ts, panel.ts,
 * launch.ts), mirrored here only to decide which forms to show; the engine still validates
 * every order, and the pending list shows its verdict.
 */
import type { ActorId, GameState, Order, Route, Seat } from '../engine/index.ts';
import { dateOfTurn, formatDate, fuelDue, isVotingActor, panelActive } from '../engine/index.ts';

export type OrderKindAvailable = Extract<
  Order['kind'],
  | 'ship'
  | 'proposeDeal'
  | 'setPriorities'
  | 'draft'
  | 'vote'
  | 'monitor'
  | 'launch'
  | 'nuclearTest'
  | 'lobby'
  | 'holdFuel'
  | 'customs'
>;

/** The forms shown to `actor`, in display order. */
export function orderFormsFor(actor: ActorId): OrderKindAvailable[] {
  const out: OrderKindAvailable[] = [];
  if (isVotingActor(actor)) out.push('vote', 'draft', 'lobby');
  if (actor === 'UNSC') out.push('draft', 'monitor');
  if (actor === 'PRK') out.push('launch', 'nuclearTest');
  if (actor === 'CHN') out.push('holdFuel', 'customs');
  out.push('ship', 'proposeDeal', 'setPriorities');
  return out;
}

/** What a launch order brings and costs, with the scenario's design parameters. */
export function launchEffects(state: GameState): string[] {
  const p = state.rules.design;
  return [
    `North Korean weapons programme +${p.launchProgramme}, and +${p.knowHowProgramme} for each package of foreign know-how put to use (up to ${p.knowHowPerLaunch} a launch)`,
    `${p.launchCurrency} USD million of hard currency for each missile`,
    `relations with China −${p.launchChinaRelation} and with the Security Council −${p.launchUnscRelation}`,
    'each missile is public evidence the elected seats weigh when they vote on sanctions',
    `one launch order a turn, of up to ${p.maxLaunchesPerTurn} missiles`,
  ];
}

/** What a nuclear test brings and costs. */
export function nuclearTestEffects(state: GameState): string[] {
  const p = state.rules.design;
  return [
    `North Korean weapons programme +${p.nuclearProgramme}`,
    `${p.nuclearCurrency} USD million of hard currency`,
    `relations with China −${p.nuclearChinaRelation} and with the Security Council −${p.nuclearUnscRelation}`,
    `the elected seats weigh it like ${p.nuclearEvidence} launches when they vote on sanctions`,
  ];
}

/** The elected seats a lobbying order may court. */
export function electedSeats(state: GameState): Seat[] {
  return state.rules.council.seats.filter((x) => !x.permanent && x.actor === null);
}

/** What courting a seat costs and does. */
export function lobbyEffects(state: GameState): string[] {
  const p = state.rules.design;
  return [
    `costs ${p.lobbyCost} USD million of hard currency`,
    `for ${p.lobbyTurns} turn(s), this one included, the seat's score moves ${p.lobbyPoints} points against sanctions and for relief (it votes yes at ${state.rules.council.yesAt})`,
    'everyone sees whom you court',
  ];
}

/** What holding back China's fuel does, and how much is due this turn. */
export function holdFuelEffects(state: GameState): string[] {
  const p = state.rules.design;
  return [
    `${fuelDue(state)} thousand barrels are due to North Korea under China's deals this turn; they wait`,
    `China's influence +${p.holdFuelInfluence} and standing +${p.holdFuelStanding}`,
    `relations with North Korea −${p.holdFuelRelation}, border stability −${p.holdFuelBorder}; a regime short of fuel shakes, and the border follows it`,
  ];
}

/** China's routes, where it can tighten customs. */
export function chineseRoutes(state: GameState): Route[] {
  return state.routes.filter((r) => r.ends[0] === 'CHN' || r.ends[1] === 'CHN');
}

export function customsEffects(state: GameState): string[] {
  const p = state.rules.design;
  return [
    `+${p.customsBp} in 10,000 on the odds of seeing covert cargo on the route, this turn`,
    `China's influence +${p.customsInfluence} and standing +${p.customsStanding}`,
    `relations with North Korea −${p.customsRelation}, border stability −${p.customsBorder}`,
  ];
}

export interface PanelStatus {
  active: boolean;
  maxRoutes: number;
  /** One sentence: the mandate's end, or that it has lapsed. */
  text: string;
}

export function panelStatus(state: GameState): PanelStatus {
  const p = state.regime.panel;
  const active = panelActive(state.regime, state.turn);
  const end = p.mandateEnd > 0 ? formatDate(dateOfTurn(state.rules.start, state.rules.turnLength, p.mandateEnd)) : '';
  const text =
    p.mandateEnd === 0
      ? 'There is no Panel of Experts in this game: there is nothing to assign.'
      : active
        ? `The Panel\u2019s mandate runs through turn ${p.mandateEnd} (${end}); it can monitor up to ${p.maxRoutes} route(s), each +${p.monitorBonusBp} in 10,000 on the odds of detection (+${p.bonusBp} on every route while it works).`
        : `The Panel\u2019s mandate lapsed after turn ${p.mandateEnd} (${end}): it cannot be assigned unless the council renews it.`;
  return { active, maxRoutes: p.maxRoutes, text };
}
