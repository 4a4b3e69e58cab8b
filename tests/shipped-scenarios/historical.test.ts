/**
 * The 2023 scenario's historical script reproduces what the source document states.
 * Each test names the paragraph (¶) it checks.
 */
import { describe, expect, it } from 'vitest';
import type { PlayResult } from '../../src/engine/index.ts';
import { playTurns } from '../../src/engine/index.ts';
import { compareWithHistory, historicalOrders, historicalRun, initialState } from '../../src/scenario/index.ts';
import { main } from '../../src/cli/main.ts';
import { SCENARIO_DIR, loadScenario } from '../fixtures.ts';

const scenario = loadScenario('summit-2023');

function historicalRunHere(): PlayResult {
  const byTurn = historicalOrders(scenario);
  return playTurns(initialState(scenario), scenario.turns, (s) => byTurn.get(s.turn) ?? []);
}
const run = historicalRunHere();
const ACTORS_ORDER = ['RUS', 'PRK', 'CHN', 'UNSC'] as const;
/** If nobody acts, North Korea starves and Russia's war effort collapses: only the Council
 * does better than history. */
const EXPECTED_HOLD_DEBRIEF: unknown[] = [
  ['RUS', 34, 73, 'worse'],
  ['PRK', 29, 70, 'worse'],
  ['CHN', 56, 74, 'worse'],
  ['UNSC', 79, 71, 'better'],
];
/** Detection odds (basis points) of the covert deliveries seen each turn, by route ("knowhow":
 * a transfer of know-how, which takes no route). While the Panel works it adds its
 * odds to the routes it watches (turns 1–3); after it lapses (30 April 2024) only the routes' own odds are
 * left, until the Multilateral Sanctions Monitoring Team (October 2024, turn 5) raises them
 * from turn 6 on. */
const EXPECTED_ODDS: string[][] = [
  ['khasan-tumangang:4000', 'knowhow:2000', 'vladivostok-rajin:3500'],
  [],
  ['khasan-tumangang:4000'],
  [],
  ['khasan-tumangang:1500'],
  ['vladivostok-rajin:1500'],
  [],
  ['khasan-tumangang:2000'],
  [],
  ['khasan-tumangang:2000', 'vladivostok-rajin:1500'],
  ['khasan-tumangang:2000'],
  ['khasan-tumangang:2000'],
];
/** Covert deliveries seen per turn. */
const EXPECTED_DETECTED: number[] = [3, 0, 2, 0, 2, 1, 0, 1, 0, 2, 2, 1];
const reports = run.turns.map((t) => t.report);
const shipped = (from: string, to: string, resource: string, turns: (t: number) => boolean): number =>
  reports
    .filter((r) => turns(r.turn))
    .flatMap((r) => r.shipments)
    .filter((s) => s.from === from && s.to === to && s.resource === resource)
    .reduce((a, s) => a + s.amount, 0);

describe('summit-2023: the historical run', () => {
  it('reaches the last turn without a rejected order', () => {
    expect(run.turns.length).toBe(12);
    expect(run.state.turn).toBe(13);
    expect(reports.flatMap((r) => r.rejections)).toEqual([]);
  });

  it('¶3: Russia delivers more refined petroleum in 2024 than the 500,000-barrel cap of resolution 2397', () => {
    const cap = run.state.regime.caps.find((c) => c.id === 'oil-cap-2397')!;
    expect(cap.perYear).toBe(500);
    const in2024 = shipped('RUS', 'PRK', 'oil', (t) => reports[t - 1]!.date.year === 2024);
    expect(in2024).toBe(800);
    expect(in2024).toBeGreaterThan(cap.perYear);
  });

  it('¶5: at least 10,000 containers of munitions have gone to Russia by mid-2024 (turn 3)', () => {
    expect(shipped('PRK', 'RUS', 'munitions', (t) => t <= 3)).toBe(11_000);
  });

  it('¶6: the workers sent to Russia fall within the 20,000–50,000 discussed', () => {
    const workers = shipped('PRK', 'RUS', 'labour', () => true);
    expect(workers).toBe(36);
    expect(workers).toBeGreaterThanOrEqual(20);
    expect(workers).toBeLessThanOrEqual(50);
  });

  it('¶8: in March 2024 Russia vetoes the Panel’s renewal, China abstains, 13 in favour; the Panel lapses', () => {
    const vote = reports[1]!.council[0]!;
    expect(reports[1]!.date).toEqual({ year: 2024, month: 1 });
    expect([vote.measure, vote.outcome, vote.yes, vote.no, vote.abstain, vote.vetoedBy]).toEqual([
      'renewPanel',
      'vetoed',
      13,
      1,
      1,
      ['RUS'],
    ]);
    expect(vote.votes.filter((v) => v.seat === 'RUS' || v.seat === 'CHN').map((v) => v.vote)).toEqual([
      'no',
      'abstain',
    ]);
    expect(reports.map((r) => r.notes.some((n) => n.kind === 'panelLapsed'))).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('¶8: the 2022 double veto is on the record from the start', () => {
    expect(run.state.council.decisions[0]).toMatchObject({
      turn: 0,
      outcome: 'vetoed',
      yes: 13,
      vetoedBy: ['CHN', 'RUS'],
    });
  });

  it('¶1: China carries more than 90% of North Korea’s declared (recorded) goods trade', () => {
    const value = (from: string, to: string): number =>
      reports
        .flatMap((r) => r.shipments)
        .filter(
          (s) =>
            s.mode === 'declared' &&
            s.resource !== 'currency' &&
            ((s.from === from && s.to === to) || (s.from === to && s.to === from)),
        )
        .reduce((a, s) => a + s.amount * scenario.prices[s.resource], 0);
    const china = value('CHN', 'PRK');
    const russia = value('RUS', 'PRK');
    const share = Math.floor((china * 100) / (china + russia));
    expect(share).toBe(97);
    expect(share).toBeGreaterThan(90);
  });

  it('¶8: after the Panel lapses, covert deliveries are seen at the routes’ own odds, raised by the monitoring team of October 2024', () => {
    const odds = reports.map((r) =>
      [
        ...new Set(
          r.changes
            .filter((c) => c.cause.rule === 'detection')
            .map((c) => `${c.cause.route ?? 'knowhow'}:${c.cause.numbers?.odds}`),
        ),
      ].sort(),
    );
    expect(odds).toEqual(EXPECTED_ODDS);
    const detected = reports.map((r) => r.shipments.filter((s) => s.detected).length);
    expect(detected).toEqual(EXPECTED_DETECTED);
  });
});

describe('cli sim --play historical', () => {
  const path = `${SCENARIO_DIR}summit-2023.json`;
  it('is deterministic and matches the engine run', () => {
    const a = main(['sim', path, '--play', 'historical', '--json']);
    const b = main(['sim', path, '--play', 'historical', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as { play: string; hash: string; turns: unknown[] };
    expect(doc.play).toBe('historical');
    expect(doc.turns.length).toBe(12);
    expect(doc.hash).toBe(run.turns.at(-1)!.hash);
  });

  it('hold is still the default and differs from history', () => {
    const hold = JSON.parse(main(['sim', path, '--json']).stdout) as { play: string; hash: string };
    expect(hold.play).toBe('hold');
    expect(hold.hash).not.toBe(run.turns.at(-1)!.hash);
  });

  it('rejects an unknown --play', () => {
    expect(main(['sim', path, '--play', 'robots'])).toEqual({
      stdout: '',
      stderr: 'veto: --play must be one of hold, historical, bots, got "robots"',
      code: 2,
    });
  });
});

describe('the debrief compares each actor with the historical run', () => {
  it('history compared with itself is "same" for everyone', () => {
    const h = historicalRun(scenario);
    expect(compareWithHistory(h.state, h).map((d) => d.verdict)).toEqual(['same', 'same', 'same', 'same']);
  });

  it('a game where nobody acts, against history after 12 turns', () => {
    const h = historicalRun(scenario);
    const hold = playTurns(initialState(scenario), 12, () => []);
    expect(compareWithHistory(hold.state, h).map((d) => [d.actor, d.score, d.historical, d.verdict])).toEqual(
      EXPECTED_HOLD_DEBRIEF,
    );
  });

  it('a game stopped after 2 turns is compared with history after 2 turns (its true scores)', () => {
    const h = historicalRun(scenario);
    const two = playTurns(initialState(scenario), 2, () => []);
    expect(compareWithHistory(two.state, h).map((d) => d.historical)).toEqual(
      ACTORS_ORDER.map((a) => h.turns[1]!.report.trueScores[a]),
    );
  });
});
