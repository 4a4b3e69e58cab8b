/**
 * The order forms as data (src/ui/orders/kinds.ts): which forms each actor sees, the facts each
 * states beside its fields (from the scenario's design parameters, set here to distinct values
 * so that a swapped parameter shows), and the orders they build. The single-device orders panel
 * and the class student screen render these same specs (formKit.ts; the browser tests look).
 */
import { describe, expect, test } from 'vitest';
import type { ActorId, Design, GameState, Order } from '../../src/engine/index.ts';
import { OrderSchema, viewState } from '../../src/engine/index.ts';
import { formsFor } from '../../src/ui/orders/kinds.ts';
import type { FieldSpec, FormSpec, FormValues } from '../../src/ui/orders/spec.ts';
import { TEST_DESIGN, testState } from '../fixtures.ts';

/** Every number a form states, each distinct. */
const DESIGN: Design = {
  ...TEST_DESIGN,
  launchProgramme: 2,
  launchChinaRelation: 3,
  launchUnscRelation: 4,
  launchCurrency: 10,
  maxLaunchesPerTurn: 40,
  knowHowProgramme: 6,
  knowHowPerLaunch: 1,
  knowHowReputation: 7,
  knowHowChinaRelation: 8,
  nuclearProgramme: 15,
  nuclearCurrency: 30,
  nuclearChinaRelation: 11,
  nuclearUnscRelation: 12,
  nuclearEvidence: 5,
  lobbyCost: 20,
  lobbyTurns: 2,
  lobbyPoints: 17,
  holdFuelInfluence: 3,
  holdFuelStanding: 4,
  holdFuelRelation: 5,
  holdFuelBorder: 6,
  customsBp: 1500,
  customsInfluence: 1,
  customsStanding: 2,
  customsRelation: 3,
  customsBorder: 4,
  reliefPrkRelation: 9,
  reliefReputation: 1,
};

function state(adjust?: (s: GameState) => void): GameState {
  return testState((s) => {
    s.rules = { ...s.rules, design: { ...DESIGN } };
    adjust?.(s);
  });
}

function forms(me: ActorId, adjust?: (s: GameState) => void): FormSpec[] {
  return formsFor(me, viewState(state(adjust), me));
}

function form(me: ActorId, key: string, adjust?: (s: GameState) => void): FormSpec {
  const f = forms(me, adjust).find((x) => x.key === key);
  if (f === undefined) throw new Error(`${me} has no form ${key}`);
  return f;
}

function field(f: FormSpec, name: string): FieldSpec {
  const x = f.fields.find((y) => y.name === name);
  if (x === undefined) throw new Error(`${f.key} has no field ${name}`);
  return x;
}

/** Values as a form would read them (numbers as entered). */
function values(v: Record<string, string | string[]>): FormValues {
  return {
    text: (n) => String(v[n] ?? ''),
    int: (n) => Number(v[n] ?? 0),
    list: (n) => {
      const x = v[n];
      return Array.isArray(x) ? x : [];
    },
  };
}

function items(f: FormSpec): readonly string[] {
  const x = field(f, 'effects');
  return x.kind === 'list' ? x.items : [];
}

function noteText(f: FormSpec, name: string, v: Record<string, string> = {}): string {
  const x = field(f, name);
  if (x.kind !== 'note') return '';
  return typeof x.text === 'string' ? x.text : x.text(values(v));
}

function options(f: FormSpec, name: string): [string, string][] {
  const x = field(f, name);
  return x.kind === 'select' ? x.options.map((o) => [o.value, o.label]) : [];
}

function built(f: FormSpec, v: Record<string, string | string[]>): Order {
  const r = f.build(values(v));
  if (!r.ok) throw new Error(r.error.message);
  expect(OrderSchema.safeParse(r.value).success).toBe(true);
  return r.value;
}

describe('which forms each actor sees', () => {
  test.each([
    ['RUS', ['draft', 'lobby', 'ship', 'proposeDeal', 'setPriorities']],
    ['PRK', ['launch', 'nuclearTest', 'ship', 'proposeDeal', 'setPriorities']],
    ['CHN', ['draft', 'lobby', 'holdFuel', 'customs', 'ship', 'proposeDeal', 'setPriorities']],
    ['UNSC', ['draft', 'monitor']],
  ] as const)('%s: %j', (me, keys) => {
    expect(forms(me).map((f) => f.key)).toEqual(keys);
  });
});

describe('launches', () => {
  const f = form('PRK', 'launch');

  test('how many missiles, and what the order brings and costs', () => {
    expect(f.label).toBe('Test-launch missiles');
    expect(f.submit).toBe('Order the launch');
    expect(field(f, 'count')).toEqual({
      kind: 'number',
      name: 'count',
      label: 'How many missiles',
      min: 1,
      max: 40,
      value: 1,
      hint: 'From 1 to 40 in one launch order.',
    });
    expect(items(f)).toEqual([
      'your weapons and space programme gains 2 points',
      'each package of know-how in your stock that it puts to use adds 6 more points (up to 1 package)',
      'relations with China fall by 3',
      'relations with the Security Council fall by 4',
      'the Council sees every missile, and the elected seats weigh each one when they vote on sanctions',
      'one launch order a turn at most',
    ]);
  });

  test.each([
    ['1', '1 missile costs 10 million US dollars of hard currency (10 million US dollars each).'],
    ['3', '3 missiles cost 30 million US dollars of hard currency (10 million US dollars each).'],
    ['', '1 missile costs 10 million US dollars of hard currency (10 million US dollars each).'],
    ['41', '1 missile costs 10 million US dollars of hard currency (10 million US dollars each).'],
  ])('the cost of %j missiles: %s', (count, text) => {
    expect(noteText(f, 'cost', { count })).toBe(text);
  });

  test('builds one missile as a plain launch, more with a count, and loads both back', () => {
    expect(built(f, { count: '1' })).toEqual({ kind: 'launch', actor: 'PRK' });
    expect(built(f, { count: '3' })).toEqual({ kind: 'launch', actor: 'PRK', count: 3 });
    expect(f.load?.({ kind: 'launch', actor: 'PRK', count: 3 })).toEqual({ count: '3' });
    expect(f.load?.({ kind: 'launch', actor: 'PRK' })).toEqual({ count: '1' });
  });

  test('where a launch can fail, the odds and what know-how adds to them', () => {
    const g = form('PRK', 'launch', (s) => {
      s.rules = { ...s.rules, design: { ...DESIGN, launchSuccessBp: 6500, knowHowSuccessBp: 2000 } };
    });
    expect(items(g).slice(0, 3)).toEqual([
      'your weapons and space programme gains 2 points',
      'it works 65% of the time; if it fails, the programme gains nothing, and the costs below are paid all the same',
      'each package of know-how in your stock that it puts to use (up to 1 package) makes it likelier to work, 20 points of percent more, and adds 6 more points if it works',
    ]);
    // Odds alone, where know-how adds no points.
    const h = form('PRK', 'launch', (s) => {
      s.rules = {
        ...s.rules,
        design: { ...DESIGN, knowHowProgramme: 0, launchSuccessBp: 6500, knowHowSuccessBp: 2000 },
      };
    });
    expect(items(h)[2]).toBe(
      'each package of know-how in your stock that it puts to use makes it likelier to work: 20 points of percent more',
    );
  });

  test('no know-how line when the scenario gives know-how no worth', () => {
    const g = form('PRK', 'launch', (s) => {
      s.rules = { ...s.rules, design: { ...DESIGN, knowHowProgramme: 0 } };
    });
    expect(items(g)).not.toContain(items(f)[1]);
    expect(items(g)).toHaveLength(5);
  });
});

describe('a nuclear test', () => {
  const f = form('PRK', 'nuclearTest');

  test('what it brings and costs', () => {
    expect([f.label, f.submit, noteText(f, 'intro')]).toEqual([
      'Test a nuclear device',
      'Order the test',
      'A nuclear test this turn:',
    ]);
    expect(items(f)).toEqual([
      'your weapons and space programme gains 15 points',
      'each package of know-how in your stock that it puts to use adds 6 more points (up to 1 package)',
      'it costs 30 million US dollars of hard currency',
      'relations with China fall by 11',
      'relations with the Security Council fall by 12',
      'the elected seats weigh it like 5 missile launches when they vote on sanctions',
      'one test a turn at most',
    ]);
  });

  test('where a test can fizzle, its odds', () => {
    const g = form('PRK', 'nuclearTest', (s) => {
      s.rules = { ...s.rules, design: { ...DESIGN, nuclearSuccessBp: 9000 } };
    });
    expect(items(g)[1]).toBe(
      'it works 90% of the time; if it fails, the programme gains nothing, and the costs below are paid all the same',
    );
  });

  test('builds the order', () => {
    expect(built(f, {})).toEqual({ kind: 'nuclearTest', actor: 'PRK' });
    expect(f.load?.({ kind: 'nuclearTest', actor: 'PRK' })).toEqual({});
    expect(f.load?.({ kind: 'launch', actor: 'PRK' })).toBeNull();
  });
});

describe('courting an elected seat', () => {
  test.each(['RUS', 'CHN'] as const)('%s: the ten elected seats, the cost and the effect', (me) => {
    const f = form(me, 'lobby');
    expect([f.label, f.submit, f.unavailable]).toEqual([
      'Court an elected member of the Council',
      'Court the seat',
      undefined,
    ]);
    expect(options(f, 'seat')).toEqual([
      ['JPN', 'Japan'],
      ['KOR', 'Republic of Korea'],
      ['MLT', 'Malta'],
      ['SVN', 'Slovenia'],
      ['CHE', 'Switzerland'],
      ['ECU', 'Ecuador'],
      ['GUY', 'Guyana'],
      ['DZA', 'Algeria'],
      ['MOZ', 'Mozambique'],
      ['SLE', 'Sierra Leone'],
    ]);
    expect(items(f)).toEqual([
      'it costs 20 million US dollars of hard currency (aid, visits and promises)',
      'for 2 turns, this one included, the seat leans 17 points against sanctions and toward easing them (a seat votes yes when its score for a draft reaches 50)',
      'everyone sees whom you court',
      'one seat a turn at most',
    ]);
    expect(built(f, { seat: 'MOZ' })).toEqual({ kind: 'lobby', actor: me, seat: 'MOZ' });
    expect(f.load?.({ kind: 'lobby', actor: me, seat: 'MOZ' })).toEqual({ seat: 'MOZ' });
  });

  test('one turn of courting is worded as this turn', () => {
    const f = form('RUS', 'lobby', (s) => {
      s.rules = { ...s.rules, design: { ...DESIGN, lobbyTurns: 1 } };
    });
    expect(items(f)[1]).toBe(
      'this turn, the seat leans 17 points against sanctions and toward easing them (a seat votes yes when its score for a draft reaches 50)',
    );
  });
});

describe("China's levers", () => {
  test('holding back fuel: what is due this turn and what it brings and costs', () => {
    const f = form('CHN', 'holdFuel');
    expect([f.label, f.submit, f.unavailable]).toEqual([
      'Hold back fuel for North Korea',
      "Hold back this turn's fuel",
      undefined,
    ]);
    expect(noteText(f, 'due')).toBe(
      "Due to North Korea this turn under your deals: 100 thousand barrels of oil. If you hold it back, this turn's deliveries are skipped (North Korea does not pay for them either), and the deals carry on.",
    );
    expect(items(f)).toEqual([
      "China's influence over Pyongyang rises by 3 and its standing with the West by 4",
      'relations with North Korea fall by 5, and calm on the border by 6',
      'a regime short of fuel is shaken, and the border follows it',
      'everyone sees it',
    ]);
    expect(built(f, {})).toEqual({ kind: 'holdFuel', actor: 'CHN' });
  });

  test('holding back fuel with none due: the form says so and cannot be used', () => {
    const f = form('CHN', 'holdFuel', (s) => {
      s.deals = s.deals.filter((d) => d.give.resource !== 'oil');
    });
    expect(f.unavailable).toBe(
      'No fuel is due to North Korea under your deals this turn: there is nothing to hold back.',
    );
    expect(f.fields.map((x) => x.name)).toEqual(['effects']);
  });

  test("customs: China's own routes only, and what it brings and costs", () => {
    const f = form('CHN', 'customs');
    expect([f.label, f.submit, f.unavailable]).toEqual([
      'Tighten customs on a border route',
      'Tighten customs',
      undefined,
    ]);
    expect(options(f, 'route')).toEqual([['dandong-sinuiju', 'Dandong–Sinuiju Friendship Bridge']]);
    expect(items(f)).toEqual([
      'this turn, a secret shipment on that route is 15 points of percent more likely to be spotted',
      "China's influence over Pyongyang rises by 1 and its standing with the West by 2",
      'relations with North Korea fall by 3, and calm on the border by 4',
      'everyone sees it',
    ]);
    expect(built(f, { route: 'dandong-sinuiju' })).toEqual({
      kind: 'customs',
      actor: 'CHN',
      route: 'dandong-sinuiju',
    });
    expect(f.load?.({ kind: 'customs', actor: 'CHN', route: 'dandong-sinuiju' })).toEqual({
      route: 'dandong-sinuiju',
    });
  });
});

describe('drafts: each actor is offered only its own measures', () => {
  test.each([
    ['RUS', "Russia's reputation in the world"],
    ['CHN', "China's standing with the West"],
  ] as const)('%s tables only relief, and is told what it costs', (me, standing) => {
    const f = form(me, 'draft');
    expect(f.label).toBe('Put a draft to ease the sanctions to the Council');
    expect(options(f, 'measure')).toEqual([['relief', 'Ease the sanctions on North Korea']]);
    expect(noteText(f, 'help', { measure: 'relief' })).toBe(
      'Lets North Korean workers go abroad again and, from the turn after it passes, raises the oil cap to the number if that is higher than the cap in force. Number: the new cap in thousand barrels a year (0: the cap stays as it is).',
    );
    expect(noteText(f, 'rule')).toBe(
      `The Council votes on it next turn; you can put one draft a turn. Putting it forward pleases Pyongyang (relations with it improve by 9) and costs 1 point of ${standing}. It passes with 9 votes in favour and no veto: the United States, the United Kingdom and France can each block it.`,
    );
    const value = field(f, 'value');
    expect(value.kind === 'number' ? value.value : null).toBe(0);
    expect(built(f, { measure: 'relief', value: '0' })).toEqual({
      kind: 'draft',
      actor: me,
      measure: 'relief',
      value: 0,
    });
    expect(built(f, { measure: 'relief', value: '500' })).toEqual({
      kind: 'draft',
      actor: me,
      measure: 'relief',
      value: 500,
    });
    expect(f.build(values({ measure: 'oilCap', value: '10' })).ok).toBe(false);
  });

  test('the Council majority tables every measure but relief', () => {
    const f = form('UNSC', 'draft');
    expect(f.label).toBe('Put a draft resolution to the Council');
    expect(options(f, 'measure').map(([v]) => v)).toEqual([
      'oilCap',
      'workerBan',
      'armsEmbargo',
      'renewPanel',
      'condemn',
    ]);
    expect(f.build(values({ measure: 'relief', value: '0' })).ok).toBe(false);
  });
});

describe('know-how travels with people, not by a route', () => {
  const head =
    'Know-how (space and weapons technology) travels with engineers and delegations: choose no route. North Korea gains from it only when it launches or tests: each package adds 6 points to its programme.';
  const russia =
    " If the world sees it, sent openly or spotted in secret, you lose 7 points of Russia's reputation in the world, and if it goes to North Korea, relations between Russia and China fall by 8.";
  test.each([
    ['RUS', 'ship', { resource: 'knowhow' }, russia],
    [
      'CHN',
      'ship',
      { resource: 'knowhow' },
      " If the world sees it, sent openly or spotted in secret, you lose 7 points of China's standing with the West.",
    ],
    ['PRK', 'ship', { resource: 'knowhow' }, ''],
    ['RUS', 'proposeDeal', { give: 'knowhow', get: 'munitions' }, russia],
  ] as const)('%s %s: the note on know-how', (me, key, v, seen) => {
    expect(noteText(form(me, key), 'knowhow', v)).toBe(`${head}${seen}`);
  });

  test('no note for other goods; know-how is offered with its unit; a shipment of it takes no route', () => {
    const f = form('RUS', 'ship');
    expect(noteText(f, 'knowhow', { resource: 'oil' })).toBe('');
    // Only the giver's risk is stated: getting know-how in a deal costs the receiver no standing.
    expect(noteText(form('PRK', 'proposeDeal'), 'knowhow', { give: 'munitions', get: 'knowhow' })).toBe('');
    expect(options(f, 'resource')).toContainEqual(['knowhow', 'know-how (packages of technology)']);
    expect(options(f, 'route')[0]).toEqual(['', 'No route: money goes through the banks, know-how with people']);
    expect(built(f, { to: 'PRK', resource: 'knowhow', amount: '2', route: '', mode: 'covert' })).toEqual({
      kind: 'ship',
      actor: 'RUS',
      to: 'PRK',
      resource: 'knowhow',
      amount: 2,
      mode: 'covert',
    });
  });
});
