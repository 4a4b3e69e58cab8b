/**
 * The words of engine 0.4.0's rules, exact: know-how and relief, the new causes of a change,
 * the report's new notes and deal event, seized and marked-up shipments, the new orders and
 * refusals, objectives with a full value, how a score is made, and the debrief's revealed
 * figures and extrapolation note.
 */
import { describe, expect, test } from 'vitest';
import type { Change, Order, Rejection, ShipmentRecord, TurnReport } from '../../src/engine/index.ts';
import type { RuleId } from '../../src/engine/report.ts';
import { viewReport, viewState } from '../../src/engine/index.ts';
import type { CauseContext } from '../../src/ui/causes.ts';
import { causeText } from '../../src/ui/causes.ts';
import { courtedFor } from '../../src/ui/councilPanel.ts';
import { extrapolationNote, revealedLines } from '../../src/ui/debrief.ts';
import { describeOrder, rejectionText } from '../../src/ui/describe.ts';
import { dealText, noteText, shipmentText } from '../../src/ui/reportPanel.ts';
import {
  draftTitle,
  measureName,
  objectiveText,
  quantity,
  resourceName,
  scoreHow,
  unitOf,
} from '../../src/ui/words.ts';
import { testState } from '../fixtures.ts';

const state = viewState(testState(), 'instructor');
const emptyReport: TurnReport = {
  turn: 1,
  date: { year: 2023, month: 10 },
  orderActors: [],
  changes: [],
  rejections: [],
  shipments: [],
  deals: [],
  council: [],
  notes: [],
  events: [],
  scores: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
  trueScores: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
};
const ctx: CauseContext = { before: state, after: state, report: viewReport(emptyReport, 'instructor') };

describe('know-how and relief', () => {
  test.each([
    [resourceName('knowhow'), 'know-how'],
    [unitOf('knowhow'), 'packages of technology'],
    [quantity('knowhow', 1), '1 package of know-how'],
    [quantity('knowhow', 3), '3 packages of know-how'],
    [measureName('relief'), 'Ease the sanctions on North Korea'],
    [draftTitle('relief', 0), 'Ease the sanctions: let North Korean workers go abroad again'],
    [
      draftTitle('relief', 500),
      'Ease the sanctions: let North Korean workers go abroad again and raise the oil cap to 500 thousand barrels a year',
    ],
  ])('%s', (got, want) => {
    expect(got).toBe(want);
  });
});

describe('the causes of engine 0.4.0', () => {
  const stock = { kind: 'stock', actor: 'PRK', resource: 'oil' } as const;
  const indicator = { kind: 'indicator', indicator: 'unscAuthority' } as const;
  test.each<[RuleId, Change['target'], Record<string, number>, string]>([
    [
      'covertMarkup',
      stock,
      { sent: 100, delivered: 85, markupPct: 15, odds: 2000 },
      'A secret delivery: 100 thousand barrels of oil sent, 85 thousand barrels of oil arrived. 15% went to middlemen and bribes: smuggling costs more where it is more likely to be spotted (a 20% chance here).',
    ],
    [
      'integrityDrift',
      indicator,
      { compliantShare: 70 },
      '70% of the value of the trade seen going in or out of North Korea this turn kept to the sanctions; how well they hold moves toward that share.',
    ],
    [
      'adoptionCapital',
      indicator,
      { recent: 2, capitalTurns: 4, cost: 1 },
      'The Council had already adopted 2 resolutions in the last 4 turns: each new one spends political capital (1 point for each).',
    ],
    [
      'draftShort',
      indicator,
      {},
      "The Council majority's draft fell short of nine votes: Cap oil deliveries to North Korea at 300 thousand barrels a year.",
    ],
    [
      'vetoIsolates',
      indicator,
      { yes: 14, isolationYes: 13 },
      'The draft had 14 votes in favour (13 or more are needed for this): a veto against so many isolates the country that cast it, and the Council wins back some authority.',
    ],
    [
      'reliefTabled',
      indicator,
      {},
      'A draft to ease the sanctions was put forward (Cap oil deliveries to North Korea at 300 thousand barrels a year): Pyongyang is grateful, the West is not.',
    ],
    ['lobbying', indicator, { cost: 20 }, 'Courting a seat on the Council (20 million US dollars in aid and visits).'],
    [
      'knowHowUsed',
      indicator,
      { used: 1, points: 3 },
      'A launch or test put 1 package of know-how to use: 3 more points for the programme.',
    ],
    [
      'knowHowUsed',
      { kind: 'stock', actor: 'PRK', resource: 'knowhow' },
      { used: 1, points: 0 },
      'A launch or test put 1 package of know-how to use, but it failed: nothing gained for the programme.',
    ],
    ['knowHowSeen', indicator, { amount: 2 }, 'The world saw 2 packages of know-how handed over.'],
    ['nuclearTest', indicator, {}, 'North Korea tested a nuclear device.'],
    ['holdFuel', indicator, { held: 100 }, 'China held back 100 thousand barrels of oil due to North Korea this turn.'],
    [
      'customs',
      indicator,
      { addedOdds: 1500 },
      'China tightened customs on the Dandong–Sinuiju Friendship Bridge this turn: secret cargo there is 15 points of percent more likely to be spotted.',
    ],
  ])('%s', (rule, target, numbers, text) => {
    const c: Change = {
      target,
      before: 50,
      after: 48,
      cause: { rule, route: 'dandong-sinuiju', draft: 'R1-1', numbers },
      visibleTo: 'all',
    };
    const withDraft: CauseContext = {
      ...ctx,
      report: {
        ...ctx.report,
        council: [
          {
            draft: 'R1-1',
            measure: 'oilCap',
            value: 300,
            votes: [],
            yes: 7,
            no: 0,
            abstain: 8,
            outcome: 'short',
            vetoedBy: [],
            evidence: 0,
            launches: 0,
          },
        ],
      },
    };
    expect(causeText(c, withDraft)).toBe(text);
  });

  test('a transfer of know-how takes no route: it went with people, not through the banks', () => {
    const c: Change = {
      target: { kind: 'stock', actor: 'PRK', resource: 'knowhow' },
      before: 0,
      after: 2,
      cause: { rule: 'shipment' },
      visibleTo: 'all',
    };
    expect(causeText(c, ctx)).toBe('Know-how sent this turn, with engineers and delegations.');
    expect(causeText({ ...c, target: { kind: 'stock', actor: 'PRK', resource: 'currency' } }, ctx)).toBe(
      'A payment ordered this turn.',
    );
  });
});

describe("the report's new notes", () => {
  type Note = TurnReport['notes'][number];
  test.each<[Note, string]>([
    [
      { kind: 'draftTabled', actor: 'RUS', rule: 'R1-1', measure: 'relief', amount: 0, visibleTo: 'all' },
      'Russia put to the Council, for a vote next turn: Ease the sanctions: let North Korean workers go abroad again.',
    ],
    [
      { kind: 'draftTabled', rule: 'R1-1', measure: 'armsEmbargo', amount: 0, visibleTo: 'all' },
      'Put to the Council, for a vote next turn: Ban arms and munitions from North Korea.',
    ],
    [
      {
        kind: 'seized',
        actor: 'PRK',
        to: 'RUS',
        resource: 'munitions',
        amount: 500,
        routes: ['khasan-tumangang'],
        visibleTo: 'all',
      },
      'A secret shipment of 500 shipping containers of munitions from North Korea to Russia by the Khasan–Tumangang rail bridge was spotted and seized: neither side keeps it.',
    ],
    [{ kind: 'nuclearTest', actor: 'PRK', visibleTo: 'all' }, 'North Korea tested a nuclear device.'],
    [
      { kind: 'nuclearTest', actor: 'PRK', numbers: { failed: 1 }, visibleTo: 'all' },
      'North Korea tested a nuclear device, but it fizzled: the programme learned nothing from it.',
    ],
    [
      { kind: 'launch', actor: 'PRK', amount: 3, numbers: { failed: 1 }, visibleTo: 'all' },
      'North Korea launched 3 missiles, but the launch failed: the programme learned nothing from it.',
    ],
    [
      { kind: 'launch', actor: 'PRK', amount: 1, numbers: { failed: 0 }, visibleTo: 'all' },
      'North Korea launched a missile.',
    ],
    [
      {
        kind: 'knowHowUsed',
        actor: 'PRK',
        resource: 'knowhow',
        amount: 1,
        numbers: { points: 0, odds: 8500 },
        visibleTo: ['PRK'],
      },
      'North Korea put 1 package of know-how from abroad to use, but it failed all the same: the help is spent. Only North Korea knows it was there.',
    ],
    [
      { kind: 'lobbied', actor: 'CHN', seat: 'MOZ', amount: 15, numbers: { until: 2 }, visibleTo: 'all' },
      'China courted Mozambique on the Council: in votes up to Jan 2024, that seat leans 15 points against sanctions.',
    ],
    [
      { kind: 'fuelHeld', actor: 'CHN', amount: 100, visibleTo: 'all' },
      'China held back 100 thousand barrels of oil due to North Korea under its deals this turn.',
    ],
    [
      { kind: 'customsTightened', actor: 'CHN', routes: ['dandong-sinuiju'], amount: 1500, visibleTo: 'all' },
      'China tightened customs on the Dandong–Sinuiju Friendship Bridge: this turn, secret cargo there is 15 points of percent more likely to be spotted.',
    ],
    [
      { kind: 'knowHowUsed', actor: 'PRK', resource: 'knowhow', amount: 2, numbers: { points: 6 }, visibleTo: ['PRK'] },
      'North Korea put 2 packages of know-how from abroad to use: its programme gained 6 points more. Only North Korea sees where that came from.',
    ],
  ])('%j', (n, text) => {
    expect(noteText(n, state, state)).toBe(text);
  });
});

test('where know-how raises the odds, North Korea is told what its odds were', () => {
  const odds = viewState(
    testState((s) => {
      s.rules = { ...s.rules, design: { ...s.rules.design, launchSuccessBp: 6500, knowHowSuccessBp: 2000 } };
    }),
    'PRK',
  );
  const n = {
    kind: 'knowHowUsed',
    actor: 'PRK',
    resource: 'knowhow',
    amount: 1,
    numbers: { points: 3, odds: 8500 },
    visibleTo: ['PRK'],
  } as const;
  expect(noteText(n, odds, odds)).toBe(
    'North Korea put 1 package of know-how from abroad to use: its programme gained 3 points more. Only North Korea sees where that came from. With that help the odds that it would work were 85%.',
  );
});

describe('shipments and deals in the report', () => {
  const base: ShipmentRecord = {
    order: 0,
    from: 'PRK',
    to: 'RUS',
    resource: 'munitions',
    amount: 1000,
    delivered: 1000,
    route: 'khasan-tumangang',
    mode: 'covert',
    detected: false,
    seized: false,
    visibleTo: ['PRK', 'RUS'],
  };
  test.each<[Partial<ShipmentRecord>, string]>([
    [
      { delivered: 850 },
      'North Korea → Russia: 1,000 shipping containers of munitions by the Khasan–Tumangang rail bridge, in secret, not spotted. Only 850 shipping containers of munitions arrived: the rest went to middlemen and bribes.',
    ],
    [
      { delivered: 0, detected: true, seized: true, visibleTo: 'all' },
      'North Korea → Russia: 1,000 shipping containers of munitions by the Khasan–Tumangang rail bridge, in secret: it was SPOTTED and SEIZED, so neither side keeps it.',
    ],
    [
      { from: 'RUS', to: 'PRK', resource: 'knowhow', amount: 2, delivered: 2, route: null },
      'Russia → North Korea: 2 packages of know-how with engineers and delegations, in secret, not spotted.',
    ],
    [
      { mode: 'declared', visibleTo: 'all' },
      'North Korea → Russia: 1,000 shipping containers of munitions by the Khasan–Tumangang rail bridge, openly.',
    ],
  ])('%j', (over, text) => {
    expect(shipmentText({ ...base, ...over }, state)).toBe(text);
  });

  test('a deal held back', () => {
    const d = state.deals.find((x) => x.give.resource === 'oil');
    if (d === undefined) throw new Error('the fixture has a Chinese oil deal');
    expect(
      dealText({ deal: d.id, kind: 'held', proposer: 'CHN', partner: 'PRK', visibleTo: 'all' }, state, state),
    ).toBe(
      'Held back this turn (no deliveries either way): China gives 100 thousand barrels of oil and North Korea gives 10 million US dollars each turn (12 turns of 12 left).',
    );
  });
});

describe('the new orders and refusals', () => {
  test.each<[Order, string]>([
    [{ kind: 'launch', actor: 'PRK' }, 'Test-launch a missile'],
    [{ kind: 'launch', actor: 'PRK', count: 4 }, 'Test-launch 4 missiles'],
    [{ kind: 'nuclearTest', actor: 'PRK' }, 'Test a nuclear device'],
    [{ kind: 'lobby', actor: 'RUS', seat: 'SLE' }, 'Court Sierra Leone, an elected member of the Council'],
    [{ kind: 'lobby', actor: 'RUS', seat: 'XXX' }, 'Court a seat on the Council, an elected member of the Council'],
    [{ kind: 'holdFuel', actor: 'CHN' }, "Hold back this turn's fuel deliveries to North Korea"],
    [
      { kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' },
      'Tighten customs on the Dandong–Sinuiju Friendship Bridge',
    ],
    [
      { kind: 'draft', actor: 'CHN', measure: 'relief', value: 0 },
      'Put a draft resolution to the Council: Ease the sanctions: let North Korean workers go abroad again',
    ],
    [
      { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'knowhow', amount: 1, mode: 'covert' },
      'Ship 1 package of know-how to North Korea with engineers and delegations, in secret',
    ],
  ])('%j', (o, text) => {
    expect(describeOrder(o, state)).toBe(text);
  });

  const refuse = (reason: Rejection['reason'], o: Order): string =>
    rejectionText({ order: 0, actor: o.actor, reason, message: 'engine words' }, o, state);
  test.each<[Rejection['reason'], Order, string]>([
    [
      'alreadyInForce',
      { kind: 'draft', actor: 'UNSC', measure: 'armsEmbargo' },
      'This draft would change nothing: the same measure, or a stronger one, is already in force.',
    ],
    [
      'notYourMeasure',
      { kind: 'draft', actor: 'RUS', measure: 'oilCap', value: 100 },
      'You can put only a draft that eases the sanctions; the Council majority puts the others.',
    ],
    [
      'notYourMeasure',
      { kind: 'draft', actor: 'UNSC', measure: 'relief', value: 0 },
      'The Council majority does not put drafts that ease the sanctions; Russia or China may.',
    ],
    ['unknownSeat', { kind: 'lobby', actor: 'RUS', seat: 'XXX' }, 'There is no such seat on the Council.'],
    [
      'insufficientStock',
      { kind: 'lobby', actor: 'PRK', seat: 'MOZ' },
      'Courting a seat costs 20 million US dollars of hard currency; you have 300 million US dollars.',
    ],
    [
      'notElectedSeat',
      { kind: 'lobby', actor: 'RUS', seat: 'USA' },
      'Only elected members can be courted, not the five permanent members.',
    ],
    ['tooManyLaunches', { kind: 'launch', actor: 'PRK', count: 99 }, 'One launch order fires from 1 to 40 missiles.'],
    [
      'nothingToHold',
      { kind: 'holdFuel', actor: 'CHN' },
      'No fuel is due to North Korea under your deals this turn: there is nothing to hold back.',
    ],
    [
      'notYourRoute',
      { kind: 'customs', actor: 'CHN', route: 'khasan-tumangang' },
      'The Khasan–Tumangang rail bridge does not cross your border.',
    ],
    [
      'routeNotApplicable',
      { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'knowhow', amount: 1, route: 'x', mode: 'covert' },
      'Know-how travels with engineers and delegations, not by a route: choose no route.',
    ],
    [
      'routeNotApplicable',
      { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'currency', amount: 1, route: 'x', mode: 'declared' },
      'Money moves through the banks: choose no route.',
    ],
  ])('%s %j', (reason, o, text) => {
    expect(refuse(reason, o)).toBe(text);
  });
});

describe('objectives and scores', () => {
  test.each([
    [
      { indicator: 'prkStability', op: 'atLeast', target: 40, full: 70, weight: 2 } as const,
      "North Korea's regime stability at least 40, full marks at 70 or more (counts twice)",
    ],
    [
      { indicator: 'unscSanctionsIntegrity', op: 'atMost', target: 40, full: 20, weight: 1 } as const,
      'How well the sanctions hold at most 40, full marks at 20 or less (counts once)',
    ],
    [
      { indicator: 'prkStability', op: 'atLeast', target: 40, full: 40, weight: 3 } as const,
      "North Korea's regime stability at least 40 (counts 3 times)",
    ],
    [
      { indicator: 'prkStability', op: 'atLeast', target: 40, full: 70, zero: 30, weight: 2 } as const,
      "North Korea's regime stability at least 40, full marks at 70 or more, worth nothing at 30 or less (counts twice)",
    ],
    [
      { indicator: 'unscSanctionsIntegrity', op: 'atMost', target: 40, full: 40, zero: 55, weight: 1 } as const,
      'How well the sanctions hold at most 40, worth nothing at 55 or more (counts once)',
    ],
  ])('%j', (o, text) => {
    expect(objectiveText(o)).toBe(text);
  });

  test.each([
    [
      { targetAchievement: 60, scoreRamp: 100 },
      'Each turn, an objective that reaches its target scores 60%, and only one at its full value scores 100%; objectives count by their weight. Your score is the average of the turns played so far, later turns counting more.',
    ],
    [
      { targetAchievement: 70, scoreRamp: 0 },
      'Each turn, an objective that reaches its target scores 70%, and only one at its full value scores 100%; objectives count by their weight. Your score is the average of the turns played so far.',
    ],
  ])('%j', (design, text) => {
    expect(scoreHow(design)).toBe(text);
  });
});

describe('the debrief', () => {
  test.each([
    [
      {
        chinaShare: { recorded: 52, true: 38 },
        integrity: { seen: 71, true: 55 },
        covert: { shipments: 9, detected: 3, seized: 1 },
      },
      [
        "China's share of North Korea's imports: 52% on the customs record (open trade only), 38% in truth, counting secret deliveries.",
        'How well the sanctions held: 71 as the world saw it, 55 in truth, counting the breaches nobody saw.',
        '9 secret deliveries: 3 spotted, 1 seized.',
      ],
    ],
    [
      {
        chinaShare: { recorded: null, true: null },
        integrity: { seen: 80, true: 80 },
        covert: { shipments: 0, detected: 0, seized: 0 },
      },
      [
        "China's share of North Korea's imports: no imports on the customs record (open trade only), no imports in truth, counting secret deliveries.",
        'How well the sanctions held: 80 as the world saw it, 80 in truth, counting the breaches nobody saw.',
        'No secret deliveries were made.',
      ],
    ],
  ])('revealed %#', (r, lines) => {
    expect(revealedLines(r)).toEqual(lines);
  });

  test('the extrapolation note names the turn and its date', () => {
    expect(extrapolationNote(state.rules, 4)).toBe(
      'History from turn 4 (Jul 2024) on is an extrapolation: the public record stops there, so the historical run after that is a likely course, not what happened.',
    );
    expect(extrapolationNote(state.rules, null)).toBeNull();
  });
});

describe('courted seats', () => {
  const council = {
    ...state.council,
    lobbying: [
      { seat: 'MOZ', by: 'CHN', turn: 2, until: 3 },
      { seat: 'MOZ', by: 'RUS', turn: 3, until: 4 },
      { seat: 'SLE', by: 'RUS', turn: 1, until: 1 },
    ],
  } as const;
  test.each([
    [1, 'MOZ', []],
    [2, 'MOZ', ['CHN']],
    [3, 'MOZ', ['CHN', 'RUS']],
    [4, 'MOZ', ['RUS']],
    [1, 'SLE', ['RUS']],
    [2, 'SLE', []],
  ] as const)('turn %i, %s: courted by %j', (turn, seat, by) => {
    expect(courtedFor({ council: { ...council, lobbying: [...council.lobbying] } }, turn)(seat)).toEqual(by);
  });
});
