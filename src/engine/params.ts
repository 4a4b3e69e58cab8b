/**
 * The design parameters: every number that makes a rule teach its lesson (what a veto costs,
 * how much covert cargo a smuggler loses, how far a lobbied seat moves, …). None is a constant
 * of the engine: each scenario file gives every one, with a one-line rationale (scenario
 * `design` section, docs/authoring.md), and the engine reads them from `rules.design`.
 *
 * The table below is the single list: the scenario schema, the JSON Schema, the validator and
 * the authoring guide are built or checked from it. `min`/`max` bound what a file may give.
 */

export interface ParamSpec {
  min: number;
  max: number;
  unit: string;
  /** What the parameter does, for the schema's description and the authoring guide. */
  about: string;
}

export const DESIGN_PARAMS = {
  // The council and the veto
  vetoReputation: {
    min: 0,
    max: 50,
    unit: 'points',
    about: "Russia's reputation or China's standing lost for each veto it casts",
  },
  vetoAuthority: {
    min: 0,
    max: 50,
    unit: 'points',
    about: "Council authority lost when Russia or China vetoes the majority's draft",
  },
  isolationYes: {
    min: 9,
    max: 15,
    unit: 'votes',
    about: "A veto of the majority's draft with at least this many votes in favour isolates the vetoer",
  },
  isolationAuthority: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Council authority that a draft vetoed against isolationYes or more in favour wins back (the majority held)',
  },
  vetoUnscRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation with the Council a veto costs its caster',
  },
  vetoPrkRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation with North Korea a veto of a draft against it earns its caster',
  },
  yesPrkRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation with North Korea lost by Russia or China for a yes on an adopted sanction',
  },
  yesReputation: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Reputation or standing gained by Russia or China for a yes on an adopted sanction',
  },
  yesPeerRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Russia–China relation lost when one of them votes yes on an adopted sanction',
  },
  yesInfluence: {
    min: 0,
    max: 50,
    unit: 'points',
    about: "China's influence lost when it votes yes on an adopted sanction",
  },
  sanctionStability: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'North Korean stability lost at once when an oil cap, worker ban or arms embargo is adopted',
  },
  condemnPrkRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: "North Korea's relation with the Council lost when a condemnation is adopted",
  },
  adoptedAuthority: { min: 0, max: 50, unit: 'points', about: 'Council authority gained by an adopted draft' },
  capitalCost: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Authority an adoption loses for each draft adopted in the previous capitalTurns turns (political capital)',
  },
  capitalTurns: { min: 0, max: 40, unit: 'turns', about: 'How long an adoption weighs on the next ones' },
  vetoCooldown: {
    min: 0,
    max: 40,
    unit: 'turns',
    about: 'Turns after a veto before a draft of the same measure may be tabled again',
  },
  shortAuthority: {
    min: 0,
    max: 50,
    unit: 'points',
    about: "Council authority lost when the majority's draft falls short of nine votes",
  },
  reliefPrkRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation with North Korea gained by Russia or China for tabling a sanctions-relief draft',
  },
  reliefReputation: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Reputation or standing lost by Russia or China for tabling a sanctions-relief draft',
  },
  reliefStability: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'North Korean stability gained when a sanctions-relief draft is adopted',
  },
  // The seats that vote by rule
  lobbyCost: { min: 0, max: 100_000, unit: 'USD million', about: 'Hard currency a lobbying order spends on the seat' },
  lobbyPoints: {
    min: 0,
    max: 100,
    unit: 'seat score points',
    about: "A lobbied seat's score moves this far against sanctions (and for relief)",
  },
  lobbyTurns: { min: 1, max: 40, unit: 'turns', about: 'How many turns a lobbied seat stays moved' },
  // Breaches, detection, seizure and the covert markup
  breachReputation: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Reputation or standing each party with one loses for a breach seen by all',
  },
  detectedAuthority: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Council authority gained when a covert breach is detected (its case is built)',
  },
  detectionRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation with the Council each party of a detected covert transfer loses',
  },
  notRepatriatedIntegrity: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Sanctions integrity lost when workers are still abroad at a ban deadline',
  },
  panelLapseIntegrity: {
    min: 0,
    max: 50,
    unit: 'points',
    about: "Sanctions integrity lost when the Panel of Experts' mandate lapses",
  },
  covertMarkupPct: {
    min: 0,
    max: 90,
    unit: 'percent',
    about: 'Share of every covert delivery lost to middlemen, bribes and transshipment',
  },
  covertMarkupOddsShare: {
    min: 0,
    max: 200,
    unit: 'percent of the odds',
    about: 'The markup rises by this share of the detection odds (in percent) on the route',
  },
  seizeBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Odds that a detected covert shipment of goods is seized (lost to both ends)',
  },
  integrityStepDivisor: {
    min: 1,
    max: 100,
    unit: 'divisor',
    about: "Integrity moves this fraction of the way to the turn's compliance with the measures",
  },
  integrityMaxDrift: { min: 0, max: 50, unit: 'points', about: 'Most that sanctions integrity drifts in one turn' },
  // Trade, influence and the border
  tradeTies: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation gained by two actors that delivered goods to each other this turn',
  },
  influenceStepDivisor: {
    min: 1,
    max: 100,
    unit: 'divisor',
    about: "China's influence moves this fraction of the way to its share of recorded imports",
  },
  borderStepDivisor: {
    min: 1,
    max: 100,
    unit: 'divisor',
    about: "The border moves this fraction of the way to the regime's stability",
  },
  maxDrift: { min: 0, max: 50, unit: 'points', about: 'Most that influence or the border drifts in one turn' },
  // Deals
  dealAcceptRelation: { min: 0, max: 50, unit: 'relation points', about: 'Relation gained when a deal is accepted' },
  dealCancelRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'Relation lost when a running deal is cancelled',
  },
  dealDefaultRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: "Relation lost when a deal's delivery fails",
  },
  // Launches and tests
  launchProgramme: { min: 0, max: 50, unit: 'points', about: 'Programme gained by a launch order' },
  launchChinaRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'North Korea–China relation lost per launch order',
  },
  launchUnscRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'North Korea–Council relation lost per launch order',
  },
  launchCurrency: { min: 0, max: 10_000, unit: 'USD million', about: 'Hard currency each missile launched costs' },
  maxLaunchesPerTurn: { min: 1, max: 100, unit: 'launches', about: 'Most missiles one launch order may fire' },
  nuclearProgramme: { min: 0, max: 100, unit: 'points', about: 'Programme gained by a nuclear test' },
  nuclearChinaRelation: {
    min: 0,
    max: 100,
    unit: 'relation points',
    about: 'North Korea–China relation lost by a nuclear test',
  },
  nuclearUnscRelation: {
    min: 0,
    max: 100,
    unit: 'relation points',
    about: 'North Korea–Council relation lost by a nuclear test',
  },
  nuclearCurrency: { min: 0, max: 10_000, unit: 'USD million', about: 'Hard currency a nuclear test costs' },
  nuclearEvidence: {
    min: 0,
    max: 100,
    unit: 'launches',
    about: 'A nuclear test weighs with the seats like this many launches',
  },
  launchSuccessBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Odds that a launch order works: a failed launch teaches the programme nothing',
  },
  nuclearSuccessBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Odds that a nuclear test works: a failed test (a fizzle) teaches the programme nothing',
  },
  // Know-how
  knowHowSuccessBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Odds of success each package of know-how put to use adds to a launch or a test',
  },
  knowHowPerLaunch: {
    min: 0,
    max: 100,
    unit: 'packages',
    about: 'Packages of know-how a launch order puts to use',
  },
  knowHowProgramme: { min: 0, max: 50, unit: 'points', about: 'Programme gained per package of know-how put to use' },
  knowHowDetectBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Odds that a covert transfer of know-how is seen (the Panel adds its bonus while it works)',
  },
  knowHowReputation: {
    min: 0,
    max: 50,
    unit: 'points',
    about: 'Reputation or standing the giver loses when a transfer of know-how is seen',
  },
  knowHowChinaRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: "Russia–China relation lost when Russia's transfer of know-how is seen (China's comfort)",
  },
  // China's levers
  holdFuelRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'North Korea–China relation lost when China holds back fuel',
  },
  holdFuelInfluence: { min: 0, max: 50, unit: 'points', about: "China's influence gained when it holds back fuel" },
  holdFuelStanding: { min: 0, max: 50, unit: 'points', about: "China's standing gained when it holds back fuel" },
  holdFuelBorder: { min: 0, max: 50, unit: 'points', about: 'Border stability lost when China holds back fuel' },
  customsBp: {
    min: 0,
    max: 10_000,
    unit: 'basis points',
    about: 'Detection odds added on a Chinese route the turn China tightens customs there',
  },
  customsRelation: {
    min: 0,
    max: 50,
    unit: 'relation points',
    about: 'North Korea–China relation lost when China tightens customs',
  },
  customsInfluence: { min: 0, max: 50, unit: 'points', about: "China's influence gained when it tightens customs" },
  customsStanding: { min: 0, max: 50, unit: 'points', about: "China's standing gained when it tightens customs" },
  customsBorder: { min: 0, max: 50, unit: 'points', about: 'Border stability lost when China tightens customs' },
  // Scores
  scoreRamp: {
    min: 0,
    max: 1000,
    unit: 'percent a turn',
    about: 'Turn t of the game weighs 100 + scoreRamp × (t − 1) in the score: every turn counts, later ones more',
  },
  targetAchievement: {
    min: 1,
    max: 100,
    unit: 'percent',
    about: "An objective's achievement when its indicator is exactly at target (100 only at its `full` value)",
  },
} as const satisfies Record<string, ParamSpec>;

export type DesignParam = keyof typeof DESIGN_PARAMS;
export type Design = Readonly<Record<DesignParam, number>>;
export const DESIGN_PARAM_IDS = Object.keys(DESIGN_PARAMS) as DesignParam[];
