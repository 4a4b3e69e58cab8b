import { describe, expect, it } from 'vitest';
import { scenarioContentHash, sortedJson } from '../../src/scenario/index.ts';
import { loadScenario } from '../fixtures.ts';

describe('sortedJson', () => {
  it.each([
    {
      name: 'keys sorted at every level',
      value: { b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } },
      text: '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}',
    },
    {
      name: 'fractions in shortest form',
      value: { lon: 131.89, lat: -74.0, tiny: 1e-7 },
      text: '{"lat":-74,"lon":131.89,"tiny":1e-7}',
    },
    { name: 'undefined fields left out', value: { a: undefined, b: null }, text: '{"b":null}' },
    { name: 'text escaped', value: ['Khasan–Tumangang "rail"'], text: '["Khasan–Tumangang \\"rail\\""]' },
  ])('$name', ({ value, text }) => {
    expect(sortedJson(value)).toBe(text);
  });
});

describe('scenarioContentHash', () => {
  it('does not depend on the order of keys in the file', () => {
    const s = loadScenario();
    const reversed = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(scenarioContentHash(reversed)).toBe(scenarioContentHash(s));
  });

  it.each([
    {
      name: 'a coordinate',
      edit: (s: ReturnType<typeof loadScenario>) => ({
        ...s,
        places: s.places.map((p, i) => (i === 0 ? { ...p, lon: p.lon + 0.01 } : p)),
      }),
    },
    { name: 'the title', edit: (s: ReturnType<typeof loadScenario>) => ({ ...s, title: `${s.title}.` }) },
    { name: 'the seed', edit: (s: ReturnType<typeof loadScenario>) => ({ ...s, seed: s.seed + 1 }) },
  ])('changes when $name changes', ({ edit }) => {
    const s = loadScenario();
    expect(scenarioContentHash(edit(s))).not.toBe(scenarioContentHash(s));
  });
});
