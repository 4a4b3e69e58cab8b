/**
 * The scenario file format (zod). Strict objects everywhere: a misspelt field is an error with
 * a suggestion, not silently ignored. Quantities are whole numbers in the units of ids.ts.
 * Semantic checks that a schema cannot express (ids that must exist, turns in range) live in
 * `semantics.ts`.
 */
import { z } from 'zod';
import { VisibleText } from './visibleText.ts';
import {
  ACTORS,
  GOODS,
  INDICATORS,
  PAIRS,
  RESOURCES,
  ROUTE_KINDS,
  SHIPMENT_MODES,
  TURN_LENGTHS,
} from '../engine/index.ts';
import { OrderSchema } from '../engine/index.ts';
import {
  BriefingSchema,
  CalibrationSchema,
  CouncilSchema,
  DeckSchema,
  DesignSchema,
  ObjectivesSchema,
  RegimeSchema,
  ScriptedEventSchema,
  SourceSchema,
  SourceRefs,
} from './worldSchema.ts';

const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,47}$/,
    'use 1–48 lower-case letters, digits and hyphens, starting with a letter or digit',
  );
/** Text a person reads: at least one visible character (visibleText.ts). */
const Text = VisibleText;
const Qty = z.number().int().min(0).max(1_000_000_000);
const Actor = z.enum(ACTORS);
const Resource = z.enum(RESOURCES);

const Stocks = z.strictObject({
  oil: Qty,
  food: Qty,
  munitions: Qty,
  labour: Qty,
  currency: Qty,
  knowhow: Qty.exactOptional().describe('Packages of space or military know-how (default 0)'),
});

export const ActorSetupSchema = z.strictObject({
  stocks: Stocks.describe('What the actor holds at the start'),
  priorities: z.strictObject({
    munitions: z.number().int().min(0).max(100).describe('Percent of industry making munitions; the rest grows food'),
    labourAbroad: z.number().int().min(0).max(100).describe('Percent of the spare workforce offered abroad'),
  }),
  base: Stocks.describe('Produced every turn whatever the priorities'),
  flex: z
    .strictObject({ munitions: Qty, food: Qty, labour: Qty, homeFood: Qty })
    .describe('Extra output at 100% of each priority (see economy.ts)'),
});

export const PlaceSchema = z.strictObject({
  id: Id,
  name: Text(60),
  actor: Actor.nullable().describe('Whose territory the place is on; null for New York and the like'),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

const Capacity = z.partialRecord(z.enum(GOODS), Qty);

export const RouteSchema = z.strictObject({
  id: Id,
  name: Text(80),
  kind: z.enum(ROUTE_KINDS),
  from: Id.describe('A place id'),
  to: Id.describe('A place id'),
  capacity: Capacity.describe('Units of each good per turn, both directions together'),
  open: z.boolean(),
  detectionBp: z.number().int().min(0).max(10_000).describe('Odds in basis points that a covert shipment is seen'),
  sources: SourceRefs.exactOptional().describe('Where the route, its capacity and its odds come from'),
});

export const NeedSchema = z.strictObject({
  actor: Actor,
  resource: Resource,
  amount: z.number().int().min(1).max(1_000_000_000),
  consumed: z
    .boolean()
    .exactOptional()
    .describe('false: the stock must only be present (workers abroad), nothing is used up; default true'),
  indicator: z.enum(INDICATORS),
  shortfallPoints: z.number().int().min(0).max(100),
  metPoints: z.number().int().min(0).max(100),
});

export const VarianceSchema = z.strictObject({
  actor: Actor,
  resource: Resource,
  bp: z.number().int().min(0).max(5_000),
});

const Leg = z.strictObject({ resource: Resource, amount: Qty });

export const InitialDealSchema = z.strictObject({
  proposer: Actor,
  partner: Actor,
  give: Leg,
  get: Leg,
  route: Id.nullable(),
  mode: z.enum(SHIPMENT_MODES),
  turns: z.number().int().min(1).max(400),
  sources: SourceRefs.exactOptional(),
});

/** One turn of the historical script: the orders that reproduce what happened. */
export const HistoricalTurnSchema = z.strictObject({
  turn: z.number().int().min(1).max(200),
  note: Text(600).exactOptional(),
  orders: z.array(OrderSchema).max(64),
});

const Indicator = z.number().int().min(0).max(100);
const Relation = z.number().int().min(-100).max(100);

export const ScenarioSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  id: Id,
  title: Text(120),
  summary: Text(600),
  start: z.strictObject({ year: z.number().int().min(1990).max(2100), month: z.number().int().min(1).max(12) }),
  turnLength: z.enum(TURN_LENGTHS),
  turns: z.number().int().min(1).max(200),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('The default seed'),
  places: z.array(PlaceSchema).min(1).max(64),
  routes: z.array(RouteSchema).max(64),
  actors: z.strictObject(
    Object.fromEntries(ACTORS.map((a) => [a, ActorSetupSchema])) as Record<
      (typeof ACTORS)[number],
      typeof ActorSetupSchema
    >,
  ),
  needs: z.array(NeedSchema).max(64),
  variance: z.array(VarianceSchema).max(64),
  prices: z
    .strictObject({ oil: Qty, food: Qty, munitions: Qty, labour: Qty, currency: Qty, knowhow: Qty })
    .describe('USD thousands per unit'),
  otherTrade: z
    .strictObject({
      importsPerTurn: Qty.describe(
        "North Korea's recorded imports from partners not in the game, USD thousands a turn",
      ),
      exportsPerTurn: Qty.describe("North Korea's recorded exports to them, USD thousands a turn"),
      sources: SourceRefs,
    })
    .exactOptional()
    .describe("Rest-of-world trade (South Korea, Japan, …): it counts in China's share of recorded trade"),
  extrapolatedFrom: z
    .number()
    .int()
    .min(1)
    .max(200)
    .exactOptional()
    .describe('The first turn of the historical script past the public record (an extrapolation)'),
  design: DesignSchema,
  indicators: z.strictObject(
    Object.fromEntries(INDICATORS.map((i) => [i, Indicator])) as Record<(typeof INDICATORS)[number], typeof Indicator>,
  ),
  relations: z.strictObject(
    Object.fromEntries(PAIRS.map((p) => [p, Relation])) as Record<(typeof PAIRS)[number], typeof Relation>,
  ),
  deals: z.array(InitialDealSchema).max(32).describe('Deals already running at the start'),
  briefing: BriefingSchema,
  objectives: ObjectivesSchema,
  learningObjectives: z.array(Text(400)).min(1).max(12).describe('What a student should understand after playing'),
  debrief: z.array(Text(400)).min(1).max(12).describe('Questions for the class after the game'),
  sources: z.array(SourceSchema).min(1).max(64).describe('Every source a figure or event cites, by id'),
  calibration: z
    .array(CalibrationSchema)
    .max(128)
    .describe('Which sources each number in this file rests on, by JSON path'),
  regime: RegimeSchema,
  council: CouncilSchema,
  events: z.array(ScriptedEventSchema).max(64),
  deck: DeckSchema,
  historical: z.array(HistoricalTurnSchema).max(200).describe('Orders per turn that reproduce what happened'),
});

export type Scenario = z.infer<typeof ScenarioSchema>;

/** The `$id` of scenarios/schema.json, so tools can tell the schema from a scenario. */
export const SCENARIO_SCHEMA_ID = 'https://veto.invalid/scenarios/schema.json';
export type Place = z.infer<typeof PlaceSchema>;
