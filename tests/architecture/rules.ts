/**
 * The architecture rules of DESIGN.md, checked on the sources as text: which folder of src/
 * may import which, what the engine may import from packages, that folders form no cycle, and
 * that a folder is entered only through its index.ts. `violations` takes the files as a map so
 * that a test can feed it a fixture with a wrong edge and see the message it prints.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Folders of src/ and the folders each may import from (besides itself). `main` is src/main.ts. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  engine: [],
  scenario: ['engine'],
  save: ['engine', 'scenario'],
  ai: ['engine', 'scenario'],
  sim: ['engine', 'scenario', 'save', 'ai'],
  store: ['engine', 'scenario', 'save', 'ai', 'sim'],
  persist: ['engine', 'save'],
  map: ['engine', 'store'],
  // The class protocol and its pure helpers, shared by the server and the browser client.
  classroom: ['engine', 'scenario'],
  // The class's network client (browser and Node): the SDK, the protocol, nothing of the UI.
  net: ['engine', 'classroom'],
  ui: ['engine', 'scenario', 'save', 'ai', 'store', 'persist', 'map', 'classroom', 'net'],
  cli: ['engine', 'scenario', 'save', 'ai', 'sim'],
  server: ['engine', 'scenario', 'save', 'ai', 'sim', 'classroom'],
  main: ['engine', 'scenario', 'save', 'ai', 'sim', 'store', 'persist', 'map', 'ui'],
};

/** Packages each folder may import. The pure folders stay runnable in Node, a Worker and the page. */
export const PACKAGES: Readonly<Record<string, readonly string[]>> = {
  engine: ['zod'],
  scenario: ['zod'],
  save: ['zod', 'fflate'],
  ai: [],
  sim: [],
  store: ['zustand', 'immer'],
  persist: [],
  classroom: ['zod'],
  // @colyseus/sdk only (the checker knows scopes, not packages inside them).
  net: ['@colyseus'],
  map: ['phaser', 'd3-geo'],
  // uqr: the join code's QR code on the instructor's console.
  ui: ['uqr'],
  // immer only for the bench's naive baseline (cli/naive.ts).
  cli: ['node', 'immer'],
  // zod: the log's rows and the API's requests are checked like any input; ws: the WebSocket
  // class Colyseus 0.18 expects as a global (Node 20 has none); uqr: the join page's QR code
  // printed in the terminal by `npm run class`.
  server: ['node', 'zod', '@colyseus', '@electric-sql', 'pg', 'ws', 'uqr'],
  main: [],
};

export interface Edge {
  from: string;
  to: string;
}

/** Every module a file imports, exports from, imports dynamically or loads as a worker. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    // A Web Worker's script (`new Worker(new URL('./w.ts', import.meta.url))`); data files
    // reached the same way are not code.
    /\bnew\s+URL\(\s*['"](\.[^'"]+\.[jt]s)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** The folder of src/ a path belongs to (`src/engine/x.ts` → `engine`, `src/main.ts` → `main`). */
export function folderOf(path: string): string | null {
  const m = /^src\/([^/]+)\/|^src\/(main)\.ts$/.exec(path);
  return m === null ? null : (m[1] ?? m[2] ?? null);
}

/** The package name of a bare specifier (`node:fs` → `node`, `zustand/vanilla` → `zustand`). */
export function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return 'node';
  const parts = spec.split('/');
  return spec.startsWith('@') ? (parts[0] ?? spec) : (parts[0] ?? spec);
}

/** Import edges between files of `files` (paths relative to the repository, posix separators). */
export function edges(files: ReadonlyMap<string, string>): { files: Edge[]; packages: Edge[] } {
  const fileEdges: Edge[] = [];
  const packageEdges: Edge[] = [];
  for (const [from, text] of files) {
    for (const spec of specifiers(text)) {
      if (spec.startsWith('.')) {
        const to = posix.normalize(posix.join(posix.dirname(from), spec.replace(/\?.*$/, '')));
        fileEdges.push({ from, to });
      } else packageEdges.push({ from, to: packageOf(spec) });
    }
  }
  return { files: fileEdges, packages: packageEdges };
}

/** A cycle in the folder graph, as a list of folders, or null. */
export function folderCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of [...(graph.get(n) ?? [])].sort()) {
      if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
      if (state.get(m) === undefined) {
        const c = visit(m);
        if (c !== null) return c;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of [...graph.keys()].sort()) {
    if (state.get(n) !== undefined) continue;
    const c = visit(n);
    if (c !== null) return c;
  }
  return null;
}

/** Every broken rule, one line each, naming the offending edge. Empty when the sources obey. */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const { files: fileEdges, packages } = edges(files);
  const graph = new Map<string, Set<string>>();
  for (const e of fileEdges) {
    const a = folderOf(e.from);
    if (a === null) continue;
    const b = folderOf(e.to);
    if (b === null) {
      // Outside src/: only data (the map outline, scenario files) may be imported.
      if (!/^(assets|scenarios)\//.test(e.to) || /\.[jt]s$/.test(e.to))
        out.push(`${e.from} -> ${e.to}: src/ imports code from outside src/`);
      continue;
    }
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)?.add(b);
    const allowed = ALLOWED[a];
    if (allowed === undefined) out.push(`${e.from} -> ${e.to}: folder src/${a} is not in the architecture`);
    else if (!allowed.includes(b)) out.push(`${e.from} -> ${e.to}: src/${a} may not import src/${b}`);
    else if (files.has(`src/${b}/index.ts`) && e.to !== `src/${b}/index.ts`)
      out.push(`${e.from} -> ${e.to}: import src/${b} through src/${b}/index.ts`);
  }
  for (const e of packages) {
    const a = folderOf(e.from);
    if (a === null) continue;
    const allowed = PACKAGES[a] ?? [];
    const ok = allowed.some((p) => e.to === p || e.to.startsWith(`${p}/`) || (p.startsWith('@') && e.to === p));
    if (!ok) out.push(`${e.from} -> ${e.to}: src/${a} may not import the package "${e.to}"`);
  }
  const cycle = folderCycle(graph);
  if (cycle !== null) out.push(`folder cycle: ${cycle.map((f) => `src/${f}`).join(' -> ')}`);
  return out;
}

/** The TypeScript sources under `dir` of the repository at `root`, by posix path. */
export function readSources(root: string, dir = 'src'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(name) && !name.endsWith('.d.ts'))
        out.set(relative(root, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, dir));
  return out;
}
