/**
 * The turn clocks of a class's worlds: a deadline from the settings when a turn opens, kept
 * while paused and run again on resume, extended on request (not for a world that is resolving
 * or over), and handed to the room when it falls due — exact times on a fixed clock.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { scenarioContentHash } from '../../src/scenario/index.ts';
import {
  dueTurns,
  extendClocks,
  pauseClocks,
  restartDeadline,
  resumeClocks,
  stopClock,
} from '../../src/server/clocks.ts';
import { Session } from '../../src/server/session.ts';
import { loadScenario } from '../fixtures.ts';

const scenario = loadScenario('pyongyang-2024');
const T0 = 1_000_000;

function session(deadlineSeconds: number | null): Session {
  const settings = { botLevel: 'easy', deadlineSeconds, autoAdvance: true } as const;
  const s = new Session('ABCDEF', scenario, scenarioContentHash(scenario), ENGINE_VERSION, [7, 8], settings);
  s.apply({ kind: 'started' });
  return s;
}

const clocks = (s: Session) => s.worlds.map((w) => [w.deadlineAt, w.pausedLeft]);

describe('turn clocks', () => {
  it('start each world with the full deadline, or none without one', () => {
    const s = session(60);
    for (const w of s.worlds) restartDeadline(s, w.index, T0);
    expect(clocks(s)).toEqual([
      [T0 + 60_000, null],
      [T0 + 60_000, null],
    ]);
    const none = session(null);
    for (const w of none.worlds) restartDeadline(none, w.index, T0);
    expect(clocks(none)).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('keep the time left while paused and run it again on resume', () => {
    const s = session(60);
    for (const w of s.worlds) restartDeadline(s, w.index, T0);
    s.apply({ kind: 'paused' });
    pauseClocks(s, T0 + 15_000);
    expect(clocks(s)).toEqual([
      [null, 45_000],
      [null, 45_000],
    ]);
    // A turn opening while paused waits with its full time.
    restartDeadline(s, 1, T0 + 20_000);
    expect(clocks(s)).toEqual([
      [null, 45_000],
      [null, 60_000],
    ]);
    s.apply({ kind: 'resumed' });
    resumeClocks(s, T0 + 100_000);
    expect(clocks(s)).toEqual([
      [T0 + 145_000, null],
      [T0 + 160_000, null],
    ]);
  });

  it('extend running and paused clocks, but not a world whose turn is resolving', () => {
    const s = session(60);
    for (const w of s.worlds) restartDeadline(s, w.index, T0);
    extendClocks(s, [0, 1], 30, T0 + 10_000, new Map([[1, 1]]));
    expect(clocks(s)).toEqual([
      [T0 + 90_000, null],
      [T0 + 60_000, null],
    ]);
    // A deadline already past is extended from now.
    extendClocks(s, [0], 30, T0 + 200_000, new Map());
    expect(clocks(s)[0]).toEqual([T0 + 230_000, null]);
    s.apply({ kind: 'paused' });
    pauseClocks(s, T0 + 220_000);
    extendClocks(s, [0], 5, T0 + 220_000, new Map());
    expect(clocks(s)[0]).toEqual([null, 15_000]);
  });

  it('hand over the worlds that are due, once, and none while paused', () => {
    const s = session(60);
    for (const w of s.worlds) restartDeadline(s, w.index, T0);
    extendClocks(s, [1], 30, T0, new Map());
    expect(dueTurns(s, T0 + 59_999)).toEqual([]);
    expect(dueTurns(s, T0 + 60_000)).toEqual([{ world: 0, turn: 1 }]);
    expect(dueTurns(s, T0 + 61_000)).toEqual([]);
    s.apply({ kind: 'paused' });
    expect(dueTurns(s, T0 + 500_000)).toEqual([]);
    s.apply({ kind: 'resumed' });
    expect(dueTurns(s, T0 + 500_000)).toEqual([{ world: 1, turn: 1 }]);
    restartDeadline(s, 0, T0);
    stopClock(s, 0);
    expect(clocks(s)[0]).toEqual([null, null]);
  });
});
