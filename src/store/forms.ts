/**
 * Which order forms an actor may use, and the facts the council forms state next to their
 * fields. Pure: who may give which order is the engine's rule (council.ts, panel.ts,
 * launch.ts), mirrored here only to decide which forms to show; the engine still validates
 * every order, and the pending list shows its verdict.
 */
import type { ActorId, GameState, Order } from '../engine/index.ts';
import { dateOfTurn, formatDate, isVotingActor, panelActive } from '../engine/index.ts';
import { LAUNCH_CHN_RELATION, LAUNCH_PROGRAMME, LAUNCH_UNSC_RELATION } from '../engine/index.ts';

export type OrderKindAvailable = Extract<
  Order['kind'],
  'ship' | 'proposeDeal' | 'setPriorities' | 'draft' | 'vote' | 'monitor' | 'launch'
>;

/** The forms shown to `actor`, in display order. */
export function orderFormsFor(actor: ActorId): OrderKindAvailable[] {
  const out: OrderKindAvailable[] = [];
  if (isVotingActor(actor)) out.push('vote');
  if (actor === 'UNSC') out.push('draft', 'monitor');
  if (actor === 'PRK') out.push('launch');
  out.push('ship', 'proposeDeal', 'setPriorities');
  return out;
}

/** What one test launch brings and costs, with the engine's constants. */
export function launchEffects(): string[] {
  return [
    `North Korean weapons programme +${LAUNCH_PROGRAMME}`,
    `relations with China −${LAUNCH_CHN_RELATION}`,
    `relations with the Security Council −${LAUNCH_UNSC_RELATION}`,
    'the launch is public evidence the elected seats weigh when they vote on sanctions',
    'at most one launch a turn',
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
