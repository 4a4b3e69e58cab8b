/**
 * A save made by an earlier engine whose scenario format has since grown (engine 0.3.0, before
 * the rules of 0.4.0 added know-how, design parameters and the path-weighted score; engine
 * 0.4.0, before 0.5.0's launches and tests that can fail): refused with one message that says
 * why, naming the first problem and how many more there are. Its games cannot be migrated:
 * their orders were played under rules that no longer exist, so a replay could not give the
 * states they recorded.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { loadSave } from '../../src/save/index.ts';
import { golden } from './helpers.ts';

describe('a save of an older engine', () => {
  it('is refused, saying which engine made it', () => {
    const r = loadSave(golden('summit-2023.engine-0.3.0.v3.json'));
    expect(ENGINE_VERSION).toBe('0.5.0');
    expect(r.ok ? 'loaded' : r.error).toEqual({
      kind: 'invalid',
      path: 'scenario.prices.knowhow',
      message:
        "the save was made by engine 0.3.0, and its scenario is in that engine's format, which this engine (0.5.0) cannot read: missing required field (expected number)",
      more: 3,
    });
  });

  it('a save of engine 0.4.0 is refused the same way: its scenario lacks the odds of a launch', () => {
    const r = loadSave(golden('summit-2023.engine-0.4.0.v3.json'));
    expect(r.ok ? 'loaded' : r.error).toEqual({
      kind: 'invalid',
      path: 'scenario.design.launchSuccessBp',
      message:
        "the save was made by engine 0.4.0, and its scenario is in that engine's format, which this engine (0.5.0) cannot read: missing required field (expected object)",
      more: 2,
    });
  });

  it('an unreadable scenario of this engine is refused as before, without the engine note', () => {
    const doc = JSON.parse(golden('summit-2023.engine-0.3.0.v3.json')) as { engine: string };
    doc.engine = ENGINE_VERSION;
    const r = loadSave(JSON.stringify(doc));
    expect(r.ok ? 'loaded' : r.error).toEqual({
      kind: 'invalid',
      path: 'scenario.prices.knowhow',
      message: 'missing required field (expected number)',
      more: 3,
    });
  });
});
