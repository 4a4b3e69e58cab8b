/**
 * The direction of dependencies of DESIGN.md holds: engine ← scenario / save / ai ← sim ←
 * store ← map / ui, with cli, persist and server beside. A new import against it fails here,
 * naming the edge.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWED, folderCycle, readSources, specifiers, violations } from './architecture/rules.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sources = readSources(ROOT);

describe('the sources', () => {
  it('obey the architecture', () => {
    expect(violations(sources)).toEqual([]);
  });

  it('are all in a folder the architecture knows', () => {
    const folders = new Set([...sources.keys()].map((p) => /^src\/([^/.]+)/.exec(p)?.[1] ?? p));
    expect([...folders].filter((f) => ALLOWED[f] === undefined && f !== 'vite-env')).toEqual([]);
  });
});

describe('the checker itself', () => {
  const ok = new Map([
    ['src/engine/index.ts', "export { a } from './a.ts';\n"],
    ['src/engine/a.ts', "import { z } from 'zod';\nexport const a = z.string();\n"],
    ['src/map/index.ts', "export type { MapView } from './view.ts';\n"],
    ['src/map/view.ts', 'export interface MapView { n: number }\n'],
    ['src/store/index.ts', "export { mapView } from './mapView.ts';\n"],
    ['src/store/mapView.ts', "import { a } from '../engine/index.ts';\nexport const mapView = a;\n"],
  ]);

  it('passes a tree that obeys', () => {
    expect(violations(ok)).toEqual([]);
  });

  it.each([
    {
      name: 'the store importing the map (the edge issue 8 removed)',
      file: 'src/store/mapView.ts',
      text: "import type { MapView } from '../map/view.ts';\n",
      expected: ['src/store/mapView.ts -> src/map/view.ts: src/store may not import src/map'],
    },
    {
      name: 'the engine importing a package other than zod',
      file: 'src/engine/a.ts',
      text: "import { produce } from 'immer';\n",
      expected: ['src/engine/a.ts -> immer: src/engine may not import the package "immer"'],
    },
    {
      name: 'the engine importing the store (and so a cycle)',
      file: 'src/engine/a.ts',
      text: "import { mapView } from '../store/index.ts';\n",
      expected: [
        'src/engine/a.ts -> src/store/index.ts: src/engine may not import src/store',
        'folder cycle: src/engine -> src/store -> src/engine',
      ],
    },
    {
      name: 'reaching past the engine index',
      file: 'src/store/mapView.ts',
      text: "import { a } from '../engine/a.ts';\n",
      expected: ['src/store/mapView.ts -> src/engine/a.ts: import src/engine through src/engine/index.ts'],
    },
    {
      name: 'a dynamic import against the direction',
      file: 'src/engine/a.ts',
      text: "const m = await import('../map/index.ts');\n",
      expected: ['src/engine/a.ts -> src/map/index.ts: src/engine may not import src/map'],
    },
    {
      name: 'code from outside src',
      file: 'src/map/view.ts',
      text: "import { createFakeSource } from '../../dev/fake.ts';\n",
      expected: ['src/map/view.ts -> dev/fake.ts: src/ imports code from outside src/'],
    },
  ])('flags $name', ({ file, text, expected }) => {
    const tree = new Map(ok);
    tree.set(file, `${tree.get(file) ?? ''}${text}`);
    expect(violations(tree)).toEqual(expected);
  });

  it('reads every kind of import', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import {\n  b,\n  c,\n} from '../b.ts';",
      "export { d } from './d.ts';",
      "export * from './e.ts';",
      "import './side.css';",
      "const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });",
      "const m = await import('./lazy.ts');",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(
      ['../b.ts', './a.ts', './d.ts', './e.ts', './lazy.ts', './side.css', './worker.ts'].sort(),
    );
  });

  it('finds a cycle of three folders', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(folderCycle(g)).toEqual(['a', 'b', 'c', 'a']);
  });
});
