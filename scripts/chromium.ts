/**
 * Finding and launching headless Chromium for the browser test and measure:map. Debian's
 * package (`apt-get install -y chromium`) or CHROME_PATH; playwright's own download is not
 * used (no internet).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const INSTALL_HINT =
  'No Chromium found. Install one with `apt-get install -y chromium` (gives /usr/bin/chromium) or set CHROME_PATH to a Chromium/Chrome executable.';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
    if (existsSync(p)) return p;
  return null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // WebGL through SwiftShader (software): Chromium no longer falls back to it silently.
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
}
