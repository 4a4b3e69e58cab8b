import { describe, expect, it } from 'vitest';
import { copiedRuns, words } from '../../src/scenario/wording.ts';

const DOC = 'The quick brown fox jumps over the lazy dog while the cat’s owner sleeps soundly at home.';

describe('copied runs of eight or more words', () => {
  const cases: { name: string; scenario: unknown; expected: { path: string; run: string }[] }[] = [
    { name: 'own words', scenario: { text: 'A fox leapt across a sleeping hound.' }, expected: [] },
    { name: 'seven words are allowed', scenario: { text: 'the quick brown fox jumps over the' }, expected: [] },
    {
      name: 'eight words are not',
      scenario: { a: [{ text: 'Then: the quick brown fox jumps over the lazy cat.' }] },
      expected: [{ path: 'a[0].text', run: 'the quick brown fox jumps over the lazy' }],
    },
    {
      name: 'a longer run is reported once, ignoring case and curly quotes',
      scenario: { t: "LAZY DOG while the cat's owner sleeps soundly at home" },
      expected: [{ path: 't', run: "lazy dog while the cat's owner sleeps soundly at home" }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(copiedRuns(DOC, c.scenario)).toEqual(c.expected));

  it('splits words the same way for both texts', () => {
    expect(words('Kim’s “comrades-in-arms”')).toEqual(["kim's", 'comrades', 'in', 'arms']);
  });
});
