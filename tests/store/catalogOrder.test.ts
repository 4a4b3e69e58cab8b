import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/store/index.ts';
import { SCENARIO_DIR } from '../fixtures.ts';

describe('the start screen lists scenarios as a timeline', () => {
  it('playable scenarios by start date, then invalid files by name', () => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(SCENARIO_DIR))
      if (f.endsWith('.json') && f !== 'schema.json')
        files[`../scenarios/${f}`] = readFileSync(`${SCENARIO_DIR}${f}`, 'utf8');
    files['../scenarios/aaa-broken.json'] = '{';
    expect(buildCatalog(files).map((e) => e.id)).toEqual([
      'visit-2000',
      'visit-2000-long',
      'maximum-pressure-2017',
      'pandemic-2020',
      'split-2022',
      'summit-2023',
      'pyongyang-2024',
      'aaa-broken',
    ]);
  });
});
