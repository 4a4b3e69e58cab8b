import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import { detectionOdds, explainNote, resolveTurn, seedKey, seedRng } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

const seaRoute = (s: GameState) => s.routes.find((r) => r.id === 'vladivostok-rajin')!;
const covertOil: Order = {
  kind: 'ship',
  actor: 'RUS',
  to: 'PRK',
  resource: 'oil',
  amount: 100,
  route: 'vladivostok-rajin',
  mode: 'covert',
};

/** The scenario's Panel: mandate to turn 3, +1000 everywhere, +1500 more on monitored routes;
 * the sea lane's own odds are 1000 and it is monitored at the start. */
describe('detection odds = route base + Panel bonus while the mandate lasts', () => {
  const cases: { name: string; turn: number; monitored: string[]; odds: number }[] = [
    { name: 'mandate running, route monitored', turn: 1, monitored: ['vladivostok-rajin'], odds: 3500 },
    { name: 'mandate running, route not monitored', turn: 1, monitored: ['khasan-tumangang'], odds: 2000 },
    { name: 'last turn of the mandate', turn: 3, monitored: ['vladivostok-rajin'], odds: 3500 },
    { name: 'mandate lapsed', turn: 4, monitored: ['vladivostok-rajin'], odds: 1000 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = quietState((x) => {
        x.turn = c.turn;
        x.regime.panel.monitored = c.monitored;
      });
      expect(detectionOdds(s, seaRoute(s))).toBe(c.odds);
    });
  }

  it('never exceeds certainty', () => {
    const s = quietState((x) => {
      seaRoute(x).detectionBp = 9000;
    });
    expect(detectionOdds(s, seaRoute(s))).toBe(10_000);
  });
});

/** One covert shipment per seed, seeds 1–1000: how many are seen. Exact counts pin the
 * generator and the rule; the bounds say why those counts are right (within about three
 * standard deviations of 1000 × odds). */
describe('detection over many seeds', () => {
  const SEEDS = Array.from({ length: 1000 }, (_, i) => i + 1);
  function detections(adjust: (s: GameState) => void): number {
    let n = 0;
    const base = quietState(adjust);
    for (const seed of SEEDS) {
      // The same state as quietState(adjust, seed): only the random streams depend on the seed
      // (detection rolls come from the covert stream's key).
      const r = resolveTurn({ ...base, rng: seedRng(seed), covertKey: seedKey(seed) }, [covertOil]);
      if (r.report.shipments.some((x) => x.detected)) n++;
    }
    return n;
  }
  const cases: { name: string; adjust: (s: GameState) => void; expected: number; lo: number; hi: number }[] = [
    { name: 'Panel monitoring the sea lane (3500 in 10,000)', adjust: () => {}, expected: 339, lo: 305, hi: 395 },
    {
      name: 'Panel elsewhere (2000 in 10,000)',
      adjust: (s) => {
        s.regime.panel.monitored = [];
      },
      expected: 206,
      lo: 162,
      hi: 238,
    },
    {
      name: 'Panel lapsed (1000 in 10,000)',
      adjust: (s) => {
        s.regime.panel.mandateEnd = 0;
      },
      expected: 99,
      lo: 72,
      hi: 128,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const n = detections(c.adjust);
      expect(n).toBeGreaterThanOrEqual(c.lo);
      expect(n).toBeLessThanOrEqual(c.hi);
      expect(n).toBe(c.expected);
    });
  }
});

describe('the Panel lapses', () => {
  it('the turn after the mandate ends, the report says so and integrity falls', () => {
    const start = quietState((x) => {
      x.deals = [];
    });
    const { reports, state } = play(start, [[], [], [], []]);
    expect(reports.map((r) => r.notes.filter((n) => n.kind === 'panelLapsed').length)).toEqual([0, 0, 0, 1]);
    const note = reports[3]!.notes.find((n) => n.kind === 'panelLapsed')!;
    expect(explainNote(note)).toBe(
      "the Panel of Experts' mandate lapsed after turn 3: detection odds fall by up to 2500 in 10,000 on every route",
    );
    expect(state.indicators.unscSanctionsIntegrity - start.indicators.unscSanctionsIntegrity).toBe(-5);
    expect(state.hidden.integrity - start.hidden.integrity).toBe(-5);
    expect(state.regime.panel.monitored).toEqual([]);
  });

  it('monitoring assigns the Panel to routes for this turn’s shipments', () => {
    const s = quietState((x) => {
      x.regime.panel.monitored = [];
    });
    const r = resolveTurn(s, [{ kind: 'monitor', actor: 'UNSC', routes: ['vladivostok-rajin'] }]);
    expect(r.state.regime.panel.monitored).toEqual(['vladivostok-rajin']);
    expect(r.report.notes).toEqual([{ kind: 'panelMonitoring', routes: ['vladivostok-rajin'], visibleTo: 'all' }]);
  });
});
