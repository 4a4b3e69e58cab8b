/** What a reader gets of a scenario: the public projection (every screen) and the class's
 * (the public parts and the reader's own briefing, nothing else; all of it for the instructor). */
import { describe, expect, it } from 'vitest';
import { classScenario } from '../../src/classroom/index.ts';
import { publicScenario } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';

const PUBLIC_KEYS = [
  'id',
  'title',
  'summary',
  'start',
  'turnLength',
  'turns',
  'places',
  'routes',
  'classBriefing',
  'learningObjectives',
  'questions',
  'sources',
  'councilHistory',
];

describe('publicScenario', () => {
  const s = loadScenario('pyongyang-2024');

  it('holds the public parts only, and is one object per scenario', () => {
    const p = publicScenario(s);
    expect(Object.keys(p)).toEqual(PUBLIC_KEYS);
    expect(publicScenario(s)).toBe(p);
    const text = JSON.stringify(p);
    for (const a of ['RUS', 'PRK', 'CHN', 'UNSC'] as const) expect(text.includes(s.briefing[a])).toBe(false);
    expect(text.includes('"historical"')).toBe(false);
    expect(text.includes('"objectives"')).toBe(false);
    expect(text.includes('"deck"')).toBe(false);
    expect(p.sources.length).toBe(s.sources.length);
    expect(p.councilHistory.length).toBe(s.council.history.length);
  });
});

describe('classScenario', () => {
  const s = loadScenario('pyongyang-2024');

  it('gives a seat its own briefing and no other', () => {
    const p = classScenario(s, 'PRK');
    expect(Object.keys(p)).toEqual([...PUBLIC_KEYS, 'actor', 'briefing', 'full']);
    expect(p.actor).toBe('PRK');
    expect(p.briefing).toBe(s.briefing.PRK);
    expect(p.full).toBe(null);
    const text = JSON.stringify(p);
    for (const other of ['RUS', 'CHN', 'UNSC'] as const) expect(text.includes(s.briefing[other])).toBe(false);
    expect(text.includes('"historical"')).toBe(false);
    expect(text.includes('"objectives"')).toBe(false);
  });

  it('gives a student without a seat no briefing but the class one, and the instructor everything', () => {
    expect(classScenario(s, null)).toMatchObject({ actor: null, briefing: null, full: null });
    expect(classScenario(s, null).classBriefing).toBe(s.briefing.class);
    expect(classScenario(s, 'instructor')).toMatchObject({ actor: null, briefing: null, full: s });
  });
});
