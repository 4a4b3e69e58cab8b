import { describe, expect, it } from 'vitest';
import type { DeckCard, GameState, ScriptedEvent } from '../../src/engine/index.ts';
import { explainEvent, resolveTurn, seedRng } from '../../src/engine/index.ts';
import { play, quietState } from './councilWorld.ts';

function scripted(over: Partial<ScriptedEvent>): ScriptedEvent {
  return {
    id: 'ev',
    title: 'Title',
    text: 'Text.',
    sources: ['doc-p3'],
    effects: [],
    at: null,
    when: [],
    from: 1,
    until: 12,
    ...over,
  };
}

function withEvents(events: ScriptedEvent[], cards: DeckCard[] = [], drawBp = 0): GameState {
  return quietState((s) => {
    s.rules = { ...s.rules, events, deck: { drawBp, cards } };
  });
}

describe('scripted events', () => {
  it('fire at their turn, once, with their text and sources in the report', () => {
    const ev = scripted({
      id: 'border-closed',
      at: 2,
      title: 'Border closed',
      text: 'The border shuts.',
      effects: [{ kind: 'route', route: 'dandong-sinuiju', open: false }],
    });
    const { state, reports } = play(withEvents([ev]), [[], [], []]);
    expect(reports.map((r) => r.events.map((e) => e.id))).toEqual([[], ['border-closed'], []]);
    expect(explainEvent(reports[1]!.events[0]!)).toBe('Event: Border closed. The border shuts. [sources: doc-p3]');
    expect(state.routes.find((r) => r.id === 'dandong-sinuiju')!.open).toBe(false);
    expect(state.fired).toEqual(['border-closed']);
  });

  it('fire the first turn their conditions hold, within from–until', () => {
    const ev = scripted({
      id: 'aid',
      when: [{ kind: 'indicator', indicator: 'prkStability', op: 'atMost', value: 50 }],
      from: 2,
      effects: [{ kind: 'stock', actor: 'PRK', resource: 'food', delta: 100 }],
    });
    const s = withEvents([ev]);
    s.indicators.prkStability = 40;
    const { reports } = play(s, [[], [], []]);
    expect(reports.map((r) => r.events.length)).toEqual([0, 1, 0]);
    const byEvent = reports[1]!.changes.filter((c) => c.cause.rule === 'event');
    expect(byEvent.map((c) => [c.target, c.after - c.before, c.cause.event])).toEqual([
      [{ kind: 'stock', actor: 'PRK', resource: 'food' }, 100, 'aid'],
    ]);
  });

  it('do not fire while a condition fails', () => {
    const ev = scripted({ id: 'never', when: [{ kind: 'panel', active: false }] });
    const { reports } = play(withEvents([ev]), [[], []]);
    expect(reports.flatMap((r) => r.events)).toEqual([]);
  });

  const effectCases: {
    name: string;
    effect: ScriptedEvent['effects'][number];
    check: (before: GameState, after: GameState) => unknown;
    expected: unknown;
  }[] = [
    {
      name: 'a stock never falls below zero',
      effect: { kind: 'stock', actor: 'PRK', resource: 'oil', delta: -1_000_000 },
      check: (_, a) => a.actors.PRK.stocks.oil,
      expected: 0,
    },
    {
      name: 'an indicator is clamped',
      effect: { kind: 'indicator', indicator: 'prkProgramme', delta: 100 },
      check: (_, a) => a.indicators.prkProgramme,
      expected: 100,
    },
    {
      name: 'a relation moves',
      effect: { kind: 'relation', pair: 'RUS-PRK', delta: 10 },
      check: (b, a) => a.relations['RUS-PRK'] - b.relations['RUS-PRK'],
      expected: 10,
    },
    {
      name: 'a public report is evidence',
      effect: { kind: 'report', against: ['RUS'] },
      check: (_, a) => a.council.evidence,
      expected: [{ turn: 1, kind: 'report', against: ['RUS'], event: 'ev' }],
    },
    {
      name: 'the Panel’s mandate is cut short',
      effect: { kind: 'panel', mandateTurns: 0 },
      check: (_, a) => a.regime.panel.mandateEnd,
      expected: 1,
    },
    {
      name: 'a route’s capacity changes',
      effect: { kind: 'route', route: 'khasan-tumangang', capacity: { oil: 0 } },
      check: (_, a) => a.routes[0]!.capacity,
      expected: { oil: 0, food: 400, munitions: 4000, labour: 10 },
    },
  ];
  for (const c of effectCases) {
    it(`effect: ${c.name}`, () => {
      const s = withEvents([scripted({ at: 1, effects: [c.effect] })]);
      const r = resolveTurn(s, []);
      expect(c.check(s, r.state)).toEqual(c.expected);
    });
  }
});

describe('the random deck', () => {
  const cards: DeckCard[] = [
    { id: 'a', title: 'A', text: 'a', sources: ['design'], effects: [], weight: 1 },
    { id: 'b', title: 'B', text: 'b', sources: ['design'], effects: [], weight: 3 },
  ];
  it('draws by weight with the game’s generator: exact counts over seeds 1–400', () => {
    const base = withEvents([], cards, 5000);
    const counts: Record<string, number> = { none: 0, a: 0, b: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const r = resolveTurn({ ...base, rng: seedRng(seed) }, []);
      const id = r.report.events[0]?.id ?? 'none';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    // About 200 none, 50 a, 150 b are expected; the exact counts pin the generator.
    expect(counts).toEqual({ none: 214, a: 51, b: 135 });
  });

  it('the same seed draws the same card', () => {
    const base = withEvents([], cards, 5000);
    const a = resolveTurn({ ...base, rng: seedRng(11) }, []).report.events;
    const b = resolveTurn({ ...base, rng: seedRng(11) }, []).report.events;
    expect(a).toEqual(b);
  });
});
