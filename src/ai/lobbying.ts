/**
 * Courting an elected seat instead of casting a veto (Russia and China). A draft put to the vote
 * this turn passes with nine votes in favour; if the actor means to abstain rather than veto,
 * and the draft would have exactly enough votes that one courted seat leaves it short, the bot
 * courts that seat (the one with the lowest score still voting yes, within lobbyPoints of the
 * threshold). Lobbying is public and costs hard currency (lobbyCost), not standing: the
 * diplomat's alternative to a veto when the case is thin.
 */
import type { Draft, LobbyOrder, Vote } from '../engine/index.ts';
import { ADOPTION_VOTES } from '../engine/index.ts';
import { ruleSeatScores } from './forecast.ts';
import type { Why } from './plan.ts';
import type { ActorView } from './view.ts';

export interface Courting {
  order: LobbyOrder;
  why: Why;
}

/**
 * A seat to court so that `d` falls short, given the votes the actor and its peer will cast
 * (`votes`: RUS and CHN); null when one seat cannot make the difference or the actor cannot pay.
 */
export function courtToBlock(v: ActorView, d: Draft, votes: { RUS: Vote; CHN: Vote }): Courting | null {
  if (v.actor !== 'RUS' && v.actor !== 'CHN') return null;
  const p = v.rules.design;
  if (v.own.stocks.currency < p.lobbyCost) return null;
  const c = v.rules.council;
  const scores = ruleSeatScores(v, d.measure, v.turn);
  const yes =
    scores.filter((x) => x.score >= c.yesAt).length + (votes.RUS === 'yes' ? 1 : 0) + (votes.CHN === 'yes' ? 1 : 0);
  if (yes !== ADOPTION_VOTES) return null;
  let best: { id: string; name: string; score: number } | null = null;
  for (const x of scores) {
    if (x.seat.permanent || x.score < c.yesAt || x.score - p.lobbyPoints >= c.yesAt) continue;
    if (best === null || x.score < best.score) best = { id: x.seat.id, name: x.seat.name, score: x.score };
  }
  if (best === null) return null;
  return {
    order: { kind: 'lobby', actor: v.actor, seat: best.id },
    why: () =>
      `courts ${best.name}: ${d.id} has exactly ${ADOPTION_VOTES} votes in favour, and ${best.name} (score ${best.score}, yes at ${c.yesAt}) would then abstain, so the draft falls short without a veto (${p.lobbyCost} USD million)`,
  };
}
