/**
 * Orders: plain data, one list for all actors each turn, resolved together. Ids (actors,
 * routes, deals, resources) are plain strings on the wire so that an unknown one reaches the
 * engine and is rejected with a typed reason instead of failing the whole list's schema.
 *
 * `OrderSchema` is for untrusted input (files, links, the command line); `resolveTurn`
 * itself accepts any value of type `Order` and never throws on one.
 */
import { z } from 'zod';
import { MEASURES, VOTES } from './ids.ts';

const Id = z.string().min(1).max(64);
const Amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Percent = z.number().int().min(0).max(100);

export const ORDER_KINDS = [
  'ship',
  'proposeDeal',
  'acceptDeal',
  'cancelDeal',
  'setPriorities',
  'draft',
  'vote',
  'monitor',
  'launch',
  'nuclearTest',
  'lobby',
  'holdFuel',
  'customs',
] as const;

const Leg = z.strictObject({ resource: Id, amount: Amount });

export const ShipOrderSchema = z.strictObject({
  kind: z.literal('ship'),
  actor: Id,
  to: Id,
  resource: Id,
  amount: Amount,
  /** Required for goods; absent for currency, which moves through banks. */
  route: Id.exactOptional(),
  mode: z.enum(['declared', 'covert']),
});

export const ProposeDealOrderSchema = z.strictObject({
  kind: z.literal('proposeDeal'),
  actor: Id,
  to: Id,
  give: Leg,
  get: Leg,
  route: Id.exactOptional(),
  mode: z.enum(['declared', 'covert']),
  turns: z.number().int().min(1).max(400),
});

export const AcceptDealOrderSchema = z.strictObject({ kind: z.literal('acceptDeal'), actor: Id, deal: Id });
export const CancelDealOrderSchema = z.strictObject({ kind: z.literal('cancelDeal'), actor: Id, deal: Id });

export const SetPrioritiesOrderSchema = z.strictObject({
  kind: z.literal('setPriorities'),
  actor: Id,
  munitions: Percent,
  labourAbroad: Percent,
});

/** UNSC tables a draft resolution (Russia or China only a sanctions-relief draft); the council
 * votes on it in the next turn's council phase. Drafts get ids `R<turn>-<n>`, n counting the
 * turn's accepted drafts from 1 in list order. */
export const DraftOrderSchema = z.strictObject({
  kind: z.literal('draft'),
  actor: Id,
  measure: z.enum(MEASURES),
  /** See MEASURES in ids.ts for what the value means for each measure. */
  value: z.number().int().min(0).max(1_000_000).exactOptional(),
});

/** RUS or CHN votes on a draft tabled the turn before; without an order the scenario's default
 * vote is cast for them. */
export const VoteOrderSchema = z.strictObject({
  kind: z.literal('vote'),
  actor: Id,
  draft: Id,
  vote: z.enum(VOTES),
});

/** UNSC points the Panel of Experts at routes (replacing the previous list) while its mandate
 * lasts; monitored routes get the Panel's extra detection odds. */
export const MonitorOrderSchema = z.strictObject({
  kind: z.literal('monitor'),
  actor: Id,
  routes: z.array(Id).max(8),
});

/** PRK tests missiles (`count` of them, 1 when absent): the programme advances, know-how in
 * stock is put to use, and each missile is evidence for the council. */
export const LaunchOrderSchema = z.strictObject({
  kind: z.literal('launch'),
  actor: Id,
  count: z.number().int().min(1).max(100).exactOptional(),
});

/** PRK tests a nuclear device: a large step for the programme, and heavy evidence. */
export const NuclearTestOrderSchema = z.strictObject({ kind: z.literal('nuclearTest'), actor: Id });

/** Russia or China courts an elected seat (aid, a visit, a deal): it spends hard currency, and
 * for a few turns the seat leans against sanctions and towards relief. Public. */
export const LobbyOrderSchema = z.strictObject({ kind: z.literal('lobby'), actor: Id, seat: Id });

/** China holds back this turn's deliveries of fuel under its deals with North Korea. */
export const HoldFuelOrderSchema = z.strictObject({ kind: z.literal('holdFuel'), actor: Id });

/** China tightens customs on its side of a route for this turn: covert cargo is seen more often. */
export const CustomsOrderSchema = z.strictObject({ kind: z.literal('customs'), actor: Id, route: Id });

export const OrderSchema = z.discriminatedUnion('kind', [
  ShipOrderSchema,
  ProposeDealOrderSchema,
  AcceptDealOrderSchema,
  CancelDealOrderSchema,
  SetPrioritiesOrderSchema,
  DraftOrderSchema,
  VoteOrderSchema,
  MonitorOrderSchema,
  LaunchOrderSchema,
  NuclearTestOrderSchema,
  LobbyOrderSchema,
  HoldFuelOrderSchema,
  CustomsOrderSchema,
]);

/** At most this many orders in one turn; a longer list is malformed input, not a strategy. */
export const MAX_ORDERS_PER_TURN = 256;
export const OrderListSchema = z.array(OrderSchema).max(MAX_ORDERS_PER_TURN);

export type Order = z.infer<typeof OrderSchema>;
export type ShipOrder = z.infer<typeof ShipOrderSchema>;
export type ProposeDealOrder = z.infer<typeof ProposeDealOrderSchema>;
export type AcceptDealOrder = z.infer<typeof AcceptDealOrderSchema>;
export type CancelDealOrder = z.infer<typeof CancelDealOrderSchema>;
export type SetPrioritiesOrder = z.infer<typeof SetPrioritiesOrderSchema>;
export type DraftOrder = z.infer<typeof DraftOrderSchema>;
export type VoteOrder = z.infer<typeof VoteOrderSchema>;
export type MonitorOrder = z.infer<typeof MonitorOrderSchema>;
export type LaunchOrder = z.infer<typeof LaunchOrderSchema>;
export type NuclearTestOrder = z.infer<typeof NuclearTestOrderSchema>;
export type LobbyOrder = z.infer<typeof LobbyOrderSchema>;
export type HoldFuelOrder = z.infer<typeof HoldFuelOrderSchema>;
export type CustomsOrder = z.infer<typeof CustomsOrderSchema>;

/** An order with its position in the turn's list: a rejection names the order by that index. */
export type Indexed<T> = { order: T; index: number };
