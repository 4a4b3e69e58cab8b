import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildMapAsset, loadTopology, serialiseMapAsset } from '../../scripts/build-map.ts';
import { checkMapAsset, COUNTRY_IDS, countryActor } from '../../src/map/asset.ts';
import { ASSET_FILE, mapAsset } from './mapFixtures.ts';

describe('the committed map asset', () => {
  it('is exactly what scripts/build-map.ts produces (run npm run map:build after changing it)', () => {
    expect(readFileSync(ASSET_FILE, 'utf8')).toBe(serialiseMapAsset(buildMapAsset(loadTopology())));
  });

  it('is small: under 30 KB raw and 10 KB gzipped (target well under 150 KB)', () => {
    expect(statSync(ASSET_FILE).size).toBeLessThan(30_000);
    expect(gzipSync(readFileSync(ASSET_FILE)).length).toBeLessThan(10_000);
  });

  it('holds the six countries, integer rings inside the clip margin, and the projection', () => {
    const a = mapAsset();
    expect(a.countries.map((c) => c.id).sort()).toEqual([...COUNTRY_IDS].sort());
    for (const c of a.countries) {
      for (const r of c.rings) {
        for (let i = 0; i < r.length; i += 2) {
          expect(r[i]! / a.quantum).toBeGreaterThanOrEqual(-12);
          expect(r[i]! / a.quantum).toBeLessThanOrEqual(a.width + 12);
          expect(r[i + 1]! / a.quantum).toBeGreaterThanOrEqual(-12);
          expect(r[i + 1]! / a.quantum).toBeLessThanOrEqual(a.height + 12);
        }
      }
    }
    expect(a.projection).toEqual({
      type: 'conicConformal',
      rotate: [-125, 0, 0],
      parallels: [37, 46],
      scale: 2979.9577,
      translate: [600, 2769.6711],
    });
  });

  it.each([
    ['RUS', 'RUS'],
    ['PRK', 'PRK'],
    ['CHN', 'CHN'],
    ['KOR', null],
    ['JPN', null],
    ['MNG', null],
  ] as const)('country %s is tinted as actor %s', (id, actor) => expect(countryActor(id)).toBe(actor));
});

describe('checkMapAsset refuses a malformed asset with one message naming where', () => {
  const good = mapAsset();
  const cases: Array<[string, unknown, string]> = [
    ['not an object', [], 'map asset: (root): not an object'],
    ['wrong version', { ...good, version: 2 }, 'map asset: version: expected 1'],
    ['zero width', { ...good, width: 0 }, 'map asset: width: expected a positive number'],
    [
      'other projection',
      { ...good, projection: { ...good.projection, type: 'mercator' } },
      'map asset: projection.type: expected "conicConformal"',
    ],
    [
      'bad rotate',
      { ...good, projection: { ...good.projection, rotate: [1, 2] } },
      'map asset: projection.rotate: expected 3 numbers',
    ],
    [
      'unknown country',
      { ...good, countries: [{ id: 'USA', name: 'x', rings: [] }] },
      'map asset: countries[0].id: unknown country',
    ],
    [
      'fractional ring',
      { ...good, countries: [{ id: 'RUS', name: 'Russia', rings: [[0, 0, 1.5, 0, 1, 1]] }] },
      'map asset: countries[0].rings[0]: expected at least 3 integer points',
    ],
    [
      'too many points',
      { ...good, countries: [], graticule: [new Array(400_002).fill(0)] },
      'map asset: (root): too many points (200001 > 200000)',
    ],
    [
      'bad label',
      { ...good, labels: [{ text: 'x', kind: 'river', x: 0, y: 0 }] },
      'map asset: labels[0]: expected {text, kind, x, y}',
    ],
    [
      'bad detail',
      { ...good, details: [{ name: 'x', region: [1, 2, 3], pane: { x: 0, y: 0, w: 1, h: 1 } }] },
      'map asset: details[0]: expected {name, region: [w, s, e, n], pane: {x, y, w, h}}',
    ],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    expect(checkMapAsset(input)).toEqual({ ok: false, error: message });
  });
  it('accepts the committed asset', () => expect(checkMapAsset(good).ok).toBe(true));
});
