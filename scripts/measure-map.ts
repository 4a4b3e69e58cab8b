/**
 * npm run measure:map — builds the pages, serves dist/ on 127.0.0.1 and, in headless
 * Chromium, measures:
 *   - the first map frame (harness page, 20 shipments) against a bare Phaser page with the
 *     same game configuration, both from navigation start, alternating, median of N runs;
 *   - frames per second with the map and 20 shipments moving (a new turn every 2 s), and the
 *     bare page's rate on the same machine for reference;
 *   - the gzipped size of the app's own JS (index.html's chunks without Phaser), of the map
 *     code (the harness entry's chunks without Phaser), of the Phaser chunk and the map asset.
 * It prints figures; nothing here is asserted (timings are not test material).
 *
 *   npm run measure:map [-- --runs N] [-- --seconds S] [-- --screenshot docs/map-moving.png]
 *
 * --screenshot saves the page during the frame-rate run, with the markers under way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { build, preview } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The files an entry loads (static and dynamic imports, CSS), optionally without Phaser. */
export function entryFiles(manifest: Manifest, entry: string, withoutPhaser: boolean): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const walk = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const c = manifest[key];
    if (!c) return;
    if (withoutPhaser && c.name === 'phaser') return;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const k of [...(c.imports ?? []), ...(c.dynamicImports ?? [])]) walk(k);
  };
  walk(entry);
  return [...files].sort();
}

function gzKb(files: readonly string[]): number {
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  return Math.round(total / 102.4) / 10;
}

// Contexts bypass the Content-Security-Policy header `vite preview` sends: the probes are
// strings Playwright evaluates in the page, which the policy's script-src 'self' forbids.
async function firstFrame(browser: Browser, url: string, probe: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.waitForFunction(probe, null, { timeout: 60_000 });
  const v = (await t.jsonValue()) as number;
  await context.close();
  return v;
}

async function framesPerSecond(
  browser: Browser,
  url: string,
  ready: string,
  seconds: number,
  screenshot: string | null = null,
): Promise<{ fps: number; travelling: number }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  await page.waitForTimeout(2500);
  // A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
  const r = (await page.evaluate(`new Promise((done) => {
    const ms = ${seconds * 1000};
    const samples = [];
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames++;
      const snap = window.__map ? window.__map.snapshot() : null;
      if (snap && frames % 10 === 0) samples.push(snap.markers.filter((m) => m.state === 'travelling').length);
      if (performance.now() - start < ms) requestAnimationFrame(tick);
      else done({ fps: (frames * 1000) / (performance.now() - start), travelling: samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : 0 });
    };
    requestAnimationFrame(tick);
  })`)) as { fps: number; travelling: number };
  if (screenshot) {
    // Shortly after a new turn, so the shipments are on their way.
    await page.evaluate('window.__source.advance()');
    await page.waitForTimeout(900);
    await page.screenshot({ path: screenshot });
  }
  await context.close();
  return r;
}

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const seconds = arg('seconds', 5);
  console.log('building…');
  await build({ root: ROOT, logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('preview server did not report an address');
  const browser = await launchChromium();
  try {
    const version = browser.version();
    const renderer = await (async () => {
      const page = await browser.newPage();
      const r = await page.evaluate(() => {
        const gl =
          document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
        if (!gl) return 'no WebGL';
        const ext = gl.getExtension('WEBGL_debug_renderer_info');
        return ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
      });
      await page.close();
      return r;
    })();
    console.log(`Chromium ${version}; WebGL renderer: ${renderer}`);
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (other processes skew timings)`,
    );

    const bare: number[] = [];
    const map: number[] = [];
    // One warm-up of each (compiles shaders, fills the OS file cache), then alternate.
    await firstFrame(browser, `${base}bare-phaser.html`, 'window.__bare && window.__bare.firstFrameAt');
    await firstFrame(
      browser,
      `${base}map-harness.html?turn=1&per=20`,
      'window.__map && window.__map.snapshot().firstFrameAt',
    );
    for (let i = 0; i < runs; i++) {
      bare.push(await firstFrame(browser, `${base}bare-phaser.html`, 'window.__bare && window.__bare.firstFrameAt'));
      map.push(
        await firstFrame(
          browser,
          `${base}map-harness.html?turn=1&per=20`,
          'window.__map && window.__map.snapshot().firstFrameAt',
        ),
      );
    }
    const mb = median(bare);
    const mm = median(map);
    console.log(
      `first frame, bare Phaser page: median ${mb.toFixed(0)} ms  (runs: ${bare.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(
      `first frame, map (20 shipments): median ${mm.toFixed(0)} ms  (runs: ${map.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(`first map frame / bare Phaser = ${(mm / mb).toFixed(2)}  (target ≤ 1.5)`);

    const si = process.argv.indexOf('--screenshot');
    const shot = si >= 0 ? (process.argv[si + 1] ?? null) : null;
    // Alternate map and bare page, median of `runs` (at least 3): the machine may be shared.
    const movingRuns: Array<{ fps: number; travelling: number }> = [];
    const idleRuns: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      movingRuns.push(
        await framesPerSecond(
          browser,
          `${base}map-harness.html?turn=0&per=20&auto=2000`,
          'window.__map && window.__map.snapshot().ready',
          seconds,
        ),
      );
      idleRuns.push(
        (
          await framesPerSecond(
            browser,
            `${base}bare-phaser.html`,
            'window.__bare && window.__bare.firstFrameAt',
            seconds,
          )
        ).fps,
      );
    }
    const moving = {
      fps: median(movingRuns.map((r) => r.fps)),
      travelling: median(movingRuns.map((r) => r.travelling)),
    };
    if (shot) {
      await framesPerSecond(
        browser,
        `${base}map-harness.html?turn=2&per=8`,
        'window.__map && window.__map.snapshot().ready',
        0.5,
        shot,
      );
      console.log(`saved ${shot}`);
    }
    console.log(
      `frames per second, map + 20 shipments (new turn every 2 s): median ${moving.fps.toFixed(1)}  (target ≥ 50; runs: ${movingRuns.map((r) => r.fps.toFixed(1)).join(', ')}; on average ${moving.travelling.toFixed(1)} markers travelling)`,
    );
    console.log(
      `frames per second, bare Phaser page: median ${median(idleRuns).toFixed(1)}  (runs: ${idleRuns.map((x) => x.toFixed(1)).join(', ')})`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((res) => server.httpServer.close(() => res()));
  }

  const app = entryFiles(manifest, 'index.html', true);
  const harness = entryFiles(manifest, 'map-harness.html', true);
  const phaser = Object.values(manifest)
    .filter((c) => c.name === 'phaser')
    .map((c) => c.file);
  const asset = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.json'));
  const assetFile = readFileSync(join(ROOT, 'assets', 'map', 'north-east-asia.json'));
  console.log(
    `app's own JS (index.html without Phaser), gzipped: ${gzKb(app)} KB  (target ≤ 150 KB; ${app.join(', ')})`,
  );
  console.log(`map code (harness entry without Phaser), gzipped: ${gzKb(harness)} KB`);
  console.log(`Phaser chunk, gzipped: ${gzKb(phaser)} KB`);
  console.log(
    `map asset: ${(assetFile.length / 1024).toFixed(1)} KB raw, ${(gzipSync(assetFile, { level: 9 }).length / 1024).toFixed(1)} KB gzipped${asset.length ? '' : ''}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
