/**
 * The engine's view function: what each viewer (an actor, the public, the instructor) may see
 * of a state and a report, as a table of exact expectations.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, TurnReport, Viewer } from '../../src/engine/index.ts';
import { ACTORS, VIEWERS, resolveTurn, viewReport, viewState } from '../../src/engine/index.ts';
import { testState } from '../fixtures.ts';

const rail = 'khasan-tumangang';

/** Turn 1 of the 2023 scenario with a covert rail shipment (undetectable), a declared one and
 * a rejected Chinese order. */
function turnOne(): { state: GameState; report: TurnReport } {
  const s = testState((x) => {
    for (const r of x.routes) r.detectionBp = 0;
    x.regime.panel.mandateEnd = 0;
    x.deals = [];
  });
  return resolveTurn(s, [
    { kind: 'ship', actor: 'PRK', to: 'RUS', resource: 'munitions', amount: 700, route: rail, mode: 'covert' },
    { kind: 'ship', actor: 'RUS', to: 'PRK', resource: 'food', amount: 50, route: rail, mode: 'declared' },
    { kind: 'ship', actor: 'CHN', to: 'PRK', resource: 'food', amount: 1, route: rail, mode: 'declared' },
  ]);
}

describe('viewState', () => {
  const { state } = turnOne();
  it.each([
    { viewer: 'PRK', actors: ['PRK'], relations: ['RUS-PRK', 'PRK-CHN', 'PRK-UNSC'], scores: ['PRK'] },
    { viewer: 'CHN', actors: ['CHN'], relations: ['RUS-CHN', 'PRK-CHN', 'CHN-UNSC'], scores: ['CHN'] },
    { viewer: 'public', actors: [], relations: [], scores: [] },
    {
      viewer: 'instructor',
      actors: ['RUS', 'PRK', 'CHN', 'UNSC'],
      relations: ['RUS-PRK', 'RUS-CHN', 'RUS-UNSC', 'PRK-CHN', 'PRK-UNSC', 'CHN-UNSC'],
      scores: ['RUS', 'PRK', 'CHN', 'UNSC'],
    },
  ] as const)('$viewer sees its own stocks, relations, score and objectives', (row) => {
    const v = viewState(state, row.viewer);
    expect(Object.keys(v.actors)).toEqual(row.actors);
    expect(Object.keys(v.relations)).toEqual(row.relations);
    expect(Object.keys(v.scores)).toEqual(row.scores);
    expect(Object.keys(v.rules.objectives)).toEqual(row.scores);
    expect(v.trade === null).toBe(row.viewer !== 'instructor');
    expect(v.indicators).toEqual(state.indicators);
  });
});

describe('viewReport', () => {
  const { report } = turnOne();
  const covert = (r: ReturnType<typeof viewReport>) => r.shipments.filter((x) => x.mode === 'covert').length;
  const stocksOf = (r: ReturnType<typeof viewReport>) => [
    ...new Set(r.changes.flatMap((c) => (c.target.kind === 'stock' ? [c.target.actor] : []))),
  ];
  it.each([
    { viewer: 'PRK', covert: 1, declared: 1, stocks: ['PRK'], rejections: 0, scores: ['PRK'] },
    { viewer: 'RUS', covert: 1, declared: 1, stocks: ['RUS'], rejections: 0, scores: ['RUS'] },
    { viewer: 'CHN', covert: 0, declared: 1, stocks: ['CHN'], rejections: 1, scores: ['CHN'] },
    { viewer: 'UNSC', covert: 0, declared: 1, stocks: [], rejections: 0, scores: ['UNSC'] },
    { viewer: 'public', covert: 0, declared: 1, stocks: [], rejections: 0, scores: [] },
    {
      viewer: 'instructor',
      covert: 1,
      declared: 1,
      stocks: ['CHN', 'PRK', 'RUS'],
      rejections: 1,
      scores: ['RUS', 'PRK', 'CHN', 'UNSC'],
    },
  ] as const)('$viewer', (row) => {
    const r = viewReport(report, row.viewer);
    expect(covert(r)).toBe(row.covert);
    expect(r.shipments.length - covert(r)).toBe(row.declared);
    expect(stocksOf(r).sort()).toEqual([...row.stocks].sort());
    expect(r.rejections.length).toBe(row.rejections);
    expect(Object.keys(r.scores)).toEqual(row.scores);
    expect(r.council).toEqual(report.council);
  });

  it('the instructor sees the report whole', () => {
    const { scores, viewer, ...rest } = viewReport(report, 'instructor');
    expect(viewer).toBe('instructor');
    expect(scores).toEqual(report.trueScores);
    expect({ ...rest, scores: report.scores, trueScores: report.trueScores, orderActors: report.orderActors }).toEqual(
      report,
    );
    expect(rest.changes).toBe(report.changes);
  });

  // Orders of turn one: #0 PRK's covert munitions, #1 RUS's declared food, #2 CHN's rejected food.
  it.each([
    { viewer: 'RUS', declaredFood: 0, rejection: [] },
    { viewer: 'PRK', declaredFood: undefined, rejection: [] },
    { viewer: 'CHN', declaredFood: undefined, rejection: [0] },
    { viewer: 'public', declaredFood: undefined, rejection: [] },
    { viewer: 'instructor', declaredFood: 1, rejection: [2] },
  ] as const)('$viewer reads order numbers among its own orders only', (row) => {
    const r = viewReport(report, row.viewer);
    const food = r.shipments.find((x) => x.resource === 'food');
    expect(food?.order).toBe(row.declaredFood);
    expect(r.rejections.map((x) => x.order)).toEqual(row.rejection);
  });
});

describe('viewers', () => {
  it('every viewer in VIEWERS is an actor, the public or the instructor', () => {
    expect(VIEWERS).toEqual([...ACTORS, 'public', 'instructor'] satisfies Viewer[]);
  });
});
