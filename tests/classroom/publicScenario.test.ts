/** What a student reads of the scenario: the public parts and its own briefing, nothing else. */
import { describe, expect, it } from 'vitest';
import { publicScenario } from '../../src/classroom/index.ts';
import { loadScenario } from '../fixtures.ts';

describe('publicScenario', () => {
  const s = loadScenario('pyongyang-2024');

  it('gives a seat its own briefing and no other', () => {
    const p = publicScenario(s, 'PRK');
    expect(Object.keys(p)).toEqual([
      'id',
      'title',
      'summary',
      'start',
      'turnLength',
      'turns',
      'places',
      'routes',
      'classBriefing',
      'actor',
      'briefing',
      'learningObjectives',
      'sources',
      'full',
    ]);
    expect(p.briefing).toBe(s.briefing.PRK);
    expect(p.full).toBe(null);
    const text = JSON.stringify(p);
    for (const other of ['RUS', 'CHN', 'UNSC'] as const) expect(text.includes(s.briefing[other])).toBe(false);
    expect(text.includes('"historical"')).toBe(false);
    expect(text.includes('"objectives"')).toBe(false);
  });

  it('gives a student without a seat no briefing but the class one, and the instructor everything', () => {
    expect(publicScenario(s, null).briefing).toBe(null);
    expect(publicScenario(s, 'instructor').full).toBe(s);
  });
});
