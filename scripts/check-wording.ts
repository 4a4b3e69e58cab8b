/**
 * Usage: npx tsx scripts/check-wording.ts <source-document.txt> <scenario.json>...
 * Prints `file: path: copied "…"` for every run of eight or more words a scenario shares with
 * the source document, and exits 1 if there is any (scenario texts must be our own words).
 */
import { readFileSync } from 'node:fs';
import { copiedRuns } from '../src/scenario/wording.ts';

const [doc, ...files] = process.argv.slice(2);
if (doc === undefined || files.length === 0) {
  process.stderr.write('usage: npx tsx scripts/check-wording.ts <source-document.txt> <scenario.json>...\n');
  process.exit(2);
}
const document = readFileSync(doc, 'utf8');
let found = 0;
for (const f of files) {
  for (const c of copiedRuns(document, JSON.parse(readFileSync(f, 'utf8')) as unknown)) {
    process.stdout.write(`${f}: ${c.path}: copied "${c.run}"\n`);
    found++;
  }
}
process.stdout.write(found === 0 ? `${files.length} file(s): no run of 8+ words copied\n` : '');
process.exitCode = found === 0 ? 0 : 1;
