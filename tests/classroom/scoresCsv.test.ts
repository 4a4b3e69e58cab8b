/** The scores CSV: exact text, quoting, and no formula a spreadsheet would run. */
import { describe, expect, it } from 'vitest';
import { csvField, scoresCsv } from '../../src/classroom/index.ts';

describe('scoresCsv', () => {
  it('writes one row per world, turn and country, with the team names', () => {
    const s = { RUS: 50, PRK: 40, CHN: 60, UNSC: 55 };
    const csv = scoresCsv({ start: { year: 2024, month: 6 }, turnLength: 'quarter' }, [
      {
        world: 0,
        scores: [s, { ...s, PRK: 43 }],
        teams: { RUS: ['Ana', 'Ben'], PRK: ['=HYPERLINK("x")'], CHN: [], UNSC: ['O"Neil, Pat'] },
        filledBy: 'bot (easy)',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'world,turn,date,actor,players,score',
      '1,0,Jun 2024,RUS,Ana; Ben,50',
      `1,0,Jun 2024,PRK,"'=HYPERLINK(""x"")",40`,
      '1,0,Jun 2024,CHN,bot (easy),60',
      '1,0,Jun 2024,UNSC,"O""Neil, Pat",55',
      '1,1,Sep 2024,RUS,Ana; Ben,50',
      `1,1,Sep 2024,PRK,"'=HYPERLINK(""x"")",43`,
      '1,1,Sep 2024,CHN,bot (easy),60',
      '1,1,Sep 2024,UNSC,"O""Neil, Pat",55',
      '',
    ]);
  });

  it.each([
    { v: -5, out: '-5' },
    { v: '-5', out: "'-5" },
    { v: '@cmd', out: "'@cmd" },
    { v: 'a\nb', out: '"a\nb"' },
    { v: 'plain', out: 'plain' },
  ])('field $v → $out', ({ v, out }) => {
    expect(csvField(v)).toBe(out);
  });
});
