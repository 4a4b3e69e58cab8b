/**
 * The store's views of the council, the regime, scores, the scenario's teaching material and
 * the debrief against history, on the shipped scenario (exact values from the engine).
 */
import { describe, expect, test } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { hashState, isOver, resolveTurn, scores } from '../../src/engine/index.ts';
import { historicalOrders, historicalRun, initialState } from '../../src/scenario/index.ts';
import type { Game } from '../../src/store/index.ts';
import { allEasy } from '../../src/store/index.ts';
import { openingOf } from '../../src/ai/index.ts';
import {
  cachedHistoricalRun,
  councilView,
  debriefView,
  headline,
  launchEffects,
  measureValueText,
  orderFormsFor,
  panelStatus,
  scenarioExtras,
  scoreGame,
  sourceLabels,
} from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

const SC = loadScenario();
const HIST = historicalOrders(SC);

/** A finished game in which every actor gives `ordersFor(state)` (no bots, no store). */
function gameFrom(ordersFor: (s: GameState) => readonly Order[], seed = 2023, until = SC.turns): Game {
  const initial = initialState(SC, seed);
  const g: Game = {
    scenario: SC,
    seed,
    controllers: { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' },
    levels: allEasy(),
    opening: openingOf(initial),
    initial,
    initialHash: hashState(initial),
    turns: [],
  };
  let s = initial;
  while (!isOver(s) && g.turns.length < until) {
    const orders = [...ordersFor(s)];
    const r = resolveTurn(s, orders);
    g.turns.push({ orders, report: r.report, state: r.state, hash: hashState(r.state) });
    s = r.state;
  }
  return g;
}

const history = gameFrom((s) => HIST.get(s.turn) ?? []);
const hold = gameFrom(() => []);

describe('council chamber view', () => {
  test('opening: fifteen seats, five permanent, no drafts, the regime and the record before the game', () => {
    const v = councilView(history.initial, null, SC);
    expect(v.seats).toHaveLength(15);
    expect(v.seats.filter((s) => s.permanent).map((s) => s.id)).toEqual(['USA', 'GBR', 'FRA', 'RUS', 'CHN']);
    expect(v.seats.filter((s) => s.actor !== null).map((s) => [s.id, s.actor])).toEqual([
      ['RUS', 'RUS'],
      ['CHN', 'CHN'],
    ]);
    expect(v.drafts).toEqual([]);
    expect(v.lastVotes).toEqual([]);
    expect(v.caps.map((c) => [c.id, c.perYear, c.year, c.declared, c.inForce, c.basis])).toEqual([
      ['oil-cap-2397', 500, 2023, 0, true, ['res-2397']],
    ]);
    expect(v.bans.map((b) => [b.id, b.resource, b.from, b.to, b.deadlineText])).toEqual([
      ['arms-1718', 'munitions', 'PRK', null, null],
      ['workers-2397', 'labour', 'PRK', null, null],
    ]);
    expect(v.panel).toMatchObject({
      active: true,
      mandateEnd: 3,
      mandateText: 'Mandate runs through turn 3 (Apr 2024).',
      monitored: [{ id: 'vladivostok-rajin', name: 'Vladivostok–Rajin sea lane', oddsBp: 3500 }],
    });
    expect(v.record).toEqual([
      {
        draft: 'May 2022 draft',
        measure: 'oilCap',
        title: 'cap refined petroleum deliveries to North Korea',
        when: 'May 2022 (before the game)',
        beforeGame: true,
        outcome: 'vetoed',
        verdict: 'Vetoed by China and Russia',
        yes: 13,
        no: 2,
        abstain: 0,
        vetoedBy: ['CHN', 'RUS'],
        sources: ['vote-2022-05', 'doc-p8'],
      },
    ]);
  });

  test('a tabled draft shows when it is voted and the default votes of Russia and China', () => {
    const v = councilView(history.turns[0]!.state, history.turns[0]!.report, SC);
    expect(v.drafts).toEqual([
      {
        id: 'R1-1',
        measure: 'renewPanel',
        title: "renew the Panel of Experts' mandate",
        value: 4,
        valueText: 'new mandate of 4 turn(s)',
        tabledTurn: 1,
        voteTurn: 2,
        defaults: { RUS: 'no', CHN: 'abstain' },
      },
    ]);
  });

  test('the vote of turn 2: every seat, how it voted and why, vetoed by Russia; then in the record', () => {
    const v = councilView(history.turns[1]!.state, history.turns[1]!.report, SC);
    expect(v.drafts).toEqual([]);
    const [x] = v.lastVotes;
    expect(x).toMatchObject({
      draft: 'R1-1',
      turn: 2,
      yes: 13,
      no: 1,
      abstain: 1,
      outcome: 'vetoed',
      vetoedBy: ['RUS'],
      verdict: 'Vetoed by Russia',
      evidence: 2,
      launches: 1,
    });
    expect(x!.votes).toHaveLength(15);
    expect(x!.votes.filter((s) => s.by !== 'rule').map((s) => [s.id, s.vote, s.by, s.permanent])).toEqual([
      ['RUS', 'no', 'order', true],
      ['CHN', 'abstain', 'order', true],
    ]);
    expect(x!.votes.find((s) => s.id === 'KOR')).toMatchObject({
      vote: 'yes',
      by: 'rule',
      score: 83,
      permanent: false,
    });
    expect(v.record.at(-1)).toMatchObject({
      draft: 'R1-1',
      when: 'turn 2 (Jan 2024)',
      beforeGame: false,
      verdict: 'Vetoed by Russia',
    });
  });

  test('without a vote order Russia and China cast their defaults', () => {
    const g = gameFrom(
      (s) => (s.turn === 1 ? [{ kind: 'draft', actor: 'UNSC', measure: 'armsEmbargo' }] : []),
      2023,
      2,
    );
    const v = councilView(g.turns[1]!.state, g.turns[1]!.report, SC);
    expect(v.lastVotes[0]!.votes.filter((s) => s.actor !== null).map((s) => [s.id, s.vote, s.by])).toEqual([
      ['RUS', 'no', 'default'],
      ['CHN', 'no', 'default'],
    ]);
    expect(v.lastVotes[0]!.verdict).toBe('Vetoed by Russia and China');
  });

  test('the Panel lapses after turn 3: not active, nothing monitored', () => {
    const v = councilView(history.turns[3]!.state, history.turns[3]!.report, SC);
    expect(v.panel).toMatchObject({
      active: false,
      monitored: [],
      mandateText: 'Mandate lapsed after turn 3 (Apr 2024): no extra detection on any route.',
    });
  });

  test.each([
    ['oilCap', 300, 'cap of 300 thousand barrels a year'],
    ['workerBan', 0, 'workers to be repatriated at once'],
    ['workerBan', 2, 'repatriation deadline 2 turn(s) after adoption'],
    ['renewPanel', 4, 'new mandate of 4 turn(s)'],
    ['armsEmbargo', 0, null],
    ['condemn', 0, null],
  ] as const)('value of %s %i: %s', (m, value, text) => {
    expect(measureValueText(m, value)).toBe(text);
  });
});

describe('order forms per actor', () => {
  test.each([
    ['RUS', ['vote', 'ship', 'proposeDeal', 'setPriorities']],
    ['PRK', ['launch', 'ship', 'proposeDeal', 'setPriorities']],
    ['CHN', ['vote', 'ship', 'proposeDeal', 'setPriorities']],
    ['UNSC', ['draft', 'monitor', 'ship', 'proposeDeal', 'setPriorities']],
  ] as const)('%s', (actor, kinds) => {
    expect(orderFormsFor(actor)).toEqual(kinds);
  });

  test('the Panel status while the mandate lasts and after it lapses', () => {
    expect(panelStatus(history.initial)).toEqual({
      active: true,
      maxRoutes: 2,
      text: 'The Panel\u2019s mandate runs through turn 3 (Apr 2024); it can monitor up to 2 route(s), each +1500 in 10,000 on the odds of detection (+1000 on every route while it works).',
    });
    expect(panelStatus(history.turns[3]!.state)).toEqual({
      active: false,
      maxRoutes: 2,
      text: 'The Panel\u2019s mandate lapsed after turn 3 (Apr 2024): it cannot be assigned unless the council renews it.',
    });
  });

  test('what a launch brings and costs (the engine constants)', () => {
    expect(launchEffects()).toEqual([
      'North Korean weapons programme +2',
      'relations with China −1',
      'relations with the Security Council −2',
      'the launch is public evidence the elected seats weigh when they vote on sanctions',
      'at most one launch a turn',
    ]);
  });
});

describe('scores and teaching material', () => {
  test('scoreGame is the engine score with each objective', () => {
    const s = scoreGame(history.initial);
    expect(s.map((x) => [x.actor, x.score])).toEqual(Object.entries(scores(history.initial)));
    expect(s.find((x) => x.actor === 'PRK')!.objectives.map((o) => [o.text, o.value, o.achievement])).toEqual([
      ['North Korean regime stability at least 60 (weight 3)', 55, 91],
      ['North Korean weapons and space programme at least 60 (weight 2)', 40, 66],
    ]);
  });

  test('extras come from the file: no invented difficulty, briefings per actor, labelled sources', () => {
    const x = scenarioExtras(SC);
    expect(x.difficulty).toBeNull();
    expect(x.classBriefing).toBe(SC.briefing.class);
    expect(x.briefings.PRK).toBe(SC.briefing.PRK);
    expect(x.learningObjectives).toEqual(SC.learningObjectives);
    expect(x.questions).toEqual(SC.debrief);
    expect(x.sources.slice(0, 2).map((s) => s.label)).toEqual(['Source document ¶1', 'Source document ¶3']);
    expect(sourceLabels(SC, ['res-2397', 'nope'])).toEqual(['UNSC resolution 2397 (2017)', 'nope']);
  });
});

describe('debrief against history', () => {
  test('the kept-states replay is the historical run', () => {
    const run = cachedHistoricalRun(SC, 2023);
    const ref = historicalRun(SC, 2023);
    expect(run.result.turns.map((t) => t.hash)).toEqual(ref.turns.map((t) => t.hash));
    expect(run.states.map(hashState).slice(1)).toEqual(ref.turns.map((t) => t.hash));
    expect(cachedHistoricalRun(SC, 2023)).toBe(run);
  });

  test('playing the script is "the same as history", with no divergence', () => {
    const v = debriefView(history);
    expect(v.comparison.map((d) => [d.actor, d.verdict, d.difference])).toEqual([
      ['RUS', 'same', 0],
      ['PRK', 'same', 0],
      ['CHN', 'same', 0],
      ['UNSC', 'same', 0],
    ]);
    expect(v.firstTurnDiverged).toBeNull();
    expect(v.votes).toEqual([]);
    expect(v.indicators.prkStability.game).toEqual(v.indicators.prkStability.history);
  });

  test('holding every turn: verdicts, first differences and the vote that did not happen', () => {
    const v = debriefView(hold);
    expect(v.headlines).toEqual({
      RUS: 'worse than history by 65 points (17 against 82)',
      PRK: 'worse than history by 70 points (28 against 98)',
      CHN: 'worse than history by 9 points (87 against 96)',
      UNSC: 'better than history by 1 point (83 against 82)',
    });
    expect(v.firstDifference).toEqual({ RUS: 1, PRK: 1, CHN: 2, UNSC: 1 });
    expect(v.firstTurnDiverged).toBe(1);
    expect(v.votes).toEqual([
      { turn: 2, draft: 'R1-1', text: 'R1-1 (renewPanel) was put to the vote in history (vetoed); not in your game' },
    ]);
    expect(v.scores.PRK.game).toHaveLength(13);
    expect(v.scores.PRK.history).toHaveLength(13);
    expect(v.scores.PRK.game.at(-1)).toBe(28);
    expect(v.scores.PRK.history.at(-1)).toBe(98);
  });

  test('a vote cast differently from history is listed', () => {
    const g = gameFrom((s) =>
      s.turn === 2
        ? (HIST.get(2) ?? []).map((o) => (o.kind === 'vote' && o.actor === 'CHN' ? { ...o, vote: 'no' as const } : o))
        : (HIST.get(s.turn) ?? []),
    );
    const v = debriefView(g);
    expect(v.firstDifference).toEqual({ RUS: null, PRK: null, CHN: 2, UNSC: null });
    expect(v.votes).toEqual([{ turn: 2, draft: 'R1-1', text: 'on R1-1, China voted no; in history abstain' }]);
  });

  test.each([
    [
      { actor: 'PRK', score: 60, historical: 55, difference: 5, verdict: 'better' },
      'better than history by 5 points (60 against 55)',
    ],
    [
      { actor: 'PRK', score: 54, historical: 55, difference: -1, verdict: 'worse' },
      'worse than history by 1 point (54 against 55)',
    ],
    [{ actor: 'PRK', score: 55, historical: 55, difference: 0, verdict: 'same' }, 'the same as history (55)'],
  ] as const)('headline %#', (d, text) => {
    expect(headline(d)).toBe(text);
  });
});
