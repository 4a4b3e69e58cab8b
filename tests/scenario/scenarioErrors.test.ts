import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../src/scenario/index.ts';
import { loadScenarioText, pathExists } from '../../src/scenario/index.ts';
import { generateSchemaText } from '../../scripts/gen-schema.ts';
import { type JsonDoc, rulesWorldText } from '../fixtures.ts';

type Json = JsonDoc;

/** The rules world (the 2023 scenario frozen for tests), so retuning the shipped file does not
 * move the paths below. */
function problemsAfter(edit: (s: Json) => void): readonly Problem[] {
  const s = JSON.parse(rulesWorldText()) as Json;
  edit(s);
  const r = loadScenarioText(JSON.stringify(s));
  return r.ok ? [] : r.error;
}

describe('a broken copy of summit-2023 gets path-precise errors', () => {
  const cases: { name: string; edit: (s: Json) => void; problems: Problem[] }[] = [
    {
      name: 'unknown source id on a route',
      edit: (s) => (s.routes[0].sources[0] = 'doc-p99'),
      problems: [{ path: 'routes[0].sources[0]', message: 'unknown source "doc-p99" (add it to "sources")' }],
    },
    {
      name: 'an event at a turn past the end',
      edit: (s) => (s.events[0].at = 13),
      problems: [{ path: 'events[0].at', message: 'turn 13 is past the end of the game (turn 12)' }],
    },
    {
      name: 'a cap with no source',
      edit: (s) => (s.regime.caps[0].sources = []),
      problems: [{ path: 'regime.caps[0].sources', message: 'needs at least 1 item(s)' }],
    },
    {
      name: 'a ban without its sources field',
      edit: (s) => delete s.regime.bans[1].sources,
      problems: [{ path: 'regime.bans[1].sources', message: 'missing required field (expected array)' }],
    },
    {
      name: 'a historical order the engine would reject',
      edit: (s) => (s.historical[1].orders[0].draft = 'R9-9'),
      problems: [
        {
          path: 'historical[1].orders[0]',
          message:
            'the engine rejects this order on turn 2 (unknownDraft): there is no draft "R9-9" before the council this turn (drafts are voted on the turn after they are tabled)',
        },
      ],
    },
    {
      name: 'a council of fourteen',
      edit: (s) => s.council.seats.pop(),
      problems: [{ path: 'council.seats', message: 'the council has 15 seats; 14 listed' }],
    },
    {
      name: 'six permanent members',
      edit: (s) => (s.council.seats[5].permanent = true),
      problems: [{ path: 'council.seats', message: '5 seats are permanent; 6 marked permanent' }],
    },
    {
      name: 'a calibration note pointing nowhere',
      edit: (s) => (s.calibration[0].path = 'regime.caps[3].perYear'),
      problems: [
        {
          path: 'calibration[0].path',
          message: '"regime.caps[3].perYear" does not point at anything in this scenario',
        },
      ],
    },
    {
      name: 'the Panel monitoring an unknown route',
      edit: (s) => (s.regime.panel.monitored = ['tumen-ferry']),
      problems: [{ path: 'regime.panel.monitored[0]', message: 'unknown route "tumen-ferry"' }],
    },
    {
      name: 'an event with both a turn and conditions',
      edit: (s) => (s.events[0].when = [{ kind: 'panel', active: true }]),
      problems: [{ path: 'events[0]', message: 'give exactly one of "at" (a turn) or "when" (conditions)' }],
    },
    {
      name: 'a misspelt field',
      edit: (s) => {
        s.learningObjectivs = s.learningObjectives;
        delete s.learningObjectives;
      },
      problems: [
        { path: 'learningObjectives', message: 'missing required field (expected array)' },
        {
          path: 'learningObjectivs',
          message: 'unknown field "learningObjectivs" (did you mean "learningObjectives"?)',
        },
      ],
    },
    {
      name: 'a draft with an unknown measure in the script',
      edit: (s) => (s.historical[0].orders[2].measure = 'blockade'),
      problems: [
        {
          path: 'historical[0].orders[2].measure',
          message: 'must be one of "oilCap", "workerBan", "armsEmbargo", "renewPanel", "condemn", "relief"',
        },
      ],
    },
    {
      name: 'historical turns out of order',
      edit: (s) => (s.historical[2].turn = 1),
      problems: [{ path: 'historical[2].turn', message: 'turn 1 comes after turn 2; list each turn once, in order' }],
    },
    {
      name: 'a route effect on an unknown route',
      edit: (s) => s.deck.cards[1].effects.push({ kind: 'route', route: 'nowhere', open: false }),
      problems: [{ path: 'deck.cards[1].effects[2].route', message: 'unknown route "nowhere"' }],
    },
    {
      name: 'a design parameter out of range',
      edit: (s) => (s.design.seizeBp.value = 20_000),
      problems: [{ path: 'design.seizeBp.value', message: 'must be at most 10000' }],
    },
    {
      name: 'a design parameter without its rationale',
      edit: (s) => delete s.design.vetoReputation.why,
      problems: [{ path: 'design.vetoReputation.why', message: 'missing required field (expected string)' }],
    },
    {
      name: 'an objective whose full value lies before its target',
      edit: (s) => (s.objectives.PRK[0].full = 40),
      problems: [{ path: 'objectives.PRK[0].full', message: '"full" (40) must be at or above the target (60)' }],
    },
    {
      name: 'an objective whose zero is its target',
      edit: (s) => (s.objectives.PRK[0].zero = 60),
      problems: [{ path: 'objectives.PRK[0].zero', message: '"zero" (60) must be below the target (60)' }],
    },
    {
      name: 'an atMost objective whose zero lies below its target',
      edit: (s) => (s.objectives.UNSC[2].zero = 10),
      problems: [{ path: 'objectives.UNSC[2].zero', message: '"zero" (10) must be above the target (40)' }],
    },
    {
      name: 'launches forced by an event (North Korea chooses its own)',
      edit: (s) => s.events[0].effects.push({ kind: 'launches', count: 1 }),
      problems: [
        {
          path: 'events[0].effects[2].kind',
          message:
            "Invalid discriminator value. Expected 'stock' | 'indicator' | 'relation' | 'route' | 'report' | 'panel'",
        },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(problemsAfter(c.edit)).toEqual(c.problems);
    });
  }

  it('refuses a __proto__ key anywhere', () => {
    const text = rulesWorldText().replace('"council": {', '"council": { "__proto__": {},');
    const r = loadScenarioText(text);
    expect(r.ok ? [] : r.error).toEqual([{ path: 'council.__proto__', message: 'the key "__proto__" is not allowed' }]);
  });
});

describe('calibration paths', () => {
  const doc = { a: { b: [1, { c: 2 }] } };
  const cases: [string, boolean][] = [
    ['a', true],
    ['a.b[1].c', true],
    ['a.b[0]', true],
    ['a.b[2]', false],
    ['a.x', false],
    ['a..b', false],
    ['a.b[1]c', false],
    ['toString', false],
  ];
  for (const [path, ok] of cases) {
    it(`${path} → ${ok}`, () => expect(pathExists(doc, path)).toBe(ok));
  }
});

describe('scenarios/schema.json', () => {
  it('is up to date with the zod schema (scripts/gen-schema.ts)', () => {
    const file = readFileSync(fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url)), 'utf8');
    expect(file).toBe(generateSchemaText());
  });

  it('describes the new parts of the format', () => {
    const schema = JSON.parse(generateSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    for (const k of [
      'sources',
      'calibration',
      'briefing',
      'objectives',
      'regime',
      'council',
      'events',
      'deck',
      'historical',
    ]) {
      expect(schema.required).toContain(k);
    }
  });
});
