/**
 * The built game (Vite's dist/) served from the class server's own port, with the page's
 * Content-Security-Policy sent as a header: the policy is read from the meta tag of the built
 * index.html, so the page and the header never disagree; a page without the tag gets a strict
 * default. Only files inside the folder are served; nothing is listed.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const DEFAULT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The policy in `<meta http-equiv="Content-Security-Policy" content="…">`, or null. */
export function cspFromHtml(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const c = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    const v = (c?.[1] ?? c?.[2] ?? '')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    if (v.trim() !== '') return v.trim();
  }
  return null;
}

export function cspOf(dist: string | null): string {
  if (dist === null) return DEFAULT_CSP;
  const index = join(dist, 'index.html');
  return existsSync(index) ? (cspFromHtml(readFileSync(index, 'utf8')) ?? DEFAULT_CSP) : DEFAULT_CSP;
}

/** Headers every response of the class server carries. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** Serve `pathname` from `dist`; false when there is no such file (the caller answers 404). */
export function serveStatic(
  dist: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
): boolean {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (rel.includes('\0')) return false;
  if (rel === '/' || rel === '') rel = '/index.html';
  const root = normalize(dist + sep);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return false;
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return false;
    size = st.size;
  } catch {
    return false;
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Vite's assets carry a content hash in their names: cache them for good; pages never.
  const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...headers, 'content-type': type, 'content-length': String(size), 'cache-control': cache });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}
