/**
 * A class is its log: replaying the rows gives the same session (every turn's hash checked),
 * and a row edited by hand is refused, naming the row or the turn that does not verify.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, fingerprint } from '../../src/engine/index.ts';
import { scenarioContentHash } from '../../src/scenario/index.ts';
import type { LogEvent } from '../../src/server/log.ts';
import { RebuildError, Session, rebuild } from '../../src/server/session.ts';
import { loadScenario } from '../fixtures.ts';

const scenario = loadScenario('pyongyang-2024');
const settings = { botLevel: 'easy', deadlineSeconds: null, autoAdvance: true } as const;
const created: LogEvent = {
  kind: 'created',
  engine: ENGINE_VERSION,
  scenario,
  scenarioHash: scenarioContentHash(scenario),
  seeds: [7, 8],
  settings,
};

type Row = { seq: number; kind: string; body: string };

/** A short class played live: the rows the room would have written, and the live session. */
function played(): { rows: Row[]; live: Session } {
  const live = new Session('ABCDEF', scenario, scenarioContentHash(scenario), ENGINE_VERSION, [7, 8], settings);
  const events: LogEvent[] = [
    created,
    { kind: 'joined', participant: 'p1', name: 'Ana', tokenHash: 'a'.repeat(64) },
    { kind: 'assigned', participant: 'p1', seat: { world: 1, actor: 'PRK' } },
    { kind: 'started' },
    { kind: 'submitted', world: 1, turn: 1, actor: 'PRK', by: 'p1', orders: [{ kind: 'launch', actor: 'PRK' }] },
  ];
  for (const e of events.slice(1)) live.apply(e);
  for (const w of [1, 0, 1]) {
    const next = live.resolveNow(w);
    if (next === null) throw new Error('no turn');
    events.push(next.event);
    live.apply(next.event, next.result);
  }
  const rows = events.map((e, seq) => {
    const { kind, ...body } = e;
    return { seq, kind, body: JSON.stringify(body) };
  });
  return { rows, live };
}

describe('rebuild', () => {
  it('replays the log into the same session', () => {
    const { rows, live } = played();
    const again = rebuild('ABCDEF', rows);
    expect(again.worlds.map((w) => w.turns.map((t) => t.hash))).toEqual(
      live.worlds.map((w) => w.turns.map((t) => t.hash)),
    );
    expect(again.worlds.map((w) => w.state.turn)).toEqual([2, 3]);
    expect(again.worlds[1]?.turns[0]?.orders.filter((o) => o.actor === 'PRK')).toEqual([
      { kind: 'launch', actor: 'PRK' },
    ]);
    expect([...again.participants.values()]).toEqual([
      { id: 'p1', name: 'Ana', tokenHash: 'a'.repeat(64), seat: { world: 1, actor: 'PRK' } },
    ]);
    expect(again.phase).toBe('playing');
  });

  it('refuses a resolved turn whose hash was changed, naming the world and turn', () => {
    const { rows, live } = played();
    const row = rows[7];
    if (row === undefined) throw new Error('no row');
    const body = JSON.parse(row.body) as { hash: string };
    const real = live.worlds[1]?.turns[1]?.hash ?? '';
    rows[7] = { ...row, body: JSON.stringify({ ...body, hash: 'f'.repeat(64) }) };
    expect(() => rebuild('ABCDEF', rows)).toThrow(
      new RebuildError(
        `world 2, turn 2 does not verify: the log says state ffff-ffff, replaying gives ${fingerprint(real)}`,
      ),
    );
  });

  it.each([
    {
      name: 'an edited order',
      edit: (rows: Row[]) => {
        const r = rows[5];
        if (r === undefined) return;
        rows[5] = { ...r, body: r.body.replace('"launch"', '"setPriorities","munitions":1,"labourAbroad":1') };
      },
      error: /^world 2, turn 1 does not verify: the log says state/,
    },
    {
      name: 'a missing row',
      edit: (rows: Row[]) => void rows.splice(2, 1),
      error: /^class ABCDEF: log row 2 is missing$/,
    },
    {
      name: 'an unknown event',
      edit: (rows: Row[]) => {
        rows[3] = { seq: 3, kind: 'teleport', body: '{}' };
      },
      error: /^class ABCDEF: log row 3 \(teleport\): unknown event kind "teleport"$/,
    },
    {
      name: 'a changed scenario',
      edit: (rows: Row[]) => {
        const r = rows[0];
        if (r !== undefined) rows[0] = { ...r, body: r.body.replace(scenario.title, 'Another title') };
      },
      error: /^class ABCDEF: the logged scenario does not match its content hash$/,
    },
  ])('refuses $name', ({ edit, error }) => {
    const { rows } = played();
    edit(rows);
    expect(() => rebuild('ABCDEF', rows)).toThrow(error);
  });
});
