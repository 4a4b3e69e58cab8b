/**
 * Runs in Chromium (served by Vite): verifies every golden save and link with the browser's
 * own JavaScript engine, times the verification of 12-, 40- and 200-turn games, exercises the
 * real IndexedDB autosave, and publishes the results on `window.vetoCheck` for
 * tests/browser/saves.test.ts to compare with Node's.
 */
import {
  autosave,
  fetchShippedScenarios,
  loadAutosave,
  openIdbStore,
  provideShippedScenarios,
  readSaveFile,
  shippedCatalog,
  verifyRequest,
} from '../../src/persist/index.ts';
import { loadSave, loadShareCode } from '../../src/save/index.ts';

const files = import.meta.glob('../fixtures/saves/*', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface GoldenResult {
  file: string;
  ok: boolean;
  hashes: string[];
  chains: string[];
  finalHash: string;
  gameHash: string;
  error?: string;
}

export interface BrowserCheck {
  goldens: GoldenResult[];
  autosave: { ok: boolean; from?: string; finalHash?: string; error?: string };
  file: { ok: boolean; finalHash?: string };
  /** Milliseconds to verify, on this page's thread: median of 5 (12, 40 turns), one run (200). */
  verifyMs: { turns12: number; turns40: number; turns200: number };
}

const text = (name: string): string => {
  const hit = Object.entries(files).find(([p]) => p.endsWith(`/${name}`));
  if (hit === undefined) throw new Error(`no golden ${name}`);
  return hit[1];
};

function median(f: () => void, n: number): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(n / 2)] ?? 0;
}

async function run(): Promise<BrowserCheck> {
  provideShippedScenarios(await fetchShippedScenarios());
  const catalog = shippedCatalog();
  const goldens: GoldenResult[] = [];
  for (const [path, body] of Object.entries(files).sort()) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const r = file.endsWith('.json') ? loadSave(body) : loadShareCode(body, catalog);
    goldens.push(
      r.ok
        ? {
            file,
            ok: true,
            hashes: r.value.save.turns.map((t) => t.hash),
            chains: r.value.save.turns.map((t) => t.chain),
            finalHash: r.value.finalHash,
            gameHash: r.value.gameHash,
          }
        : {
            file,
            ok: false,
            hashes: [],
            chains: [],
            finalHash: '',
            gameHash: '',
            error: `${r.error.path}: ${r.error.message}`,
          },
    );
  }
  const verifyMs = {
    turns12: median(() => loadSave(text('summit-2023.v3.json')), 5),
    turns40: median(() => loadSave(text('drill-40.v3.json')), 5),
    turns200: median(() => loadShareCode(text('long-200.link2.txt'), catalog), 1),
  };

  let autosaveResult: BrowserCheck['autosave'];
  const store = await openIdbStore();
  if (!store.ok) autosaveResult = { ok: false, error: store.error.message };
  else {
    const g = loadSave(text('summit-2023.v3.json'));
    if (!g.ok) autosaveResult = { ok: false, error: 'golden' };
    else {
      const w = await autosave(store.value, g.value.save, g.value.finalHash, Date.now());
      const back = await loadAutosave(store.value, (t) => Promise.resolve({ status: 'done', result: loadSave(t) }));
      autosaveResult = !w.ok
        ? { ok: false, error: w.error.message }
        : back.ok
          ? { ok: true, from: back.value.from, finalHash: back.value.game.finalHash }
          : { ok: false, error: back.error.reason };
    }
  }
  const asFile = new File([text('summit-2023.v1.json')], 'summit.json', { type: 'application/json' });
  const read = await readSaveFile(asFile);
  const opened = read.ok ? verifyRequest({ kind: 'text', text: read.value }, catalog) : read;
  return {
    goldens,
    autosave: autosaveResult,
    file: opened.ok ? { ok: true, finalHash: opened.value.finalHash } : { ok: false },
    verifyMs,
  };
}

(window as unknown as { vetoCheck: Promise<BrowserCheck> }).vetoCheck = run();
