/**
 * The slow golden links (balance project): the largest legitimate game, 200 turns with bots in
 * every seat, and the deals link the replay budget refuses. Making them replays both games
 * (about a minute); `npx tsx scripts/save-goldens.ts` rewrites them with the rest.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { slowGoldenFiles } from '../../scripts/save-goldens.ts';

const TESTS_DIR = fileURLToPath(new URL('../', import.meta.url));

describe('slow golden links', () => {
  it('are what the engine produces today (else rerun scripts/save-goldens.ts)', () => {
    for (const [name, text] of Object.entries(slowGoldenFiles()))
      expect(readFileSync(`${TESTS_DIR}${name}`, 'utf8'), name).toBe(text);
  }, 600_000);
});
