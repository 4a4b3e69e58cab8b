/**
 * The message catalogue and the wording functions: every message compiles as ICU, plurals are
 * real, the years are stated once, and the sentences a player reads about causes and refusals
 * carry no identifier and no unfilled placeholder, for every rule and every reason.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import type { Change, Rejection } from '../../src/engine/index.ts';
import { REJECT_REASONS, viewReport, viewState } from '../../src/engine/index.ts';
import { RULES } from '../../src/engine/report.ts';
import { initialState } from '../../src/scenario/index.ts';
import { causeText } from '../../src/ui/causes.ts';
import { headline } from '../../src/ui/debrief.ts';
import { verdictText } from '../../src/ui/councilPanel.ts';
import { rejectionText } from '../../src/ui/describe.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { t } from '../../src/ui/i18n/index.ts';
import { argumentsOf, compile, format } from '../../src/ui/i18n/icu.ts';
import { displayTitle, minutesOf } from '../../src/ui/screens.ts';
import { draftTitle, quantity, years } from '../../src/ui/words.ts';
import { loadScenario } from '../fixtures.ts';

const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z]*\b|\{|\}|undefined|NaN/;

describe('the catalogue', () => {
  test('every message compiles as ICU MessageFormat', () => {
    const bad = Object.entries(en).flatMap(([k, m]) => {
      try {
        new IntlMessageFormat(m, 'en-GB');
        compile(m);
        return [];
      } catch (e) {
        return [`${k}: ${String(e)}`];
      }
    });
    expect(bad).toEqual([]);
  });

  // The page formats messages with its own small ICU formatter (icu.ts); formatjs's
  // intl-messageformat is the reference: the same text for every message and every branch.
  test.each(Object.entries(en))('%s formats as intl-messageformat does', (_key, src) => {
    const args = argumentsOf(compile(src));
    const samples: Record<string, string | number>[] = [{}];
    for (const a of args) {
      const choices: (string | number)[] =
        a.kind === 'plural'
          ? [0, 1, 2, 1500, ...a.keys.filter((k) => k.startsWith('=')).map((k) => Number(k.slice(1)))]
          : a.kind === 'select'
            ? [...a.keys.filter((k) => k !== 'other'), 'something else']
            : a.kind === 'number'
              ? [7, 12345]
              : [`‹${a.name}›`];
      const next: Record<string, string | number>[] = [];
      for (const s of samples) for (const c of choices) if (next.length < 64) next.push({ ...s, [a.name]: c });
      samples.splice(0, samples.length, ...next);
    }
    const reference = new IntlMessageFormat(src, 'en-GB');
    const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    const rules = new Intl.PluralRules('en-GB');
    for (const v of samples)
      expect(format(compile(src), v, { number: (n) => fmt.format(n), plural: (n) => rules.select(n) })).toBe(
        String(reference.format(v)),
      );
  });

  test.each([
    [quantity('munitions', 1), '1 shipping container of munitions'],
    [quantity('munitions', 1500), '1,500 shipping containers of munitions'],
    [quantity('currency', 45), '45 million US dollars'],
    [draftTitle('renewPanel', 1), "Renew the Panel of Experts' mandate for 1 turn"],
    [draftTitle('renewPanel', 4), "Renew the Panel of Experts' mandate for 4 turns"],
    [draftTitle('workerBan', 0), 'Ban North Korean workers abroad (home at once)'],
    [draftTitle('oilCap', 300), 'Cap oil deliveries to North Korea at 300 thousand barrels a year'],
    [t('end.summary', { n: 0 }), 'No orders'],
    [t('end.summary', { n: 1 }), '1 order'],
    [t('end.summary', { n: 3 }), '3 orders'],
    [years({ first: 2017, last: 2020 }), '2017–2020'],
    [years({ first: 2024, last: 2024 }), '2024'],
  ])('%s', (got, want) => {
    expect(got).toBe(want);
  });
});

describe('scenario cards state the years once', () => {
  test.each([
    ['Maximum pressure: a unanimous council (2017–2019)', 'Maximum pressure: a unanimous council'],
    ['The closed border: North Korea in the pandemic (2019–2022)', 'The closed border: North Korea in the pandemic'],
    ["Putin's first visit: Pyongyang, July 2000", "Putin's first visit: Pyongyang, July 2000"],
  ])('%s', (title, shown) => {
    expect(displayTitle(title)).toBe(shown);
  });

  test.each([
    [12, 50],
    [13, 50],
    [27, 110],
    [1, 5],
  ])('%i turns: about %i minutes', (turns, minutes) => {
    expect(minutesOf(turns)).toBe(minutes);
  });
});

describe('sentences about what happened', () => {
  const sc = loadScenario();
  const state = viewState(initialState(sc, 2023), 'instructor');
  const report = viewReport(
    {
      turn: 1,
      date: { year: 2023, month: 10 },
      changes: [],
      rejections: [],
      shipments: [],
      deals: [],
      council: [],
      notes: [],
      events: [],
      orderActors: [],
      scores: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
      trueScores: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
    },
    'instructor',
  );
  const ctx = { before: state, after: state, report };

  test.each(RULES.map((r) => [r]))('the cause "%s" in words', (rule) => {
    const c: Change = {
      target: { kind: 'indicator', indicator: 'prkStability' },
      before: 50,
      after: 45,
      cause: {
        rule,
        route: 'khasan-tumangang',
        deal: 'D1-1',
        draft: 'R1-1',
        regimeRule: 'arms-1718',
        event: 'no-such-event',
        numbers: { count: 2, odds: 3500, need: 300, shortfall: 120, held: 4, drawBp: -250, detected: 1 },
      },
      visibleTo: 'all',
    };
    const text = causeText(c, ctx);
    expect(text).not.toMatch(IDENTIFIER);
    expect(text).not.toMatch(/khasan-tumangang|arms-1718|R1-1|D1-1|no-such-event/);
    expect(text.length).toBeGreaterThan(10);
  });

  test.each(REJECT_REASONS.map((r) => [r]))('the refusal "%s" in words', (reason) => {
    const r: Rejection = { order: 0, actor: 'PRK', reason, message: `${reason}: engine words` };
    const o = {
      kind: 'ship',
      actor: 'PRK',
      to: 'RUS',
      resource: 'oil',
      amount: 10,
      route: 'khasan-tumangang',
      mode: 'declared',
    } as const;
    const text = rejectionText(r, o, state);
    expect(text).not.toMatch(IDENTIFIER);
    expect(text).not.toContain('engine words');
  });

  test.each([
    [{ outcome: 'adopted', yes: 13, vetoedBy: [] }, 'Adopted'],
    [{ outcome: 'vetoed', yes: 13, vetoedBy: ['China', 'Russia'] }, 'Vetoed by China and Russia'],
    [{ outcome: 'short', yes: 7, vetoedBy: [] }, 'Failed: 7 in favour, 9 needed'],
  ] as const)('verdict %#', (v, text) => {
    expect(verdictText(v)).toBe(text);
  });

  test.each([
    [
      { actor: 'PRK', score: 60, historical: 55, difference: 5, verdict: 'better' },
      'better than history by 5 points (60 against 55)',
    ],
    [
      { actor: 'PRK', score: 54, historical: 55, difference: -1, verdict: 'worse' },
      'worse than history by 1 point (54 against 55)',
    ],
    [{ actor: 'PRK', score: 55, historical: 55, difference: 0, verdict: 'same' }, 'the same as history (55)'],
  ] as const)('headline %#', (d, text) => {
    expect(headline(d)).toBe(text);
  });
});
