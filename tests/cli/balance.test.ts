/** `cli sim --play bots` and `cli balance`: exit codes, output shape, determinism. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { formatBalance } from '../../src/cli/balance.ts';
import { POLICIES, balance, probe, spread } from '../../src/sim/index.ts';
import { SCENARIO_DIR, loadScenario } from '../fixtures.ts';

const path = `${SCENARIO_DIR}summit-2023.json`;

describe('cli sim --play bots', () => {
  it('plays every turn with bots, deterministically, with no rejection', () => {
    const a = main(['sim', path, '--play', 'bots', '--json']);
    const b = main(['sim', path, '--play', 'bots', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as {
      play: string;
      turns: { report: { rejections: unknown[] }; orders: unknown[] }[];
    };
    expect(doc.play).toBe('bots');
    expect(doc.turns.length).toBe(12);
    expect(doc.turns.flatMap((t) => t.report.rejections)).toEqual([]);
    expect(doc.turns[0]!.orders.length).toBeGreaterThan(0);
  });

  it('says who plays in the text report', () => {
    const r = main(['sim', path, '--play', 'bots', '--turns', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('seed 2023, 1 of 12 turns, bots play RUS, PRK, CHN, UNSC');
  });

  it('rejects an unknown --play with exit code 2', () => {
    const r = main(['sim', path, '--play', 'robots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('veto: --play must be one of hold, historical, bots, got "robots"');
  });
});

describe('cli balance', () => {
  it('prints the spread, the history and the drafts', () => {
    const r = main(['balance', path, '--runs', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('3 runs with bots in every seat (seeds 1–3)');
    expect(lines[3]).toBe('score (0-100)      min  p10  median  p90  max  history');
    expect(lines.some((l) => l.startsWith('  renewPanel'))).toBe(true);
    expect(lines.at(-1)).toBe('rejected orders: 0; defaulted deal deliveries: 0');
  });

  it('--json gives the same numbers as the library, and is deterministic', () => {
    const a = main(['balance', path, '--runs', '4', '--json']);
    expect(a.code).toBe(0);
    expect(main(['balance', path, '--runs', '4', '--json']).stdout).toBe(a.stdout);
    const doc = JSON.parse(a.stdout) as ReturnType<typeof balance>;
    expect(doc).toEqual(JSON.parse(JSON.stringify(balance(loadScenario(), 4, false))));
    expect(doc.runs).toBe(4);
    expect(doc.rejections).toBe(0);
    for (const s of Object.values(doc.scores)) {
      expect(s.min).toBeLessThanOrEqual(s.p10);
      expect(s.p10).toBeLessThanOrEqual(s.median);
      expect(s.median).toBeLessThanOrEqual(s.p90);
      expect(s.p90).toBeLessThanOrEqual(s.max);
    }
    for (const d of Object.values(doc.drafts)) {
      expect(d.adopted + d.vetoed + d.short).toBeLessThanOrEqual(d.tabled);
      // Permanent members by seat id; every veto of the kind is counted against at least one.
      expect(Object.keys(d.vetoedBy)).toEqual(['USA', 'GBR', 'FRA', 'RUS', 'CHN']);
      const vetoes = Object.values(d.vetoedBy).reduce((a, b) => a + b, 0);
      expect(vetoes).toBeGreaterThanOrEqual(d.vetoed);
    }
    expect(doc.bots).toBe('easy');
    expect(doc.searchLines).toEqual([]);
  });

  it('counts vetoes per draft kind and permanent member', () => {
    const doc = JSON.parse(main(['balance', path, '--runs', '6', '--json']).stdout) as ReturnType<typeof balance>;
    const all = Object.values(doc.drafts).reduce((n, d) => n + d.vetoedBy.RUS! + d.vetoedBy.CHN!, 0);
    expect(all).toBeGreaterThan(0);
    expect(doc.drafts.workerBan.vetoedBy.USA).toBe(0);
  });

  it('--probe plays the search line of the actors asked for, with the orders that made the difference', () => {
    const argv = [
      'balance',
      path,
      '--runs',
      '2',
      '--probe',
      '--search-runs',
      '1',
      '--actor',
      'RUS',
      '--search-budget',
      '16',
    ];
    const doc = JSON.parse(main([...argv, '--json']).stdout) as ReturnType<typeof balance>;
    expect(doc.probes.map((p) => [p.actor, p.policy])).toEqual([
      ['RUS', 'always veto'],
      ['RUS', 'never veto (abstain)'],
      ['RUS', 'no one-off shipments'],
      ['RUS', 'spare food and oil to Pyongyang'],
      ['RUS', 'yes on every sanction'],
    ]);
    expect(doc.searchLines.map((x) => [x.actor, x.runs, x.better + x.same + x.worse])).toEqual([['RUS', 1, 1]]);
    const line = doc.searchLines[0]!;
    expect(line.top.length).toBeLessThanOrEqual(3);
    expect(line.history).toBe(doc.historical!.RUS);
    const text = main(argv).stdout.split('\n');
    expect(text).toContain('the search bot in one seat against heuristic bots (seeds 1–1): what a strong player finds');
    expect(text.some((l) => l.startsWith('  RUS   '))).toBe(true);
  });

  const bad: { name: string; argv: string[]; stderr: string }[] = [
    { name: 'no scenario', argv: ['balance'], stderr: 'veto: balance needs exactly one scenario file' },
    {
      name: 'zero runs',
      argv: ['balance', path, '--runs', '0'],
      stderr: 'veto: --runs must be between 1 and 10000, got 0',
    },
    {
      name: 'runs not a number',
      argv: ['balance', path, '--runs', 'many'],
      stderr: 'veto: --runs must be a whole number, got "many"',
    },
    { name: 'unknown option', argv: ['balance', path, '--seeds', '3'], stderr: 'veto: unknown option --seeds' },
    {
      name: 'unknown bot level',
      argv: ['balance', path, '--bots', 'medium'],
      stderr: 'veto: --bots must be one of easy, hard, got "medium"',
    },
    {
      name: 'budget below two rollouts',
      argv: ['balance', path, '--budget', '1'],
      stderr: 'veto: --budget must be between 2 and 100000, got 1',
    },
    {
      name: 'unknown probe actor',
      argv: ['balance', path, '--probe', '--actor', 'USA'],
      stderr: 'veto: --actor: unknown actor "USA" (use RUS, PRK, CHN, UNSC)',
    },
  ];
  for (const c of bad) {
    it(`exit 2 on bad arguments: ${c.name}`, () => {
      const r = main(c.argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(c.stderr);
    });
  }
});

describe('balance helpers', () => {
  const cases: { name: string; xs: number[]; out: ReturnType<typeof spread> }[] = [
    { name: 'empty', xs: [], out: { min: 0, p10: 0, median: 0, p90: 0, max: 0 } },
    { name: 'one', xs: [5], out: { min: 5, p10: 5, median: 5, p90: 5, max: 5 } },
    { name: 'odd count, unsorted', xs: [9, 1, 5], out: { min: 1, p10: 1, median: 5, p90: 5, max: 9 } },
    {
      name: 'even count takes the lower median',
      xs: [4, 1, 3, 2],
      out: { min: 1, p10: 1, median: 2, p90: 3, max: 4 },
    },
    {
      name: 'ten values: p10 and p90 are the 1st and 9th by the lower nearest rank',
      xs: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      out: { min: 10, p10: 10, median: 50, p90: 90, max: 100 },
    },
    {
      name: 'eleven values',
      xs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      out: { min: 0, p10: 1, median: 5, p90: 9, max: 10 },
    },
  ];
  for (const c of cases) it(`spread: ${c.name}`, () => expect(spread(c.xs)).toEqual(c.out));

  it('the probe compares a policy with the bot seed by seed', () => {
    const scenario = loadScenario();
    const base = balance(scenario, 3, false);
    const runs = [1, 2, 3].map((seed) => ({
      seed,
      scores: { RUS: 0, PRK: 0, CHN: 0, UNSC: 0 },
      indicators: base.indicators as never,
      drafts: base.drafts,
      rejections: 0,
      defaults: 0,
      detections: 0,
    }));
    // Against a baseline of zero scores, any policy scores better or the same on each seed.
    const [p] = probe(
      scenario,
      runs,
      POLICIES.filter((x) => x.actor === 'UNSC' && x.name === 'never draft'),
    );
    expect(p!.worse).toBe(0);
    expect(p!.better + p!.same).toBe(3);
    expect(formatBalance({ ...base, probes: [p!] }, 't')).toContain('UNSC  never draft');
  });
});
