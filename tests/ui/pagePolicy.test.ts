/**
 * Every page a player or instructor opens (the game, the students' join page, the instructor's
 * console) carries the same strict Content-Security-Policy as a meta tag, so the policy holds
 * under `vite dev` too, not only where a server sends it as a header.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config.ts';

const ROOT = new URL('../../', import.meta.url);
const policyOf = (page: string): string => contentSecurityPolicy(readFileSync(new URL(page, ROOT), 'utf8'));

describe('the pages shipped in the build', () => {
  it.each(['index.html', 'class.html', 'console.html'])('%s has the strict policy', (page) => {
    expect(policyOf(page)).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; worker-src 'self'");
  });
});
