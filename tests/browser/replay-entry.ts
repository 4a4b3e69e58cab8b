/**
 * Runs in Chromium (served by Vite): verifies every golden save and link with the browser's
 * own JavaScript engine, exercises the real IndexedDB autosave, and publishes the results
 * on `window.vetoCheck` for tests/browser/saves.test.ts to compare with Node's.
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

export interface BrowserCheck {
  goldens: { file: string; ok: boolean; hashes: string[]; finalHash: string; error?: string }[];
  autosave: { ok: boolean; from?: string; finalHash?: string; error?: string };
  file: { ok: boolean; finalHash?: string };
  verify40ms: number;
}

async function run(): Promise<BrowserCheck> {
  provideShippedScenarios(await fetchShippedScenarios());
  const catalog = shippedCatalog();
  const goldens: BrowserCheck['goldens'] = [];
  for (const [path, text] of Object.entries(files).sort()) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const r = file.endsWith('.json') ? loadSave(text) : loadShareCode(text, catalog);
    goldens.push(
      r.ok
        ? { file, ok: true, hashes: r.value.save.turns.map((t) => t.hash), finalHash: r.value.finalHash }
        : { file, ok: false, hashes: [], finalHash: '', error: `${r.error.path}: ${r.error.message}` },
    );
  }
  const drill = Object.entries(files).find(([p]) => p.endsWith('drill-40.v3.json'))![1];
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) loadSave(drill);
  const verify40ms = (performance.now() - t0) / 5;

  let autosaveResult: BrowserCheck['autosave'];
  const store = await openIdbStore();
  if (!store.ok) autosaveResult = { ok: false, error: store.error.message };
  else {
    const g = loadSave(Object.entries(files).find(([p]) => p.endsWith('summit-2023.v3.json'))![1]);
    if (!g.ok) autosaveResult = { ok: false, error: 'golden' };
    else {
      const w = await autosave(store.value, g.value.save, g.value.finalHash, Date.now());
      const back = await loadAutosave(store.value, (text) =>
        Promise.resolve({ status: 'done', result: loadSave(text) }),
      );
      autosaveResult = !w.ok
        ? { ok: false, error: w.error.message }
        : back.ok
          ? { ok: true, from: back.value.from, finalHash: back.value.game.finalHash }
          : { ok: false, error: back.error.reason };
    }
  }
  const asFile = new File([Object.entries(files).find(([p]) => p.endsWith('summit-2023.v1.json'))![1]], 'summit.json', {
    type: 'application/json',
  });
  const read = await readSaveFile(asFile);
  const opened = read.ok ? verifyRequest({ kind: 'text', text: read.value }, catalog) : read;
  return {
    goldens,
    autosave: autosaveResult,
    file: opened.ok ? { ok: true, finalHash: opened.value.finalHash } : { ok: false },
    verify40ms,
  };
}

(window as unknown as { vetoCheck: Promise<BrowserCheck> }).vetoCheck = run();
