import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/scenario/index.ts';
import { loadScenarioText } from '../../src/scenario/index.ts';
import { type JsonDoc, scenarioText } from '../fixtures.ts';

function broken(edit: (s: JsonDoc) => void): string {
  const s = JSON.parse(scenarioText('summit-2023')) as JsonDoc;
  edit(s);
  return JSON.stringify(s, null, 2);
}

function problems(text: string): readonly Problem[] {
  const r = loadScenarioText(text);
  if (r.ok) throw new Error('expected problems');
  return r.error;
}

describe('scenario loader', () => {
  it('accepts the shipped scenario', () => {
    expect(loadScenarioText(scenarioText('summit-2023')).ok).toBe(true);
  });

  const cases: [string, (s: JsonDoc) => void, Problem[]][] = [
    [
      'a missing field',
      (s) => delete s.turns,
      [{ path: 'turns', message: 'missing required field (expected number)' }],
    ],
    [
      'a fraction',
      (s) => (s.actors.PRK.stocks.food = 400.5),
      [{ path: 'actors.PRK.stocks.food', message: 'expected int, got the fraction 400.5 (whole numbers only)' }],
    ],
    [
      'a negative stock',
      (s) => (s.actors.RUS.stocks.oil = -1),
      [{ path: 'actors.RUS.stocks.oil', message: 'must be at least 0' }],
    ],
    [
      'a misspelt field, with a suggestion',
      (s) => {
        s.routes[0].capasity = s.routes[0].capacity;
        delete s.routes[0].capacity;
      },
      [
        { path: 'routes[0].capacity', message: 'missing required field (expected record)' },
        { path: 'routes[0].capasity', message: 'unknown field "capasity" (did you mean "capacity"?)' },
      ],
    ],
    [
      'an unknown actor in a need',
      (s) => (s.needs[0].actor = 'USA'),
      [{ path: 'needs[0].actor', message: 'must be one of "RUS", "PRK", "CHN", "UNSC"' }],
    ],
    [
      'an indicator out of range',
      (s) => (s.indicators.prkStability = 101),
      [{ path: 'indicators.prkStability', message: 'must be at most 100' }],
    ],
    ['a bad month', (s) => (s.start.month = 13), [{ path: 'start.month', message: 'must be at most 12' }]],
    [
      'a title of spaces only',
      (s) => (s.title = '   '),
      [{ path: 'title', message: 'must contain visible text (not only spaces or invisible characters)' }],
    ],
    [
      'a place named with zero-width and bidi characters only',
      (s) => (s.places[0].name = '\u200b\u200d\u202e\u2066'),
      [{ path: 'places[0].name', message: 'must contain visible text (not only spaces or invisible characters)' }],
    ],
    [
      'a debrief question of no-break spaces, a soft hyphen and a word joiner',
      (s) => (s.debrief[1] = '\u00a0\u00ad\u2060\u3000'),
      [{ path: 'debrief[1]', message: 'must contain visible text (not only spaces or invisible characters)' }],
    ],
  ];
  it.each(cases)('names the path and reason for %s', (_n, edit, expected) => {
    expect(problems(broken(edit))).toEqual(expected);
  });

  it.each([
    { name: 'a title with one visible letter among invisible ones', title: '\u200b A \u200b' },
    { name: 'a title in Arabic', title: 'قمة فوستوشني' },
    { name: 'a title of one emoji', title: '🛰️' },
  ])('accepts $name', ({ title }) => {
    const r = loadScenarioText(broken((s) => (s.title = title)));
    expect(r.ok && r.value.title).toBe(title);
  });

  it('reads a file that starts with a UTF-8 byte-order mark, as some editors write', () => {
    const r = loadScenarioText(`\ufeff${scenarioText('summit-2023')}`);
    expect(r.ok && r.value.id).toBe('summit-2023');
  });

  it('reports every problem at once, not only the first', () => {
    const p = problems(
      broken((s) => {
        s.turns = 0;
        s.routes[1].detectionBp = 20000;
        s.actors.CHN.priorities.munitions = 'all';
      }),
    );
    expect(p.map((x) => x.path)).toEqual(['turns', 'routes[1].detectionBp', 'actors.CHN.priorities.munitions']);
  });

  const semantic: [string, (s: JsonDoc) => void, Problem[]][] = [
    [
      'an unknown place on a route',
      (s) => (s.routes[0].from = 'atlantis'),
      [{ path: 'routes[0].from', message: 'unknown place "atlantis"' }],
    ],
    [
      'a duplicate route id (and the Panel and the monitoring team of October 2024 now watch a route that no longer exists)',
      (s) => (s.routes[1].id = s.routes[0].id),
      [
        { path: 'routes[1].id', message: 'duplicate route id "khasan-tumangang"' },
        { path: 'regime.panel.monitored[0]', message: 'unknown route "vladivostok-rajin"' },
        { path: 'events[4].effects[1].route', message: 'unknown route "vladivostok-rajin"' },
      ],
    ],
    [
      'a route within one country',
      (s) => (s.routes[0].to = 'vladivostok'),
      [{ path: 'routes[0]', message: "both ends are on RUS's territory; a route joins two actors" }],
    ],
    [
      'a deal on an unknown route',
      (s) => (s.deals[0].route = 'nowhere'),
      [{ path: 'deals[0].route', message: 'unknown route "nowhere"' }],
    ],
    [
      'a deal on a route that joins others',
      (s) => (s.deals[0].route = 'khasan-tumangang'),
      [{ path: 'deals[0].route', message: 'Khasan–Tumangang rail bridge does not join CHN and PRK' }],
    ],
    [
      'a route carrying nothing',
      (s) => (s.routes[2].capacity = {}),
      [
        { path: 'routes[2].capacity', message: 'the route carries nothing: give a capacity for at least one good' },
        { path: 'deals[0].route', message: 'Dandong–Sinuiju Friendship Bridge does not carry food' },
        { path: 'deals[1].route', message: 'Dandong–Sinuiju Friendship Bridge does not carry oil' },
      ],
    ],
  ];
  it.each(semantic)('semantic check: %s', (_n, edit, expected) => {
    expect(problems(broken(edit))).toEqual(expected);
  });

  const untrusted: [string, string, Problem[]][] = [
    [
      'invalid JSON with line and column',
      '{\n  "id": "x",\n  oops\n}',
      [{ path: '(root)', message: expect.stringMatching(/^invalid JSON at line 3, column 3: /) as unknown as string }],
    ],
    [
      'a __proto__ key',
      '{"__proto__": {"polluted": 1}}',
      [{ path: '__proto__', message: 'the key "__proto__" is not allowed' }],
    ],
    [
      'a constructor key deep inside',
      '{"a": [{"constructor": 1}]}',
      [{ path: 'a[0].constructor', message: 'the key "constructor" is not allowed' }],
    ],
    [
      'nesting too deep',
      `${'['.repeat(40)}${']'.repeat(40)}`,
      [{ path: expect.stringMatching(/^\[0\]/) as unknown as string, message: 'nested more than 32 levels deep' }],
    ],
    [
      'a file over 1 MiB',
      `"${'x'.repeat(1024 * 1024)}"`,
      [{ path: '(root)', message: 'file is 1048578 characters; the limit is 1048576' }],
    ],
    ['not an object', '[]', [{ path: '(root)', message: 'expected object, got a list' }]],
  ];
  it.each(untrusted)('untrusted input: %s', (_n, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});
