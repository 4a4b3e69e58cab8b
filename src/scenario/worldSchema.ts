/**
 * The scenario format's teaching and sanctions parts (zod): sources and calibration notes,
 * briefings, objectives, the sanctions regime, the council, events and the random deck.
 * Everything is a strict object, so a misspelt field is an error with a suggestion. The shapes
 * match the engine's types in src/engine/scenarioRules.ts and regimeState.ts (build.ts copies
 * them into the game state).
 */
import { z } from 'zod';
import { VisibleText } from './visibleText.ts';
import {
  ACTORS,
  DESIGN_PARAMS,
  DESIGN_PARAM_IDS,
  GOODS,
  INDICATORS,
  MEASURES,
  PAIRS,
  RESOURCES,
  VOTES,
} from '../engine/index.ts';
import type { DesignParam } from '../engine/index.ts';
import { COMPARISONS } from '../engine/index.ts';
import { OUTCOMES } from '../engine/index.ts';

const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,47}$/,
    'use 1–48 lower-case letters, digits and hyphens, starting with a letter or digit',
  );
/** Text a person reads: at least one visible character (visibleText.ts). */
const Text = VisibleText;
const Turn = z.number().int().min(1).max(200);
const Qty = z.number().int().min(0).max(1_000_000_000);
const Delta = z.number().int().min(-1_000_000_000).max(1_000_000_000);
const Actor = z.enum(ACTORS);
const Measure = z.enum(MEASURES);

/** A list of source ids from the scenario's `sources` table (at least one). */
export const SourceRefs = z.array(Id).min(1).max(8);

export const SourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: Id,
    kind: z.literal('document'),
    paragraph: z.number().int().min(1).max(10).describe('Paragraph of the source document, cited as ¶N'),
    note: Text(600).describe('What the paragraph says that this scenario uses, in our own words'),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('record'),
    record: Text(200).describe('A named public record, e.g. "UNSC resolution 2397 (2017)"'),
    approx: z.boolean().exactOptional().describe('True for public estimates used as orders of magnitude'),
    note: Text(600),
  }),
]);

export const CalibrationSchema = z.strictObject({
  path: Text(200).describe('A JSON path into this file, e.g. actors.PRK.stocks.food or routes[0].capacity'),
  sources: SourceRefs,
  note: Text(600).describe('How the number was derived from the sources'),
});

export const BriefingSchema = z.strictObject({
  class: Text(4000).describe('Read to the whole class before play'),
  RUS: Text(2000),
  PRK: Text(2000),
  CHN: Text(2000),
  UNSC: Text(2000),
});

const Comparison = z.enum(COMPARISONS);

export const ObjectiveSchema = z.strictObject({
  indicator: z.enum(INDICATORS),
  op: Comparison.describe('atLeast: keep the indicator at or above target; atMost: at or below'),
  target: z.number().int().min(0).max(100).describe('Meeting it is worth design.targetAchievement percent'),
  full: z
    .number()
    .int()
    .min(0)
    .max(100)
    .exactOptional()
    .describe('The value at which the objective is met in full (default 100 for atLeast, 0 for atMost)'),
  zero: z
    .number()
    .int()
    .min(0)
    .max(100)
    .exactOptional()
    .describe(
      'The value at or short of which the objective is worth nothing (default 0 for atLeast, 100 for atMost): set it near the target where the indicator moves only a few points between games',
    ),
  weight: z.number().int().min(1).max(100),
});

const Objectives = z.array(ObjectiveSchema).min(1).max(8);
export const ObjectivesSchema = z.strictObject({ RUS: Objectives, PRK: Objectives, CHN: Objectives, UNSC: Objectives });

export const CapSchema = z.strictObject({
  id: Id,
  resource: z.enum(GOODS),
  to: Actor,
  perYear: Qty.describe('Units a calendar year (oil: thousand barrels)'),
  sources: SourceRefs,
  fromTurn: Turn.exactOptional().describe('First turn in force (default 1)'),
  declaredAtStart: Qty.exactOptional().describe('Already declared in the start year before turn 1'),
});

export const BanSchema = z.strictObject({
  id: Id,
  resource: z.enum([...GOODS, 'knowhow']).describe('A good, or know-how (technical assistance)'),
  from: Actor.nullable(),
  to: Actor.nullable(),
  sources: SourceRefs,
  fromTurn: Turn.exactOptional(),
  deadlineTurn: Turn.nullable()
    .exactOptional()
    .describe('Grace for deals made earlier ends here; repatriation is checked'),
});

export const PanelSchema = z.strictObject({
  mandateEnd: z.number().int().min(0).max(200).describe('Last turn of the mandate; 0 for no Panel'),
  bonusBp: z.number().int().min(0).max(10_000),
  monitorBonusBp: z.number().int().min(0).max(10_000),
  maxRoutes: z.number().int().min(0).max(8),
  monitored: z.array(Id).max(8),
  sources: SourceRefs,
});

export const RegimeSchema = z.strictObject({
  caps: z.array(CapSchema).max(16),
  bans: z.array(BanSchema).max(16),
  panel: PanelSchema,
});

export const SeatSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2,4}$/, 'use a 2–4 letter upper-case code such as USA'),
  name: Text(60),
  permanent: z.boolean(),
  actor: z.enum(['RUS', 'CHN']).nullable().describe('RUS or CHN for the seats that vote by order'),
  base: z.number().int().min(-100).max(100),
  bias: z.partialRecord(Measure, z.number().int().min(-100).max(100)).exactOptional(),
});

const DefaultVoteSchema = z.strictObject({
  vote: z.enum(VOTES),
  byMeasure: z.partialRecord(Measure, z.enum(VOTES)).exactOptional(),
});

export const PastDecisionSchema = z.strictObject({
  id: Text(40).describe('A label, e.g. the draft symbol'),
  measure: Measure,
  year: z.number().int().min(1945).max(2100),
  month: z.number().int().min(1).max(12),
  outcome: z.enum(OUTCOMES),
  yes: z.number().int().min(0).max(15),
  no: z.number().int().min(0).max(15),
  abstain: z.number().int().min(0).max(15),
  vetoedBy: z.array(z.string().regex(/^[A-Z]{2,4}$/)).max(5),
  sources: SourceRefs,
});

export const CouncilSchema = z.strictObject({
  seats: z.array(SeatSchema).min(1).max(15),
  yesAt: z.number().int().min(-1000).max(1000),
  noBelow: z.number().int().min(-1000).max(1000),
  evidenceWeight: z.number().int().min(0).max(100),
  launchWeight: z.number().int().min(0).max(100),
  windowTurns: z.number().int().min(1).max(40),
  defaults: z.strictObject({ RUS: DefaultVoteSchema, CHN: DefaultVoteSchema }),
  maxDraftsPerTurn: z.number().int().min(0).max(5),
  history: z.array(PastDecisionSchema).max(32).describe('Decisions before the start, for the record'),
});

const Pair = z.enum(PAIRS);

export const ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('indicator'),
    indicator: z.enum(INDICATORS),
    op: Comparison,
    value: z.number().int().min(0).max(100),
  }),
  z.strictObject({ kind: z.literal('stock'), actor: Actor, resource: z.enum(RESOURCES), op: Comparison, value: Qty }),
  z.strictObject({
    kind: z.literal('relation'),
    pair: Pair,
    op: Comparison,
    value: z.number().int().min(-100).max(100),
  }),
  z.strictObject({ kind: z.literal('evidence'), op: Comparison, value: z.number().int().min(0).max(10_000) }),
  z.strictObject({ kind: z.literal('panel'), active: z.boolean() }),
]);

export const EffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stock'), actor: Actor, resource: z.enum(RESOURCES), delta: Delta }),
  z.strictObject({
    kind: z.literal('indicator'),
    indicator: z.enum(INDICATORS),
    delta: z.number().int().min(-100).max(100),
  }),
  z.strictObject({ kind: z.literal('relation'), pair: Pair, delta: z.number().int().min(-200).max(200) }),
  z.strictObject({
    kind: z.literal('route'),
    route: Id,
    open: z.boolean().exactOptional(),
    capacity: z.partialRecord(z.enum(GOODS), Qty).exactOptional(),
    detectionBp: z.number().int().min(0).max(10_000).exactOptional(),
  }),
  z.strictObject({ kind: z.literal('report'), against: z.array(Actor).min(1).max(4) }),
  z.strictObject({ kind: z.literal('panel'), mandateTurns: z.number().int().min(0).max(200) }),
]);

/** One design parameter: its value and one line saying why (params.ts lists them). */
function designEntry(id: DesignParam) {
  const spec = DESIGN_PARAMS[id];
  return z
    .strictObject({
      value: z.number().int().min(spec.min).max(spec.max),
      why: Text(300).describe('One line: why this value, in this scenario'),
    })
    .describe(`${spec.about} (${spec.unit})`);
}

export const DesignSchema = z
  .strictObject(
    Object.fromEntries(DESIGN_PARAM_IDS.map((id) => [id, designEntry(id)])) as Record<
      DesignParam,
      ReturnType<typeof designEntry>
    >,
  )
  .describe('Every number that makes a rule teach its lesson, with its rationale (src/engine/params.ts)');

const EventFields = {
  id: Id,
  title: Text(120),
  text: Text(1200).describe('What happened, in our own words'),
  sources: SourceRefs,
  effects: z.array(EffectSchema).max(16),
};

export const ScriptedEventSchema = z.strictObject({
  ...EventFields,
  at: Turn.exactOptional().describe('Fire in this turn'),
  when: z.array(ConditionSchema).min(1).max(8).exactOptional().describe('Or fire the first turn all of these hold'),
  from: Turn.exactOptional(),
  until: Turn.exactOptional(),
});

export const DeckCardSchema = z.strictObject({ ...EventFields, weight: z.number().int().min(1).max(1000) });

export const DeckSchema = z.strictObject({
  drawBp: z.number().int().min(0).max(10_000).describe('Odds each turn that a card is drawn'),
  cards: z.array(DeckCardSchema).max(32),
});
