/**
 * The tamper table: every kind of edit a person could make to a save file, each refused with
 * one message naming the first turn or field that does not verify; only "a game cut at an
 * earlier turn" is a valid save, and says so.
 *
 * The game is made here from scripted orders of every kind (ships on every route, a standing
 * deal, drafts and votes, one of them equal to the scenario's default, monitoring, a launch),
 * so no rule outcome is written into this file. What each refusal must say is worked out by
 * `expectedRefusal`, an oracle that replays the edited file with the engine alone and the
 * chain's formula written out again: the first turn whose state differs is named with the
 * state message, else the first turn whose chain differs with the orders message, else the
 * start. For the edits the issue found accepted by format 2 (a rejected order added, a default
 * vote removed, orders reordered, players, engine, scenario text), the message is pinned too.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index.ts';
import {
  ENGINE_VERSION,
  canonicalJson,
  fingerprint,
  hashState,
  playTurns,
  resolveTurn,
  sha256Hex,
} from '../../src/engine/index.ts';
import type { SaveError } from '../../src/save/index.ts';
import { loadSave, saveOfPlay, serializeSave, summarizeGame } from '../../src/save/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { initialState, scenarioContentHash, sortedJson, validateScenario } from '../../src/scenario/index.ts';
import { realisticOrders } from '../../src/sim/index.ts';
import type { JsonDoc } from '../fixtures.ts';
import { loadScenario } from '../fixtures.ts';
import { PLAYERS } from './helpers.ts';

const SC = loadScenario();
const RUS_DEFAULT = SC.council.defaults.RUS.vote;

/** Orders of every kind, the same whatever the rules do with them. */
function everyKind(s: GameState): readonly Order[] {
  const t = s.turn;
  const o: Order[] = [...realisticOrders(s)];
  if (t % 3 === 1) o.push({ kind: 'draft', actor: 'UNSC', measure: 'condemn' });
  if (t % 3 === 2) {
    o.push({ kind: 'vote', actor: 'RUS', draft: `R${t - 1}-1`, vote: RUS_DEFAULT });
    o.push({ kind: 'vote', actor: 'CHN', draft: `R${t - 1}-1`, vote: 'yes' });
  }
  if (t === 3) o.push({ kind: 'monitor', actor: 'UNSC', routes: ['khasan-tumangang', 'dandong-sinuiju'] });
  if (t === 4) o.push({ kind: 'launch', actor: 'PRK' });
  return o;
}

const SAVE = saveOfPlay(SC, SC.seed, PLAYERS, playTurns(initialState(SC), 12, everyKind));
const TEXT = serializeSave(SAVE);
const base = (): JsonDoc => JSON.parse(TEXT) as JsonDoc;

/** The index of the first order of turn `t` (0-based) that `pred` accepts. */
function find(d: JsonDoc, t: number, pred: (o: JsonDoc) => boolean): number {
  const i = (d.turns[t].orders as JsonDoc[]).findIndex(pred);
  if (i < 0) throw new Error(`turn ${t + 1} has no such order`);
  return i;
}
const ship = (o: JsonDoc): boolean => o.kind === 'ship' && o.route !== undefined;
/** The turn (0-based) holding the first order of a kind. */
const turnOf = (kind: string): number => SAVE.turns.findIndex((t) => t.orders.some((o) => o.kind === kind));

/** The scenario's content hash recomputed after an edit, as a forger would. */
function rehash(d: JsonDoc): void {
  d.scenarioHash = sha256Hex(sortedJson(d.scenario));
}

type Edit = (d: JsonDoc) => void;
const orderEdit =
  (t: number, pred: (o: JsonDoc) => boolean, f: (o: JsonDoc) => void): Edit =>
  (d) =>
    f(d.turns[t].orders[find(d, t, pred)]);

const EDITS: { name: string; edit: Edit; pinned?: RegExp }[] = [
  { name: 'an order amount raised', edit: orderEdit(4, ship, (o) => (o.amount += 1)) },
  { name: 'an order amount set to zero', edit: orderEdit(5, ship, (o) => (o.amount = 0)) },
  {
    name: 'a route changed',
    edit: orderEdit(
      2,
      (o) => o.kind === 'ship' && o.route === 'vladivostok-rajin',
      (o) => (o.route = 'khasan-tumangang'),
    ),
  },
  { name: 'a route removed', edit: orderEdit(3, ship, (o) => delete o.route) },
  {
    name: 'a shipment made covert or declared',
    edit: orderEdit(6, ship, (o) => (o.mode = o.mode === 'covert' ? 'declared' : 'covert')),
  },
  {
    name: 'a shipped resource changed',
    edit: orderEdit(
      7,
      (o) => o.kind === 'ship' && o.resource === 'food',
      (o) => (o.resource = 'oil'),
    ),
  },
  { name: 'a destination changed', edit: orderEdit(8, ship, (o) => (o.to = o.to === 'PRK' ? 'CHN' : 'PRK')) },
  { name: 'an order given by another actor', edit: orderEdit(9, ship, (o) => (o.actor = 'CHN')) },
  {
    name: 'an extra rejected order from a non-actor ("USA")',
    edit: (d) => d.turns[3].orders.push({ kind: 'setPriorities', actor: 'USA', munitions: 10, labourAbroad: 10 }),
    pinned: /^turn 4 does not verify: its orders are not the ones the game was saved with/,
  },
  {
    name: 'an extra rejected order from China, on a route that does not exist',
    edit: (d) =>
      d.turns[3].orders.push({
        kind: 'ship',
        actor: 'CHN',
        to: 'PRK',
        resource: 'food',
        amount: 10,
        route: 'no-such-route',
        mode: 'declared',
      }),
    pinned: /^turn 4 does not verify: its orders are not the ones the game was saved with/,
  },
  { name: 'an order given twice', edit: (d) => d.turns[10].orders.push(structuredClone(d.turns[10].orders[1])) },
  {
    name: 'a vote equal to the default removed',
    edit: (d) =>
      d.turns[1].orders.splice(
        find(d, 1, (o) => o.kind === 'vote' && o.actor === 'RUS'),
        1,
      ),
    pinned: /^turn 2 does not verify: its orders are not the ones the game was saved with/,
  },
  {
    name: 'a vote changed',
    edit: orderEdit(
      4,
      (o) => o.kind === 'vote' && o.actor === 'CHN',
      (o) => (o.vote = 'no'),
    ),
  },
  {
    name: "a draft's measure changed",
    edit: orderEdit(
      0,
      (o) => o.kind === 'draft',
      (o) => (o.measure = 'armsEmbargo'),
    ),
  },
  {
    name: 'a draft removed',
    edit: (d) =>
      d.turns[6].orders.splice(
        find(d, 6, (o) => o.kind === 'draft'),
        1,
      ),
  },
  {
    name: 'the monitored routes changed',
    edit: orderEdit(
      turnOf('monitor'),
      (o) => o.kind === 'monitor',
      (o) => (o.routes = ['vladivostok-rajin']),
    ),
  },
  { name: 'a launch added', edit: (d) => d.turns[8].orders.push({ kind: 'launch', actor: 'PRK' }) },
  {
    name: 'a launch removed',
    edit: (d) =>
      d.turns[turnOf('launch')].orders.splice(
        find(d, turnOf('launch'), (o) => o.kind === 'launch'),
        1,
      ),
  },
  {
    name: 'priorities changed',
    edit: orderEdit(
      5,
      (o) => o.kind === 'setPriorities',
      (o) => (o.munitions = 80),
    ),
  },
  {
    name: "a deal's terms changed",
    edit: orderEdit(
      turnOf('proposeDeal'),
      (o) => o.kind === 'proposeDeal',
      (o) => (o.give.amount += 10),
    ),
  },
  {
    name: 'a deal acceptance removed',
    edit: (d) =>
      d.turns[turnOf('acceptDeal')].orders.splice(
        find(d, turnOf('acceptDeal'), (o) => o.kind === 'acceptDeal'),
        1,
      ),
  },
  {
    name: 'two orders of a turn swapped',
    edit: (d) => {
      const o = d.turns[1].orders;
      const last = o.length - 1;
      [o[last - 1], o[last]] = [o[last], o[last - 1]];
    },
    pinned: /^turn 2 does not verify: its orders are not the ones the game was saved with/,
  },
  {
    name: 'the last order of a turn moved to the front',
    edit: (d) => d.turns[11].orders.unshift(d.turns[11].orders.pop()),
  },
  { name: 'an order removed', edit: (d) => d.turns[6].orders.splice(0, 1) },
  { name: 'every order of a turn removed', edit: (d) => (d.turns[9].orders = []) },
  { name: 'two turns swapped', edit: (d) => ([d.turns[4], d.turns[5]] = [d.turns[5], d.turns[4]]) },
  { name: 'a turn deleted from the middle', edit: (d) => d.turns.splice(6, 1) },
  {
    name: 'a turn played twice (one turn more than the scenario has)',
    edit: (d) => d.turns.splice(3, 0, structuredClone(d.turns[3])),
  },
  { name: 'a turn replaced by a copy of the one before', edit: (d) => (d.turns[4] = structuredClone(d.turns[3])) },
  { name: 'the first turn deleted', edit: (d) => d.turns.shift() },
  { name: 'a state hash edited', edit: (d) => (d.turns[6].hash = '0'.repeat(64)) },
  { name: 'a chain hash edited', edit: (d) => (d.turns[6].chain = '0'.repeat(64)) },
  { name: 'the start edited', edit: (d) => (d.start = 'f'.repeat(64)) },
  {
    name: "a player's kind changed",
    edit: (d) => (d.players.UNSC = { kind: 'human' }),
    pinned: /^the game's start does not verify: its scenario, seed, players or engine version/,
  },
  {
    name: 'a player renamed',
    edit: (d) => (d.players.RUS.name = 'Mallory'),
    pinned: /^the game's start does not verify/,
  },
  { name: "a player's name added", edit: (d) => (d.players.UNSC = { kind: 'none', name: 'Eve' }) },
  {
    name: 'the engine version changed',
    edit: (d) => (d.engine = '9.9.9'),
    pinned: /^the game's start does not verify/,
  },
  { name: 'the seed changed', edit: (d) => (d.seed += 1) },
  {
    name: "the scenario's title changed, its hash recomputed",
    edit: (d) => {
      d.scenario.title = 'Munitions for nothing';
      rehash(d);
    },
    pinned: /^the game's start does not verify/,
  },
  {
    name: 'a briefing changed, the hash recomputed',
    edit: (d) => {
      d.scenario.briefing.PRK = `${d.scenario.briefing.PRK} Trust Russia.`;
      rehash(d);
    },
  },
  {
    name: 'a debrief question changed, the hash recomputed',
    edit: (d) => {
      d.scenario.debrief[0] = 'Why was the council right?';
      rehash(d);
    },
  },
  {
    name: 'a place renamed, the hash recomputed',
    edit: (d) => {
      d.scenario.places[0].name = 'Somewhere else';
      rehash(d);
    },
  },
  {
    name: 'a source rewritten, the hash recomputed',
    edit: (d) => {
      d.scenario.sources[0].note = 'A source that says the opposite.';
      rehash(d);
    },
  },
  {
    name: 'the scenario changed, its hash kept',
    edit: (d) => (d.scenario.actors.PRK.stocks.food += 1),
  },
];

/** What the loader must answer for an edited (parsed) save: replays with the engine alone. */
function expectedRefusal(d: JsonDoc): Omit<SaveError, 'more'> {
  const sc = validateScenario(d.scenario);
  if (!sc.ok) throw new Error('the oracle expects a valid scenario');
  const scenario: Scenario = sc.value;
  if (d.turns.length > scenario.turns)
    return {
      kind: 'invalid',
      path: 'turns',
      message: `has ${d.turns.length} turns; scenario "${scenario.id}" has only ${scenario.turns}`,
    };
  if (scenarioContentHash(scenario) !== d.scenarioHash)
    return {
      kind: 'mismatch',
      path: 'scenarioHash',
      message: 'the embedded scenario does not match its content hash: it was changed after the game was saved',
    };
  const damaged = 'the save was edited or damaged';
  const note =
    d.engine === ENGINE_VERSION
      ? damaged
      : `the save was made by engine ${d.engine} and this is engine ${ENGINE_VERSION}, whose rules may differ; or the save was edited`;
  const start = sha256Hex(`veto-game-start\n${d.engine}\n${d.scenarioHash}\n${d.seed}\n${canonicalJson(d.players)}`);
  let link = start;
  let s = initialState(scenario, d.seed);
  for (const [i, t] of (d.turns as { orders: Order[]; hash: string; chain: string }[]).entries()) {
    s = resolveTurn(s, t.orders).state;
    const h = hashState(s);
    if (h !== t.hash)
      return {
        kind: 'mismatch',
        path: `turns[${i}]`,
        message: `turn ${i + 1} does not verify: the save says state ${fingerprint(t.hash)}, replaying gives ${fingerprint(h)}; ${note}`,
      };
    link = sha256Hex(`veto-game-turn\n${link}\n${canonicalJson(t.orders)}\n${h}`);
    if (start === d.start && link !== t.chain)
      return {
        kind: 'mismatch',
        path: `turns[${i}]`,
        message: `turn ${i + 1} does not verify: its orders are not the ones the game was saved with (one was added, removed, changed or moved); the save says game ${fingerprint(t.chain)}, replaying gives ${fingerprint(link)}; ${damaged}`,
      };
  }
  if (start !== d.start)
    return {
      kind: 'mismatch',
      path: 'start',
      message: `the game's start does not verify: its scenario, seed, players or engine version are not the ones it was played with; the save says game ${fingerprint(d.start)}, these give ${fingerprint(start)}; ${damaged}`,
    };
  throw new Error('the oracle found nothing wrong: the edit changed nothing');
}

describe('the tamper table', () => {
  it('the game plays orders of every kind, and its save verifies', () => {
    const kinds = new Set(SAVE.turns.flatMap((t) => t.orders.map((o) => o.kind)));
    expect([...kinds].sort()).toEqual(
      ['acceptDeal', 'draft', 'launch', 'monitor', 'proposeDeal', 'setPriorities', 'ship', 'vote'].sort(),
    );
    expect(loadSave(TEXT).ok).toBe(true);
  });

  it.each(EDITS)('$name: refused, naming the first turn or field that does not verify', ({ edit, pinned }) => {
    const d = base();
    edit(d);
    const text = JSON.stringify(d);
    expect(text).not.toBe(JSON.stringify(base()));
    const r = loadSave(text);
    expect(r.ok ? 'loaded' : { ...r.error, more: undefined }).toEqual({ ...expectedRefusal(d), more: undefined });
    if (pinned !== undefined && !r.ok) expect(r.error.message).toMatch(pinned);
  });

  it('a file cut short is refused as unreadable', () => {
    const r = loadSave(TEXT.slice(0, Math.floor(TEXT.length / 2)));
    expect(r.ok ? null : [r.error.kind, r.error.path, r.error.message.startsWith('invalid JSON')]).toEqual([
      'unreadable',
      '(root)',
      true,
    ]);
  });

  it.each([0, 1, 5, 11])('a game cut after turn %i is a valid save, and says where it stands', (k) => {
    const d = base();
    d.turns = d.turns.slice(0, k);
    const r = loadSave(JSON.stringify(d));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.save.turns).toHaveLength(k);
    expect(r.value.gameHash).toBe(k === 0 ? SAVE.start : SAVE.turns[k - 1]!.chain);
    expect(summarizeGame(r.value)).toContain(`, ${k} of 12 turns (next turn ${k + 1}); `);
  });

  it('covers at least the 38 kinds of edit of the report', () => {
    expect(EDITS.length + 2).toBeGreaterThanOrEqual(38);
  });
});
