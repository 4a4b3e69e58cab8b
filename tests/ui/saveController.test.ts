/**
 * The save controller without a page: files, links, the autosave and Continue, cancelling a
 * check, re-saving, all against the real store, an in-memory storage and fakes for the
 * address bar, the clipboard and downloads. The checks run in this thread (inlineVerifier) or
 * through a hand-driven fake verifier (to see progress and Cancel).
 */
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/engine/index.ts';
import type { KeyValueStore, Verifier, VerifyOutcome, VerifyProgress } from '../../src/persist/index.ts';
import {
  MemoryStore,
  autosave,
  inlineVerifier,
  provideShippedScenarios,
  shippedCatalog,
} from '../../src/persist/index.ts';
import { CURRENT_KEY, PREVIOUS_KEY } from '../../src/persist/autosave.ts';
import type { SaveDoc } from '../../src/save/index.ts';
import { ALL_HOLD, cutSave, loadSave, restamp, serializeSave } from '../../src/save/index.ts';
import type { GameStore } from '../../src/store/index.ts';
import { buildCatalog, createGameStore, inPlaceThinker } from '../../src/store/index.ts';
import { FSI, PDI } from '../../src/ui/bidi.ts';
import type { SaveControllerEnv } from '../../src/ui/saveController.ts';
import { createSaveController } from '../../src/ui/saveController.ts';
import { scenarioText, shippedFiles } from '../fixtures.ts';
import { golden, realisticSave } from '../save/helpers.ts';
import { SUMMIT_FINAL } from '../save/pins.ts';

provideShippedScenarios(shippedFiles());
const FILES = { '../scenarios/summit-2023.json': scenarioText('summit-2023') };
const fileOf = (text: string, name = 'game.json') => ({
  size: text.length,
  name,
  text: () => Promise.resolve(text),
});

interface Page {
  store: GameStore;
  env: SaveControllerEnv;
  storage: MemoryStore;
  address: { href: string; hash: string; replaced: (string | undefined)[] };
  downloads: { name: string; text: string }[];
}

function page(opts: { storage?: MemoryStore; hash?: string; verifier?: Verifier } = {}): Page {
  const storage = opts.storage ?? new MemoryStore();
  const address = {
    href: `https://veto.example/${opts.hash ?? ''}`,
    hash: opts.hash ?? '',
    replaced: [] as (string | undefined)[],
  };
  const downloads: { name: string; text: string }[] = [];
  let t = 0;
  const env: SaveControllerEnv = {
    storage: Promise.resolve({ ok: true, value: storage as KeyValueStore }),
    now: () => 1_800_000_000_000,
    clock: () => (t += 5),
    verifier: opts.verifier ?? inlineVerifier(shippedCatalog),
    catalog: shippedCatalog,
    location: address,
    history: { replaceState: (_d, _u, url) => address.replaced.push(url) },
    clipboard: () => undefined,
    download: (name, text) => {
      downloads.push({ name, text });
      return { ok: true };
    },
  };
  return {
    store: createGameStore({ catalog: buildCatalog(FILES), thinker: inPlaceThinker }),
    env,
    storage,
    address,
    downloads,
  };
}

/** A verifier the test drives: each job waits until the test finishes or it is cancelled. */
function manualVerifier(): Verifier & {
  jobs: { progress: (p: VerifyProgress) => void; finish: (o: VerifyOutcome) => void; cancelled: boolean }[];
} {
  const jobs: { progress: (p: VerifyProgress) => void; finish: (o: VerifyOutcome) => void; cancelled: boolean }[] = [];
  return {
    jobs,
    verify(_request, onProgress) {
      let finish: (o: VerifyOutcome) => void = () => undefined;
      const result = new Promise<VerifyOutcome>((r) => {
        finish = r;
      });
      const job = { progress: (p: VerifyProgress) => onProgress?.(p), finish, cancelled: false };
      jobs.push(job);
      return {
        result,
        cancel: () => {
          job.cancelled = true;
          finish({ status: 'cancelled' });
        },
      };
    },
  };
}

async function stored(storage: MemoryStore, saves: SaveDoc[]): Promise<void> {
  for (const [i, s] of saves.entries()) {
    const r = await autosave(storage, s, s.turns.at(-1)!.hash, 1_700_000_000_000 + i);
    if (!r.ok) throw new Error(r.error.message);
  }
}

const strip = (s: string): string => s.replaceAll(FSI, '').replaceAll(PDI, '');

describe('opening files and links', () => {
  test('a good file opens in the replay viewer with how long the check took', async () => {
    const p = page();
    const c = createSaveController(p.store, p.env);
    await c.openFile(fileOf(golden('summit-2023.v3.json'), 'class.json'));
    const d = p.store.getState();
    expect(d.mode).toBe('replay');
    expect(d.game!.turns.at(-1)!.hash).toBe(SUMMIT_FINAL);
    expect(d.saveNotice?.text).toMatch(
      new RegExp(
        `^Opened ${FSI}class\\.json${PDI}: 12 turns replayed and verified in 5 ms\\. Fingerprint ${fingerprint(SUMMIT_FINAL)}, game [0-9a-f]{4}-[0-9a-f]{4}\\.$`,
      ),
    );
    expect(c.getState().checking).toBeNull();
  });

  test('a refused file changes nothing but the message, which isolates the file name', async () => {
    const p = page();
    const c = createSaveController(p.store, p.env);
    const name = 'evil\u202e.json';
    await c.openFile(fileOf(golden('summit-2023.v3.json').replace('"amount":1500', '"amount":1400'), name));
    const d = p.store.getState();
    expect([d.mode, d.game]).toEqual(['start', null]);
    expect(d.saveNotice?.tone).toBe('error');
    expect(
      d.saveNotice?.text.startsWith(
        `The file ${FSI}${name}${PDI} cannot be opened: it was changed or damaged after it was saved. Details: turns[0]: turn 1 does not verify`,
      ),
    ).toBe(true);
  });

  test('a link in the address opens once, and leaves the address', async () => {
    const p = page({ hash: `#s=${golden('summit-2023.link2.txt').trim()}` });
    const c = createSaveController(p.store, p.env);
    await c.openFromAddress();
    expect(p.address.replaced).toEqual(['https://veto.example/']);
    expect(p.store.getState().game!.turns.at(-1)!.hash).toBe(SUMMIT_FINAL);
    expect(strip(p.store.getState().saveNotice!.text)).toMatch(/^Opened the link: 12 turns replayed/);
  });

  test('progress is reported turn by turn, and Cancel opens nothing and says so', async () => {
    const v = manualVerifier();
    const p = page({ verifier: v });
    const c = createSaveController(p.store, p.env);
    const seen: unknown[] = [];
    c.subscribe((s) => seen.push(s.checking));
    const opening = c.openFile(fileOf(golden('summit-2023.v3.json'), 'big.json'));
    await Promise.resolve();
    await Promise.resolve();
    v.jobs[0]!.progress({ done: 3, total: 12 });
    expect(c.getState().checking).toEqual({ what: { kind: 'file', name: 'big.json' }, done: 3, total: 12 });
    c.cancel();
    await opening;
    expect(v.jobs[0]!.cancelled).toBe(true);
    expect(c.getState().checking).toBeNull();
    expect(p.store.getState().game).toBeNull();
    expect(p.store.getState().saveNotice).toEqual({
      tone: 'info',
      text: `Stopped checking the file ${FSI}big.json${PDI}. Nothing was opened.`,
    });
    expect(seen).toContainEqual({ what: { kind: 'file', name: 'big.json' }, done: 0, total: 0 });
  });

  test('a second check cancels the first; the first result, arriving late, is dropped', async () => {
    const v = manualVerifier();
    const p = page({ verifier: v });
    const c = createSaveController(p.store, p.env);
    const first = c.openFile(fileOf('{}', 'first.json'));
    await Promise.resolve();
    await Promise.resolve();
    const second = c.openFile(fileOf('{}', 'second.json'));
    await Promise.resolve();
    await Promise.resolve();
    expect(v.jobs.map((j) => j.cancelled)).toEqual([true, false]);
    const l = loadSave(golden('summit-2023.v3.json'));
    v.jobs[1]!.finish({ status: 'done', result: l });
    await Promise.all([first, second]);
    expect(strip(p.store.getState().saveNotice!.text)).toMatch(/^Opened second\.json/);
  });
});

describe('the autosave and Continue', () => {
  const full = realisticSave();

  test('Continue is offered only once the autosave has verified, with what verified', async () => {
    const storage = new MemoryStore();
    await stored(storage, [cutSave(full, 2), cutSave(full, 3)]);
    // What the record says about itself is not shown.
    const rec = JSON.parse(storage.data.get(CURRENT_KEY)!) as Record<string, unknown>;
    storage.data.set(
      CURRENT_KEY,
      JSON.stringify({ ...rec, title: 'Forged', turnsPlayed: 9, fingerprint: '0000-0000' }),
    );
    const p = page({ storage });
    const c = createSaveController(p.store, p.env);
    expect(p.store.getState().continueOffer).toBeNull();
    await c.start();
    expect(p.store.getState().continueOffer).toEqual({
      title: full.scenario.title,
      turnsPlayed: 3,
      fingerprint: fingerprint(full.turns[2]!.hash),
      savedAt: 1_700_000_000_001,
    });
    await c.continueGame();
    // Two humans (Anna and Ben) share the device: the hand-off screen comes first.
    expect(p.store.getState().mode).toBe('handoff');
    expect(p.store.getState().game!.turns).toHaveLength(3);
    expect(strip(p.store.getState().saveNotice!.text)).toMatch(/^Continued the autosave: 3 turns replayed/);
  });

  test('when both autosaves fail, no Continue is offered and the reason is shown', async () => {
    const storage = new MemoryStore();
    await stored(storage, [cutSave(full, 2), cutSave(full, 3)]);
    for (const k of [CURRENT_KEY, PREVIOUS_KEY]) storage.data.set(k, storage.data.get(k)!.replace('1500', '1400'));
    const p = page({ storage });
    await createSaveController(p.store, p.env).start();
    expect(p.store.getState().continueOffer).toBeNull();
    expect(p.store.getState().saveNotice?.text).toMatch(
      /^Your last game \(the autosave\) cannot be opened: it was changed or damaged after it was saved\. Details: turns\[0\]: turn 1 does not verify/,
    );
  });

  test('a newest autosave that fails is skipped for the one before, and Continue says why', async () => {
    const storage = new MemoryStore();
    await stored(storage, [cutSave(full, 2), cutSave(full, 3)]);
    storage.data.set(CURRENT_KEY, storage.data.get(CURRENT_KEY)!.replace('1500', '1400'));
    const p = page({ storage });
    const c = createSaveController(p.store, p.env);
    await c.start();
    expect(p.store.getState().continueOffer?.turnsPlayed).toBe(2);
    await c.continueGame();
    expect(p.store.getState().saveNotice?.text).toMatch(
      /The newest autosave was skipped: it was changed or damaged after it was saved\. Details: turns\[0\]: turn 1 does not verify: .*\. This is the one before it\.$/,
    );
  });

  test('an offer that stops verifying (changed in another tab) is withdrawn when Continue finds it so', async () => {
    const storage = new MemoryStore();
    const p = page({ storage });
    const c = createSaveController(p.store, p.env);
    // Play a turn in this page: it is autosaved and offered.
    p.store.getState().selectScenario('summit-2023');
    p.store.getState().openSetup();
    p.store.getState().startGame();
    p.store.getState().endTurn();
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.parse(storage.data.get(CURRENT_KEY)!).turnsPlayed).toBe(1);
    p.store.getState().quit();
    expect(p.store.getState().continueOffer?.turnsPlayed).toBe(1);
    storage.data.set(CURRENT_KEY, '{"save":"{}","savedAt":1}');
    await c.continueGame();
    expect(p.store.getState().continueOffer).toBeNull();
    expect(p.store.getState().saveNotice?.tone).toBe('error');
  });
});

describe('saving', () => {
  test('re-saving a command-line save gives back the same file: names and holders kept', async () => {
    const cliSave = restamp(realisticSave(4), {
      players: { ...ALL_HOLD, RUS: { kind: 'human', name: 'Anna' }, CHN: { kind: 'bot', name: 'historical script' } },
    });
    const text = serializeSave(cliSave);
    const p = page();
    const c = createSaveController(p.store, p.env);
    await c.openFile(fileOf(text));
    c.download();
    expect(p.downloads).toEqual([{ name: 'veto-summit-2023-turn-04.json', text }]);
  });
});
