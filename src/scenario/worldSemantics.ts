/**
 * Semantic checks of the council, regime, events, sources and calibration parts of a scenario
 * (what the schema cannot express): ids that must exist or be unique, turns within the game,
 * a council of fifteen with five permanent members, calibration paths that point at data.
 * The historical script is checked by simulation in historicalCheck.ts.
 */
import { ACTORS, COUNCIL_SIZE, PERMANENT_SEATS } from '../engine/index.ts';
import type { Scenario } from './schema.ts';

type Add = (path: string, message: string) => void;

export function checkWorld(s: Scenario, add: Add): void {
  const sources = new Set<string>();
  s.sources.forEach((src, i) => {
    if (sources.has(src.id)) add(`sources[${i}].id`, `duplicate source id "${src.id}"`);
    sources.add(src.id);
  });
  const refs = (path: string, ids: readonly string[] | undefined): void => {
    ids?.forEach((id, j) => {
      if (!sources.has(id)) add(`${path}[${j}]`, `unknown source "${id}" (add it to "sources")`);
    });
  };
  const routeIds = new Set(s.routes.map((r) => r.id));

  for (const [i, r] of s.routes.entries()) refs(`routes[${i}].sources`, r.sources);
  for (const [i, d] of s.deals.entries()) refs(`deals[${i}].sources`, d.sources);

  s.calibration.forEach((c, i) => {
    refs(`calibration[${i}].sources`, c.sources);
    if (!pathExists(s, c.path))
      add(`calibration[${i}].path`, `"${c.path}" does not point at anything in this scenario`);
  });

  if (s.otherTrade !== undefined) refs('otherTrade.sources', s.otherTrade.sources);
  if (s.extrapolatedFrom !== undefined && s.extrapolatedFrom > s.turns)
    add('extrapolatedFrom', `turn ${s.extrapolatedFrom} is past the end of the game (turn ${s.turns})`);

  checkRegime(s, add, refs, routeIds);
  checkCouncil(s, add, refs);
  checkEvents(s, add, refs, routeIds);
  checkObjectives(s, add);
}

/** An objective's `full` lies beyond its target (above for atLeast, below for atMost), and its
 * `zero` short of it (strictly below for atLeast, above for atMost: the score climbs from zero
 * to the target over at least one point). */
function checkObjectives(s: Scenario, add: Add): void {
  for (const a of ACTORS) {
    s.objectives[a].forEach((o, i) => {
      const atLeast = o.op === 'atLeast';
      if (o.full !== undefined && (atLeast ? o.full < o.target : o.full > o.target))
        add(
          `objectives.${a}[${i}].full`,
          `"full" (${o.full}) must be ${atLeast ? 'at or above' : 'at or below'} the target (${o.target})`,
        );
      if (o.zero !== undefined && (atLeast ? o.zero >= o.target : o.zero <= o.target))
        add(
          `objectives.${a}[${i}].zero`,
          `"zero" (${o.zero}) must be ${atLeast ? 'below' : 'above'} the target (${o.target})`,
        );
    });
  }
}

function checkRegime(
  s: Scenario,
  add: Add,
  refs: (p: string, ids: readonly string[] | undefined) => void,
  routeIds: Set<string>,
): void {
  const ids = new Set<string>();
  const unique = (path: string, id: string): void => {
    if (ids.has(id)) add(path, `duplicate cap or ban id "${id}"`);
    ids.add(id);
  };
  s.regime.caps.forEach((c, i) => {
    unique(`regime.caps[${i}].id`, c.id);
    refs(`regime.caps[${i}].sources`, c.sources);
    if ((c.fromTurn ?? 1) > s.turns)
      add(`regime.caps[${i}].fromTurn`, `turn ${c.fromTurn} is past the end of the game (turn ${s.turns})`);
  });
  s.regime.bans.forEach((b, i) => {
    unique(`regime.bans[${i}].id`, b.id);
    refs(`regime.bans[${i}].sources`, b.sources);
    if (b.from !== null && b.from === b.to) add(`regime.bans[${i}]`, `a ban from ${b.from} to itself bans nothing`);
    if ((b.fromTurn ?? 1) > s.turns)
      add(`regime.bans[${i}].fromTurn`, `turn ${b.fromTurn} is past the end of the game (turn ${s.turns})`);
    const d = b.deadlineTurn;
    if (d !== undefined && d !== null) {
      if (d < (b.fromTurn ?? 1))
        add(
          `regime.bans[${i}].deadlineTurn`,
          `the deadline (turn ${d}) comes before the ban is in force (turn ${b.fromTurn ?? 1})`,
        );
      if (d > s.turns) add(`regime.bans[${i}].deadlineTurn`, `turn ${d} is past the end of the game (turn ${s.turns})`);
    }
  });
  const p = s.regime.panel;
  refs('regime.panel.sources', p.sources);
  p.monitored.forEach((r, i) => {
    if (!routeIds.has(r)) add(`regime.panel.monitored[${i}]`, `unknown route "${r}"`);
  });
  if (p.monitored.length > p.maxRoutes)
    add('regime.panel.monitored', `the Panel monitors at most ${p.maxRoutes} route(s); ${p.monitored.length} listed`);
}

function checkCouncil(s: Scenario, add: Add, refs: (p: string, ids: readonly string[] | undefined) => void): void {
  const c = s.council;
  if (c.seats.length !== COUNCIL_SIZE)
    add('council.seats', `the council has ${COUNCIL_SIZE} seats; ${c.seats.length} listed`);
  const permanent = c.seats.filter((x) => x.permanent).length;
  if (permanent !== PERMANENT_SEATS)
    add('council.seats', `${PERMANENT_SEATS} seats are permanent; ${permanent} marked permanent`);
  const seen = new Set<string>();
  c.seats.forEach((x, i) => {
    if (seen.has(x.id)) add(`council.seats[${i}].id`, `duplicate seat "${x.id}"`);
    seen.add(x.id);
    if (x.actor !== null && !x.permanent) add(`council.seats[${i}].permanent`, `${x.actor} holds a permanent seat`);
  });
  for (const a of ['RUS', 'CHN'] as const) {
    const n = c.seats.filter((x) => x.actor === a).length;
    if (n !== 1) add('council.seats', `exactly one seat must have actor "${a}"; found ${n}`);
  }
  if (c.noBelow > c.yesAt) add('council.noBelow', `noBelow (${c.noBelow}) must not exceed yesAt (${c.yesAt})`);
  c.history.forEach((h, i) => {
    refs(`council.history[${i}].sources`, h.sources);
    if (h.yes + h.no + h.abstain > COUNCIL_SIZE)
      add(`council.history[${i}]`, `${h.yes + h.no + h.abstain} votes cast; the council has ${COUNCIL_SIZE} seats`);
  });
}

function checkEvents(
  s: Scenario,
  add: Add,
  refs: (p: string, ids: readonly string[] | undefined) => void,
  routeIds: Set<string>,
): void {
  const ids = new Set<string>();
  const effects = (path: string, list: Scenario['events'][number]['effects']): void => {
    list.forEach((e, j) => {
      if (e.kind === 'route' && !routeIds.has(e.route)) add(`${path}[${j}].route`, `unknown route "${e.route}"`);
      if (e.kind === 'route' && e.open === undefined && e.capacity === undefined && e.detectionBp === undefined) {
        add(`${path}[${j}]`, 'a route effect must change open, capacity or detectionBp');
      }
    });
  };
  s.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (ids.has(e.id)) add(`${at}.id`, `duplicate event id "${e.id}"`);
    ids.add(e.id);
    refs(`${at}.sources`, e.sources);
    effects(`${at}.effects`, e.effects);
    if ((e.at === undefined) === (e.when === undefined))
      add(at, 'give exactly one of "at" (a turn) or "when" (conditions)');
    if (e.at !== undefined && e.at > s.turns)
      add(`${at}.at`, `turn ${e.at} is past the end of the game (turn ${s.turns})`);
    if (e.at !== undefined && (e.from !== undefined || e.until !== undefined))
      add(at, '"from" and "until" apply only to events with "when"');
    if (e.from !== undefined && e.from > s.turns)
      add(`${at}.from`, `turn ${e.from} is past the end of the game (turn ${s.turns})`);
    if (e.from !== undefined && e.until !== undefined && e.until < e.from)
      add(`${at}.until`, `"until" (${e.until}) comes before "from" (${e.from})`);
  });
  s.deck.cards.forEach((c, i) => {
    const at = `deck.cards[${i}]`;
    if (ids.has(c.id)) add(`${at}.id`, `duplicate event id "${c.id}"`);
    ids.add(c.id);
    refs(`${at}.sources`, c.sources);
    effects(`${at}.effects`, c.effects);
  });
  if (s.deck.drawBp > 0 && s.deck.cards.length === 0)
    add('deck.cards', 'the deck is drawn from (drawBp > 0) but has no cards');
  for (const a of ACTORS) if (s.objectives[a].length === 0) add(`objectives.${a}`, 'needs at least one objective');
}

/** Does a path such as `actors.PRK.stocks.food` or `routes[0].capacity` name a value here? */
export function pathExists(root: unknown, path: string): boolean {
  // Grammar: name ( "." name | "[" digits "]" )*
  const segs: (string | number)[] = [];
  const re = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = re.exec(rest);
    if (m === null) return false;
    if (m[1] !== undefined) {
      if (segs.length === 0 ? m[0].startsWith('.') : !m[0].startsWith('.')) return false;
      segs.push(m[1]);
    } else segs.push(Number(m[2]));
    rest = rest.slice(m[0].length);
  }
  if (segs.length === 0 || typeof segs[0] !== 'string') return false;
  let cur: unknown = root;
  for (const seg of segs) {
    if (cur === null || typeof cur !== 'object') return false;
    if (typeof seg === 'number') {
      if (!Array.isArray(cur) || seg >= cur.length) return false;
      cur = cur[seg];
    } else {
      if (Array.isArray(cur) || !Object.hasOwn(cur, seg)) return false;
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return cur !== undefined;
}
