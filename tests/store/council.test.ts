/**
 * The store's views of the council, the regime, scores, the scenario's teaching material and
 * the debrief against history, on the shipped scenario (exact values from the engine).
 */
import { describe, expect, test } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { hashState, isOver, resolveTurn, scores } from '../../src/engine/index.ts';
import { historicalOrders, historicalRun, initialState } from '../../src/scenario/index.ts';
import type { Game } from '../../src/store/index.ts';
import { gameHash, newGame } from '../../src/store/index.ts';
import { turnHash } from '../../src/save/index.ts';
import {
  cachedHistoricalRun,
  councilView,
  debriefView,
  orderFormsFor,
  publicScenario,
  scenarioExtras,
  scoreGame,
} from '../../src/store/index.ts';
import { loadScenario } from '../fixtures.ts';

const SC = loadScenario();
const HIST = historicalOrders(SC);

/** A finished game in which every actor gives `ordersFor(state)` (no bots, no store). */
function gameFrom(ordersFor: (s: GameState) => readonly Order[], seed = 2023, until = SC.turns): Game {
  const initial = initialState(SC, seed);
  const g: Game = newGame(SC, seed, { RUS: 'bot', PRK: 'human', CHN: 'bot', UNSC: 'bot' });
  let s = initial;
  while (!isOver(s) && g.turns.length < until) {
    const orders = [...ordersFor(s)];
    const r = resolveTurn(s, orders);
    const hash = hashState(r.state);
    g.turns.push({ orders, report: r.report, state: r.state, hash, chain: turnHash(gameHash(g), orders, hash) });
    s = r.state;
  }
  return g;
}

const history = gameFrom((s) => HIST.get(s.turn) ?? []);
const hold = gameFrom(() => []);
const PAST = publicScenario(SC).councilHistory;

describe('council chamber view', () => {
  test('opening: fifteen seats, five permanent, no drafts, the regime and the record before the game', () => {
    const v = councilView(history.initial, null, PAST);
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
    expect(v.bans.map((b) => [b.id, b.resource, b.from, b.to, b.deadlineTurn, b.deadlinePassed])).toEqual([
      ['arms-1718', 'munitions', 'PRK', null, null, false],
      ['workers-2397', 'labour', 'PRK', null, null, false],
    ]);
    expect(v.panel).toMatchObject({
      exists: true,
      active: true,
      mandateEnd: 3,
      monitored: [{ id: 'vladivostok-rajin', name: 'Vladivostok–Rajin sea lane', oddsBp: 3500 }],
    });
    expect(v.record).toEqual([
      {
        draft: 'May 2022 draft',
        measure: 'oilCap',
        turn: 0,
        date: { year: 2022, month: 5 },
        outcome: 'vetoed',
        yes: 13,
        no: 2,
        abstain: 0,
        vetoedBy: ['China', 'Russia'],
        sources: ['vote-2022-05', 'doc-p8'],
      },
    ]);
  });

  test('a tabled draft shows when it is voted and the default votes of Russia and China', () => {
    const v = councilView(history.turns[0]!.state, history.turns[0]!.report, PAST);
    expect(v.drafts).toEqual([
      {
        id: 'R1-1',
        measure: 'renewPanel',
        value: 4,
        tabledTurn: 1,
        voteTurn: 2,
        defaults: { RUS: 'no', CHN: 'abstain' },
      },
    ]);
  });

  test('the vote of turn 2: every seat, how it voted and why, vetoed by Russia; then in the record', () => {
    const v = councilView(history.turns[1]!.state, history.turns[1]!.report, PAST);
    expect(v.drafts).toEqual([]);
    const [x] = v.lastVotes;
    expect(x).toMatchObject({
      draft: 'R1-1',
      turn: 2,
      yes: 13,
      no: 1,
      abstain: 1,
      outcome: 'vetoed',
      vetoedBy: ['Russia'],
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
      score: 88,
      permanent: false,
    });
    expect(v.record.at(-1)).toMatchObject({ draft: 'R1-1', turn: 2, date: null, vetoedBy: ['Russia'] });
  });

  test('without a vote order Russia and China cast their defaults', () => {
    const g = gameFrom(
      (s) => (s.turn === 1 ? [{ kind: 'draft', actor: 'UNSC', measure: 'renewPanel', value: 4 }] : []),
      2023,
      2,
    );
    const v = councilView(g.turns[1]!.state, g.turns[1]!.report, PAST);
    const d = SC.council.defaults;
    expect(v.lastVotes[0]!.votes.filter((s) => s.actor !== null).map((s) => [s.id, s.vote, s.by])).toEqual([
      ['RUS', d.RUS.byMeasure?.renewPanel ?? d.RUS.vote, 'default'],
      ['CHN', d.CHN.byMeasure?.renewPanel ?? d.CHN.vote, 'default'],
    ]);
  });

  test('the Panel lapses after turn 3: not active, nothing monitored', () => {
    const v = councilView(history.turns[3]!.state, history.turns[3]!.report, PAST);
    expect(v.panel).toMatchObject({ exists: true, active: false, mandateEnd: 3, monitored: [] });
  });
});

describe('order forms per actor', () => {
  test.each([
    ['RUS', ['vote', 'draft', 'lobby', 'ship', 'proposeDeal', 'setPriorities']],
    ['PRK', ['launch', 'nuclearTest', 'ship', 'proposeDeal', 'setPriorities']],
    ['CHN', ['vote', 'draft', 'lobby', 'holdFuel', 'customs', 'ship', 'proposeDeal', 'setPriorities']],
    // The Council holds no goods: no shipments, deals or domestic priorities.
    ['UNSC', ['draft', 'monitor']],
  ] as const)('%s', (actor, kinds) => {
    expect(orderFormsFor(actor)).toEqual(kinds);
  });
});

describe('scores and teaching material', () => {
  test('scoreGame is the engine score with each objective', () => {
    const s = scoreGame(history.initial);
    expect(s.map((x) => [x.actor, x.score])).toEqual(Object.entries(scores(history.initial)));
    expect(
      s.find((x) => x.actor === 'PRK')!.objectives.map((o) => [o.objective.indicator, o.value, o.achievement]),
    ).toEqual([
      ['prkStability', 55, 52],
      ['prkProgramme', 40, 35],
    ]);
  });

  test('extras come from the file: briefings per actor, sources by paragraph or record', () => {
    const x = scenarioExtras(SC);
    expect(x.classBriefing).toBe(SC.briefing.class);
    expect(x.briefings.PRK).toBe(SC.briefing.PRK);
    expect(x.learningObjectives).toEqual(SC.learningObjectives);
    expect(x.questions).toEqual(SC.debrief);
    expect(x.sources.slice(0, 2).map((s) => [s.paragraph, s.record])).toEqual([
      [1, null],
      [3, null],
    ]);
    expect(x.sources.find((s) => s.id === 'res-2397')).toMatchObject({
      paragraph: null,
      record: 'UNSC resolution 2397 (2017)',
    });
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
    expect(v.comparison.map((d) => [d.actor, d.verdict, d.score, d.historical])).toEqual([
      ['RUS', 'worse', 34, 73],
      ['PRK', 'worse', 29, 70],
      ['CHN', 'worse', 56, 74],
      ['UNSC', 'better', 79, 71],
    ]);
    expect(v.firstDifference).toEqual({ RUS: 1, PRK: 1, CHN: 2, UNSC: 1 });
    // summit-2023 runs past the source document (June 2024): the debrief says so.
    expect(v.extrapolatedFrom).toBe(4);
    expect(v.firstTurnDiverged).toBe(1);
    expect(v.votes).toEqual([{ kind: 'onlyInHistory', turn: 2, measure: 'renewPanel', outcome: 'vetoed' }]);
    expect(v.scores.PRK.game).toHaveLength(13);
    expect(v.scores.PRK.history).toHaveLength(13);
    expect(v.scores.PRK.game.at(-1)).toBe(29);
    expect(v.scores.PRK.history.at(-1)).toBe(70);
  });

  test('a vote cast differently from history is listed', () => {
    const g = gameFrom((s) =>
      s.turn === 2
        ? (HIST.get(2) ?? []).map((o) => (o.kind === 'vote' && o.actor === 'CHN' ? { ...o, vote: 'no' as const } : o))
        : (HIST.get(s.turn) ?? []),
    );
    const v = debriefView(g);
    expect(v.firstDifference).toEqual({ RUS: null, PRK: null, CHN: 2, UNSC: null });
    expect(v.votes).toEqual([
      { kind: 'vote', turn: 2, measure: 'renewPanel', actor: 'CHN', game: 'no', history: 'abstain' },
    ]);
  });
});
