import { readFileSync } from "node:fs";
import { z } from "zod";
// src/engine/schemaConfig.ts
/**
* zod builds fast parsers with `new Function` unless told not to, and probes for it when a
* schema is built; a page with a strict Content-Security-Policy (no 'unsafe-eval') refuses
* that and reports a violation. Veto's schemas run without it everywhere (it costs about two
* milliseconds a scenario). index.ts imports this first, so it runs before any schema is built
* (a module's imports are evaluated before its body, and every schema module imports the
* engine).
*/
z.config({ jitless: true });
// src/engine/ids.ts
/**
* The engine's closed vocabularies. Every union is derived from an `as const` tuple so that
* iteration order is fixed (determinism) and switches can be checked for exhaustiveness.
*/
var ACTORS = [
	"RUS",
	"PRK",
	"CHN",
	"UNSC"
];
/** Physical goods: they move along routes and use route capacity. */
var GOODS = [
	"oil",
	"food",
	"munitions",
	"labour"
];
/** Everything an actor holds a stock of: the goods, hard currency (USD millions) and
* know-how (packages of space or military technology). Currency and know-how take no route. */
var RESOURCES = [
	...GOODS,
	"currency",
	"knowhow"
];
var UNITS = {
	oil: "thousand barrels",
	food: "thousand tonnes",
	munitions: "shipping containers",
	labour: "thousand workers",
	currency: "USD million",
	knowhow: "packages of know-how"
};
/**
* Indicators run from 0 to 100. Each belongs to one actor (its owner), which is what the
* scoring of issue 3 and the dashboard group them by.
*/
var INDICATORS = [
	"prkStability",
	"prkProgramme",
	"rusWarEffort",
	"rusReputation",
	"chnInfluence",
	"chnBorderStability",
	"chnStanding",
	"unscSanctionsIntegrity",
	"unscAuthority"
];
var RELATION_MIN = -100;
var ROUTE_KINDS = [
	"rail",
	"sea",
	"road",
	"bridge",
	"air"
];
var SHIPMENT_MODES = ["declared", "covert"];
var TURN_LENGTHS = [
	"month",
	"quarter",
	"half"
];
var PAIRS = (() => {
	const out = [];
	for (const [i, a] of ACTORS.entries()) for (const b of ACTORS.slice(i + 1)) out.push(`${a}-${b}`);
	return out;
})();
/** Every pair key built once, by the two actors' places in ACTORS (sender × 4 + receiver): a
* string made afresh on each call is a slow property key (V8 hashes it on every lookup), and a
* record of records keyed by the actors' names took two slow lookups. */
var PAIR_KEY = (() => {
	const out = [];
	for (const [i, a] of ACTORS.entries()) for (const [j, b] of ACTORS.entries()) out.push(i < j ? `${a}-${b}` : `${b}-${a}`);
	return out;
})();
function pairKey(a, b) {
	return PAIR_KEY[actorIndex(a) * ACTORS.length + actorIndex(b)];
}
function actorIndex(a) {
	switch (a) {
		case "RUS": return 0;
		case "PRK": return 1;
		case "CHN": return 2;
		case "UNSC": return 3;
		default: return assertNever(a);
	}
}
function isActorId(x) {
	return x === "RUS" || x === "PRK" || x === "CHN" || x === "UNSC";
}
function isGood(x) {
	return x === "oil" || x === "food" || x === "munitions" || x === "labour";
}
function isResource(x) {
	return isGood(x) || x === "currency" || x === "knowhow";
}
/** The good's place in GOODS (also its place in RESOURCES). */
function goodIndex(g) {
	switch (g) {
		case "oil": return 0;
		case "food": return 1;
		case "munitions": return 2;
		case "labour": return 3;
		default: return assertNever(g);
	}
}
/** The resource's place in RESOURCES. */
function resourceIndex(r) {
	switch (r) {
		case "currency": return 4;
		case "knowhow": return 5;
		default: return goodIndex(r);
	}
}
/**
* What a draft resolution can do. `value` of a draft means, by measure:
*   oilCap       the new cap on refined petroleum into North Korea, thousand barrels a year
*   workerBan    turns from adoption to the repatriation deadline (0: at once)
*   armsEmbargo  unused (0)
*   renewPanel   turns of the Panel of Experts' new mandate (at least 1)
*   condemn      unused (0)
*   relief       the raised oil cap, thousand barrels a year (0: the cap stays); relief also
*                lifts the ban on North Korean workers abroad. Tabled by Russia or China.
*/
var MEASURES = [
	"oilCap",
	"workerBan",
	"armsEmbargo",
	"renewPanel",
	"condemn",
	"relief"
];
var VOTES = [
	"yes",
	"no",
	"abstain"
];
/** The actors that cast their own council votes by order (the other seats follow rules). */
var VOTING_ACTORS = ["RUS", "CHN"];
function isVotingActor(x) {
	return x === "RUS" || x === "CHN";
}
function isMeasure(x) {
	return MEASURES.includes(x);
}
function ok(value) {
	return {
		ok: true,
		value
	};
}
function err(error) {
	return {
		ok: false,
		error
	};
}
function assertNever(x) {
	throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
// src/engine/regimeState.ts
var OUTCOMES = [
	"adopted",
	"vetoed",
	"short"
];
function cloneRegime(r) {
	const caps = [];
	for (const c of r.caps) caps.push({
		id: c.id,
		resource: c.resource,
		to: c.to,
		perYear: c.perYear,
		sources: c.sources,
		fromTurn: c.fromTurn,
		untilTurn: c.untilTurn,
		year: c.year,
		declared: c.declared
	});
	const p = r.panel;
	return {
		caps,
		bans: r.bans.slice(),
		panel: {
			mandateEnd: p.mandateEnd,
			bonusBp: p.bonusBp,
			monitorBonusBp: p.monitorBonusBp,
			maxRoutes: p.maxRoutes,
			monitored: p.monitored,
			sources: p.sources
		}
	};
}
/** The lists are shared with the previous state (copy on write): code that adds to them must
* replace the list (`addDecision`, `addDraft`; evidence through context.ts `addEvidence`,
* which copies once a turn), never push into a list it has not copied. Most turns add
* nothing, so most turns copy nothing. */
function cloneCouncil(c) {
	return {
		drafts: c.drafts,
		decisions: c.decisions,
		evidence: c.evidence,
		lobbying: c.lobbying
	};
}
function addDecision(c, d) {
	c.decisions = c.decisions.concat([d]);
}
function addDraft(c, d) {
	c.drafts = c.drafts.concat([d]);
}
function panelActive(r, turn) {
	return turn <= r.panel.mandateEnd;
}
// src/engine/state.ts
function cloneStocks(s) {
	return {
		oil: s.oil,
		food: s.food,
		munitions: s.munitions,
		labour: s.labour,
		currency: s.currency,
		knowhow: s.knowhow
	};
}
function cloneRoute(r) {
	return {
		id: r.id,
		name: r.name,
		kind: r.kind,
		from: r.from,
		to: r.to,
		ends: [r.ends[0], r.ends[1]],
		capacity: { ...r.capacity },
		open: r.open,
		detectionBp: r.detectionBp,
		extraBp: r.extraBp
	};
}
function cloneDeal(d) {
	return {
		id: d.id,
		proposer: d.proposer,
		partner: d.partner,
		give: {
			resource: d.give.resource,
			amount: d.give.amount
		},
		get: {
			resource: d.get.resource,
			amount: d.get.amount
		},
		route: d.route,
		mode: d.mode,
		turns: d.turns,
		remaining: d.remaining,
		status: d.status,
		proposedTurn: d.proposedTurn
	};
}
/** Copy every mutable part; `rules` is shared. Hand-written for speed (resolveTurn's budget
* is a few microseconds). */
function cloneState(s) {
	const actors = {};
	for (const a of ACTORS) {
		const x = s.actors[a];
		actors[a] = {
			stocks: cloneStocks(x.stocks),
			priorities: {
				munitions: x.priorities.munitions,
				labourAbroad: x.priorities.labourAbroad
			}
		};
	}
	return {
		turn: s.turn,
		rng: [
			s.rng[0],
			s.rng[1],
			s.rng[2],
			s.rng[3]
		],
		covertKey: s.covertKey,
		actors,
		indicators: { ...s.indicators },
		relations: { ...s.relations },
		routes: s.routes.map(cloneRoute),
		deals: s.deals.map(cloneDeal),
		trade: { ...s.trade },
		recorded: { ...s.recorded },
		regime: cloneRegime(s.regime),
		council: cloneCouncil(s.council),
		fired: s.fired,
		hidden: { integrity: s.hidden.integrity },
		tally: {
			turns: s.tally.turns,
			weight: s.tally.weight,
			seen: {
				RUS: s.tally.seen.RUS,
				PRK: s.tally.seen.PRK,
				CHN: s.tally.seen.CHN,
				UNSC: s.tally.seen.UNSC
			},
			true: {
				RUS: s.tally.true.RUS,
				PRK: s.tally.true.PRK,
				CHN: s.tally.true.CHN,
				UNSC: s.tally.true.UNSC
			}
		},
		rules: s.rules
	};
}
function isOver(s) {
	return s.turn > s.rules.turns;
}
// src/engine/orders.ts
/**
* Orders: plain data, one list for all actors each turn, resolved together. Ids (actors,
* routes, deals, resources) are plain strings on the wire so that an unknown one reaches the
* engine and is rejected with a typed reason instead of failing the whole list's schema.
*
* `OrderSchema` is for untrusted input (files, links, the command line); `resolveTurn`
* itself accepts any value of type `Order` and never throws on one.
*/
var Id$2 = z.string().min(1).max(64);
var Amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
var Percent = z.number().int().min(0).max(100);
var Leg$1 = z.strictObject({
	resource: Id$2,
	amount: Amount
});
var ShipOrderSchema = z.strictObject({
	kind: z.literal("ship"),
	actor: Id$2,
	to: Id$2,
	resource: Id$2,
	amount: Amount,
	/** Required for goods; absent for currency, which moves through banks. */
	route: Id$2.exactOptional(),
	mode: z.enum(["declared", "covert"])
});
var ProposeDealOrderSchema = z.strictObject({
	kind: z.literal("proposeDeal"),
	actor: Id$2,
	to: Id$2,
	give: Leg$1,
	get: Leg$1,
	route: Id$2.exactOptional(),
	mode: z.enum(["declared", "covert"]),
	turns: z.number().int().min(1).max(400)
});
var AcceptDealOrderSchema = z.strictObject({
	kind: z.literal("acceptDeal"),
	actor: Id$2,
	deal: Id$2
});
var CancelDealOrderSchema = z.strictObject({
	kind: z.literal("cancelDeal"),
	actor: Id$2,
	deal: Id$2
});
var SetPrioritiesOrderSchema = z.strictObject({
	kind: z.literal("setPriorities"),
	actor: Id$2,
	munitions: Percent,
	labourAbroad: Percent
});
/** UNSC tables a draft resolution (Russia or China only a sanctions-relief draft); the council
* votes on it in the next turn's council phase. Drafts get ids `R<turn>-<n>`, n counting the
* turn's accepted drafts from 1 in list order. */
var DraftOrderSchema = z.strictObject({
	kind: z.literal("draft"),
	actor: Id$2,
	measure: z.enum(MEASURES),
	/** See MEASURES in ids.ts for what the value means for each measure. */
	value: z.number().int().min(0).max(1e6).exactOptional()
});
/** RUS or CHN votes on a draft tabled the turn before; without an order the scenario's default
* vote is cast for them. */
var VoteOrderSchema = z.strictObject({
	kind: z.literal("vote"),
	actor: Id$2,
	draft: Id$2,
	vote: z.enum(VOTES)
});
/** UNSC points the Panel of Experts at routes (replacing the previous list) while its mandate
* lasts; monitored routes get the Panel's extra detection odds. */
var MonitorOrderSchema = z.strictObject({
	kind: z.literal("monitor"),
	actor: Id$2,
	routes: z.array(Id$2).max(8)
});
/** PRK tests missiles (`count` of them, 1 when absent): the programme advances, know-how in
* stock is put to use, and each missile is evidence for the council. */
var LaunchOrderSchema = z.strictObject({
	kind: z.literal("launch"),
	actor: Id$2,
	count: z.number().int().min(1).max(100).exactOptional()
});
/** PRK tests a nuclear device: a large step for the programme, and heavy evidence. */
var NuclearTestOrderSchema = z.strictObject({
	kind: z.literal("nuclearTest"),
	actor: Id$2
});
/** Russia or China courts an elected seat (aid, a visit, a deal): it spends hard currency, and
* for a few turns the seat leans against sanctions and towards relief. Public. */
var LobbyOrderSchema = z.strictObject({
	kind: z.literal("lobby"),
	actor: Id$2,
	seat: Id$2
});
/** China holds back this turn's deliveries of fuel under its deals with North Korea. */
var HoldFuelOrderSchema = z.strictObject({
	kind: z.literal("holdFuel"),
	actor: Id$2
});
/** China tightens customs on its side of a route for this turn: covert cargo is seen more often. */
var CustomsOrderSchema = z.strictObject({
	kind: z.literal("customs"),
	actor: Id$2,
	route: Id$2
});
var OrderSchema = z.discriminatedUnion("kind", [
	ShipOrderSchema,
	ProposeDealOrderSchema,
	AcceptDealOrderSchema,
	CancelDealOrderSchema,
	SetPrioritiesOrderSchema,
	DraftOrderSchema,
	VoteOrderSchema,
	MonitorOrderSchema,
	LaunchOrderSchema,
	NuclearTestOrderSchema,
	LobbyOrderSchema,
	HoldFuelOrderSchema,
	CustomsOrderSchema
]);
z.array(OrderSchema).max(256);
// src/engine/calendar.ts
function monthsPerTurn(length) {
	switch (length) {
		case "month": return 1;
		case "quarter": return 3;
		case "half": return 6;
		default: return assertNever(length);
	}
}
/** The first month of turn `turn` (1-based): turn 1 starts at the scenario's start. */
function dateOfTurn(start, length, turn) {
	const m = start.year * 12 + (start.month - 1) + (turn - 1) * monthsPerTurn(length);
	return {
		year: Math.floor(m / 12),
		month: m % 12 + 1
	};
}
function currentDate(s) {
	return dateOfTurn(s.rules.start, s.rules.turnLength, s.turn);
}
// src/engine/context.ts
/** The context of a turn resolved on `s` (the turn's own working copy) into `report`. */
function turnContext(s, report, reporting) {
	return {
		s,
		report,
		reporting,
		used: /* @__PURE__ */ new Map(),
		flows: /* @__PURE__ */ new Map(),
		recorded: /* @__PURE__ */ new Map(),
		covertSeq: /* @__PURE__ */ new Map(),
		year: report.date.year,
		evidenceCopied: false,
		compliance: {
			flowTrue: 0,
			flowSeen: 0,
			breachTrue: 0,
			breachSeen: 0
		},
		fuelHeld: false
	};
}
/** Add an item of evidence, copying the shared list on the first addition of the turn. */
function addEvidence(ctx, e) {
	const c = ctx.s.council;
	if (!ctx.evidenceCopied) {
		c.evidence = c.evidence.slice();
		ctx.evidenceCopied = true;
	}
	c.evidence.push(e);
}
function clamp(x, lo, hi) {
	return x < lo ? lo : Math.min(x, hi);
}
/**
* stocks[r] += delta; returns the stock before. A switch on the name, each case a field read
* and written by its name: a read and a store under a variable name went through V8's
* megamorphic cache, and this runs for every change of a stock.
*/
function addToStock(st, r, delta) {
	let before;
	switch (r) {
		case "oil":
			before = st.oil;
			st.oil = before + delta;
			return before;
		case "food":
			before = st.food;
			st.food = before + delta;
			return before;
		case "munitions":
			before = st.munitions;
			st.munitions = before + delta;
			return before;
		case "labour":
			before = st.labour;
			st.labour = before + delta;
			return before;
		case "currency":
			before = st.currency;
			st.currency = before + delta;
			return before;
		case "knowhow":
			before = st.knowhow;
			st.knowhow = before + delta;
			return before;
		default: return assertNever(r);
	}
}
function changeStock(ctx, actor, resource, delta, cause, visibleTo = "all") {
	if (delta === 0) return;
	const before = addToStock(ctx.s.actors[actor].stocks, resource, delta);
	const after = before + delta;
	if (ctx.reporting) ctx.report.changes.push({
		target: {
			kind: "stock",
			actor,
			resource
		},
		before,
		after,
		cause,
		visibleTo
	});
}
/** Indicators stay within 0–100; the recorded change is the one that happened after clamping. */
function changeIndicator(ctx, indicator, delta, cause, visibleTo = "all") {
	const before = ctx.s.indicators[indicator];
	const after = clamp(before + delta, 0, 100);
	if (after === before) return;
	ctx.s.indicators[indicator] = after;
	if (ctx.reporting) ctx.report.changes.push({
		target: {
			kind: "indicator",
			indicator
		},
		before,
		after,
		cause,
		visibleTo
	});
}
/** The true sanctions integrity (hidden until the debrief) moves with no report entry. */
function changeHidden(ctx, delta) {
	const h = ctx.s.hidden;
	h.integrity = clamp(h.integrity + delta, 0, 100);
}
function changeRelation(ctx, pair, delta, cause, visibleTo = "all") {
	const before = ctx.s.relations[pair];
	const after = clamp(before + delta, RELATION_MIN, 100);
	if (after === before) return;
	ctx.s.relations[pair] = after;
	if (ctx.reporting) ctx.report.changes.push({
		target: {
			kind: "relation",
			pair
		},
		before,
		after,
		cause,
		visibleTo
	});
}
function findRoute(s, id) {
	for (const r of s.routes) if (r.id === id) return r;
}
function capacityLeft(ctx, route, good) {
	return (route.capacity[good] ?? 0) - capacityUsed(ctx, route, good);
}
/** Units of `good` already moved on the route this turn. */
function capacityUsed(ctx, route, good) {
	return ctx.used.get(route.id)?.[goodIndex(good)] ?? 0;
}
function useCapacity(ctx, route, good, amount) {
	let u = ctx.used.get(route.id);
	if (u === void 0) {
		u = [
			0,
			0,
			0,
			0
		];
		ctx.used.set(route.id, u);
	}
	u[goodIndex(good)] = (u[goodIndex(good)] ?? 0) + amount;
}
/** "RUS>PRK" etc., built once, by sender × 4 + receiver (ACTORS places): a template literal
* per transfer was a measurable cost, and so were two lookups by name. */
var DIRECTED = (() => {
	const out = [];
	for (const a of ACTORS) for (const b of ACTORS) out.push(`${a}>${b}`);
	return out;
})();
/** Record a delivery's value: in the true ledger always, and in the customs record when it
* is declared goods (currency moves through banks and is not in the trade statistics). */
function addFlow$1(ctx, from, to, resource, amount, declared) {
	const value = amount * ctx.s.rules.prices[resource];
	if (value === 0) return;
	const key = DIRECTED[actorIndex(from) * ACTORS.length + actorIndex(to)];
	ctx.flows.set(key, (ctx.flows.get(key) ?? 0) + value);
	if (declared && isGood(resource)) ctx.recorded.set(key, (ctx.recorded.get(key) ?? 0) + value);
}
// src/engine/rng.ts
/** Expand a non-negative safe-integer seed into a warmed-up generator state. */
function seedRng(seed) {
	let x = seed >>> 0 ^ Math.imul(Math.floor(seed / 4294967296) >>> 0, 2654435769);
	const next = () => {
		x = x + 2654435769 | 0;
		let z = x;
		z = Math.imul(z ^ z >>> 16, 2246822507);
		z = Math.imul(z ^ z >>> 13, 3266489909);
		return (z ^ z >>> 16) >>> 0;
	};
	const s = [
		next(),
		next(),
		next(),
		next()
	];
	for (let i = 0; i < 12; i++) nextU32(s);
	return s;
}
function nextU32(s) {
	let [a, b, c, d] = s;
	const t = (a + b | 0) + d | 0;
	d = d + 1 | 0;
	a = b ^ b >>> 9;
	b = c + (c << 3) | 0;
	c = c << 21 | c >>> 11;
	c = c + t | 0;
	s[0] = a >>> 0;
	s[1] = b >>> 0;
	s[2] = c >>> 0;
	s[3] = d >>> 0;
	return t >>> 0;
}
/** Uniform integer in [0, n) for 1 <= n <= 2^32, without modulo bias (rejection sampling). */
function randomBelow(s, n) {
	if (n <= 1) return 0;
	const limit = 4294967296 - 4294967296 % n;
	for (;;) {
		const r = nextU32(s);
		if (r < limit) return r % n;
	}
}
/** True with probability bp / 10,000 (basis points). Always draws once, so the stream of
* draws does not depend on the odds (a change of odds never shifts later draws). */
function rollBasisPoints(s, bp) {
	return randomBelow(s, 1e4) < bp;
}
/** The secret key of a game's covert stream, from its seed (independent of seedRng's words). */
function seedKey(seed) {
	let x = seed >>> 0 ^ 1540483477 ^ Math.imul(Math.floor(seed / 4294967296) >>> 0, 668265261);
	const next = () => {
		x = x + 1831565813 | 0;
		let z = x;
		z = Math.imul(z ^ z >>> 15, z | 1);
		z ^= z + Math.imul(z ^ z >>> 7, z | 61);
		return (z ^ z >>> 14) >>> 0;
	};
	return [next(), next()];
}
function fmix32(h) {
	let x = h;
	x ^= x >>> 16;
	x = Math.imul(x, 2246822507);
	x ^= x >>> 13;
	x = Math.imul(x, 3266489909);
	x ^= x >>> 16;
	return x >>> 0;
}
/** A uint32 that depends only on the key and the words (each a safe integer). */
function keyedU32(key, words) {
	let h = key[0] >>> 0;
	for (const w of words) {
		h = Math.imul(h ^ w >>> 0, 3432918353);
		h = (h << 15 | h >>> 17) >>> 0;
		h = Math.imul(h ^ Math.floor(w / 4294967296) >>> 0, 461845907);
		h = (h << 13 | h >>> 19) + 3864292196 | 0;
	}
	return fmix32(h ^ key[1] ^ words.length);
}
/** True with probability bp / 10,000 for the roll named by `words` (no modulo bias: a draw in
* the biased tail is redrawn with an attempt counter appended). */
function keyedBasisPoints(key, words, bp) {
	const limit = 429496e4;
	for (let attempt = 0;; attempt++) {
		const r = keyedU32(key, attempt === 0 ? words : [...words, attempt]);
		if (r < limit) return r % 1e4 < bp;
	}
}
// src/engine/validate.ts
/** Record a rejected order. A rejection never touches the state, only the report. */
function reject(ctx, order, actor, reason, message) {
	if (ctx.reporting) ctx.report.rejections.push({
		order,
		actor,
		reason,
		message
	});
}
function isAmount(x) {
	return typeof x === "number" && Number.isSafeInteger(x) && x > 0;
}
function isPercent(x) {
	return typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 100;
}
// src/engine/panel.ts
var MAX_ODDS_BP = 1e4;
function detectionOdds(s, route) {
	const p = s.regime.panel;
	let bp = route.detectionBp + route.extraBp;
	if (s.turn <= p.mandateEnd) {
		bp += p.bonusBp;
		if (p.monitored.includes(route.id)) bp += p.monitorBonusBp;
	}
	return Math.min(bp, MAX_ODDS_BP);
}
function knowHowOdds(s) {
	const p = s.regime.panel;
	const bp = s.rules.design.knowHowDetectBp + (s.turn <= p.mandateEnd ? p.bonusBp : 0);
	return Math.min(bp, MAX_ODDS_BP);
}
/** Report (once) that the mandate ended after the previous turn. */
function noteLapse(ctx) {
	const s = ctx.s;
	const p = s.regime.panel;
	if (p.mandateEnd <= 0 || s.turn !== p.mandateEnd + 1) return;
	if (ctx.reporting) ctx.report.notes.push({
		kind: "panelLapsed",
		numbers: {
			mandateEnd: p.mandateEnd,
			bonusBp: p.bonusBp + p.monitorBonusBp
		},
		visibleTo: "all"
	});
	const loss = s.rules.design.panelLapseIntegrity;
	changeIndicator(ctx, "unscSanctionsIntegrity", -loss, {
		rule: "panelLapsed",
		numbers: { mandateEnd: p.mandateEnd }
	});
	changeHidden(ctx, -loss);
	p.monitored = [];
}
function applyMonitoring(ctx, orders) {
	let done = false;
	for (const { order: o, index } of orders) {
		if (o.actor !== "UNSC") {
			reject(ctx, index, o.actor, "notYourOrder", "only the Security Council (UNSC) directs the Panel of Experts");
			continue;
		}
		if (done) {
			reject(ctx, index, o.actor, "duplicateOrder", "UNSC already assigned the Panel this turn");
			continue;
		}
		const s = ctx.s;
		const p = s.regime.panel;
		if (!panelActive(s.regime, s.turn)) {
			reject(ctx, index, o.actor, "panelInactive", p.mandateEnd > 0 ? `the Panel's mandate ended after turn ${p.mandateEnd}` : "there is no Panel of Experts in this game");
			continue;
		}
		if (o.routes.length > p.maxRoutes) {
			reject(ctx, index, o.actor, "tooManyRoutes", `the Panel can monitor ${p.maxRoutes} route(s) at once; ${o.routes.length} asked`);
			continue;
		}
		const unknown = o.routes.find((r) => findRoute(s, r) === void 0);
		if (unknown !== void 0) {
			reject(ctx, index, o.actor, "unknownRoute", `there is no route "${unknown}"`);
			continue;
		}
		const routes = [];
		for (const r of o.routes) if (!routes.includes(r)) routes.push(r);
		p.monitored = routes;
		done = true;
		if (ctx.reporting) ctx.report.notes.push({
			kind: "panelMonitoring",
			routes: routes.slice(),
			visibleTo: "all"
		});
	}
}
// src/engine/sanctions.ts
/** The indicator that carries an actor's standing with the rest of the world, if any. */
var REPUTATION = {
	RUS: "rusReputation",
	CHN: "chnStanding"
};
function bans(ban, t) {
	return ban.resource === t.resource && (ban.from === null || ban.from === t.from) && (ban.to === null || ban.to === t.to);
}
/**
* Check a performed transfer against the regime. `dealSince` is the turn the deal was proposed,
* for deliveries under a deal (grace before a ban's deadline).
*/
function checkAgainstRegime(ctx, t, detected, seized, cause, dealSince) {
	const s = ctx.s;
	const r = s.regime;
	const turn = s.turn;
	for (const cap of r.caps) {
		if (cap.resource !== t.resource || cap.to !== t.to) continue;
		if (cap.untilTurn !== null && cap.untilTurn < turn) continue;
		const inForce = cap.fromTurn <= turn;
		if (t.mode === "declared") {
			if (cap.year !== ctx.year) {
				cap.year = ctx.year;
				cap.declared = 0;
			}
			const before = cap.declared;
			cap.declared = before + t.amount;
			const overBefore = before > cap.perYear ? before - cap.perYear : 0;
			const over = cap.declared - cap.perYear - overBefore;
			if (over > 0 && inForce) {
				if (ctx.reporting) ctx.report.notes.push({
					kind: "capExceeded",
					actor: t.from,
					rule: cap.id,
					amount: over,
					numbers: {
						perYear: cap.perYear,
						declared: cap.declared,
						year: ctx.year
					},
					visibleTo: "all"
				});
				breach(ctx, t, cap.id, over, "declared", cause);
			}
		} else if (inForce) covert(ctx, t, cap.id, detected, seized, cause);
	}
	for (const ban of r.bans) {
		if (ban.fromTurn > turn || !bans(ban, t)) continue;
		if (ban.deadlineTurn !== null && turn < ban.deadlineTurn && dealSince !== void 0 && dealSince < ban.fromTurn) {
			if (ctx.reporting) ctx.report.notes.push({
				kind: "graceTolerated",
				actor: t.from,
				rule: ban.id,
				amount: t.amount,
				numbers: { deadlineTurn: ban.deadlineTurn },
				visibleTo: t.mode === "declared" ? "all" : [t.from, t.to]
			});
			continue;
		}
		if (t.mode === "declared") {
			if (ctx.reporting) ctx.report.notes.push({
				kind: "banBroken",
				actor: t.from,
				rule: ban.id,
				amount: t.amount,
				visibleTo: "all"
			});
			breach(ctx, t, ban.id, t.amount, "declared", cause);
		} else covert(ctx, t, ban.id, detected, seized, cause);
	}
}
/** Value (USD thousands) of `amount` of a good breaking a measure, for the compliance share. */
function breachValue(ctx, resource, amount) {
	return isGood(resource) ? amount * ctx.s.rules.prices[resource] : 0;
}
var SEEN = Object.freeze({ detected: 1 });
var UNSEEN = Object.freeze({ detected: 0 });
function covert(ctx, t, rule, detected, seized, cause) {
	if (!seized) ctx.compliance.breachTrue += breachValue(ctx, t.resource, t.amount);
	if (detected) {
		if (ctx.reporting) ctx.report.notes.push({
			kind: "covertBreach",
			actor: t.from,
			rule,
			amount: t.amount,
			numbers: SEEN,
			visibleTo: "all"
		});
		breach(ctx, t, rule, t.amount, "detected", cause, seized);
	} else if (ctx.reporting) ctx.report.notes.push({
		kind: "covertBreach",
		actor: t.from,
		rule,
		amount: t.amount,
		numbers: UNSEEN,
		visibleTo: [t.from, t.to]
	});
}
function breach(ctx, t, rule, amount, kind, cause, seized = false) {
	const against = [];
	if (t.from !== "UNSC") against.push(t.from);
	if (t.to !== "UNSC") against.push(t.to);
	const e = {
		turn: ctx.s.turn,
		kind,
		against,
		rule,
		amount
	};
	if (t.route !== null) e.route = t.route;
	addEvidence(ctx, e);
	const d = ctx.s.rules.design;
	if (!seized) ctx.compliance.breachSeen += breachValue(ctx, t.resource, amount);
	if (kind === "declared") ctx.compliance.breachTrue += breachValue(ctx, t.resource, amount);
	const c = {
		rule: "sanctionsBreach",
		regimeRule: rule,
		numbers: {
			amount,
			detected: kind === "detected" ? 1 : 0
		}
	};
	if (cause.order !== void 0) c.order = cause.order;
	if (cause.deal !== void 0) c.deal = cause.deal;
	if (cause.route !== void 0) c.route = cause.route;
	if (kind === "detected") changeIndicator(ctx, "unscAuthority", d.detectedAuthority, c);
	for (const a of against) {
		const rep = REPUTATION[a];
		if (rep !== void 0) changeIndicator(ctx, rep, -d.breachReputation, c);
	}
}
/** At a ban's deadline, stock of its good held by anyone but its origin was not sent home. */
function checkDeadlines(ctx) {
	const s = ctx.s;
	for (const ban of s.regime.bans) {
		if (ban.deadlineTurn !== s.turn || ban.from === null) continue;
		for (const a of ACTORS) {
			if (a === ban.from) continue;
			const held = s.actors[a].stocks[ban.resource];
			if (held <= 0) continue;
			if (ctx.reporting) ctx.report.notes.push({
				kind: "notRepatriated",
				actor: a,
				rule: ban.id,
				amount: held,
				visibleTo: "all"
			});
			addEvidence(ctx, {
				turn: s.turn,
				kind: "notRepatriated",
				against: [a, ban.from],
				rule: ban.id,
				amount: held
			});
			const c = {
				rule: "notRepatriated",
				regimeRule: ban.id,
				numbers: { held }
			};
			const d = s.rules.design;
			changeIndicator(ctx, "unscSanctionsIntegrity", -d.notRepatriatedIntegrity, c);
			changeHidden(ctx, -d.notRepatriatedIntegrity);
			const rep = REPUTATION[a];
			if (rep !== void 0) changeIndicator(ctx, rep, -d.breachReputation, c);
		}
	}
}
/** The old cap on the same good and destination stays in force through this turn; the new one
* inherits the year's count (a tighter cap adopted in June still counts January's oil) and
* counts this turn's deliveries too. Caps that ended before this turn are dropped. */
function replaceCap(list, cap, turn) {
	const out = [];
	for (const c of list) {
		if (c.untilTurn !== null && c.untilTurn < turn) continue;
		if (c.resource === cap.resource && c.to === cap.to && c.untilTurn === null) {
			cap.year = c.year;
			cap.declared = c.declared;
			c.untilTurn = turn;
		}
		out.push(c);
	}
	out.push(cap);
	return out;
}
function replaceBan(list, ban) {
	const out = list.filter((b) => !(b.resource === ban.resource && b.from === ban.from && b.to === ban.to));
	out.push(ban);
	return out;
}
function newBan(id, resource, fromTurn, deadlineTurn) {
	return {
		id,
		resource,
		from: "PRK",
		to: null,
		sources: [],
		fromTurn,
		deadlineTurn
	};
}
/** An adopted draft changes the regime from the next turn. */
function enactMeasure(ctx, d) {
	const s = ctx.s;
	const r = s.regime;
	const next = s.turn + 1;
	const m = d.measure;
	switch (m) {
		case "oilCap":
			r.caps = replaceCap(r.caps, {
				id: d.id,
				resource: "oil",
				to: "PRK",
				perYear: d.value,
				sources: [],
				fromTurn: next,
				untilTurn: null,
				year: ctx.year,
				declared: 0
			}, s.turn);
			break;
		case "workerBan":
			r.bans = replaceBan(r.bans, newBan(d.id, "labour", next, d.value > 0 ? next + d.value : null));
			break;
		case "armsEmbargo":
			r.bans = replaceBan(r.bans, newBan(d.id, "munitions", next, null));
			break;
		case "renewPanel":
			if (s.turn + d.value > r.panel.mandateEnd) r.panel.mandateEnd = s.turn + d.value;
			break;
		case "condemn": return;
		case "relief":
			r.bans = r.bans.filter((b) => !(b.resource === "labour" && b.from === "PRK"));
			if (d.value > 0) {
				for (const c of r.caps) if (c.resource === "oil" && c.to === "PRK" && c.untilTurn === null && c.perYear < d.value) {
					r.caps = replaceCap(r.caps, {
						...c,
						id: d.id,
						perYear: d.value,
						sources: [],
						fromTurn: next
					}, s.turn);
					break;
				}
			}
			break;
		default: assertNever(m);
	}
	if (ctx.reporting) ctx.report.notes.push({
		kind: "measureInForce",
		rule: d.id,
		measure: d.measure,
		amount: d.value,
		numbers: { fromTurn: next },
		visibleTo: "all"
	});
}
// src/engine/transfers.ts
function fail(reason, message) {
	return err({
		reason,
		message
	});
}
/** Route, capacity and stock checks for a transfer whose actors and resource are known. */
function checkTransfer(ctx, t) {
	let route = null;
	if (isGood(t.resource)) {
		if (t.route === null) return fail("routeRequired", `${t.resource} must travel along a route`);
		const r = findRoute(ctx.s, t.route);
		if (r === void 0) return fail("unknownRoute", `there is no route "${t.route}"`);
		if (!r.open) return fail("routeClosed", `${r.name} is closed`);
		if (!(r.ends[0] === t.from && r.ends[1] === t.to || r.ends[0] === t.to && r.ends[1] === t.from)) return fail("routeDoesNotJoin", `${r.name} joins ${r.ends[0]} and ${r.ends[1]}, not ${t.from} and ${t.to}`);
		if (r.capacity[t.resource] === void 0) return fail("goodNotCarried", `${r.name} does not carry ${t.resource}`);
		const left = capacityLeft(ctx, r, t.resource);
		if (t.amount > left) return fail("overCapacity", `${r.name} has ${left} of ${r.capacity[t.resource]} ${UNITS[t.resource]} of ${t.resource} left this turn; ${t.amount} asked`);
		route = r;
	} else if (t.route !== null) return fail("routeNotApplicable", t.resource === "knowhow" ? "know-how travels with engineers and delegations, not along a route" : `${t.resource} moves through banks, not along a route`);
	const have = ctx.s.actors[t.from].stocks[t.resource];
	if (have < t.amount) return fail("insufficientStock", `${t.from} has ${have} ${UNITS[t.resource]} of ${t.resource}; ${t.amount} asked`);
	return ok(route);
}
/**
* The name of a covert transfer's detection roll in the covert stream (rng.ts): turn, purpose,
* sender, receiver, resource, route (−1 for know-how, which takes none), and the count of
* earlier covert transfers of the same resource between the same two actors in the same
* direction on the same route this turn. Nothing another pair does enters it, so one actor's
* covert orders never move a draw that others can observe. Its seizure roll has the same name
* with ROLL_SEIZE as the purpose.
*/
function covertRollName(ctx, t, route) {
	const from = actorIndex(t.from);
	const to = actorIndex(t.to);
	const resource = resourceIndex(t.resource);
	const routeIndex = route === null ? -1 : ctx.s.routes.indexOf(route);
	const key = ((from * ACTORS.length + to) * RESOURCES.length + resource) * (ctx.s.routes.length + 1) + routeIndex + 1;
	const seq = ctx.covertSeq.get(key) ?? 0;
	ctx.covertSeq.set(key, seq + 1);
	return [
		ctx.s.turn,
		0,
		from,
		to,
		resource,
		routeIndex,
		seq
	];
}
/**
* The covert markup: the share of a covert delivery (percent) lost to middlemen, bribes and
* transshipment, covertMarkupPct plus covertMarkupOddsShare percent of the detection odds (in
* percent), at most 90. Know-how loses nothing (it is not cargo).
*/
function markupPct(ctx, resource, oddsBp) {
	if (resource === "knowhow") return 0;
	const d = ctx.s.rules.design;
	const pct = d.covertMarkupPct + Math.floor(Math.floor(oddsBp / 100) * d.covertMarkupOddsShare / 100);
	return Math.min(pct, 90);
}
/**
* Perform a checked transfer. A covert one pays the markup (the receiver gets the rest), and
* rolls for detection in the covert stream (rng.ts): goods at the route's odds, know-how at
* knowHowOdds; cash through banks is never seen. A detected shipment of goods is seized with
* odds seizeBp: both ends lose it. The rolls are named by the transfer, never drawn from the
* public stream, so whether a covert order exists changes no harvest, no event card and no
* other pair's detection.
*/
function performTransfer(ctx, t, route, cause, dealSince) {
	const s = ctx.s;
	const d = s.rules.design;
	const covert = t.mode === "covert";
	let detected = false;
	let seized = false;
	let odds = 0;
	if (covert && (route !== null || t.resource === "knowhow")) {
		odds = route !== null ? detectionOdds(s, route) : knowHowOdds(s);
		const name = covertRollName(ctx, t, route);
		detected = keyedBasisPoints(s.covertKey, name, odds);
		if (detected && route !== null && d.seizeBp > 0) {
			name[1] = 1;
			seized = keyedBasisPoints(s.covertKey, name, d.seizeBp);
		}
	}
	const markup = covert && !seized ? markupPct(ctx, t.resource, odds) : 0;
	const lost = seized ? t.amount : Math.floor(t.amount * markup / 100);
	const delivered = t.amount - lost;
	const visible = !ctx.reporting || !covert || detected ? "all" : [t.from, t.to];
	if (route !== null) useCapacity(ctx, route, t.resource, t.amount);
	changeStock(ctx, t.from, t.resource, -t.amount, cause, visible);
	if (lost > 0 && !seized) {
		const mc = ctx.reporting ? markupCause(cause, {
			sent: t.amount,
			delivered,
			markupPct: markup,
			odds
		}) : cause;
		changeStock(ctx, t.to, t.resource, delivered, mc, visible);
	} else changeStock(ctx, t.to, t.resource, delivered, cause, visible);
	addFlow$1(ctx, t.from, t.to, t.resource, delivered, !covert);
	if (ctx.reporting) recordShipment(ctx, t, delivered, detected, seized, visible, cause);
	if (isGood(t.resource) && (t.from === "PRK" || t.to === "PRK")) {
		const value = t.amount * s.rules.prices[t.resource];
		ctx.compliance.flowTrue += value;
		if (!covert || detected) ctx.compliance.flowSeen += value;
	}
	if (detected) {
		const dc = {
			rule: "detection",
			numbers: {
				amount: t.amount,
				odds,
				baseOdds: route?.detectionBp ?? 0
			}
		};
		if (route !== null) dc.route = route.id;
		if (t.from !== "UNSC") changeRelation(ctx, pairKey(t.from, "UNSC"), -d.detectionRelation, dc);
		if (t.to !== "UNSC") changeRelation(ctx, pairKey(t.to, "UNSC"), -d.detectionRelation, dc);
		if (seized && ctx.reporting) ctx.report.notes.push({
			kind: "seized",
			actor: t.from,
			amount: t.amount,
			resource: t.resource,
			to: t.to,
			...route !== null ? { routes: [route.id] } : {},
			visibleTo: "all"
		});
	}
	if (t.resource === "knowhow" && (!covert || detected)) knowHowSeen(ctx, t, cause);
	if ((route !== null || t.resource === "knowhow") && (s.regime.caps.length > 0 || s.regime.bans.length > 0)) checkAgainstRegime(ctx, t, detected, seized, cause, dealSince);
	return {
		detected,
		seized,
		delivered
	};
}
/**
* `cause` as the covert markup's rule with its numbers. Field by field, in Cause's order (the
* order the callers build their causes in, so the report reads as a spread would write it):
* a spread of the caller's cause was a slow runtime call on the reporting path.
*/
function markupCause(cause, numbers) {
	const c = { rule: "covertMarkup" };
	if (cause.order !== void 0) c.order = cause.order;
	if (cause.deal !== void 0) c.deal = cause.deal;
	if (cause.route !== void 0) c.route = cause.route;
	if (cause.draft !== void 0) c.draft = cause.draft;
	if (cause.regimeRule !== void 0) c.regimeRule = cause.regimeRule;
	if (cause.event !== void 0) c.event = cause.event;
	c.numbers = numbers;
	return c;
}
/** A transfer of know-how that the world sees costs the giver its standing, and Russia's
* relation with China (Beijing's comfort). */
function knowHowSeen(ctx, t, cause) {
	const d = ctx.s.rules.design;
	const c = {
		rule: "knowHowSeen",
		numbers: { amount: t.amount }
	};
	if (cause.order !== void 0) c.order = cause.order;
	if (cause.deal !== void 0) c.deal = cause.deal;
	const rep = REPUTATION[t.from];
	if (rep !== void 0) changeIndicator(ctx, rep, -d.knowHowReputation, c);
	if (t.from === "RUS" && t.to !== "CHN") changeRelation(ctx, "RUS-CHN", -d.knowHowChinaRelation, c);
}
function recordShipment(ctx, t, delivered, detected, seized, visible, cause) {
	const record = {
		from: t.from,
		to: t.to,
		resource: t.resource,
		amount: t.amount,
		delivered,
		route: t.route,
		mode: t.mode,
		detected,
		seized,
		visibleTo: visible
	};
	if (cause.order !== void 0) record.order = cause.order;
	if (cause.deal !== void 0) record.deal = cause.deal;
	ctx.report.shipments.push(record);
}
// src/engine/deals.ts
function dealVisibility(ctx, d) {
	return d.mode === "declared" || !ctx.reporting ? "all" : [d.proposer, d.partner];
}
/** A line of the report's deals (a quiet turn writes none); `reason` only for a default. */
function noteDeal(ctx, d, kind, visibleTo, reason) {
	if (!ctx.reporting) return;
	const { id: deal, proposer, partner } = d;
	ctx.report.deals.push(reason === void 0 ? {
		deal,
		kind,
		proposer,
		partner,
		visibleTo
	} : {
		deal,
		kind,
		proposer,
		partner,
		reason,
		visibleTo
	});
}
function resolveDeals(ctx, cancels, accepts, proposals) {
	const s = ctx.s;
	const turn = s.turn;
	for (const { order, index } of cancels) {
		const d = s.deals.find((x) => x.id === order.deal);
		if (d === void 0) {
			reject(ctx, index, order.actor, "unknownDeal", `there is no deal "${order.deal}"`);
			continue;
		}
		if (d.proposer !== order.actor && d.partner !== order.actor) {
			reject(ctx, index, order.actor, "notAParty", `${order.actor} is not a party to deal ${d.id}`);
			continue;
		}
		s.deals = s.deals.filter((x) => x !== d);
		const vis = dealVisibility(ctx, d);
		noteDeal(ctx, d, "cancelled", vis);
		if (d.status === "active") changeRelation(ctx, pairKey(d.proposer, d.partner), -s.rules.design.dealCancelRelation, {
			rule: "dealCancelled",
			order: index,
			deal: d.id
		}, vis);
	}
	for (const { order, index } of accepts) {
		const d = s.deals.find((x) => x.id === order.deal);
		if (d === void 0) {
			reject(ctx, index, order.actor, "unknownDeal", `there is no deal "${order.deal}"`);
			continue;
		}
		if (d.partner !== order.actor) {
			reject(ctx, index, order.actor, "notProposedToYou", `deal ${d.id} was proposed to ${d.partner}, not ${order.actor}`);
			continue;
		}
		if (d.status !== "proposed" || d.proposedTurn >= turn) {
			reject(ctx, index, order.actor, "dealNotPending", `deal ${d.id} is not awaiting an answer`);
			continue;
		}
		d.status = "active";
		const vis = dealVisibility(ctx, d);
		noteDeal(ctx, d, "accepted", vis);
		changeRelation(ctx, pairKey(d.proposer, d.partner), s.rules.design.dealAcceptRelation, {
			rule: "dealAccepted",
			order: index,
			deal: d.id
		}, vis);
	}
	deliver(ctx);
	let declared = 0;
	const covert = /* @__PURE__ */ new Map();
	for (const { order, index } of proposals) {
		const r = checkProposal(ctx, order, index);
		if (r !== null) {
			if (ctx.reporting) ctx.report.rejections.push(r);
			continue;
		}
		let id;
		if (order.mode === "declared") id = `D${turn}-${++declared}`;
		else {
			const pair = `${order.actor}-${order.to}`;
			const n = (covert.get(pair) ?? 0) + 1;
			covert.set(pair, n);
			id = `C${turn}-${pair}-${n}`;
		}
		const d = {
			id,
			proposer: order.actor,
			partner: order.to,
			give: {
				resource: order.give.resource,
				amount: order.give.amount
			},
			get: {
				resource: order.get.resource,
				amount: order.get.amount
			},
			route: order.route ?? null,
			mode: order.mode,
			turns: order.turns,
			remaining: order.turns,
			status: "proposed",
			proposedTurn: turn
		};
		s.deals.push(d);
		noteDeal(ctx, d, "proposed", dealVisibility(ctx, d));
	}
	const kept = [];
	for (const d of s.deals) if (d.status === "proposed" && d.proposedTurn < turn) noteDeal(ctx, d, "expired", dealVisibility(ctx, d));
	else kept.push(d);
	s.deals = kept;
}
/** Static checks of a proposal; stocks and capacity are checked at each delivery. */
function checkProposal(ctx, o, index) {
	if (!isActorId(o.actor)) return refusal$1(o, index, "unknownActor", `unknown actor "${o.actor}"`);
	if (!isActorId(o.to)) return refusal$1(o, index, "unknownActor", `unknown actor "${o.to}"`);
	if (o.actor === o.to) return refusal$1(o, index, "selfTarget", `${o.actor} cannot make a deal with itself`);
	const bad = badLeg(o, index, o.give) ?? badLeg(o, index, o.get);
	if (bad !== null) return bad;
	if (o.give.amount === 0 && o.get.amount === 0) return refusal$1(o, index, "malformed", "a deal must move something");
	if (!Number.isSafeInteger(o.turns) || o.turns < 1) return refusal$1(o, index, "malformed", `a deal must last at least one turn`);
	if (isGood(o.give.resource) && o.give.amount > 0 || isGood(o.get.resource) && o.get.amount > 0) {
		if (o.route === void 0) return refusal$1(o, index, "routeRequired", "goods in a deal must travel along a route");
		const route = findRoute(ctx.s, o.route);
		if (route === void 0) return refusal$1(o, index, "unknownRoute", `there is no route "${o.route}"`);
		if (!(route.ends.includes(o.actor) && route.ends.includes(o.to))) return refusal$1(o, index, "routeDoesNotJoin", `${route.name} joins ${route.ends[0]} and ${route.ends[1]}, not ${o.actor} and ${o.to}`);
		const notCarried = uncarried(route, o.give) ?? uncarried(route, o.get);
		if (notCarried !== null) return refusal$1(o, index, "goodNotCarried", `${route.name} does not carry ${notCarried}`);
	} else if (o.route !== void 0) return refusal$1(o, index, "routeNotApplicable", "currency moves through banks, not along a route");
	return null;
}
function refusal$1(o, index, reason, message) {
	return {
		order: index,
		actor: o.actor,
		reason,
		message
	};
}
/** Why a leg of a proposal is malformed, or null. */
function badLeg(o, index, leg) {
	if (!isResource(leg.resource)) return refusal$1(o, index, "unknownResource", `unknown resource "${leg.resource}"`);
	if (!Number.isSafeInteger(leg.amount) || leg.amount < 0) return refusal$1(o, index, "malformed", `amount ${leg.amount} is not a whole number of units`);
	return null;
}
/** The good of a leg that moves goods the route does not carry, or null. */
function uncarried(route, leg) {
	return isGood(leg.resource) && leg.amount > 0 && route.capacity[leg.resource] === void 0 ? leg.resource : null;
}
var QUIET_DELIVERY = Object.freeze({ rule: "dealDelivery" });
/** One turn of every active deal, in the order deals were made. */
function deliver(ctx) {
	const s = ctx.s;
	const kept = [];
	for (const d of s.deals) {
		if (d.status !== "active") {
			kept.push(d);
			continue;
		}
		const vis = dealVisibility(ctx, d);
		if (ctx.fuelHeld && holdsFuel(d)) {
			noteDeal(ctx, d, "held", vis);
			d.remaining--;
			if (d.remaining <= 0) noteDeal(ctx, d, "completed", vis);
			else kept.push(d);
			continue;
		}
		const legs = [];
		if (d.give.amount > 0) legs.push(leg(d, d.proposer, d.partner, d.give.resource, d.give.amount));
		if (d.get.amount > 0) legs.push(leg(d, d.partner, d.proposer, d.get.resource, d.get.amount));
		const failure = checkLegs(ctx, legs);
		if (failure !== null) {
			noteDeal(ctx, d, "defaulted", vis, failure);
			changeRelation(ctx, pairKey(d.proposer, d.partner), -s.rules.design.dealDefaultRelation, {
				rule: "dealDefaulted",
				deal: d.id
			}, vis);
		} else {
			const route = d.route === null ? null : findRoute(s, d.route) ?? null;
			const cause = ctx.reporting ? {
				rule: "dealDelivery",
				deal: d.id
			} : QUIET_DELIVERY;
			for (const t of legs) performTransfer(ctx, t, isGood(t.resource) ? route : null, cause, d.proposedTurn);
			noteDeal(ctx, d, "delivered", vis);
		}
		d.remaining--;
		if (d.remaining <= 0) noteDeal(ctx, d, "completed", vis);
		else kept.push(d);
	}
	s.deals = kept;
}
/** A Chinese deal that sends fuel to North Korea (held back by China's holdFuel order). */
function holdsFuel(d) {
	return d.proposer === "CHN" && d.partner === "PRK" && d.give.resource === "oil" || d.partner === "CHN" && d.proposer === "PRK" && d.get.resource === "oil";
}
function leg(d, from, to, resource, amount) {
	return {
		from,
		to,
		resource,
		amount,
		route: isGood(resource) ? d.route : null,
		mode: d.mode
	};
}
/**
* Both legs must fit together: when both are goods on the same route they share its capacity.
* Check the first leg, reserve nothing, then check the second against what the first would
* use. Legs of different goods never share a capacity line, and a good never travels both ways
* in one deal unless both legs name it, which the sum below covers.
*/
function checkLegs(ctx, legs) {
	for (const t of legs) {
		const c = checkTransfer(ctx, t);
		if (!c.ok) return c.error.reason;
	}
	const [a, b] = legs;
	if (a !== void 0 && b !== void 0 && a.resource === b.resource && isGood(a.resource) && a.route !== null) {
		const route = findRoute(ctx.s, a.route);
		if (route === void 0) return "unknownRoute";
		const cap = route.capacity[a.resource] ?? 0;
		const used = capacityUsed(ctx, route, a.resource);
		if (a.amount + b.amount > cap - used) return "overCapacity";
	}
	return null;
}
// src/engine/economy.ts
function applyPriorities(ctx, orders) {
	const seen = /* @__PURE__ */ new Set();
	for (const { order: o, index } of orders) {
		if (!isActorId(o.actor)) {
			reject(ctx, index, o.actor, "unknownActor", `unknown actor "${o.actor}"`);
			continue;
		}
		if (!isPercent(o.munitions) || !isPercent(o.labourAbroad)) {
			reject(ctx, index, o.actor, "malformed", "priorities are whole percentages from 0 to 100");
			continue;
		}
		if (seen.has(o.actor)) {
			reject(ctx, index, o.actor, "duplicateOrder", `${o.actor} already set its priorities this turn`);
			continue;
		}
		seen.add(o.actor);
		ctx.s.actors[o.actor].priorities = {
			munitions: o.munitions,
			labourAbroad: o.labourAbroad
		};
	}
}
function plannedOutput(e, p, r) {
	switch (r) {
		case "munitions": return e.base.munitions + Math.floor(e.flex.munitions * p.munitions / 100);
		case "food": return e.base.food + Math.floor(e.flex.food * (100 - p.munitions) / 100) + Math.floor(e.flex.homeFood * (100 - p.labourAbroad) / 100);
		case "labour": return e.base.labour + Math.floor(e.flex.labour * p.labourAbroad / 100);
		case "oil":
		case "currency":
		case "knowhow": return e.base[r];
	}
}
/** The cause a quiet turn passes for every production change (no report reads it). */
var QUIET_CAUSE = Object.freeze({ rule: "production" });
/** Per actor × resource (RESOURCES order within ACTORS order): whether any variance applies.
* Built once per scenario's list (rules never change): the scan of the list for each of the
* 24 outputs was most of production's time in a rollout. */
var VARIES = /* @__PURE__ */ new WeakMap();
function variedOutputs(variance) {
	let out = VARIES.get(variance);
	if (out === void 0) {
		const flags = new Array(ACTORS.length * RESOURCES.length).fill(false);
		for (const v of variance) flags[actorIndex(v.actor) * RESOURCES.length + resourceIndex(v.resource)] = true;
		out = flags;
		VARIES.set(variance, out);
	}
	return out;
}
function produce(ctx) {
	const s = ctx.s;
	const variance = s.rules.variance;
	const varies = variedOutputs(variance);
	for (const a of ACTORS) {
		const econ = s.rules.economy[a];
		const pri = s.actors[a].priorities;
		const made = ctx.reporting ? {
			rule: "production",
			numbers: {
				munitionsPriority: pri.munitions,
				labourAbroadPriority: pri.labourAbroad
			}
		} : QUIET_CAUSE;
		for (const r of RESOURCES) {
			const planned = plannedOutput(econ, pri, r);
			if (planned !== 0) changeStock(ctx, a, r, planned, made);
			if (!varies[actorIndex(a) * RESOURCES.length + resourceIndex(r)]) continue;
			for (const v of variance) {
				if (v.actor !== a || v.resource !== r) continue;
				const draw = randomBelow(s.rng, 2 * v.bp + 1) - v.bp;
				const delta = Math.max(Math.trunc(planned * draw / 1e4), -s.actors[a].stocks[r]);
				changeStock(ctx, a, r, delta, ctx.reporting ? {
					rule: "harvestVariance",
					numbers: {
						planned,
						drawBp: draw,
						delta
					}
				} : QUIET_CAUSE);
			}
		}
	}
}
/** Visibility of an entry only its actor may see (shared, frozen: entries are read-only). */
var OWN = Object.freeze({
	RUS: Object.freeze(["RUS"]),
	PRK: Object.freeze(["PRK"]),
	CHN: Object.freeze(["CHN"]),
	UNSC: Object.freeze(["UNSC"])
});
var QUIET_CONSUMPTION = Object.freeze({ rule: "consumption" });
var QUIET_MET = Object.freeze({ rule: "needMet" });
var QUIET_SHORTAGE = Object.freeze({ rule: "shortage" });
function consume(ctx) {
	const s = ctx.s;
	for (const n of s.rules.needs) {
		const stock = s.actors[n.actor].stocks[n.resource];
		const used = Math.min(stock, n.amount);
		const shortfall = n.amount - used;
		const q = !ctx.reporting;
		if (n.consumed) changeStock(ctx, n.actor, n.resource, -used, q ? QUIET_CONSUMPTION : {
			rule: "consumption",
			numbers: {
				need: n.amount,
				used
			}
		});
		const own = OWN[n.actor];
		if (shortfall === 0) {
			if (n.metPoints !== 0) changeIndicator(ctx, n.indicator, n.metPoints, q ? QUIET_MET : {
				rule: "needMet",
				numbers: {
					need: n.amount,
					points: n.metPoints
				}
			}, own);
		} else if (n.shortfallPoints !== 0) {
			const loss = Math.ceil(shortfall * n.shortfallPoints / n.amount);
			changeIndicator(ctx, n.indicator, -loss, q ? QUIET_SHORTAGE : {
				rule: "shortage",
				numbers: {
					need: n.amount,
					shortfall,
					fullShortfallPoints: n.shortfallPoints,
					loss
				}
			}, own);
		}
	}
}
// src/engine/indicators.ts
var PAIR_TABLE = PAIRS.map((pair) => {
	const [a, b] = pair.split("-");
	return {
		pair,
		a,
		b,
		ab: `${a}>${b}`,
		ba: `${b}>${a}`
	};
});
var IMPORTS_TO_PRK = ACTORS.filter((a) => a !== "PRK").map((a) => `${a}>PRK`);
function settleIndicators(ctx) {
	const s = ctx.s;
	const d = s.rules.design;
	for (const p of PAIR_TABLE) {
		if ((ctx.flows.get(p.ab) ?? 0) <= 0 && (ctx.flows.get(p.ba) ?? 0) <= 0) continue;
		changeRelation(ctx, p.pair, d.tradeTies, { rule: "tradeTies" }, tradeVisibility(ctx, p.a, p.b));
	}
	let imports = s.rules.otherTrade.imports;
	for (const key of IMPORTS_TO_PRK) imports += ctx.recorded.get(key) ?? 0;
	for (const [key, value] of ctx.flows) s.trade[key] = (s.trade[key] ?? 0) + value;
	for (const [key, value] of ctx.recorded) s.recorded[key] = (s.recorded[key] ?? 0) + value;
	if (imports > 0) {
		const fromChina = ctx.recorded.get("CHN>PRK") ?? 0;
		const share = Math.floor(fromChina * 100 / imports);
		const inf = s.indicators.chnInfluence;
		const step = clamp(Math.trunc((share - inf) / d.influenceStepDivisor), -d.maxDrift, d.maxDrift);
		if (step !== 0) changeIndicator(ctx, "chnInfluence", step, {
			rule: "tradeInfluence",
			numbers: {
				chinaShareOfImports: share,
				importsValue: imports,
				fromChinaValue: fromChina
			}
		});
	}
	driftIntegrity(ctx);
	const stab = s.indicators.prkStability;
	const border = s.indicators.chnBorderStability;
	const bstep = clamp(Math.trunc((stab - border) / d.borderStepDivisor), -d.maxDrift, d.maxDrift);
	if (bstep !== 0) changeIndicator(ctx, "chnBorderStability", bstep, {
		rule: "borderFollowsStability",
		numbers: {
			prkStability: stab,
			borderStability: border
		}
	});
}
/** Compliant share (percent) of a turn's flows, or null when nothing moved. */
function compliantShare(flow, breach) {
	if (flow <= 0) return null;
	return 100 - Math.ceil(Math.min(breach, flow) * 100 / flow);
}
function driftIntegrity(ctx) {
	const s = ctx.s;
	const d = s.rules.design;
	const c = ctx.compliance;
	const step = (share, now) => clamp(Math.trunc((share - now) / d.integrityStepDivisor), -d.integrityMaxDrift, d.integrityMaxDrift);
	const seen = compliantShare(c.flowSeen, c.breachSeen);
	if (seen !== null) {
		const x = step(seen, s.indicators.unscSanctionsIntegrity);
		if (x !== 0) changeIndicator(ctx, "unscSanctionsIntegrity", x, {
			rule: "integrityDrift",
			numbers: {
				compliantShare: seen,
				flowValue: c.flowSeen,
				breachValue: c.breachSeen
			}
		});
	}
	const all = compliantShare(c.flowTrue, c.breachTrue);
	if (all !== null) changeHidden(ctx, step(all, s.hidden.integrity));
}
function tradeVisibility(ctx, a, b) {
	if (!ctx.reporting) return "all";
	for (const sh of ctx.report.shipments) if ((sh.from === a && sh.to === b || sh.from === b && sh.to === a) && sh.visibleTo === "all") return "all";
	return [a, b];
}
// src/engine/lobby.ts
/** Points added to a rule seat's score for a draft of `m` by the lobbying in force. */
/** A seat an order may court: an elected member that votes by rule (no permanent member, no
* player's seat). */
function isElectedSeat(seat) {
	return !seat.permanent && seat.actor === null;
}
function lobbyShift(s, seat, m) {
	let n = 0;
	for (const l of s.council.lobbying) if (l.seat === seat.id && l.turn <= s.turn && l.until >= s.turn) n++;
	if (n === 0) return 0;
	const p = s.rules.design.lobbyPoints * n;
	return m === "relief" ? p : -p;
}
function applyLobbying(ctx, orders) {
	const s = ctx.s;
	const p = s.rules.design;
	let list = s.council.lobbying.some((l) => l.until < s.turn) ? s.council.lobbying.filter((l) => l.until >= s.turn) : s.council.lobbying;
	const done = /* @__PURE__ */ new Set();
	for (const { order: o, index } of orders) {
		if (o.actor !== "RUS" && o.actor !== "CHN") {
			reject(ctx, index, o.actor, "notYourOrder", "only Russia and China court the elected seats by order");
			continue;
		}
		const seat = s.rules.council.seats.find((x) => x.id === o.seat);
		if (seat === void 0) {
			reject(ctx, index, o.actor, "unknownSeat", `there is no seat "${o.seat}" on the council`);
			continue;
		}
		if (!isElectedSeat(seat)) {
			reject(ctx, index, o.actor, "notElectedSeat", `${seat.name} holds a permanent seat; only elected members can be courted`);
			continue;
		}
		if (done.has(o.actor)) {
			reject(ctx, index, o.actor, "duplicateOrder", `${o.actor} already courted a seat this turn`);
			continue;
		}
		const cash = s.actors[o.actor].stocks.currency;
		if (cash < p.lobbyCost) {
			reject(ctx, index, o.actor, "insufficientStock", `courting a seat costs ${p.lobbyCost} USD million of hard currency; ${o.actor} has ${cash}`);
			continue;
		}
		done.add(o.actor);
		changeStock(ctx, o.actor, "currency", -p.lobbyCost, {
			rule: "lobbying",
			order: index,
			numbers: { cost: p.lobbyCost }
		});
		const entry = {
			seat: seat.id,
			by: o.actor,
			turn: s.turn,
			until: s.turn + p.lobbyTurns - 1
		};
		list = list.concat([entry]);
		if (ctx.reporting) ctx.report.notes.push({
			kind: "lobbied",
			actor: o.actor,
			seat: seat.id,
			amount: p.lobbyPoints,
			numbers: { until: entry.until },
			visibleTo: "all"
		});
	}
	s.council.lobbying = list;
}
// src/engine/council.ts
/** Limits of a draft's value, by measure (see MEASURES in ids.ts). */
var MEASURE_VALUE = {
	oilCap: {
		min: 0,
		max: 1e6
	},
	workerBan: {
		min: 0,
		max: 40
	},
	armsEmbargo: {
		min: 0,
		max: 0
	},
	renewPanel: {
		min: 1,
		max: 40
	},
	condemn: {
		min: 0,
		max: 0
	},
	relief: {
		min: 0,
		max: 1e6
	}
};
/** Measures that tighten the regime (a yes vote on them costs Pyongyang's goodwill). */
var SANCTIONS$1 = [
	"oilCap",
	"workerBan",
	"armsEmbargo"
];
function defaultVote(rules, actor, m) {
	const d = rules.defaults[actor];
	return d.byMeasure[m] ?? d.vote;
}
/** Evidence items and launches the seats weigh on turn `turn` (a nuclear test counts as
* nuclearEvidence launches). Takes only the parts of the state it reads, so a bot's view of the
* public record gives the same count as the engine. */
function weighedEvidence(s, turn) {
	const since = turn - s.rules.council.windowTurns;
	let evidence = 0;
	let launches = 0;
	for (const e of s.council.evidence) {
		if (e.turn <= since) continue;
		if (e.kind === "launch") launches++;
		else if (e.kind === "nuclearTest") launches += s.rules.design.nuclearEvidence;
		else evidence++;
	}
	return {
		evidence,
		launches
	};
}
/** A rule seat's score for a draft of `m`; `lobbied` is lobbyShift's points for the seat.
* Evidence and launches weigh for a sanction and against relief: a seat that has seen
* breaches and missiles is readier to punish and less ready to ease (so the Western permanent
* members' "no" to relief holds however much evidence piles up). */
function seatScore(rules, seat, m, evidence, launches, lobbied = 0) {
	const weighed = rules.evidenceWeight * evidence + rules.launchWeight * launches;
	return seat.base + (seat.bias[m] ?? 0) + (m === "relief" ? -weighed : weighed) + lobbied;
}
function ruleVote(rules, score) {
	return score >= rules.yesAt ? "yes" : score < rules.noBelow ? "no" : "abstain";
}
/** The tally rule alone, for tables of cases: at least nine yes and no permanent no. */
function outcomeOf(votes) {
	let yes = 0;
	let no = 0;
	let abstain = 0;
	const vetoedBy = [];
	for (const v of votes) if (v.vote === "yes") yes++;
	else if (v.vote === "no") {
		no++;
		if (v.permanent) vetoedBy.push(v.seat);
	} else abstain++;
	return {
		outcome: yes < 9 ? "short" : vetoedBy.length > 0 ? "vetoed" : "adopted",
		vetoedBy,
		yes,
		no,
		abstain
	};
}
/** Collect the vote orders: only RUS and CHN vote by order, once per draft up for a vote. */
function castVotes(ctx, votes) {
	const cast = /* @__PURE__ */ new Map();
	for (const { order: o, index } of votes) {
		if (!isVotingActor(o.actor)) {
			reject(ctx, index, o.actor, "notYourOrder", `only RUS and CHN vote by order; the other seats vote by the scenario's rules`);
			continue;
		}
		if (!VOTES.includes(o.vote)) {
			reject(ctx, index, o.actor, "malformed", `a vote is yes, no or abstain; got "${String(o.vote)}"`);
			continue;
		}
		if (!ctx.s.council.drafts.some((d) => d.id === o.draft)) {
			reject(ctx, index, o.actor, "unknownDraft", `there is no draft "${o.draft}" before the council this turn (drafts are voted on the turn after they are tabled)`);
			continue;
		}
		const key = `${o.actor}:${o.draft}`;
		if (cast.has(key)) {
			reject(ctx, index, o.actor, "duplicateOrder", `${o.actor} already voted on ${o.draft} this turn`);
			continue;
		}
		cast.set(key, o.vote);
	}
	return cast;
}
function voteOn(ctx, d, cast, w) {
	const s = ctx.s;
	const rules = s.rules.council;
	const votes = [];
	const tally = [];
	for (const seat of rules.seats) {
		let v;
		if (seat.actor !== null) {
			const ordered = cast.get(`${seat.actor}:${d.id}`);
			v = ordered !== void 0 ? {
				seat: seat.id,
				vote: ordered,
				by: "order"
			} : {
				seat: seat.id,
				vote: defaultVote(rules, seat.actor, d.measure),
				by: "default"
			};
		} else {
			const score = seatScore(rules, seat, d.measure, w.evidence, w.launches, lobbyShift(s, seat, d.measure));
			v = {
				seat: seat.id,
				vote: ruleVote(rules, score),
				by: "rule",
				score
			};
		}
		votes.push(v);
		tally.push({
			vote: v.vote,
			permanent: seat.permanent,
			seat: seat.id
		});
	}
	const t = outcomeOf(tally);
	return {
		draft: d.id,
		measure: d.measure,
		value: d.value,
		votes,
		yes: t.yes,
		no: t.no,
		abstain: t.abstain,
		outcome: t.outcome,
		vetoedBy: t.vetoedBy,
		evidence: w.evidence,
		launches: w.launches
	};
}
/** Drafts of the Council majority adopted in the previous capitalTurns turns (this turn's earlier
* adoptions included): what an adoption now owes of its political capital. */
function recentAdoptions(s, draft) {
	const since = s.turn - s.rules.design.capitalTurns;
	let n = 0;
	for (const x of s.council.decisions) if (x.draft !== draft && x.turn > 0 && x.turn > since && x.turn <= s.turn && x.outcome === "adopted" && x.measure !== "relief") n++;
	return n;
}
/** Indicators and relations that follow a decision. */
function consequences(ctx, d, rec) {
	const s = ctx.s;
	const rules = s.rules.council;
	const p = s.rules.design;
	const cause = (rule, numbers) => ({
		rule,
		draft: d.id,
		numbers: {
			yes: rec.yes,
			no: rec.no,
			abstain: rec.abstain,
			...numbers
		}
	});
	const majority = d.by === "UNSC";
	if (rec.outcome === "adopted") {
		enactMeasure(ctx, d);
		if (!majority) {
			changeIndicator(ctx, "unscAuthority", -p.adoptedAuthority, cause("resolutionAdopted"));
			changeIndicator(ctx, "prkStability", p.reliefStability, cause("resolutionAdopted"));
			return;
		}
		const recent = recentAdoptions(s, d.id);
		changeIndicator(ctx, "unscAuthority", p.adoptedAuthority, cause("resolutionAdopted"));
		if (recent > 0) changeIndicator(ctx, "unscAuthority", -p.capitalCost * recent, cause("adoptionCapital", {
			recent,
			capitalTurns: p.capitalTurns,
			cost: p.capitalCost
		}));
		if (d.measure === "condemn") changeRelation(ctx, "PRK-UNSC", -p.condemnPrkRelation, cause("condemnation"));
		if (SANCTIONS$1.includes(d.measure)) {
			changeIndicator(ctx, "prkStability", -p.sanctionStability, cause("resolutionAdopted"));
			for (const [i, v] of rec.votes.entries()) {
				const atIndex = rules.seats[i];
				const seat = atIndex?.id === v.seat ? atIndex : rules.seats.find((x) => x.id === v.seat);
				if (seat?.actor == null || v.vote !== "yes") continue;
				changeRelation(ctx, pairKey(seat.actor, "PRK"), -p.yesPrkRelation, cause("voteCost"));
				changeRelation(ctx, "RUS-CHN", -p.yesPeerRelation, cause("voteCost"));
				if (seat.actor === "CHN") changeIndicator(ctx, "chnInfluence", -p.yesInfluence, cause("voteCost"));
				const rep = REPUTATION[seat.actor];
				if (rep !== void 0) changeIndicator(ctx, rep, p.yesReputation, cause("voteCost"));
			}
		}
	} else if (rec.outcome === "vetoed") {
		if (majority) {
			changeIndicator(ctx, "unscAuthority", -p.vetoAuthority, cause("vetoSuffered"));
			if (rec.yes >= p.isolationYes) changeIndicator(ctx, "unscAuthority", p.isolationAuthority, cause("vetoIsolates", { isolationYes: p.isolationYes }));
		}
		for (const id of rec.vetoedBy) {
			const actor = rules.seats.find((x) => x.id === id)?.actor;
			if (actor == null) continue;
			changeRelation(ctx, pairKey(actor, "UNSC"), -p.vetoUnscRelation, cause("vetoCast"));
			changeRelation(ctx, pairKey(actor, "PRK"), p.vetoPrkRelation, cause("vetoCast"));
			const rep = REPUTATION[actor];
			if (rep !== void 0) changeIndicator(ctx, rep, -p.vetoReputation, cause("vetoCast"));
		}
	} else if (majority && p.shortAuthority > 0) changeIndicator(ctx, "unscAuthority", -p.shortAuthority, cause("draftShort"));
}
function voteOnDrafts(ctx, votes) {
	const s = ctx.s;
	if (s.council.drafts.length === 0 && votes.length === 0) return;
	const cast = castVotes(ctx, votes);
	const due = s.council.drafts;
	s.council.drafts = [];
	const w = weighedEvidence(s, s.turn);
	for (const d of due) {
		const rec = voteOn(ctx, d, cast, w);
		if (ctx.reporting) ctx.report.council.push(rec);
		addDecision(s.council, {
			draft: d.id,
			measure: d.measure,
			turn: s.turn,
			outcome: rec.outcome,
			yes: rec.yes,
			no: rec.no,
			abstain: rec.abstain,
			vetoedBy: rec.vetoedBy
		});
		consequences(ctx, d, rec);
	}
}
/**
* The turn from which a draft of `m` may be tabled again after a veto of one (null: none was
* vetoed in the last `vetoCooldown` turns). A vetoed text does not come straight back: the
* sponsors need time, and a reason, to try again (after the March 2024 veto of the Panel's
* renewal the majority set up monitoring outside the Council instead). Decisions before the
* game count from their date (`Decision.turnsBefore`).
*/
function vetoedUntil(s, m) {
	let last = null;
	for (const d of s.council.decisions) {
		const turn = d.turn - (d.turnsBefore ?? 0);
		if (d.measure === m && d.outcome === "vetoed" && (last === null || turn > last)) last = turn;
	}
	if (last === null) return null;
	const until = last + s.rules.design.vetoCooldown;
	return s.turn < until ? until : null;
}
/** Why a draft of `m` with `value` would change nothing (null: it would change something). */
function changesNothing(s, m, value) {
	const r = s.regime;
	const labourBan = r.bans.some((b) => b.resource === "labour" && b.from === "PRK");
	switch (m) {
		case "oilCap": {
			const cap = lowestOilCap(s);
			return cap !== null && value >= cap ? `a cap of ${cap} thousand barrels a year is already in force; a new one must be lower` : null;
		}
		case "workerBan": return labourBan ? "a ban on North Korean workers abroad is already in force" : null;
		case "armsEmbargo": return r.bans.some((b) => b.resource === "munitions" && b.from === "PRK") ? "an arms embargo on North Korea is already in force" : null;
		case "renewPanel": return s.turn + value <= r.panel.mandateEnd ? `the Panel's mandate already runs to turn ${r.panel.mandateEnd}; a renewal must run longer` : null;
		case "condemn": {
			let last = -1;
			for (const x of s.council.decisions) if (x.measure === "condemn" && x.outcome === "adopted") last = x.turn;
			if (last < 0) return null;
			return s.council.evidence.some((e) => (e.kind === "launch" || e.kind === "nuclearTest") && e.turn >= last) ? null : "the council has already condemned the launches, and there has been none since";
		}
		case "relief": {
			const cap = lowestOilCap(s);
			return labourBan || cap !== null && value > cap ? null : "there is nothing for relief to lift: no ban on workers, and no oil cap below the value asked";
		}
		default: return assertNever(m);
	}
}
function lowestOilCap(s) {
	let cap = null;
	for (const c of s.regime.caps) {
		if (c.resource !== "oil" || c.to !== "PRK" || c.untilTurn !== null) continue;
		if (cap === null || c.perYear < cap) cap = c.perYear;
	}
	return cap;
}
/** Whether `by` may table a draft of `m`: the Council majority every measure but relief,
* Russia and China only relief. */
function mayTable(by, m) {
	return by === "UNSC" ? m !== "relief" : (by === "RUS" || by === "CHN") && m === "relief";
}
function tableDrafts(ctx, drafts) {
	const s = ctx.s;
	const max = s.rules.council.maxDraftsPerTurn;
	let n = 0;
	let byMajority = 0;
	const sponsors = /* @__PURE__ */ new Set();
	for (const { order: o, index } of drafts) {
		const by = o.actor;
		if (by !== "UNSC" && by !== "RUS" && by !== "CHN") {
			reject(ctx, index, o.actor, "notYourOrder", "only the Security Council majority (UNSC), Russia and China table drafts");
			continue;
		}
		if (!isMeasure(o.measure)) {
			reject(ctx, index, o.actor, "malformed", `unknown measure "${String(o.measure)}"`);
			continue;
		}
		if (!mayTable(by, o.measure)) {
			reject(ctx, index, o.actor, "notYourMeasure", by === "UNSC" ? "the Council majority does not table sanctions relief; Russia or China may" : `${by} tables only sanctions relief; the Council majority tables the other measures`);
			continue;
		}
		const value = o.value ?? 0;
		const lim = MEASURE_VALUE[o.measure];
		if (!Number.isSafeInteger(value) || value < lim.min || value > lim.max) {
			reject(ctx, index, o.actor, "badMeasureValue", `a ${o.measure} draft takes a value from ${lim.min} to ${lim.max}; got ${String(o.value)}`);
			continue;
		}
		if (o.measure === "oilCap" && o.value === void 0) {
			reject(ctx, index, o.actor, "badMeasureValue", "an oilCap draft must give the cap (thousand barrels a year) as its value");
			continue;
		}
		if (by === "UNSC" ? byMajority >= max : sponsors.has(by)) {
			reject(ctx, index, o.actor, by === "UNSC" ? "tooManyDrafts" : "duplicateOrder", by === "UNSC" ? `at most ${max} draft(s) a turn` : `${by} already tabled a draft this turn`);
			continue;
		}
		if (s.council.drafts.some((d) => d.measure === o.measure && d.tabledTurn === s.turn)) {
			reject(ctx, index, o.actor, "duplicateOrder", `a ${o.measure} draft is already tabled this turn`);
			continue;
		}
		const nothing = changesNothing(s, o.measure, value);
		if (nothing !== null) {
			reject(ctx, index, o.actor, "alreadyInForce", nothing);
			continue;
		}
		const until = vetoedUntil(s, o.measure);
		if (until !== null) {
			reject(ctx, index, o.actor, "recentlyVetoed", `a ${o.measure} draft was vetoed lately; the council takes one up again from turn ${until}`);
			continue;
		}
		n++;
		if (by === "UNSC") byMajority++;
		else sponsors.add(by);
		const d = {
			id: `R${s.turn}-${n}`,
			measure: o.measure,
			value,
			tabledTurn: s.turn,
			by
		};
		addDraft(s.council, d);
		if (ctx.reporting) ctx.report.notes.push({
			kind: "draftTabled",
			...by === "UNSC" ? {} : { actor: by },
			rule: d.id,
			measure: d.measure,
			amount: value,
			visibleTo: "all"
		});
		if (by !== "UNSC") {
			const p = s.rules.design;
			const c = {
				rule: "reliefTabled",
				draft: d.id
			};
			changeRelation(ctx, pairKey(by, "PRK"), p.reliefPrkRelation, c);
			const rep = REPUTATION[by];
			if (rep !== void 0) changeIndicator(ctx, rep, -p.reliefReputation, c);
		}
	}
}
// src/engine/events.ts
function compare(x, op, v) {
	return op === "atLeast" ? x >= v : x <= v;
}
function holds(s, c) {
	switch (c.kind) {
		case "indicator": return compare(s.indicators[c.indicator], c.op, c.value);
		case "stock": return compare(s.actors[c.actor].stocks[c.resource], c.op, c.value);
		case "relation": return compare(s.relations[c.pair], c.op, c.value);
		case "evidence": {
			let n = 0;
			for (const e of s.council.evidence) if (e.kind !== "launch" && e.kind !== "nuclearTest") n++;
			return compare(n, c.op, c.value);
		}
		case "panel": return s.turn <= s.regime.panel.mandateEnd === c.active;
		default: return assertNever(c);
	}
}
/** Every condition holds (a loop, not `every` with a closure: this runs every turn). */
function allHold(s, conditions) {
	for (const c of conditions) if (!holds(s, c)) return false;
	return true;
}
function applyEffect(ctx, e, id) {
	const s = ctx.s;
	const cause = {
		rule: "event",
		event: id
	};
	switch (e.kind) {
		case "stock": {
			const have = s.actors[e.actor].stocks[e.resource];
			changeStock(ctx, e.actor, e.resource, Math.max(e.delta, -have), cause);
			return;
		}
		case "indicator":
			changeIndicator(ctx, e.indicator, e.delta, cause);
			return;
		case "relation":
			changeRelation(ctx, e.pair, e.delta, cause);
			return;
		case "route": {
			const r = findRoute(s, e.route);
			if (r === void 0) return;
			if (e.open !== void 0) r.open = e.open;
			if (e.capacity !== void 0) r.capacity = {
				...r.capacity,
				...e.capacity
			};
			if (e.detectionBp !== void 0) r.detectionBp = e.detectionBp;
			return;
		}
		case "report":
			addEvidence(ctx, {
				turn: s.turn,
				kind: "report",
				against: e.against.slice(),
				event: id
			});
			return;
		case "panel":
			s.regime.panel.mandateEnd = s.turn + e.mandateTurns;
			return;
		default: assertNever(e);
	}
}
function fire(ctx, ev, drawn) {
	if (ctx.reporting) ctx.report.events.push({
		id: ev.id,
		title: ev.title,
		text: ev.text,
		sources: ev.sources,
		drawn
	});
	for (const e of ev.effects) applyEffect(ctx, e, ev.id);
}
function resolveEvents(ctx) {
	const s = ctx.s;
	const turn = s.turn;
	for (const ev of s.rules.events) {
		if (ev.at !== null ? ev.at !== turn : turn < ev.from || turn > ev.until) continue;
		if (s.fired.includes(ev.id)) continue;
		if (ev.at === null && !allHold(s, ev.when)) continue;
		s.fired = s.fired.concat([ev.id]);
		fire(ctx, ev, false);
	}
	const deck = s.rules.deck;
	if (deck.drawBp <= 0 || deck.cards.length === 0) return;
	if (!rollBasisPoints(s.rng, deck.drawBp)) return;
	let total = 0;
	for (const c of deck.cards) total += c.weight;
	let pick = randomBelow(s.rng, total);
	for (const c of deck.cards) {
		if (pick < c.weight) {
			fire(ctx, c, true);
			return;
		}
		pick -= c.weight;
	}
}
/** Packages of know-how the launch or test of this turn puts to use. */
function knowHowAtHand(s) {
	const p = s.rules.design;
	if (p.knowHowProgramme <= 0 && p.knowHowSuccessBp <= 0) return 0;
	return Math.max(0, Math.min(s.actors.PRK.stocks.knowhow, p.knowHowPerLaunch));
}
/** Whether this turn's launch (or test) works, and its odds in basis points. */
function rollSuccess(s, purpose, baseBp, used) {
	const odds = Math.min(1e4, baseBp + used * s.rules.design.knowHowSuccessBp);
	return {
		worked: odds >= 1e4 || odds > 0 && keyedBasisPoints(s.covertKey, [s.turn, purpose], odds),
		odds
	};
}
/** Know-how put to use by a launch or a test: stock spent; programme points if it worked. */
function useKnowHow(ctx, index, used, worked, odds) {
	if (used <= 0) return;
	const p = ctx.s.rules.design;
	const points = worked ? used * p.knowHowProgramme : 0;
	const c = {
		rule: "knowHowUsed",
		order: index,
		numbers: {
			used,
			points
		}
	};
	changeStock(ctx, "PRK", "knowhow", -used, c, ["PRK"]);
	if (points > 0) changeIndicator(ctx, "prkProgramme", points, c, ["PRK"]);
	if (ctx.reporting) ctx.report.notes.push({
		kind: "knowHowUsed",
		actor: "PRK",
		resource: "knowhow",
		amount: used,
		numbers: {
			points,
			odds
		},
		visibleTo: ["PRK"]
	});
}
function spend(ctx, amount, cause) {
	const cash = ctx.s.actors.PRK.stocks.currency;
	changeStock(ctx, "PRK", "currency", -Math.min(cash, amount), cause);
}
function applyLaunches(ctx, orders) {
	const s = ctx.s;
	const p = s.rules.design;
	let done = false;
	for (const { order: o, index } of orders) {
		if (o.actor !== "PRK") {
			reject(ctx, index, o.actor, "notYourOrder", "only North Korea (PRK) launches missiles");
			continue;
		}
		if (done) {
			reject(ctx, index, o.actor, "duplicateOrder", "PRK already launched this turn");
			continue;
		}
		const count = o.count ?? 1;
		if (!Number.isSafeInteger(count) || count < 1 || count > p.maxLaunchesPerTurn) {
			reject(ctx, index, o.actor, "tooManyLaunches", `a launch order fires from 1 to ${p.maxLaunchesPerTurn} missile(s); ${String(o.count)} asked`);
			continue;
		}
		done = true;
		const used = knowHowAtHand(s);
		const { worked, odds } = rollSuccess(s, 2, p.launchSuccessBp, used);
		const cause = {
			rule: "launch",
			order: index,
			numbers: { count }
		};
		for (let i = 0; i < count; i++) addEvidence(ctx, {
			turn: s.turn,
			kind: "launch",
			against: ["PRK"]
		});
		if (ctx.reporting) ctx.report.notes.push({
			kind: "launch",
			actor: "PRK",
			amount: count,
			numbers: { failed: worked ? 0 : 1 },
			visibleTo: "all"
		});
		if (worked) changeIndicator(ctx, "prkProgramme", p.launchProgramme, cause);
		useKnowHow(ctx, index, used, worked, odds);
		spend(ctx, p.launchCurrency * count, cause);
		changeRelation(ctx, "PRK-CHN", -p.launchChinaRelation, cause);
		changeRelation(ctx, "PRK-UNSC", -p.launchUnscRelation, cause);
	}
}
function applyNuclearTests(ctx, orders) {
	const s = ctx.s;
	const p = s.rules.design;
	let done = false;
	for (const { order: o, index } of orders) {
		if (o.actor !== "PRK") {
			reject(ctx, index, o.actor, "notYourOrder", "only North Korea (PRK) tests nuclear devices");
			continue;
		}
		if (done) {
			reject(ctx, index, o.actor, "duplicateOrder", "PRK already tested this turn");
			continue;
		}
		done = true;
		const used = knowHowAtHand(s);
		const { worked, odds } = rollSuccess(s, 3, p.nuclearSuccessBp, used);
		const cause = {
			rule: "nuclearTest",
			order: index
		};
		addEvidence(ctx, {
			turn: s.turn,
			kind: "nuclearTest",
			against: ["PRK"]
		});
		if (ctx.reporting) ctx.report.notes.push({
			kind: "nuclearTest",
			actor: "PRK",
			numbers: { failed: worked ? 0 : 1 },
			visibleTo: "all"
		});
		if (worked) changeIndicator(ctx, "prkProgramme", p.nuclearProgramme, cause);
		useKnowHow(ctx, index, used, worked, odds);
		spend(ctx, p.nuclearCurrency, cause);
		changeRelation(ctx, "PRK-CHN", -p.nuclearChinaRelation, cause);
		changeRelation(ctx, "PRK-UNSC", -p.nuclearUnscRelation, cause);
	}
}
// src/engine/levers.ts
/** Oil China's running deals would deliver to North Korea this turn. */
/** A route China can tighten customs on: one end is China. */
function crossesChina(route) {
	return route.ends[0] === "CHN" || route.ends[1] === "CHN";
}
function fuelDue(s) {
	let n = 0;
	for (const d of s.deals) {
		if (d.status !== "active") continue;
		if (d.proposer === "CHN" && d.partner === "PRK" && d.give.resource === "oil") n += d.give.amount;
		if (d.partner === "CHN" && d.proposer === "PRK" && d.get.resource === "oil") n += d.get.amount;
	}
	return n;
}
function applyLevers(ctx, holds, customs) {
	const s = ctx.s;
	const p = s.rules.design;
	for (const r of s.routes) r.extraBp = 0;
	for (const { order: o, index } of holds) {
		if (o.actor !== "CHN") {
			reject(ctx, index, o.actor, "notYourOrder", "only China holds back its fuel");
			continue;
		}
		if (ctx.fuelHeld) {
			reject(ctx, index, o.actor, "duplicateOrder", "China already holds back its fuel this turn");
			continue;
		}
		const due = fuelDue(s);
		if (due === 0) {
			reject(ctx, index, o.actor, "nothingToHold", "no running Chinese deal delivers fuel to North Korea this turn");
			continue;
		}
		ctx.fuelHeld = true;
		const c = {
			rule: "holdFuel",
			order: index,
			numbers: { held: due }
		};
		if (ctx.reporting) ctx.report.notes.push({
			kind: "fuelHeld",
			actor: "CHN",
			amount: due,
			visibleTo: "all"
		});
		changeIndicator(ctx, "chnInfluence", p.holdFuelInfluence, c);
		changeIndicator(ctx, "chnStanding", p.holdFuelStanding, c);
		changeIndicator(ctx, "chnBorderStability", -p.holdFuelBorder, c);
		changeRelation(ctx, "PRK-CHN", -p.holdFuelRelation, c);
	}
	const tightened = /* @__PURE__ */ new Set();
	for (const { order: o, index } of customs) {
		if (o.actor !== "CHN") {
			reject(ctx, index, o.actor, "notYourOrder", "only China runs its customs");
			continue;
		}
		const route = findRoute(s, o.route);
		if (route === void 0) {
			reject(ctx, index, o.actor, "unknownRoute", `there is no route "${o.route}"`);
			continue;
		}
		if (!crossesChina(route)) {
			reject(ctx, index, o.actor, "notYourRoute", `${route.name} does not cross China's border`);
			continue;
		}
		if (tightened.has(route.id)) {
			reject(ctx, index, o.actor, "duplicateOrder", `China already tightened customs on ${route.name} this turn`);
			continue;
		}
		tightened.add(route.id);
		route.extraBp = p.customsBp;
		const c = {
			rule: "customs",
			order: index,
			route: route.id,
			numbers: { addedOdds: p.customsBp }
		};
		if (ctx.reporting) ctx.report.notes.push({
			kind: "customsTightened",
			actor: "CHN",
			routes: [route.id],
			amount: p.customsBp,
			visibleTo: "all"
		});
		changeIndicator(ctx, "chnInfluence", p.customsInfluence, c);
		changeIndicator(ctx, "chnStanding", p.customsStanding, c);
		changeIndicator(ctx, "chnBorderStability", -p.customsBorder, c);
		changeRelation(ctx, "PRK-CHN", -p.customsRelation, c);
	}
}
// src/engine/score.ts
function achievement(value, o, targetPct) {
	if (o.op === "atLeast") {
		if (value >= o.full) return 100;
		if (value >= o.target) return targetPct + Math.floor((100 - targetPct) * (value - o.target) / (o.full - o.target));
		if (o.target <= 0) return 100;
		return Math.floor(targetPct * value / o.target);
	}
	if (value <= o.full) return 100;
	if (value <= o.target) return targetPct + Math.floor((100 - targetPct) * (o.target - value) / (o.target - o.full));
	if (o.target >= 100) return 100;
	return Math.floor(targetPct * (100 - value) / (100 - o.target));
}
/** The value of an indicator as the world sees it, or with the hidden truths. */
function indicatorValue(s, i, truth) {
	return truth && i === "unscSanctionsIntegrity" ? s.hidden.integrity : s.indicators[i];
}
/** An actor's score on the position of `s` alone (one turn's score). */
function turnScore(s, actor, truth) {
	let sum = 0;
	let weights = 0;
	const t = s.rules.design.targetAchievement;
	for (const o of s.rules.objectives[actor]) {
		sum += o.weight * achievement(indicatorValue(s, o.indicator, truth), o, t);
		weights += o.weight;
	}
	return weights === 0 ? 0 : Math.floor(sum / weights);
}
/** An actor's score so far: the mean of its turn scores (the opening position's before turn 1). */
function actorScore(s, actor, truth = true) {
	if (s.tally.turns === 0) return turnScore(s, actor, truth);
	return Math.floor((truth ? s.tally.true : s.tally.seen)[actor] / s.tally.weight);
}
/** Every actor's score so far (true by default), keys in ACTORS order (an object literal: one
* hidden class, no dictionary mode, since this runs every turn). */
function scores(s, truth = true) {
	return {
		RUS: actorScore(s, "RUS", truth),
		PRK: actorScore(s, "PRK", truth),
		CHN: actorScore(s, "CHN", truth),
		UNSC: actorScore(s, "UNSC", truth)
	};
}
/** Add the position after a turn to the tally (resolveTurn's last step). */
/** A tally with nothing counted yet, after `turns` turns (their weights start the ramp). */
function emptyTally(turns) {
	return {
		turns,
		weight: 0,
		seen: {
			RUS: 0,
			PRK: 0,
			CHN: 0,
			UNSC: 0
		},
		true: {
			RUS: 0,
			PRK: 0,
			CHN: 0,
			UNSC: 0
		}
	};
}
function tallyTurn(s) {
	const t = s.tally;
	const w = 100 + s.rules.design.scoreRamp * t.turns;
	t.turns += 1;
	t.weight += w;
	tallyActor(s, "RUS", w);
	tallyActor(s, "PRK", w);
	tallyActor(s, "CHN", w);
	tallyActor(s, "UNSC", w);
}
/** Add w × the actor's turn score to the tally, seen and true: `turnScore` both ways, in one
* pass over its objectives (only an objective on sanctions integrity reads differently). */
function tallyActor(s, actor, w) {
	let seen = 0;
	let truth = 0;
	let weights = 0;
	const target = s.rules.design.targetAchievement;
	for (const o of s.rules.objectives[actor]) {
		const a = achievement(s.indicators[o.indicator], o, target);
		seen += o.weight * a;
		truth += o.weight * (o.indicator === "unscSanctionsIntegrity" ? achievement(s.hidden.integrity, o, target) : a);
		weights += o.weight;
	}
	if (weights === 0) return;
	s.tally.seen[actor] += w * Math.floor(seen / weights);
	s.tally.true[actor] += w * Math.floor(truth / weights);
}
// src/engine/shipments.ts
function resolveShipments(ctx, ships) {
	for (const { order: o, index } of ships) {
		if (!isActorId(o.actor)) {
			reject(ctx, index, o.actor, "unknownActor", `unknown actor "${o.actor}"`);
			continue;
		}
		if (!isActorId(o.to)) {
			reject(ctx, index, o.actor, "unknownActor", `unknown actor "${o.to}"`);
			continue;
		}
		if (o.actor === o.to) {
			reject(ctx, index, o.actor, "selfTarget", `${o.actor} cannot ship to itself`);
			continue;
		}
		if (!isResource(o.resource)) {
			reject(ctx, index, o.actor, "unknownResource", `unknown resource "${o.resource}"`);
			continue;
		}
		if (!isAmount(o.amount)) {
			reject(ctx, index, o.actor, "malformed", `amount ${String(o.amount)} is not a positive whole number`);
			continue;
		}
		const t = {
			from: o.actor,
			to: o.to,
			resource: o.resource,
			amount: o.amount,
			route: o.route ?? null,
			mode: o.mode
		};
		const c = checkTransfer(ctx, t);
		if (!c.ok) {
			reject(ctx, index, o.actor, c.error.reason, c.error.message);
			continue;
		}
		const cause = t.route === null ? {
			rule: "shipment",
			order: index
		} : {
			rule: "shipment",
			order: index,
			route: t.route
		};
		performTransfer(ctx, t, c.value, cause);
	}
}
// src/engine/resolve.ts
/**
* resolveTurn: the one entry point that advances a game. Pure: the input state is never
* changed; the same state and orders give the same result on every JavaScript engine.
*
* Phases, in this fixed order (GAME.md):
*   1. priorities   domestic settings for this turn's production
*   2. levers       China holds back fuel or tightens customs (levers.ts)
*   3. deals        cancel, accept, deliver active deals, record new proposals, expire old ones
*   4. council      Panel lapse and ban deadlines reported; lobbying; votes on drafts tabled the
*                   turn before; this turn's drafts tabled; Panel monitoring; launches and tests
*   5. shipments    one-off transfers, their markup, detection and seizure rolls
*   6. economy      production (with harvest variance), then consumption and shortages
*   7. events       scripted events (at a turn or when conditions hold), then the deck
*   8. indicators   trade ties, China's influence, sanctions integrity, the border; the turn's
*                   scores join the tally (score.ts); then the turn advances
*
* Never throws for any order list that passes OrderListSchema; an order it cannot carry out is
* listed in `report.rejections` with a typed reason and changes nothing.
*/
var NO_SCORES = Object.freeze({
	RUS: 0,
	PRK: 0,
	CHN: 0,
	UNSC: 0
});
function sortOrders(orders) {
	const out = {
		priorities: [],
		cancels: [],
		accepts: [],
		proposals: [],
		ships: [],
		drafts: [],
		votes: [],
		monitors: [],
		launches: [],
		tests: [],
		lobbies: [],
		holds: [],
		customs: []
	};
	for (let index = 0; index < orders.length; index++) {
		const order = orders[index];
		switch (order.kind) {
			case "setPriorities":
				out.priorities.push({
					order,
					index
				});
				break;
			case "cancelDeal":
				out.cancels.push({
					order,
					index
				});
				break;
			case "acceptDeal":
				out.accepts.push({
					order,
					index
				});
				break;
			case "proposeDeal":
				out.proposals.push({
					order,
					index
				});
				break;
			case "ship":
				out.ships.push({
					order,
					index
				});
				break;
			case "draft":
				out.drafts.push({
					order,
					index
				});
				break;
			case "vote":
				out.votes.push({
					order,
					index
				});
				break;
			case "monitor":
				out.monitors.push({
					order,
					index
				});
				break;
			case "launch":
				out.launches.push({
					order,
					index
				});
				break;
			case "nuclearTest":
				out.tests.push({
					order,
					index
				});
				break;
			case "lobby":
				out.lobbies.push({
					order,
					index
				});
				break;
			case "holdFuel":
				out.holds.push({
					order,
					index
				});
				break;
			case "customs":
				out.customs.push({
					order,
					index
				});
				break;
			default: assertNever(order);
		}
	}
	return out;
}
/** The council phase (see council.ts for the order of its steps). */
function resolveCouncil(ctx, sorted) {
	noteLapse(ctx);
	checkDeadlines(ctx);
	applyLobbying(ctx, sorted.lobbies);
	voteOnDrafts(ctx, sorted.votes);
	tableDrafts(ctx, sorted.drafts);
	applyMonitoring(ctx, sorted.monitors);
	applyLaunches(ctx, sorted.launches);
	applyNuclearTests(ctx, sorted.tests);
}
function resolveTurn(state, orders) {
	const s = cloneState(state);
	const report = emptyReport(s, orders);
	const ctx = turnContext(s, report, true);
	if (isOver(s)) {
		for (const [i, o] of orders.entries()) reject(ctx, i, o.actor, "gameOver", `the game ended after turn ${s.rules.turns}`);
		report.scores = scores(s, false);
		report.trueScores = scores(s, true);
		return {
			state,
			report
		};
	}
	runPhases(ctx, orders);
	report.scores = scores(s, false);
	report.trueScores = scores(s, true);
	s.turn += 1;
	report.rejections.sort((a, b) => a.order - b.order);
	return {
		state: s,
		report
	};
}
/**
* One turn resolved in place, writing no report: for bots' rollouts, which play thousands of
* turns they never show. `s` must be the caller's own copy (`cloneState`), held by no one else;
* it ends exactly as `resolveTurn(s, orders).state` would (same canonical hash: a property
* test checks it over random games). A game that is over is left as it is.
*/
function advanceQuiet(s, orders) {
	if (isOver(s)) return;
	runPhases(turnContext(s, emptyReport(s, NO_ORDERS), false), orders);
	s.turn += 1;
}
var NO_ORDERS = [];
/** A turn's report before its phases write it (its scores are filled at the end). `orders`
* names who gave orders this turn (a quiet turn, which writes no report, passes none). */
function emptyReport(s, orders) {
	return {
		turn: s.turn,
		date: currentDate(s),
		orderActors: orders.map((o) => o.actor),
		changes: [],
		rejections: [],
		shipments: [],
		deals: [],
		council: [],
		notes: [],
		events: [],
		scores: NO_SCORES,
		trueScores: NO_SCORES
	};
}
/** Phases 1–7 (see the top of this file) on the turn's working copy. */
function runPhases(ctx, orders) {
	const sorted = sortOrders(orders);
	applyPriorities(ctx, sorted.priorities);
	applyLevers(ctx, sorted.holds, sorted.customs);
	resolveDeals(ctx, sorted.cancels, sorted.accepts, sorted.proposals);
	resolveCouncil(ctx, sorted);
	resolveShipments(ctx, sorted.ships);
	produce(ctx);
	consume(ctx);
	resolveEvents(ctx);
	settleIndicators(ctx);
	tallyTurn(ctx.s);
}
// src/engine/canonical.ts
/**
* Canonical JSON: object keys sorted by code unit, no whitespace, and only safe integers,
* strings, booleans, null, arrays and plain objects. Two values that mean the same game state
* serialise to the same bytes on every engine; anything else (a fraction, NaN, undefined in
* an array, a class instance) is a bug in the caller and throws.
*/
function canonicalJson(value) {
	const parts = [];
	write(value, parts, "$");
	return parts.join("");
}
function write(v, out, path) {
	if (v === null) {
		out.push("null");
		return;
	}
	switch (typeof v) {
		case "number":
			if (!Number.isSafeInteger(v)) throw new Error(`canonicalJson: ${path} is not a safe integer (${v})`);
			out.push(Object.is(v, -0) ? "0" : String(v));
			return;
		case "string":
			out.push(JSON.stringify(v));
			return;
		case "boolean":
			out.push(v ? "true" : "false");
			return;
		case "object": {
			if (Array.isArray(v)) {
				out.push("[");
				for (let i = 0; i < v.length; i++) {
					if (i > 0) out.push(",");
					write(v[i], out, `${path}[${i}]`);
				}
				out.push("]");
				return;
			}
			const proto = Object.getPrototypeOf(v);
			if (proto !== Object.prototype && proto !== null) throw new Error(`canonicalJson: ${path} is not a plain object`);
			const obj = v;
			const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
			out.push("{");
			keys.forEach((k, i) => {
				if (i > 0) out.push(",");
				out.push(JSON.stringify(k), ":");
				write(obj[k], out, `${path}.${k}`);
			});
			out.push("}");
			return;
		}
		default: throw new Error(`canonicalJson: ${path} has unsupported type ${typeof v}`);
	}
}
// src/engine/sha256.ts
/**
* SHA-256 over UTF-8 text, in plain 32-bit integer arithmetic so that Node and every browser
* agree without WebCrypto's asynchrony. Used for the canonical state hash and content hashes.
*/
var K = new Uint32Array([
	1116352408,
	1899447441,
	3049323471,
	3921009573,
	961987163,
	1508970993,
	2453635748,
	2870763221,
	3624381080,
	310598401,
	607225278,
	1426881987,
	1925078388,
	2162078206,
	2614888103,
	3248222580,
	3835390401,
	4022224774,
	264347078,
	604807628,
	770255983,
	1249150122,
	1555081692,
	1996064986,
	2554220882,
	2821834349,
	2952996808,
	3210313671,
	3336571891,
	3584528711,
	113926993,
	338241895,
	666307205,
	773529912,
	1294757372,
	1396182291,
	1695183700,
	1986661051,
	2177026350,
	2456956037,
	2730485921,
	2820302411,
	3259730800,
	3345764771,
	3516065817,
	3600352804,
	4094571909,
	275423344,
	430227734,
	506948616,
	659060556,
	883997877,
	958139571,
	1322822218,
	1537002063,
	1747873779,
	1955562222,
	2024104815,
	2227730452,
	2361852424,
	2428436474,
	2756734187,
	3204031479,
	3329325298
]);
var encoder = new TextEncoder();
function sha256Hex(text) {
	return sha256Bytes(encoder.encode(text));
}
function sha256Bytes(data) {
	const bitLenHi = Math.floor(data.length * 8 / 4294967296);
	const bitLenLo = data.length * 8 >>> 0;
	const padded = new Uint8Array(data.length + 9 + 63 >> 6 << 6);
	padded.set(data);
	padded[data.length] = 128;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, bitLenHi);
	view.setUint32(padded.length - 4, bitLenLo);
	let h0 = 1779033703;
	let h1 = 3144134277;
	let h2 = 1013904242;
	let h3 = 2773480762;
	let h4 = 1359893119;
	let h5 = 2600822924;
	let h6 = 528734635;
	let h7 = 1541459225;
	const w = /* @__PURE__ */ new Uint32Array(64);
	for (let off = 0; off < padded.length; off += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
		for (let i = 16; i < 64; i++) {
			const x = w[i - 15] ?? 0;
			const y = w[i - 2] ?? 0;
			const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
			const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
			w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1 >>> 0;
		}
		let a = h0;
		let b = h1;
		let c = h2;
		let d = h3;
		let e = h4;
		let f = h5;
		let g = h6;
		let k = h7;
		for (let i = 0; i < 64; i++) {
			const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
			const ch = e & f ^ ~e & g;
			const t1 = k + S1 + ch + (K[i] ?? 0) + (w[i] ?? 0) >>> 0;
			const t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) >>> 0;
			k = g;
			g = f;
			f = e;
			e = d + t1 >>> 0;
			d = c;
			c = b;
			b = a;
			a = t1 + t2 >>> 0;
		}
		h0 = h0 + a >>> 0;
		h1 = h1 + b >>> 0;
		h2 = h2 + c >>> 0;
		h3 = h3 + d >>> 0;
		h4 = h4 + e >>> 0;
		h5 = h5 + f >>> 0;
		h6 = h6 + g >>> 0;
		h7 = h7 + k >>> 0;
	}
	return [
		h0,
		h1,
		h2,
		h3,
		h4,
		h5,
		h6,
		h7
	].map((x) => x.toString(16).padStart(8, "0")).join("");
}
// src/engine/hash.ts
/** The canonical state hash: SHA-256 (hex) of the state's canonical JSON, rules included, so
* two games that differ in any rule or any number never share a hash. */
function hashState(s) {
	return sha256Hex(canonicalJson(s));
}
// src/engine/scenarioRules.ts
var COMPARISONS = ["atLeast", "atMost"];
// src/engine/params.ts
var DESIGN_PARAMS = {
	vetoReputation: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Russia's reputation or China's standing lost for each veto it casts"
	},
	vetoAuthority: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Council authority lost when Russia or China vetoes the majority's draft"
	},
	isolationYes: {
		min: 9,
		max: 15,
		unit: "votes",
		about: "A veto of the majority's draft with at least this many votes in favour isolates the vetoer"
	},
	isolationAuthority: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Council authority that a draft vetoed against isolationYes or more in favour wins back (the majority held)"
	},
	vetoUnscRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation with the Council a veto costs its caster"
	},
	vetoPrkRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation with North Korea a veto of a draft against it earns its caster"
	},
	yesPrkRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation with North Korea lost by Russia or China for a yes on an adopted sanction"
	},
	yesReputation: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Reputation or standing gained by Russia or China for a yes on an adopted sanction"
	},
	yesPeerRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Russia–China relation lost when one of them votes yes on an adopted sanction"
	},
	yesInfluence: {
		min: 0,
		max: 50,
		unit: "points",
		about: "China's influence lost when it votes yes on an adopted sanction"
	},
	sanctionStability: {
		min: 0,
		max: 50,
		unit: "points",
		about: "North Korean stability lost at once when an oil cap, worker ban or arms embargo is adopted"
	},
	condemnPrkRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "North Korea's relation with the Council lost when a condemnation is adopted"
	},
	adoptedAuthority: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Council authority gained by an adopted draft"
	},
	capitalCost: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Authority an adoption loses for each draft adopted in the previous capitalTurns turns (political capital)"
	},
	capitalTurns: {
		min: 0,
		max: 40,
		unit: "turns",
		about: "How long an adoption weighs on the next ones"
	},
	vetoCooldown: {
		min: 0,
		max: 40,
		unit: "turns",
		about: "Turns after a veto before a draft of the same measure may be tabled again"
	},
	shortAuthority: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Council authority lost when the majority's draft falls short of nine votes"
	},
	reliefPrkRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation with North Korea gained by Russia or China for tabling a sanctions-relief draft"
	},
	reliefReputation: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Reputation or standing lost by Russia or China for tabling a sanctions-relief draft"
	},
	reliefStability: {
		min: 0,
		max: 50,
		unit: "points",
		about: "North Korean stability gained when a sanctions-relief draft is adopted"
	},
	lobbyCost: {
		min: 0,
		max: 1e5,
		unit: "USD million",
		about: "Hard currency a lobbying order spends on the seat"
	},
	lobbyPoints: {
		min: 0,
		max: 100,
		unit: "seat score points",
		about: "A lobbied seat's score moves this far against sanctions (and for relief)"
	},
	lobbyTurns: {
		min: 1,
		max: 40,
		unit: "turns",
		about: "How many turns a lobbied seat stays moved"
	},
	breachReputation: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Reputation or standing each party with one loses for a breach seen by all"
	},
	detectedAuthority: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Council authority gained when a covert breach is detected (its case is built)"
	},
	detectionRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation with the Council each party of a detected covert transfer loses"
	},
	notRepatriatedIntegrity: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Sanctions integrity lost when workers are still abroad at a ban deadline"
	},
	panelLapseIntegrity: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Sanctions integrity lost when the Panel of Experts' mandate lapses"
	},
	covertMarkupPct: {
		min: 0,
		max: 90,
		unit: "percent",
		about: "Share of every covert delivery lost to middlemen, bribes and transshipment"
	},
	covertMarkupOddsShare: {
		min: 0,
		max: 200,
		unit: "percent of the odds",
		about: "The markup rises by this share of the detection odds (in percent) on the route"
	},
	seizeBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Odds that a detected covert shipment of goods is seized (lost to both ends)"
	},
	integrityStepDivisor: {
		min: 1,
		max: 100,
		unit: "divisor",
		about: "Integrity moves this fraction of the way to the turn's compliance with the measures"
	},
	integrityMaxDrift: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Most that sanctions integrity drifts in one turn"
	},
	tradeTies: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation gained by two actors that delivered goods to each other this turn"
	},
	influenceStepDivisor: {
		min: 1,
		max: 100,
		unit: "divisor",
		about: "China's influence moves this fraction of the way to its share of recorded imports"
	},
	borderStepDivisor: {
		min: 1,
		max: 100,
		unit: "divisor",
		about: "The border moves this fraction of the way to the regime's stability"
	},
	maxDrift: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Most that influence or the border drifts in one turn"
	},
	dealAcceptRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation gained when a deal is accepted"
	},
	dealCancelRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation lost when a running deal is cancelled"
	},
	dealDefaultRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Relation lost when a deal's delivery fails"
	},
	launchProgramme: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Programme gained by a launch order"
	},
	launchChinaRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "North Korea–China relation lost per launch order"
	},
	launchUnscRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "North Korea–Council relation lost per launch order"
	},
	launchCurrency: {
		min: 0,
		max: 1e4,
		unit: "USD million",
		about: "Hard currency each missile launched costs"
	},
	maxLaunchesPerTurn: {
		min: 1,
		max: 100,
		unit: "launches",
		about: "Most missiles one launch order may fire"
	},
	nuclearProgramme: {
		min: 0,
		max: 100,
		unit: "points",
		about: "Programme gained by a nuclear test"
	},
	nuclearChinaRelation: {
		min: 0,
		max: 100,
		unit: "relation points",
		about: "North Korea–China relation lost by a nuclear test"
	},
	nuclearUnscRelation: {
		min: 0,
		max: 100,
		unit: "relation points",
		about: "North Korea–Council relation lost by a nuclear test"
	},
	nuclearCurrency: {
		min: 0,
		max: 1e4,
		unit: "USD million",
		about: "Hard currency a nuclear test costs"
	},
	nuclearEvidence: {
		min: 0,
		max: 100,
		unit: "launches",
		about: "A nuclear test weighs with the seats like this many launches"
	},
	launchSuccessBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Odds that a launch order works: a failed launch teaches the programme nothing"
	},
	nuclearSuccessBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Odds that a nuclear test works: a failed test (a fizzle) teaches the programme nothing"
	},
	knowHowSuccessBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Odds of success each package of know-how put to use adds to a launch or a test"
	},
	knowHowPerLaunch: {
		min: 0,
		max: 100,
		unit: "packages",
		about: "Packages of know-how a launch order puts to use"
	},
	knowHowProgramme: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Programme gained per package of know-how put to use"
	},
	knowHowDetectBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Odds that a covert transfer of know-how is seen (the Panel adds its bonus while it works)"
	},
	knowHowReputation: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Reputation or standing the giver loses when a transfer of know-how is seen"
	},
	knowHowChinaRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "Russia–China relation lost when Russia's transfer of know-how is seen (China's comfort)"
	},
	holdFuelRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "North Korea–China relation lost when China holds back fuel"
	},
	holdFuelInfluence: {
		min: 0,
		max: 50,
		unit: "points",
		about: "China's influence gained when it holds back fuel"
	},
	holdFuelStanding: {
		min: 0,
		max: 50,
		unit: "points",
		about: "China's standing gained when it holds back fuel"
	},
	holdFuelBorder: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Border stability lost when China holds back fuel"
	},
	customsBp: {
		min: 0,
		max: 1e4,
		unit: "basis points",
		about: "Detection odds added on a Chinese route the turn China tightens customs there"
	},
	customsRelation: {
		min: 0,
		max: 50,
		unit: "relation points",
		about: "North Korea–China relation lost when China tightens customs"
	},
	customsInfluence: {
		min: 0,
		max: 50,
		unit: "points",
		about: "China's influence gained when it tightens customs"
	},
	customsStanding: {
		min: 0,
		max: 50,
		unit: "points",
		about: "China's standing gained when it tightens customs"
	},
	customsBorder: {
		min: 0,
		max: 50,
		unit: "points",
		about: "Border stability lost when China tightens customs"
	},
	scoreRamp: {
		min: 0,
		max: 1e3,
		unit: "percent a turn",
		about: "Turn t of the game weighs 100 + scoreRamp × (t − 1) in the score: every turn counts, later ones more"
	},
	targetAchievement: {
		min: 1,
		max: 100,
		unit: "percent",
		about: "An objective's achievement when its indicator is exactly at target (100 only at its `full` value)"
	}
};
var DESIGN_PARAM_IDS = Object.keys(DESIGN_PARAMS);
// src/engine/play.ts
/**
* Playing several turns in a row: the loop shared by the command line, saves and bots.
* `ordersFor` is asked for each turn's orders with the state before that turn.
*/
function playTurns(start, maxTurns, ordersFor) {
	let state = start;
	const turns = [];
	for (let i = 0; i < maxTurns && !isOver(state); i++) {
		const orders = ordersFor(state);
		const r = resolveTurn(state, orders);
		state = r.state;
		turns.push({
			orders,
			report: r.report,
			hash: hashState(state)
		});
	}
	return {
		state,
		turns
	};
}
[...ACTORS];
// src/scenario/problems.ts
/** The problems as a refusal, or null when there are none: `refusal(found) ?? ok(value)`. */
function refusal(problems) {
	const [first, ...rest] = problems;
	return first === void 0 ? null : err([first, ...rest]);
}
/** A refusal with one problem. */
function problem(path, message) {
	return err([{
		path,
		message
	}]);
}
function formatPath(path) {
	if (path.length === 0) return "(root)";
	let out = "";
	for (const seg of path) if (typeof seg === "number") out += `[${seg}]`;
	else {
		const s = String(seg);
		out += /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s) ? out === "" ? s : `.${s}` : `[${JSON.stringify(s)}]`;
	}
	return out;
}
/** Edit distance, for "did you mean …?" on misspelt field names. */
function distance(a, b) {
	const d = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = d[0] ?? 0;
		d[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = d[j] ?? 0;
			d[j] = Math.min(tmp + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return d[b.length] ?? 0;
}
function suggest(word, choices) {
	let best;
	let bestD = Infinity;
	for (const c of choices) {
		const dd = distance(word.toLowerCase(), c.toLowerCase());
		if (dd < bestD) {
			bestD = dd;
			best = c;
		}
	}
	return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
/** Turn zod's issues into problems, one per unknown key and per failed check. */
function zodProblems(error, knownKeys) {
	const out = [];
	for (const issue of error.issues) {
		if (issue.code === "unrecognized_keys") {
			const known = knownKeys?.(issue.path) ?? [];
			for (const k of issue.keys) {
				const s = suggest(k, known);
				out.push({
					path: formatPath([...issue.path, k]),
					message: `unknown field "${k}"${s !== void 0 ? ` (did you mean "${s}"?)` : ""}`
				});
			}
			continue;
		}
		out.push({
			path: formatPath(issue.path),
			message: plainMessage(issue)
		});
	}
	return out;
}
function plainMessage(issue) {
	switch (issue.code) {
		case "invalid_type": return issue.input === void 0 ? `missing required field (expected ${issue.expected})` : `expected ${issue.expected}, got ${describe(issue.input)}`;
		case "too_small": return issue.origin === "array" ? `needs at least ${String(issue.minimum)} item(s)` : issue.origin === "string" ? "must not be empty" : `must be at least ${String(issue.minimum)}`;
		case "too_big": return issue.origin === "array" ? `has more than ${String(issue.maximum)} items` : issue.origin === "string" ? `is longer than ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;
		case "invalid_value": return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
		case "invalid_format": return issue.message;
		case "not_multiple_of": return `must be a multiple of ${String(issue.divisor)}`;
		case "invalid_union": return issue.message;
		case "invalid_key": return `invalid key: ${issue.message}`;
		case "invalid_element": return issue.message;
		case "custom": return issue.message;
		default: return issue.message;
	}
}
function describe(v) {
	if (v === null) return "null";
	if (Array.isArray(v)) return "a list";
	if (typeof v === "number") return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v} (whole numbers only)`;
	if (typeof v === "string") return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
	return typeof v === "object" ? "an object" : typeof v;
}
// src/scenario/json.ts
/**
* Untrusted JSON: bounded size and nesting, no prototype-polluting keys, parse errors with a
* line and column. Everything that reads a file from someone else starts here.
*/
var MAX_JSON_BYTES = 1048576;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set([
	"__proto__",
	"constructor",
	"prototype"
]);
function parseUntrustedJson(text, maxBytes = MAX_JSON_BYTES) {
	if (text.length > maxBytes) return problem("(root)", `file is ${text.length} characters; the limit is ${maxBytes}`);
	let value;
	try {
		value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
	} catch (e) {
		return problem("(root)", jsonErrorMessage(text, e));
	}
	const problems = [];
	walk(value, [], problems);
	return refusal(problems) ?? ok(value);
}
function walk(v, path, out) {
	if (path.length > 32) {
		out.push({
			path: formatPath(path),
			message: `nested more than 32 levels deep`
		});
		return;
	}
	if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i], out);
	else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) {
		if (FORBIDDEN_KEYS.has(k)) {
			out.push({
				path: formatPath([...path, k]),
				message: `the key "${k}" is not allowed`
			});
			continue;
		}
		walk(v[k], [...path, k], out);
	}
}
/** "invalid JSON at line 4, column 7: Unexpected token ..." from the engine's SyntaxError. */
function jsonErrorMessage(text, e) {
	const msg = e instanceof Error ? e.message : String(e);
	const m = /position (\d+)/.exec(msg);
	if (m === null) return `invalid JSON: ${msg}`;
	const pos = Number(m[1]);
	let line = 1;
	let col = 1;
	for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) {
		line++;
		col = 1;
	} else col++;
	const reason = msg.replace(/\s*in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
	return `invalid JSON at line ${line}, column ${col}: ${reason}`;
}
// src/scenario/visibleText.ts
/**
* Text a person reads (titles, names, briefings) must show something: a minimum length is met
* by spaces or by characters that display as nothing (zero-width spaces, bidi controls, soft
* hyphens, variation selectors), and such a "title" looks empty on screen. `VisibleText`
* requires at least one character that is none of those.
*/
/** White space, controls, format characters, lone surrogates, separators, and every other
* character Unicode says a renderer may show as nothing. */
var INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
var NOT_VISIBLE = "must contain visible text (not only spaces or invisible characters)";
function hasVisibleText(s) {
	return s.replace(INVISIBLE, "").length > 0;
}
/** A string of 1 to `max` characters, at least one of them visible. */
function VisibleText(max) {
	return z.string().min(1).max(max).refine(hasVisibleText, NOT_VISIBLE);
}
// src/scenario/worldSchema.ts
/**
* The scenario format's teaching and sanctions parts (zod): sources and calibration notes,
* briefings, objectives, the sanctions regime, the council, events and the random deck.
* Everything is a strict object, so a misspelt field is an error with a suggestion. The shapes
* match the engine's types in src/engine/scenarioRules.ts and regimeState.ts (build.ts copies
* them into the game state).
*/
var Id$1 = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "use 1–48 lower-case letters, digits and hyphens, starting with a letter or digit");
/** Text a person reads: at least one visible character (visibleText.ts). */
var Text$1 = VisibleText;
var Turn = z.number().int().min(1).max(200);
var Qty$1 = z.number().int().min(0).max(1e9);
var Delta = z.number().int().min(-1e9).max(1e9);
var Actor$1 = z.enum(ACTORS);
var Measure = z.enum(MEASURES);
/** A list of source ids from the scenario's `sources` table (at least one). */
var SourceRefs = z.array(Id$1).min(1).max(8);
var SourceSchema = z.discriminatedUnion("kind", [z.strictObject({
	id: Id$1,
	kind: z.literal("document"),
	paragraph: z.number().int().min(1).max(10).describe("Paragraph of the source document, cited as ¶N"),
	note: Text$1(600).describe("What the paragraph says that this scenario uses, in our own words")
}), z.strictObject({
	id: Id$1,
	kind: z.literal("record"),
	record: Text$1(200).describe("A named public record, e.g. \"UNSC resolution 2397 (2017)\""),
	approx: z.boolean().exactOptional().describe("True for public estimates used as orders of magnitude"),
	note: Text$1(600)
})]);
var CalibrationSchema = z.strictObject({
	path: Text$1(200).describe("A JSON path into this file, e.g. actors.PRK.stocks.food or routes[0].capacity"),
	sources: SourceRefs,
	note: Text$1(600).describe("How the number was derived from the sources")
});
var BriefingSchema = z.strictObject({
	class: Text$1(4e3).describe("Read to the whole class before play"),
	RUS: Text$1(2e3),
	PRK: Text$1(2e3),
	CHN: Text$1(2e3),
	UNSC: Text$1(2e3)
});
var Comparison = z.enum(COMPARISONS);
var ObjectiveSchema = z.strictObject({
	indicator: z.enum(INDICATORS),
	op: Comparison.describe("atLeast: keep the indicator at or above target; atMost: at or below"),
	target: z.number().int().min(0).max(100).describe("Meeting it is worth design.targetAchievement percent"),
	full: z.number().int().min(0).max(100).exactOptional().describe("The value at which the objective is met in full (default 100 for atLeast, 0 for atMost)"),
	weight: z.number().int().min(1).max(100)
});
var Objectives = z.array(ObjectiveSchema).min(1).max(8);
var ObjectivesSchema = z.strictObject({
	RUS: Objectives,
	PRK: Objectives,
	CHN: Objectives,
	UNSC: Objectives
});
var CapSchema = z.strictObject({
	id: Id$1,
	resource: z.enum(GOODS),
	to: Actor$1,
	perYear: Qty$1.describe("Units a calendar year (oil: thousand barrels)"),
	sources: SourceRefs,
	fromTurn: Turn.exactOptional().describe("First turn in force (default 1)"),
	declaredAtStart: Qty$1.exactOptional().describe("Already declared in the start year before turn 1")
});
var BanSchema = z.strictObject({
	id: Id$1,
	resource: z.enum([...GOODS, "knowhow"]).describe("A good, or know-how (technical assistance)"),
	from: Actor$1.nullable(),
	to: Actor$1.nullable(),
	sources: SourceRefs,
	fromTurn: Turn.exactOptional(),
	deadlineTurn: Turn.nullable().exactOptional().describe("Grace for deals made earlier ends here; repatriation is checked")
});
var PanelSchema = z.strictObject({
	mandateEnd: z.number().int().min(0).max(200).describe("Last turn of the mandate; 0 for no Panel"),
	bonusBp: z.number().int().min(0).max(1e4),
	monitorBonusBp: z.number().int().min(0).max(1e4),
	maxRoutes: z.number().int().min(0).max(8),
	monitored: z.array(Id$1).max(8),
	sources: SourceRefs
});
var RegimeSchema = z.strictObject({
	caps: z.array(CapSchema).max(16),
	bans: z.array(BanSchema).max(16),
	panel: PanelSchema
});
var SeatSchema = z.strictObject({
	id: z.string().regex(/^[A-Z]{2,4}$/, "use a 2–4 letter upper-case code such as USA"),
	name: Text$1(60),
	permanent: z.boolean(),
	actor: z.enum(["RUS", "CHN"]).nullable().describe("RUS or CHN for the seats that vote by order"),
	base: z.number().int().min(-100).max(100),
	bias: z.partialRecord(Measure, z.number().int().min(-100).max(100)).exactOptional()
});
var DefaultVoteSchema = z.strictObject({
	vote: z.enum(VOTES),
	byMeasure: z.partialRecord(Measure, z.enum(VOTES)).exactOptional()
});
var PastDecisionSchema = z.strictObject({
	id: Text$1(40).describe("A label, e.g. the draft symbol"),
	measure: Measure,
	year: z.number().int().min(1945).max(2100),
	month: z.number().int().min(1).max(12),
	outcome: z.enum(OUTCOMES),
	yes: z.number().int().min(0).max(15),
	no: z.number().int().min(0).max(15),
	abstain: z.number().int().min(0).max(15),
	vetoedBy: z.array(z.string().regex(/^[A-Z]{2,4}$/)).max(5),
	sources: SourceRefs
});
var CouncilSchema = z.strictObject({
	seats: z.array(SeatSchema).min(1).max(15),
	yesAt: z.number().int().min(-1e3).max(1e3),
	noBelow: z.number().int().min(-1e3).max(1e3),
	evidenceWeight: z.number().int().min(0).max(100),
	launchWeight: z.number().int().min(0).max(100),
	windowTurns: z.number().int().min(1).max(40),
	defaults: z.strictObject({
		RUS: DefaultVoteSchema,
		CHN: DefaultVoteSchema
	}),
	maxDraftsPerTurn: z.number().int().min(0).max(5),
	history: z.array(PastDecisionSchema).max(32).describe("Decisions before the start, for the record")
});
var Pair = z.enum(PAIRS);
var ConditionSchema = z.discriminatedUnion("kind", [
	z.strictObject({
		kind: z.literal("indicator"),
		indicator: z.enum(INDICATORS),
		op: Comparison,
		value: z.number().int().min(0).max(100)
	}),
	z.strictObject({
		kind: z.literal("stock"),
		actor: Actor$1,
		resource: z.enum(RESOURCES),
		op: Comparison,
		value: Qty$1
	}),
	z.strictObject({
		kind: z.literal("relation"),
		pair: Pair,
		op: Comparison,
		value: z.number().int().min(-100).max(100)
	}),
	z.strictObject({
		kind: z.literal("evidence"),
		op: Comparison,
		value: z.number().int().min(0).max(1e4)
	}),
	z.strictObject({
		kind: z.literal("panel"),
		active: z.boolean()
	})
]);
var EffectSchema = z.discriminatedUnion("kind", [
	z.strictObject({
		kind: z.literal("stock"),
		actor: Actor$1,
		resource: z.enum(RESOURCES),
		delta: Delta
	}),
	z.strictObject({
		kind: z.literal("indicator"),
		indicator: z.enum(INDICATORS),
		delta: z.number().int().min(-100).max(100)
	}),
	z.strictObject({
		kind: z.literal("relation"),
		pair: Pair,
		delta: z.number().int().min(-200).max(200)
	}),
	z.strictObject({
		kind: z.literal("route"),
		route: Id$1,
		open: z.boolean().exactOptional(),
		capacity: z.partialRecord(z.enum(GOODS), Qty$1).exactOptional(),
		detectionBp: z.number().int().min(0).max(1e4).exactOptional()
	}),
	z.strictObject({
		kind: z.literal("report"),
		against: z.array(Actor$1).min(1).max(4)
	}),
	z.strictObject({
		kind: z.literal("panel"),
		mandateTurns: z.number().int().min(0).max(200)
	})
]);
/** One design parameter: its value and one line saying why (params.ts lists them). */
function designEntry(id) {
	const spec = DESIGN_PARAMS[id];
	return z.strictObject({
		value: z.number().int().min(spec.min).max(spec.max),
		why: Text$1(300).describe("One line: why this value, in this scenario")
	}).describe(`${spec.about} (${spec.unit})`);
}
var DesignSchema = z.strictObject(Object.fromEntries(DESIGN_PARAM_IDS.map((id) => [id, designEntry(id)]))).describe("Every number that makes a rule teach its lesson, with its rationale (src/engine/params.ts)");
var EventFields = {
	id: Id$1,
	title: Text$1(120),
	text: Text$1(1200).describe("What happened, in our own words"),
	sources: SourceRefs,
	effects: z.array(EffectSchema).max(16)
};
var ScriptedEventSchema = z.strictObject({
	...EventFields,
	at: Turn.exactOptional().describe("Fire in this turn"),
	when: z.array(ConditionSchema).min(1).max(8).exactOptional().describe("Or fire the first turn all of these hold"),
	from: Turn.exactOptional(),
	until: Turn.exactOptional()
});
var DeckCardSchema = z.strictObject({
	...EventFields,
	weight: z.number().int().min(1).max(1e3)
});
var DeckSchema = z.strictObject({
	drawBp: z.number().int().min(0).max(1e4).describe("Odds each turn that a card is drawn"),
	cards: z.array(DeckCardSchema).max(32)
});
// src/scenario/schema.ts
/**
* The scenario file format (zod). Strict objects everywhere: a misspelt field is an error with
* a suggestion, not silently ignored. Quantities are whole numbers in the units of ids.ts.
* Semantic checks that a schema cannot express (ids that must exist, turns in range) live in
* `semantics.ts`.
*/
var Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "use 1–48 lower-case letters, digits and hyphens, starting with a letter or digit");
/** Text a person reads: at least one visible character (visibleText.ts). */
var Text = VisibleText;
var Qty = z.number().int().min(0).max(1e9);
var Actor = z.enum(ACTORS);
var Resource = z.enum(RESOURCES);
var Stocks = z.strictObject({
	oil: Qty,
	food: Qty,
	munitions: Qty,
	labour: Qty,
	currency: Qty,
	knowhow: Qty.exactOptional().describe("Packages of space or military know-how (default 0)")
});
var ActorSetupSchema = z.strictObject({
	stocks: Stocks.describe("What the actor holds at the start"),
	priorities: z.strictObject({
		munitions: z.number().int().min(0).max(100).describe("Percent of industry making munitions; the rest grows food"),
		labourAbroad: z.number().int().min(0).max(100).describe("Percent of the spare workforce offered abroad")
	}),
	base: Stocks.describe("Produced every turn whatever the priorities"),
	flex: z.strictObject({
		munitions: Qty,
		food: Qty,
		labour: Qty,
		homeFood: Qty
	}).describe("Extra output at 100% of each priority (see economy.ts)")
});
var PlaceSchema = z.strictObject({
	id: Id,
	name: Text(60),
	actor: Actor.nullable().describe("Whose territory the place is on; null for New York and the like"),
	lon: z.number().min(-180).max(180),
	lat: z.number().min(-90).max(90)
});
var Capacity = z.partialRecord(z.enum(GOODS), Qty);
var RouteSchema = z.strictObject({
	id: Id,
	name: Text(80),
	kind: z.enum(ROUTE_KINDS),
	from: Id.describe("A place id"),
	to: Id.describe("A place id"),
	capacity: Capacity.describe("Units of each good per turn, both directions together"),
	open: z.boolean(),
	detectionBp: z.number().int().min(0).max(1e4).describe("Odds in basis points that a covert shipment is seen"),
	sources: SourceRefs.exactOptional().describe("Where the route, its capacity and its odds come from")
});
var NeedSchema = z.strictObject({
	actor: Actor,
	resource: Resource,
	amount: z.number().int().min(1).max(1e9),
	consumed: z.boolean().exactOptional().describe("false: the stock must only be present (workers abroad), nothing is used up; default true"),
	indicator: z.enum(INDICATORS),
	shortfallPoints: z.number().int().min(0).max(100),
	metPoints: z.number().int().min(0).max(100)
});
var VarianceSchema = z.strictObject({
	actor: Actor,
	resource: Resource,
	bp: z.number().int().min(0).max(5e3)
});
var Leg = z.strictObject({
	resource: Resource,
	amount: Qty
});
var InitialDealSchema = z.strictObject({
	proposer: Actor,
	partner: Actor,
	give: Leg,
	get: Leg,
	route: Id.nullable(),
	mode: z.enum(SHIPMENT_MODES),
	turns: z.number().int().min(1).max(400),
	sources: SourceRefs.exactOptional()
});
/** One turn of the historical script: the orders that reproduce what happened. */
var HistoricalTurnSchema = z.strictObject({
	turn: z.number().int().min(1).max(200),
	note: Text(600).exactOptional(),
	orders: z.array(OrderSchema).max(64)
});
var Indicator = z.number().int().min(0).max(100);
var Relation = z.number().int().min(-100).max(100);
var ScenarioSchema = z.strictObject({
	$schema: z.string().exactOptional(),
	id: Id,
	title: Text(120),
	summary: Text(600),
	start: z.strictObject({
		year: z.number().int().min(1990).max(2100),
		month: z.number().int().min(1).max(12)
	}),
	turnLength: z.enum(TURN_LENGTHS),
	turns: z.number().int().min(1).max(200),
	seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe("The default seed"),
	places: z.array(PlaceSchema).min(1).max(64),
	routes: z.array(RouteSchema).max(64),
	actors: z.strictObject(Object.fromEntries(ACTORS.map((a) => [a, ActorSetupSchema]))),
	needs: z.array(NeedSchema).max(64),
	variance: z.array(VarianceSchema).max(64),
	prices: z.strictObject({
		oil: Qty,
		food: Qty,
		munitions: Qty,
		labour: Qty,
		currency: Qty,
		knowhow: Qty
	}).describe("USD thousands per unit"),
	otherTrade: z.strictObject({
		importsPerTurn: Qty.describe("North Korea's recorded imports from partners not in the game, USD thousands a turn"),
		exportsPerTurn: Qty.describe("North Korea's recorded exports to them, USD thousands a turn"),
		sources: SourceRefs
	}).exactOptional().describe("Rest-of-world trade (South Korea, Japan, …): it counts in China's share of recorded trade"),
	extrapolatedFrom: z.number().int().min(1).max(200).exactOptional().describe("The first turn of the historical script past the public record (an extrapolation)"),
	design: DesignSchema,
	indicators: z.strictObject(Object.fromEntries(INDICATORS.map((i) => [i, Indicator]))),
	relations: z.strictObject(Object.fromEntries(PAIRS.map((p) => [p, Relation]))),
	deals: z.array(InitialDealSchema).max(32).describe("Deals already running at the start"),
	briefing: BriefingSchema,
	objectives: ObjectivesSchema,
	learningObjectives: z.array(Text(400)).min(1).max(12).describe("What a student should understand after playing"),
	debrief: z.array(Text(400)).min(1).max(12).describe("Questions for the class after the game"),
	sources: z.array(SourceSchema).min(1).max(64).describe("Every source a figure or event cites, by id"),
	calibration: z.array(CalibrationSchema).max(128).describe("Which sources each number in this file rests on, by JSON path"),
	regime: RegimeSchema,
	council: CouncilSchema,
	events: z.array(ScriptedEventSchema).max(64),
	deck: DeckSchema,
	historical: z.array(HistoricalTurnSchema).max(200).describe("Orders per turn that reproduce what happened")
});
// src/scenario/worldSemantics.ts
/**
* Semantic checks of the council, regime, events, sources and calibration parts of a scenario
* (what the schema cannot express): ids that must exist or be unique, turns within the game,
* a council of fifteen with five permanent members, calibration paths that point at data.
* The historical script is checked by simulation in historicalCheck.ts.
*/
function checkWorld(s, add) {
	const sources = /* @__PURE__ */ new Set();
	s.sources.forEach((src, i) => {
		if (sources.has(src.id)) add(`sources[${i}].id`, `duplicate source id "${src.id}"`);
		sources.add(src.id);
	});
	const refs = (path, ids) => {
		ids?.forEach((id, j) => {
			if (!sources.has(id)) add(`${path}[${j}]`, `unknown source "${id}" (add it to "sources")`);
		});
	};
	const routeIds = new Set(s.routes.map((r) => r.id));
	for (const [i, r] of s.routes.entries()) refs(`routes[${i}].sources`, r.sources);
	for (const [i, d] of s.deals.entries()) refs(`deals[${i}].sources`, d.sources);
	s.calibration.forEach((c, i) => {
		refs(`calibration[${i}].sources`, c.sources);
		if (!pathExists(s, c.path)) add(`calibration[${i}].path`, `"${c.path}" does not point at anything in this scenario`);
	});
	if (s.otherTrade !== void 0) refs("otherTrade.sources", s.otherTrade.sources);
	if (s.extrapolatedFrom !== void 0 && s.extrapolatedFrom > s.turns) add("extrapolatedFrom", `turn ${s.extrapolatedFrom} is past the end of the game (turn ${s.turns})`);
	checkRegime(s, add, refs, routeIds);
	checkCouncil(s, add, refs);
	checkEvents(s, add, refs, routeIds);
	checkObjectives(s, add);
}
/** An objective's `full` lies beyond its target (above for atLeast, below for atMost). */
function checkObjectives(s, add) {
	for (const a of ACTORS) s.objectives[a].forEach((o, i) => {
		if (o.full === void 0) return;
		if (o.op === "atLeast" ? o.full < o.target : o.full > o.target) add(`objectives.${a}[${i}].full`, `"full" (${o.full}) must be ${o.op === "atLeast" ? "at or above" : "at or below"} the target (${o.target})`);
	});
}
function checkRegime(s, add, refs, routeIds) {
	const ids = /* @__PURE__ */ new Set();
	const unique = (path, id) => {
		if (ids.has(id)) add(path, `duplicate cap or ban id "${id}"`);
		ids.add(id);
	};
	s.regime.caps.forEach((c, i) => {
		unique(`regime.caps[${i}].id`, c.id);
		refs(`regime.caps[${i}].sources`, c.sources);
		if ((c.fromTurn ?? 1) > s.turns) add(`regime.caps[${i}].fromTurn`, `turn ${c.fromTurn} is past the end of the game (turn ${s.turns})`);
	});
	s.regime.bans.forEach((b, i) => {
		unique(`regime.bans[${i}].id`, b.id);
		refs(`regime.bans[${i}].sources`, b.sources);
		if (b.from !== null && b.from === b.to) add(`regime.bans[${i}]`, `a ban from ${b.from} to itself bans nothing`);
		if ((b.fromTurn ?? 1) > s.turns) add(`regime.bans[${i}].fromTurn`, `turn ${b.fromTurn} is past the end of the game (turn ${s.turns})`);
		const d = b.deadlineTurn;
		if (d !== void 0 && d !== null) {
			if (d < (b.fromTurn ?? 1)) add(`regime.bans[${i}].deadlineTurn`, `the deadline (turn ${d}) comes before the ban is in force (turn ${b.fromTurn ?? 1})`);
			if (d > s.turns) add(`regime.bans[${i}].deadlineTurn`, `turn ${d} is past the end of the game (turn ${s.turns})`);
		}
	});
	const p = s.regime.panel;
	refs("regime.panel.sources", p.sources);
	p.monitored.forEach((r, i) => {
		if (!routeIds.has(r)) add(`regime.panel.monitored[${i}]`, `unknown route "${r}"`);
	});
	if (p.monitored.length > p.maxRoutes) add("regime.panel.monitored", `the Panel monitors at most ${p.maxRoutes} route(s); ${p.monitored.length} listed`);
}
function checkCouncil(s, add, refs) {
	const c = s.council;
	if (c.seats.length !== 15) add("council.seats", `the council has 15 seats; ${c.seats.length} listed`);
	const permanent = c.seats.filter((x) => x.permanent).length;
	if (permanent !== 5) add("council.seats", `5 seats are permanent; ${permanent} marked permanent`);
	const seen = /* @__PURE__ */ new Set();
	c.seats.forEach((x, i) => {
		if (seen.has(x.id)) add(`council.seats[${i}].id`, `duplicate seat "${x.id}"`);
		seen.add(x.id);
		if (x.actor !== null && !x.permanent) add(`council.seats[${i}].permanent`, `${x.actor} holds a permanent seat`);
	});
	for (const a of ["RUS", "CHN"]) {
		const n = c.seats.filter((x) => x.actor === a).length;
		if (n !== 1) add("council.seats", `exactly one seat must have actor "${a}"; found ${n}`);
	}
	if (c.noBelow > c.yesAt) add("council.noBelow", `noBelow (${c.noBelow}) must not exceed yesAt (${c.yesAt})`);
	c.history.forEach((h, i) => {
		refs(`council.history[${i}].sources`, h.sources);
		if (h.yes + h.no + h.abstain > 15) add(`council.history[${i}]`, `${h.yes + h.no + h.abstain} votes cast; the council has 15 seats`);
	});
}
function checkEvents(s, add, refs, routeIds) {
	const ids = /* @__PURE__ */ new Set();
	const effects = (path, list) => {
		list.forEach((e, j) => {
			if (e.kind === "route" && !routeIds.has(e.route)) add(`${path}[${j}].route`, `unknown route "${e.route}"`);
			if (e.kind === "route" && e.open === void 0 && e.capacity === void 0 && e.detectionBp === void 0) add(`${path}[${j}]`, "a route effect must change open, capacity or detectionBp");
		});
	};
	s.events.forEach((e, i) => {
		const at = `events[${i}]`;
		if (ids.has(e.id)) add(`${at}.id`, `duplicate event id "${e.id}"`);
		ids.add(e.id);
		refs(`${at}.sources`, e.sources);
		effects(`${at}.effects`, e.effects);
		if (e.at === void 0 === (e.when === void 0)) add(at, "give exactly one of \"at\" (a turn) or \"when\" (conditions)");
		if (e.at !== void 0 && e.at > s.turns) add(`${at}.at`, `turn ${e.at} is past the end of the game (turn ${s.turns})`);
		if (e.at !== void 0 && (e.from !== void 0 || e.until !== void 0)) add(at, "\"from\" and \"until\" apply only to events with \"when\"");
		if (e.from !== void 0 && e.from > s.turns) add(`${at}.from`, `turn ${e.from} is past the end of the game (turn ${s.turns})`);
		if (e.from !== void 0 && e.until !== void 0 && e.until < e.from) add(`${at}.until`, `"until" (${e.until}) comes before "from" (${e.from})`);
	});
	s.deck.cards.forEach((c, i) => {
		const at = `deck.cards[${i}]`;
		if (ids.has(c.id)) add(`${at}.id`, `duplicate event id "${c.id}"`);
		ids.add(c.id);
		refs(`${at}.sources`, c.sources);
		effects(`${at}.effects`, c.effects);
	});
	if (s.deck.drawBp > 0 && s.deck.cards.length === 0) add("deck.cards", "the deck is drawn from (drawBp > 0) but has no cards");
	for (const a of ACTORS) if (s.objectives[a].length === 0) add(`objectives.${a}`, "needs at least one objective");
}
/** Does a path such as `actors.PRK.stocks.food` or `routes[0].capacity` name a value here? */
function pathExists(root, path) {
	const segs = [];
	const re = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\])/;
	let rest = path;
	while (rest.length > 0) {
		const m = re.exec(rest);
		if (m === null) return false;
		if (m[1] !== void 0) {
			if (segs.length === 0 ? m[0].startsWith(".") : !m[0].startsWith(".")) return false;
			segs.push(m[1]);
		} else segs.push(Number(m[2]));
		rest = rest.slice(m[0].length);
	}
	if (segs.length === 0 || typeof segs[0] !== "string") return false;
	let cur = root;
	for (const seg of segs) {
		if (cur === null || typeof cur !== "object") return false;
		if (typeof seg === "number") {
			if (!Array.isArray(cur) || seg >= cur.length) return false;
			cur = cur[seg];
		} else {
			if (Array.isArray(cur) || !Object.hasOwn(cur, seg)) return false;
			cur = cur[seg];
		}
	}
	return cur !== void 0;
}
// src/scenario/semantics.ts
/**
* Checks a schema cannot make: ids that must exist and be unique, routes that join two
* actors' territory and carry something, deals on routes that carry their goods.
* Each check adds a problem and goes on, so an author sees every mistake at once.
*/
function checkSemantics(s) {
	const out = [];
	const add = (path, message) => {
		out.push({
			path,
			message
		});
	};
	const places = /* @__PURE__ */ new Map();
	s.places.forEach((p, i) => {
		if (places.has(p.id)) add(`places[${i}].id`, `duplicate place id "${p.id}"`);
		places.set(p.id, p);
	});
	const routes = /* @__PURE__ */ new Map();
	s.routes.forEach((r, i) => {
		if (routes.has(r.id)) add(`routes[${i}].id`, `duplicate route id "${r.id}"`);
		routes.set(r.id, r);
		const from = places.get(r.from);
		const to = places.get(r.to);
		if (from === void 0) add(`routes[${i}].from`, `unknown place "${r.from}"`);
		if (to === void 0) add(`routes[${i}].to`, `unknown place "${r.to}"`);
		if (from !== void 0 && to !== void 0) {
			if (from.actor === null || to.actor === null) add(`routes[${i}]`, "a route must join two places on actors' territory");
			else if (from.actor === to.actor) add(`routes[${i}]`, `both ends are on ${from.actor}'s territory; a route joins two actors`);
		}
		if (Object.keys(r.capacity).length === 0) add(`routes[${i}].capacity`, "the route carries nothing: give a capacity for at least one good");
	});
	s.deals.forEach((d, i) => {
		const at = `deals[${i}]`;
		if (d.proposer === d.partner) add(at, `${d.proposer} cannot make a deal with itself`);
		if (d.give.amount === 0 && d.get.amount === 0) add(at, "a deal must move something");
		const goods = [d.give, d.get].filter((l) => isGood(l.resource) && l.amount > 0);
		if (goods.length > 0 && d.route === null) add(`${at}.route`, "goods in a deal need a route");
		if (goods.length === 0 && d.route !== null) add(`${at}.route`, "a deal of currency alone takes no route");
		if (d.route !== null) {
			const r = routes.get(d.route);
			if (r === void 0) add(`${at}.route`, `unknown route "${d.route}"`);
			else {
				const ends = [places.get(r.from)?.actor, places.get(r.to)?.actor];
				if (!ends.includes(d.proposer) || !ends.includes(d.partner)) add(`${at}.route`, `${r.name} does not join ${d.proposer} and ${d.partner}`);
				for (const l of goods) if (isGood(l.resource) && r.capacity[l.resource] === void 0) add(`${at}.route`, `${r.name} does not carry ${l.resource}`);
			}
		}
	});
	checkWorld(s, add);
	return out;
}
// src/scenario/build.ts
function councilRules(s) {
	const c = s.council;
	return {
		seats: c.seats.map((x) => ({
			id: x.id,
			name: x.name,
			permanent: x.permanent,
			actor: x.actor,
			base: x.base,
			bias: { ...x.bias }
		})),
		yesAt: c.yesAt,
		noBelow: c.noBelow,
		evidenceWeight: c.evidenceWeight,
		launchWeight: c.launchWeight,
		windowTurns: c.windowTurns,
		defaults: {
			RUS: {
				vote: c.defaults.RUS.vote,
				byMeasure: { ...c.defaults.RUS.byMeasure }
			},
			CHN: {
				vote: c.defaults.CHN.vote,
				byMeasure: { ...c.defaults.CHN.byMeasure }
			}
		},
		maxDraftsPerTurn: c.maxDraftsPerTurn
	};
}
function scriptedEvents(s) {
	return s.events.map((e) => ({
		id: e.id,
		title: e.title,
		text: e.text,
		sources: [...e.sources],
		effects: e.effects.map((x) => ({ ...x })),
		at: e.at ?? null,
		when: (e.when ?? []).map((x) => ({ ...x })),
		from: e.from ?? 1,
		until: e.until ?? s.turns
	}));
}
function deck(s) {
	return {
		drawBp: s.deck.drawBp,
		cards: s.deck.cards.map((c) => ({
			id: c.id,
			title: c.title,
			text: c.text,
			sources: [...c.sources],
			effects: c.effects.map((x) => ({ ...x })),
			weight: c.weight
		}))
	};
}
/** Each actor's objectives as the engine reads them (`full` filled in from its default). */
function objectives(s) {
	const out = {};
	for (const a of ACTORS) out[a] = s.objectives[a].map((o) => ({
		indicator: o.indicator,
		op: o.op,
		target: o.target,
		full: o.full ?? (o.op === "atLeast" ? 100 : 0),
		weight: o.weight
	}));
	return out;
}
function design(s) {
	const out = {};
	for (const id of DESIGN_PARAM_IDS) out[id] = s.design[id].value;
	return out;
}
function stocks(x) {
	return {
		oil: x.oil,
		food: x.food,
		munitions: x.munitions,
		labour: x.labour,
		currency: x.currency,
		knowhow: x.knowhow ?? 0
	};
}
function initialRegime(s) {
	const p = s.regime.panel;
	return {
		caps: s.regime.caps.map((c) => ({
			id: c.id,
			resource: c.resource,
			to: c.to,
			perYear: c.perYear,
			sources: [...c.sources],
			fromTurn: c.fromTurn ?? 1,
			untilTurn: null,
			year: s.start.year,
			declared: c.declaredAtStart ?? 0
		})),
		bans: s.regime.bans.map((b) => ({
			id: b.id,
			resource: b.resource,
			from: b.from,
			to: b.to,
			sources: [...b.sources],
			fromTurn: b.fromTurn ?? 1,
			deadlineTurn: b.deadlineTurn ?? null
		})),
		panel: {
			mandateEnd: p.mandateEnd,
			bonusBp: p.bonusBp,
			monitorBonusBp: p.monitorBonusBp,
			maxRoutes: p.maxRoutes,
			monitored: [...p.monitored],
			sources: [...p.sources]
		}
	};
}
/** Whole turns between the turn just before the start (turn 0) and a decision's month: 0 for
* one within the last turn's length of the start (or after it), else how many turns earlier. */
function turnsBefore(s, h) {
	const months = s.start.year * 12 + s.start.month - (h.year * 12 + h.month);
	const len = monthsPerTurn(s.turnLength);
	return months <= 0 ? 0 : Math.floor((months + len - 1) / len) - 1;
}
function initialCouncil(s) {
	return {
		drafts: [],
		lobbying: [],
		decisions: s.council.history.map((h) => {
			const d = {
				draft: h.id,
				measure: h.measure,
				turn: 0,
				outcome: h.outcome,
				yes: h.yes,
				no: h.no,
				abstain: h.abstain,
				vetoedBy: [...h.vetoedBy],
				sources: [...h.sources]
			};
			const before = turnsBefore(s, h);
			if (before > 0) d.turnsBefore = before;
			return d;
		}),
		evidence: []
	};
}
function buildRules(s) {
	const economy = {};
	for (const a of ACTORS) {
		const x = s.actors[a];
		economy[a] = {
			base: stocks(x.base),
			flex: { ...x.flex }
		};
	}
	return {
		scenarioId: s.id,
		start: {
			year: s.start.year,
			month: s.start.month
		},
		turnLength: s.turnLength,
		turns: s.turns,
		economy,
		needs: s.needs.map((n) => ({
			actor: n.actor,
			resource: n.resource,
			amount: n.amount,
			consumed: n.consumed ?? true,
			indicator: n.indicator,
			shortfallPoints: n.shortfallPoints,
			metPoints: n.metPoints
		})),
		variance: s.variance.map((v) => ({ ...v })),
		prices: { ...s.prices },
		council: councilRules(s),
		events: scriptedEvents(s),
		deck: deck(s),
		objectives: objectives(s),
		design: design(s),
		otherTrade: {
			imports: s.otherTrade?.importsPerTurn ?? 0,
			exports: s.otherTrade?.exportsPerTurn ?? 0
		}
	};
}
function initialState(s, seed = s.seed) {
	const placeActor = new Map(s.places.map((p) => [p.id, p.actor]));
	const actors = {};
	for (const a of ACTORS) {
		const x = s.actors[a];
		actors[a] = {
			stocks: stocks(x.stocks),
			priorities: { ...x.priorities }
		};
	}
	const routes = s.routes.map((r) => ({
		id: r.id,
		name: r.name,
		kind: r.kind,
		from: r.from,
		to: r.to,
		ends: [placeActor.get(r.from), placeActor.get(r.to)],
		capacity: { ...r.capacity },
		open: r.open,
		detectionBp: r.detectionBp,
		extraBp: 0
	}));
	const deals = s.deals.map((d, i) => ({
		id: `D0-${i + 1}`,
		proposer: d.proposer,
		partner: d.partner,
		give: { ...d.give },
		get: { ...d.get },
		route: d.route,
		mode: d.mode,
		turns: d.turns,
		remaining: d.turns,
		status: "active",
		proposedTurn: 0
	}));
	return {
		turn: 1,
		rng: seedRng(seed),
		covertKey: seedKey(seed),
		actors,
		indicators: { ...s.indicators },
		relations: { ...s.relations },
		routes,
		deals,
		trade: {},
		recorded: {},
		regime: initialRegime(s),
		council: initialCouncil(s),
		fired: [],
		hidden: { integrity: s.indicators.unscSanctionsIntegrity },
		tally: emptyTally(0),
		rules: buildRules(s)
	};
}
// src/scenario/historical.ts
function historicalOrders(s) {
	const out = /* @__PURE__ */ new Map();
	for (const h of s.historical) out.set(h.turn, h.orders);
	return out;
}
/** Static checks (turns in range, each once, ascending), then the replay. */
function checkHistorical(s) {
	const out = [];
	let last = 0;
	s.historical.forEach((h, i) => {
		if (h.turn > s.turns) out.push({
			path: `historical[${i}].turn`,
			message: `turn ${h.turn} is past the end of the game (turn ${s.turns})`
		});
		else if (h.turn <= last) out.push({
			path: `historical[${i}].turn`,
			message: `turn ${h.turn} comes after turn ${last}; list each turn once, in order`
		});
		last = Math.max(last, h.turn);
	});
	if (out.length > 0 || s.historical.length === 0) return out;
	const byTurn = new Map(s.historical.map((h, i) => [h.turn, {
		i,
		orders: h.orders
	}]));
	let state = initialState(s, s.seed);
	while (!isOver(state)) {
		const entry = byTurn.get(state.turn);
		const i = entry?.i;
		const orders = entry?.orders ?? [];
		const r = resolveTurn(state, orders);
		for (const x of r.report.rejections) out.push({
			path: `historical[${i ?? -1}].orders[${x.order}]`,
			message: `the engine rejects this order on turn ${state.turn} (${x.reason}): ${x.message}`
		});
		state = r.state;
	}
	return out;
}
// src/scenario/load.ts
/**
* Scenario text → validated Scenario, or every problem with its JSON path.
* Stages: bounded JSON parse → schema → semantic checks. Later stages run only when the
* earlier ones pass, because their paths would point into data that is not there.
*/
function loadScenarioText(text) {
	const parsed = parseUntrustedJson(text);
	if (!parsed.ok) return parsed;
	return validateScenario(parsed.value);
}
function validateScenario(value) {
	const r = ScenarioSchema.safeParse(value, { reportInput: true });
	if (!r.success) return refusal(zodProblems(r.error, (path) => knownKeysAt(ScenarioSchema, path))) ?? problem("(root)", "is not a valid scenario");
	const problems = checkSemantics(r.data);
	if (problems.length === 0) problems.push(...checkHistorical(r.data));
	return refusal(problems) ?? ok(r.data);
}
/** Walk the schema along a data path to list the fields an object there may have. */
function knownKeysAt(schema, path) {
	let cur = schema;
	for (const seg of path) {
		cur = unwrap(cur);
		if (cur instanceof z.ZodObject) cur = cur.shape[String(seg)];
		else if (cur instanceof z.ZodArray) cur = cur.element;
		else return [];
	}
	cur = unwrap(cur);
	return cur instanceof z.ZodObject ? Object.keys(cur.shape) : [];
}
function unwrap(s) {
	let cur = s;
	while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap();
	return cur;
}
// src/scenario/debrief.ts
/** Replay the historical script from the start with `seed` (default: the scenario's). */
function historicalRun(s, seed = s.seed) {
	const byTurn = historicalOrders(s);
	return playTurns(initialState(s, seed), s.turns, (state) => byTurn.get(state.turn) ?? []);
}
// src/ai/plan.ts
var Plan = class {
	explain;
	moves = [];
	/** `explain`: write each move's reason (false: `why` is left empty). */
	constructor(explain) {
		this.explain = explain;
	}
	/** Record an order (nothing for null: the bot found nothing legal or worth doing). */
	add(order, why) {
		if (order !== null) this.moves.push({
			order,
			why: this.explain ? why() : ""
		});
	}
	orders() {
		return this.moves.map((m) => m.order);
	}
};
/** "1300 shipping containers of munitions" */
function amountOf(r, n) {
	return `${n} ${UNITS[r]} of ${r}`;
}
// src/ai/ledger.ts
/** No deal skipped (shared: a ledger never changes its `skip`). */
var NO_SKIP = /* @__PURE__ */ new Set();
/** The ids of `deals`, for a ledger's `skip` (the shared empty set when there are none). */
function idsOf(deals) {
	if (deals.length === 0) return NO_SKIP;
	const ids = /* @__PURE__ */ new Set();
	for (const d of deals) ids.add(d.id);
	return ids;
}
var Ledger = class {
	v;
	/** Free stock by the resource's place in RESOURCES (an array: `take` under a variable name
	* into a record was a slow store). */
	stocks;
	/** Units of each good (by its place in GOODS) committed on each route: arrays, since a
	* record keyed by the good's name was a slow store. */
	used = /* @__PURE__ */ new Map();
	/** `skip`: ids of deals the bot cancels this turn (they will not deliver). */
	constructor(v, skip = NO_SKIP) {
		this.v = v;
		const s = v.own.stocks;
		this.stocks = [
			s.oil,
			s.food,
			s.munitions,
			s.labour,
			s.currency,
			s.knowhow
		];
		for (const d of v.deals) {
			if (d.proposer !== v.actor && d.partner !== v.actor || skip.size > 0 && skip.has(d.id)) continue;
			if (d.status === "active" || d.proposer === v.actor && d.proposedTurn === v.turn - 1) this.commitDeal(d);
		}
	}
	/** Reserve a deal's delivery: the bot's own leg from its stock, goods legs from the route. */
	commitDeal(d) {
		const me = this.v.actor;
		const mine = d.proposer === me ? d.give : d.get;
		this.take(mine.resource, mine.amount);
		if (d.route === null) return;
		if (isGood(d.give.resource) && d.give.amount > 0) this.useRoute(d.route, d.give.resource, d.give.amount);
		if (isGood(d.get.resource) && d.get.amount > 0) this.useRoute(d.route, d.get.resource, d.get.amount);
	}
	/** Stock free to give away this turn: what is left after the deals, less what the actor's
	* own economy consumes this turn (giving costs the giver: aid never starves the donor). */
	available(r) {
		const x = (this.stocks[resourceIndex(r)] ?? 0) - this.reserve(r);
		return Math.max(x, 0);
	}
	reserve(r) {
		let n = 0;
		for (const need of this.v.rules.needs) if (need.actor === this.v.actor && need.resource === r && need.consumed) n += need.amount;
		return n;
	}
	take(r, amount) {
		const i = resourceIndex(r);
		this.stocks[i] = (this.stocks[i] ?? 0) - amount;
	}
	/** Capacity left for `good` on the route this turn; 0 when closed or the good is not carried. */
	routeLeft(route, good) {
		if (!route.open) return 0;
		const cap = route.capacity[good];
		if (cap === void 0) return 0;
		const left = cap - (this.used.get(route.id)?.[goodIndex(good)] ?? 0);
		return Math.max(left, 0);
	}
	useRoute(routeId, good, amount) {
		let u = this.used.get(routeId);
		if (u === void 0) {
			u = [
				0,
				0,
				0,
				0
			];
			this.used.set(routeId, u);
		}
		u[goodIndex(good)] = (u[goodIndex(good)] ?? 0) + amount;
	}
};
/** The route with this id, if the view has it (a loop: `find` with a closure per call was a
* measurable share of a bot's turn). */
function routeById(v, id) {
	for (const r of v.routes) if (r.id === id) return r;
}
/** Whether route `r` joins `a` and `b`. */
function joins(r, a, b) {
	return r.ends[0] === a && r.ends[1] === b || r.ends[0] === b && r.ends[1] === a;
}
/** Routes joining `a` and `b`, in the scenario's order. */
function routesBetween(v, a, b) {
	const out = [];
	for (const r of v.routes) if (joins(r, a, b)) out.push(r);
	return out;
}
/**
* Odds (basis points) that a covert transfer on `route` is seen this turn: the route's own odds
* plus the Panel's bonuses while its mandate lasts (the formula of engine/panel.ts, read from
* the view; tests check the two agree).
*/
function oddsOn(v, route) {
	const p = v.regime.panel;
	let bp = route.detectionBp;
	if (v.turn <= p.mandateEnd) {
		bp += p.bonusBp;
		if (p.monitored.includes(route.id)) bp += p.monitorBonusBp;
	}
	return Math.min(bp, 1e4);
}
/**
* The best open route from the bot to `to` for `good`: for covert traffic the lowest odds of
* detection (then most capacity), for declared traffic the most capacity; ties keep the
* scenario's order. Null when no route has capacity left.
*/
function pickRoute(v, ledger, to, goods, covert) {
	let best = null;
	let bestOdds = 0;
	for (const r of v.routes) {
		if (!joins(r, v.actor, to)) continue;
		let left = Number.MAX_SAFE_INTEGER;
		for (const g of goods) left = Math.min(left, ledger.routeLeft(r, g));
		if (left <= 0) continue;
		const odds = covert ? oddsOn(v, r) : 0;
		if (best === null || odds < bestOdds || odds === bestOdds && left > best.left) {
			best = {
				route: r,
				left
			};
			bestOdds = odds;
		}
	}
	return best;
}
// src/ai/outlook.ts
/** What the actor's needs consume each turn. */
function needOf$3(v, r) {
	let n = 0;
	for (const x of v.rules.needs) if (x.actor === v.actor && x.resource === r) n += x.amount;
	return n;
}
function outputOf(v, r, pri = v.own.priorities) {
	return plannedOutput(v.rules.economy[v.actor], pri, r);
}
/** Per-turn flows of `r` under the actor's active deals (and any `extra` it is about to make). */
function dealFlow(v, r, extra = NO_DEALS) {
	const me = v.actor;
	const f = {
		inflow: 0,
		outflow: 0
	};
	for (const d of v.deals) if (d.status === "active") addFlow(f, d, me, r);
	for (const d of extra) addFlow(f, d, me, r);
	return f;
}
var NO_DEALS = [];
function addFlow(f, d, me, r) {
	if (d.proposer !== me && d.partner !== me) return;
	const give = d.proposer === me ? d.give : d.get;
	const get = d.proposer === me ? d.get : d.give;
	if (give.resource === r) f.outflow += give.amount;
	if (get.resource === r) f.inflow += get.amount;
}
/** Stock of `r` at the end of this turn if nothing else happens (may be negative: a shortage). */
function projectedEnd(v, r, pri = v.own.priorities, extra = NO_DEALS) {
	const f = dealFlow(v, r, extra);
	return v.own.stocks[r] + outputOf(v, r, pri) + f.inflow - f.outflow - needOf$3(v, r);
}
/**
* Marginal value of a resource to the actor, in percent of its list price: scarce needs are
* worth double, comfortable ones less, and goods it does not need little (less still when
* they pile up).
*/
function valuePercent(v, r) {
	if (r === "knowhow") {
		const t = targetOf(v, v.actor, "prkProgramme");
		return v.actor === "PRK" && t !== null && t.op === "atLeast" && v.indicators.prkProgramme < t.target ? 200 : 40;
	}
	const need = needOf$3(v, r);
	if (need === 0) {
		if (r === "currency") return 70;
		const output = outputOf(v, r);
		return output > 0 && v.own.stocks[r] > 4 * output ? 20 : 40;
	}
	const end = projectedEnd(v, r);
	if (end < need) return 200;
	if (end < 3 * need) return 130;
	return 80;
}
/** Value of `amount` of `r` to the actor, USD thousands × percent / 100. */
function worth(v, r, amount) {
	return Math.floor(amount * v.rules.prices[r] * valuePercent(v, r) / 100);
}
/** The actor's objective target on an indicator, if it has one. */
function targetOf(v, actor, indicator) {
	for (const o of v.rules.objectives[actor]) if (o.indicator === indicator) return {
		op: o.op,
		target: o.target,
		full: o.full
	};
	return null;
}
/** Margin of an atLeast objective (value − target), or `fallback` when the actor has none. */
function marginOf$1(v, indicator, fallback) {
	const t = targetOf(v, v.actor, indicator);
	if (t === null || t.op !== "atLeast") return fallback;
	return v.indicators[indicator] - t.target;
}
// src/ai/dealing.ts
function mayPropose(v) {
	return (v.turn + actorIndex(v.actor)) % 2 === 1;
}
function parties(d, a, b) {
	return d.proposer === a && d.partner === b || d.proposer === b && d.partner === a;
}
/** What `from` sends `to` under deal d (zero if it sends nothing). */
function legFrom(d, from) {
	return d.proposer === from ? d.give : d.get;
}
/** A proposal between the actor and `partner` is pending in which `good` moves from `sender`. */
function pendingIn(v, partner, sender, good) {
	return v.deals.some((d) => d.status === "proposed" && parties(d, v.actor, partner) && legFrom(d, sender).resource === good && legFrom(d, sender).amount > 0);
}
/** Per-turn amount of `good` that `sender` delivers under active deals between the actor and `partner`. */
function activeFlow(v, partner, sender, good) {
	let n = 0;
	for (const d of v.deals) {
		if (d.status !== "active" || !parties(d, v.actor, partner)) continue;
		const leg = legFrom(d, sender);
		if (leg.resource === good) n += leg.amount;
	}
	return n;
}
/** Banned or capped goods that a covert leg would carry: the risk the bot takes on. */
function sanctionedLeg(v, from, to, r) {
	if (!isGood(r)) return false;
	for (const b of v.regime.bans) if (b.resource === r && (b.from === null || b.from === from) && (b.to === null || b.to === to)) return true;
	for (const c of v.regime.caps) if (c.resource === r && c.to === to && c.untilTurn === null) return true;
	return false;
}
/**
* Whether a proposal to the actor pays: what it gets, at its marginal values, against what it
* gives, plus a premium for the risk of a covert sanctioned leg (the odds of detection on the
* route). `bonus` (percent of what it gives) is the strategic value the caller sees beyond
* the goods (China's influence, for instance).
*/
function pays(v, d, bonus = 0) {
	const me = v.actor;
	const other = d.proposer === me ? d.partner : d.proposer;
	const give = legFrom(d, me);
	const get = legFrom(d, other);
	let premium = 0;
	if (d.mode === "covert" && d.route !== null) {
		const route = routeById(v, d.route);
		const risky = sanctionedLeg(v, me, other, give.resource) || sanctionedLeg(v, other, me, get.resource);
		if (route !== void 0 && risky) premium = Math.floor(oddsOn(v, route) / 100);
	}
	const cost = worth(v, give.resource, give.amount);
	return worth(v, get.resource, get.amount) * 100 >= cost * (100 + premium - bonus);
}
/** Whether the actor can deliver its leg of d this turn, and the route can carry both legs. */
function fits(v, ledger, d) {
	const give = legFrom(d, v.actor);
	if (ledger.available(give.resource) < give.amount) return false;
	if (d.route === null) return true;
	const route = routeById(v, d.route);
	if (route === void 0 || !route.open) return false;
	const out = isGood(d.give.resource) && d.give.amount > 0 ? d.give.amount : 0;
	const back = isGood(d.get.resource) && d.get.amount > 0 ? d.get.amount : 0;
	if (d.give.resource === d.get.resource) {
		const n = out + back;
		return n === 0 || ledger.routeLeft(route, d.give.resource) >= n;
	}
	if (out > 0 && ledger.routeLeft(route, d.give.resource) < out) return false;
	if (back > 0 && ledger.routeLeft(route, d.get.resource) < back) return false;
	return true;
}
/**
* Accept every proposal made to the actor last turn that pays and fits (in the order they were
* made), committing each to the ledger so later ones and the shipments see what is left.
*/
function acceptProposals(v, ledger, bonusFor = () => 0) {
	const out = [];
	for (const d of v.deals) {
		if (d.status !== "proposed" || d.partner !== v.actor || d.proposedTurn !== v.turn - 1) continue;
		if (!pays(v, d, bonusFor(d)) || !fits(v, ledger, d)) continue;
		ledger.commitDeal(d);
		const give = legFrom(d, v.actor);
		const get = legFrom(d, d.proposer);
		out.push({
			order: {
				kind: "acceptDeal",
				actor: v.actor,
				deal: d.id
			},
			why: () => `accepts ${d.id} from ${d.proposer}: ${amountOf(get.resource, get.amount)} a turn is worth ${worth(v, get.resource, get.amount)} thousand USD to it at its margins, against ${worth(v, give.resource, give.amount)} for ${amountOf(give.resource, give.amount)}, and it can deliver`
		});
	}
	return out;
}
/**
* Turn an offer into a legal proposal: pick the route (when goods move), shrink both legs in
* proportion to what the route and the actor's stock can carry this turn, and return null when
* nothing worth proposing is left (either leg below `minGet`/1 unit).
*/
function proposal(v, ledger, o, minGet) {
	const goods = [];
	if (isGood(o.give.resource)) goods.push(o.give.resource);
	if (isGood(o.get.resource)) goods.push(o.get.resource);
	let give = Math.min(o.give.amount, ledger.available(o.give.resource));
	let get = o.get.amount;
	let route;
	if (goods.length > 0) {
		const choice = pickRoute(v, ledger, o.to, goods, o.covert);
		if (choice === null) return null;
		route = choice.route.id;
		const giveCap = isGood(o.give.resource) ? ledger.routeLeft(choice.route, o.give.resource) : Number.MAX_SAFE_INTEGER;
		const getCap = isGood(o.get.resource) ? ledger.routeLeft(choice.route, o.get.resource) : Number.MAX_SAFE_INTEGER;
		if (isGood(o.give.resource) && o.give.resource === o.get.resource) return null;
		give = Math.min(give, giveCap);
		get = Math.min(get, getCap);
	}
	const giveShare = o.give.amount === 0 ? 100 : Math.floor(give * 100 / o.give.amount);
	const getShare = o.get.amount === 0 ? 100 : Math.floor(get * 100 / o.get.amount);
	const share = Math.min(giveShare, getShare);
	give = Math.floor(o.give.amount * share / 100);
	get = Math.floor(o.get.amount * share / 100);
	if (get < minGet || give < 1) return null;
	const p = {
		kind: "proposeDeal",
		actor: v.actor,
		to: o.to,
		give: {
			resource: o.give.resource,
			amount: give
		},
		get: {
			resource: o.get.resource,
			amount: get
		},
		mode: o.covert ? "covert" : "declared",
		turns: o.turns
	};
	if (route !== void 0) p.route = route;
	return p;
}
/** Amount of `payWith` worth `ratio` percent of `amount` of `good` at list prices (at least 1). */
function priceIn(v, good, amount, payWith, ratio) {
	const n = Math.ceil(amount * v.rules.prices[good] * ratio / (100 * v.rules.prices[payWith]));
	return Math.max(n, 1);
}
/**
* Deals the actor proposed whose own leg it can no longer deliver (newest first), so it can
* cancel them rather than default; called before the ledger is built.
*/
function undeliverable(v) {
	const me = v.actor;
	const owed = /* @__PURE__ */ new Map();
	for (const d of v.deals) {
		if (d.status !== "active" || d.proposer !== me && d.partner !== me) continue;
		const leg = legFrom(d, me);
		owed.set(leg.resource, (owed.get(leg.resource) ?? 0) + leg.amount);
	}
	const out = [];
	const mine = v.deals.filter((d) => d.status === "active" && d.proposer === me).reverse();
	for (const d of mine) {
		const r = d.give.resource;
		const due = owed.get(r) ?? 0;
		if (due <= v.own.stocks[r]) continue;
		out.push(d);
		owed.set(r, due - d.give.amount);
	}
	return out;
}
// src/ai/forecast.ts
/** Measures that tighten the regime on North Korea. */
var SANCTIONS = [
	"oilCap",
	"workerBan",
	"armsEmbargo"
];
function isSanction(m) {
	return SANCTIONS.includes(m);
}
/** Prior odds (percent) of a "no", from the scenario's default vote for the actor. */
var PRIOR_NO = {
	no: 70,
	abstain: 20,
	yes: 5
};
/** The prior counts as this many observed votes. */
var PRIOR_WEIGHT = 2;
/** Each evidence item since the actor's last veto of the measure lowers its odds of a "no" (China:
* evidence makes a veto cost more standing). Russia's vetoes protect its own covert trade, which
* more evidence threatens further: evidence does not shame Russia out of a veto (engine 0.4.0). */
var PRESSURE_PER_ITEM = {
	RUS: 0,
	CHN: 8
};
function seatOf(v, actor) {
	return v.rules.council.seats.find((s) => s.actor === actor);
}
var vetoIndex = null;
/** A record for every measure, none voted yet (a literal: records grown key by key under a
* variable name were the slowest part of the index). */
function noVotes() {
	return {
		oilCap: {
			count: 0,
			votes: 0,
			lastTurn: -1
		},
		workerBan: {
			count: 0,
			votes: 0,
			lastTurn: -1
		},
		armsEmbargo: {
			count: 0,
			votes: 0,
			lastTurn: -1
		},
		renewPanel: {
			count: 0,
			votes: 0,
			lastTurn: -1
		},
		condemn: {
			count: 0,
			votes: 0,
			lastTurn: -1
		},
		relief: {
			count: 0,
			votes: 0,
			lastTurn: -1
		}
	};
}
function vetoesOf(v) {
	const list = v.council.decisions;
	const seats = v.rules.council.seats;
	const c = vetoIndex;
	if (c !== null && c.list === list && c.length === list.length && c.seats === seats) return c;
	const byActor = {
		RUS: noVotes(),
		CHN: noVotes()
	};
	for (const a of VOTING_ACTORS) {
		const seat = seatOf(v, a);
		const rec = byActor[a];
		for (const d of list) {
			const r = rec[d.measure];
			r.votes++;
			if (seat !== void 0 && d.vetoedBy.includes(seat.id)) {
				r.count++;
				if (d.turn > r.lastTurn) r.lastTurn = d.turn;
			}
		}
	}
	vetoIndex = {
		list,
		length: list.length,
		seats,
		byActor
	};
	return vetoIndex;
}
function vetoRecord(v, actor, m) {
	const r = vetoesOf(v).byActor[actor][m];
	return {
		count: r.count,
		votes: r.votes,
		lastTurn: r.lastTurn
	};
}
var evidenceIndex = null;
function evidenceOf(v) {
	const list = v.council.evidence;
	const c = evidenceIndex;
	if (c !== null && c.list === list && c.length === list.length) return c;
	const turns = [];
	const launches = [0];
	let sorted = true;
	let n = 0;
	for (const e of list) {
		if (turns.length > 0 && e.turn < (turns[turns.length - 1] ?? 0)) sorted = false;
		turns.push(e.turn);
		if (e.kind === "launch") n++;
		launches.push(n);
	}
	evidenceIndex = {
		list,
		length: list.length,
		sorted,
		turns,
		launches
	};
	return evidenceIndex;
}
/** Index of the first item whose turn is at least `turn` (turns ascending). */
function firstFrom(turns, turn) {
	let lo = 0;
	let hi = turns.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if ((turns[mid] ?? 0) < turn) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** Evidence items and launches recorded on or after `turn`. */
function evidenceSince(v, turn) {
	const x = evidenceOf(v);
	if (x.sorted) return x.turns.length - firstFrom(x.turns, turn);
	let n = 0;
	for (const t of x.turns) if (t >= turn) n++;
	return n;
}
/** Launches recorded on or after `turn`. */
function launchesSince(v, turn) {
	const x = evidenceOf(v);
	const n = x.turns.length;
	if (x.sorted) return (x.launches[n] ?? 0) - (x.launches[firstFrom(x.turns, turn)] ?? 0);
	let launches = 0;
	for (const e of v.council.evidence) if (e.kind === "launch" && e.turn >= turn) launches++;
	return launches;
}
/** The engine's `weighedEvidence` (items and launches newer than `turn − windowTurns`), read
* from the index. */
function weighedOn(v, turn) {
	const x = evidenceOf(v);
	if (!x.sorted) return weighedEvidence(v, turn);
	const i = firstFrom(x.turns, turn - v.rules.council.windowTurns + 1);
	const total = x.turns.length - i;
	const launches = (x.launches[x.turns.length] ?? 0) - (x.launches[i] ?? 0);
	return {
		evidence: total - launches,
		launches
	};
}
/**
* Odds in percent that `actor` votes against a draft of `m`: the scenario default as a prior
* worth PRIOR_WEIGHT votes, blended with its record on the measure, then lowered by
* PRESSURE_PER_ITEM (China only) for each item of evidence in the seats' window and newer than its last
* veto of the measure (new facts shift votes), never below a quarter of the blend.
*/
function noOdds(v, actor, m) {
	if (seatOf(v, actor) === void 0) return 0;
	const prior = PRIOR_NO[defaultVote(v.rules.council, actor, m)];
	const rec = vetoRecord(v, actor, m);
	const blend = Math.floor((prior * PRIOR_WEIGHT + 100 * rec.count) / (PRIOR_WEIGHT + rec.votes));
	const window = v.turn - v.rules.council.windowTurns + 1;
	const fresh = evidenceSince(v, Math.max(rec.lastTurn, window));
	const lowered = blend - PRESSURE_PER_ITEM[actor] * fresh;
	const floor = Math.floor(blend / 4);
	return Math.max(lowered, floor);
}
/** Every rule seat's score for a draft of `m` put to the vote on `voteTurn` (lobbying included). */
function ruleSeatScores(v, m, voteTurn) {
	const c = v.rules.council;
	const { evidence, launches } = weighedOn(v, voteTurn);
	const at = {
		turn: voteTurn,
		council: v.council,
		rules: v.rules
	};
	const out = [];
	for (const seat of c.seats) {
		if (seat.actor !== null) continue;
		out.push({
			seat,
			score: seatScore(c, seat, m, evidence, launches, lobbyShift(at, seat, m))
		});
	}
	return out;
}
/**
* Forecast of a draft tabled now (voted next turn), assuming RUS and CHN vote no with their
* `noOdds`, independently, and otherwise abstain (a yes from them is a bonus not counted on).
*/
function forecastDraft(v, m) {
	const voteTurn = v.turn + 1;
	const c = v.rules.council;
	const { evidence, launches } = weighedOn(v, voteTurn);
	let ruleYes = 0;
	let permanentNo = false;
	for (const seat of c.seats) {
		if (seat.actor !== null) continue;
		const vote = ruleVote(c, seatScore(c, seat, m, evidence, launches));
		if (vote === "yes") ruleYes++;
		else if (vote === "no" && seat.permanent) permanentNo = true;
	}
	if (ruleYes < 9) return {
		ruleYes,
		adopt: 0,
		veto: 0
	};
	if (permanentNo) return {
		ruleYes,
		adopt: 0,
		veto: 100
	};
	const pass = Math.floor((100 - noOdds(v, "RUS", m)) * (100 - noOdds(v, "CHN", m)) / 100);
	return {
		ruleYes,
		adopt: pass,
		veto: 100 - pass
	};
}
// src/ai/lobbying.ts
/**
* A seat to court so that `d` falls short, given the votes the actor and its peer will cast
* (`votes`: RUS and CHN); null when one seat cannot make the difference or the actor cannot pay.
*/
function courtToBlock(v, d, votes) {
	if (v.actor !== "RUS" && v.actor !== "CHN") return null;
	const p = v.rules.design;
	if (v.own.stocks.currency < p.lobbyCost) return null;
	const c = v.rules.council;
	const scores = ruleSeatScores(v, d.measure, v.turn);
	if (scores.filter((x) => x.score >= c.yesAt).length + (votes.RUS === "yes" ? 1 : 0) + (votes.CHN === "yes" ? 1 : 0) !== 9) return null;
	let best = null;
	for (const x of scores) {
		if (x.seat.permanent || x.score < c.yesAt || x.score - p.lobbyPoints >= c.yesAt) continue;
		if (best === null || x.score < best.score) best = {
			id: x.seat.id,
			name: x.seat.name,
			score: x.score
		};
	}
	if (best === null) return null;
	return {
		order: {
			kind: "lobby",
			actor: v.actor,
			seat: best.id
		},
		why: () => `courts ${best.name}: ${d.id} has exactly 9 votes in favour, and ${best.name} (score ${best.score}, yes at ${c.yesAt}) would then abstain, so the draft falls short without a veto (${p.lobbyCost} USD million)`
	};
}
// src/ai/shipping.ts
/**
* Room left this calendar year under the caps on `good` into `to` (the smallest over the caps
* in force), after declared deals that will deliver this turn; MAX_SAFE_INTEGER when no cap
* applies.
*/
function capRoom(v, good, to) {
	const room = capRoomBefore(v, good, to);
	if (room === Number.MAX_SAFE_INTEGER) return room;
	const left = room - declaredDealFlow(v, good, to);
	return Math.max(left, 0);
}
/** Units of `good` that declared deals will deliver to `to` this turn (if accepted, for last
* turn's proposals). */
function declaredDealFlow(v, good, to, skip = /* @__PURE__ */ new Set()) {
	let n = 0;
	for (const d of v.deals) {
		if (skip.has(d.id) || d.mode !== "declared" || d.status !== "active" && d.proposedTurn !== v.turn - 1) continue;
		if (d.give.resource === good && d.partner === to) n += d.give.amount;
		if (d.get.resource === good && d.proposer === to) n += d.get.amount;
	}
	return n;
}
/** Room under the caps this calendar year before this turn's deliveries (MAX_SAFE_INTEGER:
* no cap applies). */
function capRoomBefore(v, good, to) {
	const year = dateOfTurn(v.rules.start, v.rules.turnLength, v.turn).year;
	let room = Number.MAX_SAFE_INTEGER;
	for (const c of v.regime.caps) {
		if (c.resource !== good || c.to !== to) continue;
		if (c.untilTurn !== null && c.untilTurn < v.turn) continue;
		const used = c.year === year ? c.declared : 0;
		const left = c.perYear - used;
		if (left < room) room = left;
	}
	return Math.max(room, 0);
}
/** Whether a ban covers `good` from `from` to `to` this turn. */
function banned(v, good, from, to) {
	for (const b of v.regime.bans) if (b.resource === good && b.fromTurn <= v.turn && (b.from === null || b.from === from) && (b.to === null || b.to === to)) return true;
	return false;
}
/**
* Ship up to `amount` of `good` to `to`, as much as stock, route and (declared) cap allow;
* commits it to the ledger. Null when nothing can go.
*/
function ship(v, ledger, to, good, amount, covert) {
	const choice = pickRoute(v, ledger, to, [good], covert);
	if (choice === null) return null;
	let n = Math.min(amount, choice.left, ledger.available(good));
	if (!covert) n = Math.min(n, capRoom(v, good, to));
	if (n <= 0) return null;
	ledger.take(good, n);
	ledger.useRoute(choice.route.id, good, n);
	return {
		kind: "ship",
		actor: v.actor,
		to,
		resource: good,
		amount: n,
		route: choice.route.id,
		mode: covert ? "covert" : "declared"
	};
}
// src/ai/variety.ts
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function mixInt(h, x) {
	const y = x >= 0 && x <= 2147483647 ? x : (x | 0) ^ Math.floor(x / 4294967296);
	h = Math.imul(h ^ y & 255, FNV_PRIME);
	h = Math.imul(h ^ y >>> 8 & 255, FNV_PRIME);
	h = Math.imul(h ^ y >>> 16 & 255, FNV_PRIME);
	return Math.imul(h ^ y >>> 24, FNV_PRIME);
}
function mixString(h, s) {
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
	return h;
}
/** A draw in [0, 10,000) for the actor's decision `salt` this turn. */
function draw(v, salt) {
	let h = mixString(FNV_OFFSET, v.actor);
	h = mixString(h, salt);
	h = mixInt(h, v.turn);
	const st = v.own.stocks;
	h = mixInt(mixInt(mixInt(h, st.oil), st.food), st.munitions);
	h = mixInt(mixInt(mixInt(h, st.labour), st.currency), st.knowhow);
	const ind = v.indicators;
	h = mixInt(mixInt(mixInt(h, ind.prkStability), ind.prkProgramme), ind.rusWarEffort);
	h = mixInt(mixInt(mixInt(h, ind.rusReputation), ind.chnInfluence), ind.chnBorderStability);
	h = mixInt(mixInt(mixInt(h, ind.chnStanding), ind.unscSanctionsIntegrity), ind.unscAuthority);
	const rel = v.relations;
	h = mixInt(mixInt(mixInt(mixInt(h, rel.RUS ?? 0), rel.PRK ?? 0), rel.CHN ?? 0), rel.UNSC ?? 0);
	h = mixInt(h, v.council.evidence.length);
	h = mixInt(h, v.council.decisions.length);
	for (const d of v.deals) h = mixString(h, d.id);
	return (h >>> 0) % 1e4;
}
/** `base` moved by up to ±spread percent, by the draw for `salt`. */
function jitter(v, salt, base, spread) {
	return base + draw(v, salt) % (2 * spread + 1) - spread;
}
// src/ai/china.ts
/** Standing this far below target makes China vote for sanctions (a yes earns standing). */
var STANDING_YES_BELOW = -10;
/** Russia's odds of a veto (percent) at which China abstains and lets Russia carry it. */
var RUSSIA_VETOES = 60;
/** Relations with Pyongyang below this end China's protection. */
var PROTECT_FLOOR = 0;
var AID_MARGIN = 5;
/** Relations with Pyongyang at which China shields it from harsh drafts. */
var HARSH_PROTECT = 30;
var FOOD_DEAL_TURNS = 4;
/** Relations with Pyongyang at or below this: Beijing's patience is gone; it holds back fuel. */
var HOLD_FUEL_AT = 20;
/** ... unless the regime is this close to breaking (the border would pay). */
var HOLD_FUEL_STABILITY = 40;
/** Below this North Korean stability, with its border under target, China tables relief. */
var RELIEF_STABILITY$1 = 35;
function chineseVote(v, d) {
	if (d.measure === "relief") return {
		vote: "yes",
		why: () => `votes for ${d.id}: relief steadies the regime on its border`
	};
	const standing = marginOf$1(v, "chnStanding", 10);
	const partner = v.relations.PRK ?? 0;
	const where = () => `standing ${v.indicators.chnStanding} (${standing >= 0 ? `${standing} above` : `${-standing} below`} target), relations with Pyongyang ${partner}`;
	if (!isSanction(d.measure)) return partner < PROTECT_FLOOR ? {
		vote: "yes",
		why: () => `votes for ${d.id}: Pyongyang has turned hostile (${where()})`
	} : {
		vote: "abstain",
		why: () => `abstains on ${d.id}: it does not tighten sanctions, and Pyongyang is a partner (${where()})`
	};
	if (standing <= STANDING_YES_BELOW || partner < PROTECT_FLOOR) return {
		vote: "yes",
		why: () => `votes for ${d.id} to mend its standing or rein in Pyongyang (${where()})`
	};
	const rus = noOdds(v, "RUS", d.measure);
	if (rus >= RUSSIA_VETOES) return {
		vote: "abstain",
		why: () => `abstains on ${d.id}: Russia is expected to veto it (odds ${rus}%), so China need not pay for a veto (${where()})`
	};
	if (standing - v.rules.design.vetoReputation >= 0) return {
		vote: "no",
		why: () => `vetoes ${d.id} to shield its partner: its standing can bear the ${v.rules.design.vetoReputation} points (${where()})`
	};
	if (harsh(v, d) && partner >= HARSH_PROTECT && standing - v.rules.design.vetoReputation >= -5) return {
		vote: "no",
		why: () => `vetoes ${d.id}: the draft is harsh, and a friendly partner is worth a dip of ${v.rules.design.vetoReputation - standing} below target (${where()})`
	};
	const border = marginOf$1(v, "chnBorderStability", 0);
	if (border < 0 && standing - v.rules.design.vetoReputation >= -5) return {
		vote: "no",
		why: () => `vetoes ${d.id}: the border is ${-border} below target, and a sanction would shake the regime further; that is worth a dip of ${v.rules.design.vetoReputation - standing} below target (${where()})`
	};
	return {
		vote: "abstain",
		why: () => `abstains rather than vetoes ${d.id}: a veto would cost standing it cannot spare (${where()})`
	};
}
/** A draft that cuts the oil cap in force by more than HARSH_CUT percent, or orders workers
* home within a turn. */
function harsh(v, d) {
	if (d.measure === "workerBan") return d.value <= 1;
	if (d.measure !== "oilCap") return false;
	let current = null;
	for (const c of v.regime.caps) if (c.resource === "oil" && c.to === "PRK" && c.untilTurn === null && (current === null || c.perYear < current)) current = c.perYear;
	return current !== null && d.value * 100 < current * 70;
}
/** China's own active declared deals that would take deliveries of a capped good over the
* cap this year, latest first, until the rest fit. */
function overCap(v) {
	const out = [];
	const skip = /* @__PURE__ */ new Set();
	const mine = v.deals.filter((d) => d.status === "active" && d.mode === "declared" && d.proposer === "CHN" && isGood(d.give.resource) && d.give.amount > 0).reverse();
	for (const d of mine) {
		const good = d.give.resource;
		const room = capRoomBefore(v, good, d.partner);
		if (room === Number.MAX_SAFE_INTEGER || declaredDealFlow(v, good, d.partner, skip) <= room) continue;
		out.push(d);
		skip.add(d.id);
	}
	return out;
}
function chinaPlan(v, explain = true) {
	const plan = new Plan(explain);
	let courted = false;
	for (const d of v.council.drafts) {
		const x = chineseVote(v, d);
		plan.add({
			kind: "vote",
			actor: "CHN",
			draft: d.id,
			vote: x.vote
		}, x.why);
		if (courted || x.vote !== "abstain" || d.by !== "UNSC" || !isSanction(d.measure)) continue;
		if ((v.relations.PRK ?? 0) < PROTECT_FLOOR || noOdds(v, "RUS", d.measure) >= RUSSIA_VETOES) continue;
		const c = courtToBlock(v, d, {
			RUS: "abstain",
			CHN: x.vote
		});
		if (c !== null) {
			plan.add(c.order, c.why);
			courted = true;
		}
	}
	const p = v.rules.design;
	const partner = v.relations.PRK ?? 0;
	if (partner <= HOLD_FUEL_AT && v.indicators.prkStability >= HOLD_FUEL_STABILITY && fuelDue(v) > 0) plan.add({
		kind: "holdFuel",
		actor: "CHN"
	}, () => `holds back this turn's fuel: relations with Pyongyang are ${partner}, at or below ${HOLD_FUEL_AT}, and the regime (stability ${v.indicators.prkStability}) can bear a lesson; influence +${p.holdFuelInfluence}, standing +${p.holdFuelStanding}`);
	const dandong = v.routes.find((r) => r.ends[0] === "CHN" || r.ends[1] === "CHN");
	if (dandong !== void 0 && marginOf$1(v, "chnStanding", 0) < 0 && marginOf$1(v, "chnBorderStability", 0) >= 3) plan.add({
		kind: "customs",
		actor: "CHN",
		route: dandong.id
	}, () => `tightens customs on ${dandong.name}: its standing is below target, and the border (${v.indicators.chnBorderStability}) can spare ${p.customsBorder}`);
	if (v.turn % 2 === 0 && v.indicators.prkStability < RELIEF_STABILITY$1 && marginOf$1(v, "chnBorderStability", 0) < 0 && marginOf$1(v, "chnStanding", 10) >= p.reliefReputation && changesNothing(v, "relief", 0) === null && vetoedUntil(v, "relief") === null && !v.council.drafts.some((d) => d.measure === "relief")) plan.add({
		kind: "draft",
		actor: "CHN",
		measure: "relief",
		value: 0
	}, () => `tables sanctions relief: the regime's stability is ${v.indicators.prkStability} and the border below target`);
	const influenceGap = -marginOf$1(v, "chnInfluence", 0) + AID_MARGIN;
	const borderGap = -marginOf$1(v, "chnBorderStability", 0) + AID_MARGIN;
	const worried = influenceGap > 0 || borderGap > 0;
	const cancelled = overCap(v);
	for (const d of cancelled) plan.add({
		kind: "cancelDeal",
		actor: "CHN",
		deal: d.id
	}, () => `cancels ${d.id}: the cap on ${d.give.resource} into North Korea has ${capRoomBefore(v, d.give.resource, d.partner)} left this year, too little for its declared deliveries, and each delivery over it would cost standing`);
	const ledger = new Ledger(v, idsOf(cancelled));
	for (const m of acceptProposals(v, ledger, () => worried ? 50 : 0)) plan.add(m.order, m.why);
	if (mayPropose(v) && activeFlow(v, "PRK", "CHN", "food") === 0 && !pendingIn(v, "PRK", "CHN", "food")) {
		let need = 0;
		for (const n of v.rules.needs) if (n.actor === "PRK" && n.resource === "food") need += n.amount;
		const amount = Math.floor(need / 10);
		if (amount > 0) {
			const p = proposal(v, ledger, {
				to: "PRK",
				give: {
					resource: "food",
					amount
				},
				get: {
					resource: "currency",
					amount: priceIn(v, "food", amount, "currency", 50)
				},
				covert: false,
				turns: FOOD_DEAL_TURNS
			}, 1);
			plan.add(p, () => `offers ${amountOf("food", p?.give.amount ?? amount)} a turn at half price: no food contract runs, and trade is China's hold on Pyongyang`);
		}
	}
	if (worried) {
		const amount = Math.floor(Math.max(influenceGap, borderGap) * jitter(v, "aid", 60, 6) / 10) * 10;
		if (amount > 0) plan.add(ship(v, ledger, "PRK", "food", amount, false), () => `sends food aid: influence is ${v.indicators.chnInfluence} and border stability ${v.indicators.chnBorderStability}, within ${AID_MARGIN} of or below their targets (${targetOf(v, "CHN", "chnInfluence")?.target ?? 0} and ${targetOf(v, "CHN", "chnBorderStability")?.target ?? 0}); aid raises China's share of North Korea's imports and steadies the regime`);
	}
	return plan.moves;
}
/** Future detections the Panel is worth, in integrity points, beyond avoiding the lapse. */
var PANEL_WORTH = 2;
/** What an adopted sanction is worth to integrity, in the bot's reckoning: nothing by itself
* (engine 0.4.0 scores integrity on outcomes: a new measure only counts more trade against it). */
var ADOPTED_INTEGRITY_GUESS = 0;
var EVIDENCE_POINTS = 3;
/** The order schema's limit on a monitoring list. */
var MAX_MONITORED = 8;
function oilCapValue(v) {
	let current = null;
	for (const c of v.regime.caps) {
		if (c.resource !== "oil" || c.to !== "PRK" || c.untilTurn !== null) continue;
		if (current === null || c.perYear < current) current = c.perYear;
	}
	const chinaVetoed = vetoRecord(v, "CHN", "oilCap").count > 0;
	if (current === null) {
		let need = 0;
		for (const n of v.rules.needs) if (n.actor === "PRK" && n.resource === "oil") need += n.amount;
		return need > 0 ? 4 * need : null;
	}
	const value = Math.floor(current * (chinaVetoed ? 80 : 60) / 1e3) * 10;
	return value < current ? value : null;
}
/** The value a draft of `m` would carry, or null when it would change nothing (the bot's own
* judgement, and the engine's rule that a draft equal to a measure in force is refused). */
function draftValue(v, m) {
	const value = wantedValue(v, m);
	return value === null || changesNothing(v, m, value) !== null || vetoedUntil(v, m) !== null ? null : value;
}
function wantedValue(v, m) {
	const bans = v.regime.bans;
	switch (m) {
		case "oilCap": return oilCapValue(v);
		case "workerBan": return bans.some((b) => b.resource === "labour" && b.from === "PRK" && b.deadlineTurn !== null) ? null : 4;
		case "armsEmbargo": return bans.some((b) => b.resource === "munitions" && b.from === "PRK" && b.to === null) ? null : 0;
		case "renewPanel": {
			const p = v.regime.panel;
			if (p.bonusBp === 0 && p.monitorBonusBp === 0) return null;
			return p.mandateEnd - v.turn <= 2 ? 4 : null;
		}
		case "relief": return null;
		case "condemn": {
			const since = v.turn + 1 - v.rules.council.windowTurns;
			const launches = launchesSince(v, since + 1);
			const recent = v.council.decisions.some((d) => d.measure === "condemn" && d.outcome === "adopted" && d.turn > since);
			return launches >= 2 && !recent ? 0 : null;
		}
		default: return assertNever(m);
	}
}
/** Vetoed at least twice by RUS or CHN with no evidence since the latest of those vetoes, or
* vetoed by either within the seats' window. */
function stale(v, m) {
	for (const a of ["RUS", "CHN"]) {
		const r = vetoRecord(v, a, m);
		if (r.count >= 2 && evidenceSince(v, r.lastTurn) === 0) return true;
		if (r.count > 0 && r.lastTurn > 0 && r.lastTurn > v.turn - v.rules.council.windowTurns) return true;
	}
	return false;
}
function candidates(v) {
	const out = [];
	for (const m of [
		"renewPanel",
		"condemn",
		"oilCap",
		"workerBan",
		"armsEmbargo"
	]) {
		if (v.council.drafts.some((d) => d.measure === m)) continue;
		const value = draftValue(v, m);
		if (value === null || stale(v, m)) continue;
		const f = forecastDraft(v, m);
		const p = v.rules.design;
		const recent = v.council.decisions.filter((d) => d.turn > 0 && d.turn > v.turn - p.capitalTurns && d.outcome === "adopted" && d.measure !== "relief").length;
		let worth = p.adoptedAuthority - p.capitalCost * recent + (m === "condemn" ? 0 : ADOPTED_INTEGRITY_GUESS);
		if (m === "renewPanel") worth += p.panelLapseIntegrity + PANEL_WORTH;
		const vetoCost = p.vetoAuthority - (f.ruleYes >= p.isolationYes ? p.isolationAuthority : 0);
		const gain = f.adopt * worth - f.veto * vetoCost;
		if (gain > 0) out.push({
			measure: m,
			value,
			gain
		});
	}
	return out.sort((a, b) => b.gain - a.gain);
}
function suspicion(v, r) {
	if (r.ends[0] !== "PRK" && r.ends[1] !== "PRK") return 0;
	const since = v.turn - v.rules.council.windowTurns;
	let score = 0;
	for (const e of v.council.evidence) if (e.route === r.id && e.turn > since) score += EVIDENCE_POINTS * 1e5;
	const other = r.ends[0] === "PRK" ? r.ends[1] : r.ends[0];
	for (const good of GOODS) {
		const cap = r.capacity[good];
		if (cap === void 0) continue;
		if (watched(v, good, other)) score += cap * v.rules.prices[good];
	}
	return score;
}
/** A ban or cap covers `good` between North Korea and `other`. */
function watched(v, good, other) {
	for (const b of v.regime.bans) if (b.resource === good && (b.from === "PRK" || b.to === "PRK" || b.from === null) && (b.to === null || b.to === other || b.to === "PRK")) return true;
	for (const c of v.regime.caps) if (c.resource === good && c.to === "PRK") return true;
	return false;
}
function monitorChoice(v) {
	const p = v.regime.panel;
	if (v.turn > p.mandateEnd || p.maxRoutes <= 0) return [];
	const scored = v.routes.map((r, i) => ({
		id: r.id,
		score: suspicion(v, r),
		i
	})).filter((x) => x.score > 0);
	scored.sort((a, b) => b.score - a.score || a.i - b.i);
	return scored.slice(0, Math.min(p.maxRoutes, MAX_MONITORED)).map((x) => x.id);
}
function councilPlan(v, explain = true) {
	const plan = new Plan(explain);
	for (const c of candidates(v).slice(0, v.rules.council.maxDraftsPerTurn)) plan.add({
		kind: "draft",
		actor: "UNSC",
		measure: c.measure,
		value: c.value
	}, () => {
		const f = forecastDraft(v, c.measure);
		const ruleSeats = v.rules.council.seats.filter((x) => x.actor === null).length;
		return `tables ${c.measure} (value ${c.value}): ${f.ruleYes} of the ${ruleSeats} seats that vote by rule should vote yes on the evidence; odds ${f.adopt}% adopted, ${f.veto}% vetoed (Russia "no" ${noOdds(v, "RUS", c.measure)}%, China "no" ${noOdds(v, "CHN", c.measure)}%)`;
	});
	const routes = monitorChoice(v);
	const current = v.regime.panel.monitored;
	const same = routes.length === current.length && routes.every((r, i) => current[i] === r);
	if (routes.length > 0 && !same) plan.add({
		kind: "monitor",
		actor: "UNSC",
		routes
	}, () => `points the Panel at ${routes.join(" and ")}: the routes with most public evidence of breaches, then most sanctioned capacity into North Korea`);
	return plan.moves;
}
/** Out of 10,000: the share of eligible turns on which the bot tests a nuclear device. */
var TEST_ODDS = 3e3;
var NEEDS = [
	"food",
	"oil",
	"currency"
];
function clampPercent(x, lo, hi) {
	return x < lo ? lo : Math.min(x, hi);
}
/**
* What Russia will want to buy each turn, from the public scenario: its munitions need less
* its output at full munitions priority (the market the bot keeps stock for).
*/
function russianShortfall(v) {
	const e = v.rules.economy.RUS;
	let need = 0;
	for (const n of v.rules.needs) if (n.actor === "RUS" && n.resource === "munitions") need += n.amount;
	const gap = need - e.base.munitions - e.flex.munitions;
	return Math.max(gap, 0);
}
/** Priorities for the deals the bot will be bound by this turn (`extra`: those it accepts). */
function northKoreanPriorities(v, extra) {
	const e = v.rules.economy.PRK;
	const cur = v.own.priorities;
	let munitions = cur.munitions;
	if (e.flex.munitions > 0) {
		const owed = dealFlow(v, "munitions", extra).outflow;
		const sales = Math.max(owed, russianShortfall(v));
		const reserve = v.own.stocks.munitions - owed;
		const wanted = owed + Math.trunc((2 * sales - reserve) / 3) - e.base.munitions;
		munitions = clampPercent(Math.ceil(wanted * 100 / e.flex.munitions), 10, 90);
		if (projectedEnd(v, "food", {
			munitions,
			labourAbroad: cur.labourAbroad
		}, extra) < 0 && munitions > 50) munitions = 50;
	}
	let labourAbroad = cur.labourAbroad;
	if (e.flex.labour > 0) {
		const owed = dealFlow(v, "labour", extra).outflow;
		const wanted = owed + Math.trunc((owed - (v.own.stocks.labour - owed)) / 2) - e.base.labour;
		labourAbroad = clampPercent(Math.ceil(wanted * 100 / e.flex.labour), 0, 60);
	}
	return {
		munitions,
		labourAbroad
	};
}
function shouldLaunch(v) {
	const t = targetOf(v, "PRK", "prkProgramme");
	const prog = v.indicators.prkProgramme;
	if (t === null || t.op !== "atLeast" || prog >= t.full) return false;
	const behind = Math.ceil((t.target - prog) / v.rules.design.launchProgramme) >= v.rules.turns - v.turn + 1;
	if (!behind && (v.relations.CHN ?? 0) <= 10) return false;
	const { end, reserve } = cashReserve(v);
	if (end - v.rules.design.launchCurrency < reserve) return false;
	if (!behind && tipsASanction(v)) return false;
	return behind || prog < t.target || draw(v, "launch") < 7500;
}
/** Would one more launch carry a sanction over nine votes in next turn's vote, with neither
* Russia nor China expected to veto it? */
function tipsASanction(v) {
	const c = v.rules.council;
	for (const m of SANCTIONS) {
		if (noOdds(v, "RUS", m) >= 50 || noOdds(v, "CHN", m) >= 50) continue;
		const scores = ruleSeatScores(v, m, v.turn + 1);
		const now = scores.filter((x) => x.score >= c.yesAt).length;
		const after = scores.filter((x) => x.score + c.launchWeight >= c.yesAt).length;
		if (now < 9 && after >= 9) return true;
	}
	return false;
}
/** Hard currency kept for next turn's deal payments and the present drain to the end. */
function cashReserve(v) {
	const end = projectedEnd(v, "currency");
	const drain = v.own.stocks.currency - end;
	return {
		end,
		reserve: dealFlow(v, "currency").outflow + (drain > 0 ? drain * (v.rules.turns - v.turn) : 0)
	};
}
function shouldTest(v) {
	const t = targetOf(v, "PRK", "prkProgramme");
	const p = v.rules.design;
	if (t === null || t.op !== "atLeast" || t.target - v.indicators.prkProgramme < p.nuclearProgramme) return false;
	if ((v.relations.CHN ?? 0) - p.nuclearChinaRelation <= 10) return false;
	const since = v.turn - v.rules.council.windowTurns;
	if (v.council.evidence.some((e) => e.kind === "nuclearTest" && e.turn > since)) return false;
	const { end, reserve } = cashReserve(v);
	if (end - p.nuclearCurrency < reserve) return false;
	return draw(v, "nuclear-test") < TEST_ODDS;
}
/** The deals the moves accept, in the view's order (loops: this runs every turn of a rollout). */
function acceptedDeals(v, accepts) {
	const out = [];
	for (const d of v.deals) for (const a of accepts) if (a.order.kind === "acceptDeal" && a.order.deal === d.id) {
		out.push(d);
		break;
	}
	return out;
}
function northKoreaPlan(v, explain = true) {
	const plan = new Plan(explain);
	const ledger = new Ledger(v);
	const accepts = acceptProposals(v, ledger);
	for (const m of accepts) plan.add(m.order, m.why);
	const accepted = acceptedDeals(v, accepts);
	if (mayPropose(v) && v.rules.economy.PRK.flex.munitions > 0) for (const r of NEEDS) {
		const end = projectedEnd(v, r, v.own.priorities, accepted);
		if (end >= 0 || pendingIn(v, "RUS", "RUS", r) || activeFlow(v, "RUS", "RUS", r) > 0) continue;
		const amount = needOf$3(v, r);
		const p = proposal(v, ledger, {
			to: "RUS",
			give: {
				resource: "munitions",
				amount: priceIn(v, r, amount, "munitions", 100)
			},
			get: {
				resource: r,
				amount
			},
			covert: true,
			turns: 2
		}, 1);
		plan.add(p, () => `asks Russia for ${amountOf(r, p?.get.amount ?? amount)} a turn, paying in shells at list price: it will be ${-end} short of ${r} this turn`);
		if (p !== null) break;
	}
	const pri = northKoreanPriorities(v, accepted);
	if (pri.munitions !== v.own.priorities.munitions || pri.labourAbroad !== v.own.priorities.labourAbroad) plan.add({
		kind: "setPriorities",
		actor: "PRK",
		munitions: pri.munitions,
		labourAbroad: pri.labourAbroad
	}, () => `sets munitions to ${pri.munitions}% (it owes ${dealFlow(v, "munitions", accepted).outflow} shells a turn, holds ${v.own.stocks.munitions}, and expects Russia to want ${russianShortfall(v)}) and workers abroad to ${pri.labourAbroad}% (it owes ${dealFlow(v, "labour", accepted).outflow} a turn); the rest of the country grows food`);
	if (shouldTest(v)) plan.add({
		kind: "nuclearTest",
		actor: "PRK"
	}, () => `tests a nuclear device: the programme is at ${v.indicators.prkProgramme}, a test's worth (${v.rules.design.nuclearProgramme}) or more below its target of ${targetOf(v, "PRK", "prkProgramme")?.target ?? 0}, and the regime can pay ${v.rules.design.nuclearCurrency}`);
	else if (shouldLaunch(v)) plan.add({
		kind: "launch",
		actor: "PRK"
	}, () => `launches: the programme is at ${v.indicators.prkProgramme}, below its target of ${targetOf(v, "PRK", "prkProgramme")?.target ?? 0}, and relations with China (${v.relations.CHN ?? 0}) can take the strain`);
	return plan.moves;
}
// src/ai/russia.ts
/** Reputation points kept in hand beyond a veto's cost before Russia vetoes a sanction. */
var SANCTION_VETO_MARGIN = 0;
/** The Panel threatens the covert supply directly: Russia vetoes it even a little below target,
* when the detections it would bring are expected to cost more reputation than the veto. */
var PANEL_VETO_FLOOR = -6;
var SHELL_DEAL_TURNS = 3;
var WORKER_DEAL_TURNS = 4;
/** Below this North Korean stability Russia sends food aid to keep its supplier standing. */
var AID_STABILITY = 45;
var AID_FOOD = 300;
/** Below this North Korean stability, with workers banned, Russia tables sanctions relief. */
var RELIEF_STABILITY = 40;
/** Points of war effort a seized cargo of shells or workers is worth, in the Panel's cost. */
var SEIZURE_POINTS = 3;
var KNOWHOW_DEAL_TURNS = 3;
/**
* Reputation (in hundredths of a point) a renewed Panel is expected to cost Russia over a
* mandate of `turns`: each covert leg of a banned or capped good in its running deals with
* North Korea (and those it proposed last turn, which may start now) is seen with the Panel's
* extra odds each turn (as if monitored: the Council can point the Panel at any route once it is
* renewed), and each sighting is a breach and, at seizeBp, lost cargo.
*/
function panelCost(v, turns) {
	const p = v.regime.panel;
	let cost = 0;
	for (const d of v.deals) {
		const running = d.status === "active" || d.proposer === "RUS" && d.proposedTurn === v.turn - 1;
		if (d.mode !== "covert" || d.route === null || !running) continue;
		if (!(d.proposer === "RUS" && d.partner === "PRK" || d.proposer === "PRK" && d.partner === "RUS")) continue;
		const extra = p.bonusBp + p.monitorBonusBp;
		let legs = 0;
		if (isGood(d.give.resource) && sanctioned(v, d.give.resource, d.proposer, d.partner)) legs++;
		if (isGood(d.get.resource) && sanctioned(v, d.get.resource, d.partner, d.proposer)) legs++;
		const perDetection = 100 * v.rules.design.breachReputation + Math.floor(SEIZURE_POINTS * v.rules.design.seizeBp / 100);
		cost += Math.floor(legs * extra * Math.min(turns, d.remaining + 1) * perDetection / 1e4);
	}
	return cost;
}
function sanctioned(v, good, from, to) {
	if (banned(v, good, from, to)) return true;
	for (const c of v.regime.caps) if (c.resource === good && c.to === to && c.untilTurn === null) return true;
	return false;
}
function russianVote(v, d) {
	if (d.measure === "relief") return {
		vote: "yes",
		why: () => `votes for ${d.id}: relief eases the pressure on its partner`
	};
	const veto = v.rules.design.vetoReputation;
	const rep = v.indicators.rusReputation;
	const margin = marginOf$1(v, "rusReputation", 10) - veto;
	const after = () => `reputation ${rep} would be ${rep - veto} after a veto, ${margin >= 0 ? `${margin} above` : `${-margin} below`} its target`;
	const m = d.measure;
	if (m === "renewPanel") {
		const cost = panelCost(v, d.value);
		const weighs = () => `the Panel would cost about ${Math.floor(cost / 100)}.${String(cost % 100).padStart(2, "0")} reputation points in detected breaches and seized cargo over ${d.value} turns of its covert deals, against ${veto} for a veto`;
		if (margin < PANEL_VETO_FLOOR) return {
			vote: "abstain",
			why: () => `abstains on ${d.id}: ${after()}, too low to veto`
		};
		return cost > 100 * veto ? {
			vote: "no",
			why: () => `vetoes ${d.id}: ${weighs()}`
		} : {
			vote: "abstain",
			why: () => `abstains on ${d.id}: ${weighs()}`
		};
	}
	if (isSanction(m)) {
		if (m === "armsEmbargo" && v.regime.bans.some((b) => b.resource === "munitions" && b.from === "PRK") || m === "workerBan" && d.value === 0 && v.regime.bans.some((b) => b.resource === "labour" && b.from === "PRK" && b.deadlineTurn === null)) return {
			vote: "abstain",
			why: () => `abstains on ${d.id}: the same ban is already in force, so it changes nothing for Russia`
		};
		return margin >= SANCTION_VETO_MARGIN ? {
			vote: "no",
			why: () => `vetoes ${d.id} to shield its supplier: ${after()}`
		} : {
			vote: "abstain",
			why: () => `abstains on ${d.id}: ${after()}`
		};
	}
	return margin >= 5 && (v.relations.PRK ?? 0) >= 30 ? {
		vote: "no",
		why: () => `vetoes ${d.id} to shield Pyongyang: ${after()}`
	} : {
		vote: "abstain",
		why: () => `abstains on ${d.id}: ${after()}, and a condemnation does not touch its trade`
	};
}
/**
* Cash offered for shells, in percent of their list price: 60%, plus the seller's risk (the
* odds of detection on the route, in percent, since North Korea discounts covert sanctioned
* trade by them), plus 2 a point of war effort below target, plus 20 when Russia's own
* munitions will run short this turn; ±5 by the view's draw.
*/
function shellPrice(v, routeId) {
	const route = routeById(v, routeId);
	const risk = route === void 0 ? 0 : Math.floor(oddsOn(v, route) / 100);
	const urgency = Math.max(0, -marginOf$1(v, "rusWarEffort", 0));
	const short = projectedEnd(v, "munitions") < 0 ? 20 : 0;
	return jitter(v, "shell-price", 60 + risk + 2 * urgency + short, 5);
}
function russiaPlan(v, explain = true) {
	const plan = new Plan(explain);
	let courted = false;
	for (const d of v.council.drafts) {
		const x = russianVote(v, d);
		plan.add({
			kind: "vote",
			actor: "RUS",
			draft: d.id,
			vote: x.vote
		}, x.why);
		if (courted || x.vote !== "abstain" || d.by !== "UNSC" || d.measure === "condemn") continue;
		const china = noOdds(v, "CHN", d.measure) >= 50 ? "no" : "abstain";
		if (china === "no") continue;
		const c = courtToBlock(v, d, {
			RUS: x.vote,
			CHN: china
		});
		if (c !== null) {
			plan.add(c.order, c.why);
			courted = true;
		}
	}
	if (v.turn % 2 === 1 && v.indicators.prkStability < RELIEF_STABILITY && marginOf$1(v, "rusReputation", 10) >= v.rules.design.reliefReputation && changesNothing(v, "relief", 0) === null && vetoedUntil(v, "relief") === null && !v.council.drafts.some((d) => d.measure === "relief")) plan.add({
		kind: "draft",
		actor: "RUS",
		measure: "relief",
		value: 0
	}, () => `tables sanctions relief: North Korean stability is ${v.indicators.prkStability}, below ${RELIEF_STABILITY}, and its workers are banned; Pyongyang will remember who tried`);
	const econ = v.rules.economy.RUS;
	const pri = v.own.priorities;
	if (econ.flex.munitions > 0) {
		const foodOut = activeFlow(v, "PRK", "RUS", "food");
		const munitions = v.own.stocks.food >= 4 * (foodOut + AID_FOOD) ? 100 : 70;
		if (munitions !== pri.munitions) plan.add({
			kind: "setPriorities",
			actor: "RUS",
			munitions,
			labourAbroad: pri.labourAbroad
		}, () => munitions === 100 ? `puts all industry into munitions: food stocks (${v.own.stocks.food}) cover four turns of its food deliveries and aid` : `keeps 30% of industry on food: food stocks (${v.own.stocks.food}) are running low`);
	}
	const cancelled = undeliverable(v);
	for (const d of cancelled) plan.add({
		kind: "cancelDeal",
		actor: "RUS",
		deal: d.id
	}, () => `cancels ${d.id}: it can no longer deliver ${amountOf(d.give.resource, d.give.amount)} a turn (a cancellation costs less than defaults)`);
	const ledger = new Ledger(v, idsOf(cancelled));
	for (const m of acceptProposals(v, ledger)) plan.add(m.order, m.why);
	if (mayPropose(v)) {
		const need = needOf$3(v, "munitions");
		if (need > 0 && !pendingIn(v, "PRK", "PRK", "munitions")) {
			const full = {
				munitions: 100,
				labourAbroad: pri.labourAbroad
			};
			const structural = need - outputOf(v, "munitions", full) - activeFlow(v, "PRK", "PRK", "munitions");
			const adjust = Math.trunc((Math.floor(need / 2) - projectedEnd(v, "munitions", full)) / 3);
			const choice = pickRoute(v, ledger, "PRK", ["munitions"], true);
			const amount = Math.floor(Math.min(structural + adjust, choice?.left ?? 0) / 100) * 100;
			if (choice !== null && amount >= 200) {
				const ratio = shellPrice(v, choice.route.id);
				const p = proposal(v, ledger, {
					to: "PRK",
					give: {
						resource: "currency",
						amount: priceIn(v, "munitions", amount, "currency", ratio)
					},
					get: {
						resource: "munitions",
						amount
					},
					covert: true,
					turns: SHELL_DEAL_TURNS
				}, 100);
				plan.add(p, () => `offers cash for ${amountOf("munitions", p?.get.amount ?? amount)} a turn: it needs ${need} a turn and makes ${outputOf(v, "munitions", full)}; the price is ${ratio}% of list, covering North Korea's risk of detection on ${choice.route.name} (${oddsOn(v, choice.route)} in 10,000)`);
			}
		}
		if (v.own.stocks.knowhow > 0 && !pendingIn(v, "PRK", "RUS", "knowhow") && activeFlow(v, "PRK", "RUS", "knowhow") === 0) {
			const choice = pickRoute(v, ledger, "PRK", ["munitions"], true);
			if (choice !== null) {
				const shells = Math.min(priceIn(v, "knowhow", 1, "munitions", 100), choice.left);
				const p = proposal(v, ledger, {
					to: "PRK",
					give: {
						resource: "knowhow",
						amount: 1
					},
					get: {
						resource: "munitions",
						amount: shells
					},
					covert: true,
					turns: KNOWHOW_DEAL_TURNS
				}, 100);
				plan.add(p, () => `offers a package of space know-how a turn for ${amountOf("munitions", p?.get.amount ?? shells)}: Pyongyang values the technology more than cash, and Russia needs the shells`);
			}
		}
		const labourNeed = needOf$3(v, "labour");
		if (labourNeed > 0 && !pendingIn(v, "PRK", "PRK", "labour")) {
			const gap = labourNeed - activeFlow(v, "PRK", "PRK", "labour") + Math.max(0, labourNeed - v.own.stocks.labour);
			if (gap > 0) {
				const p = proposal(v, ledger, {
					to: "PRK",
					give: {
						resource: "food",
						amount: priceIn(v, "labour", gap, "food", 100)
					},
					get: {
						resource: "labour",
						amount: gap
					},
					covert: true,
					turns: WORKER_DEAL_TURNS
				}, 1);
				plan.add(p, () => `offers food for ${amountOf("labour", p?.get.amount ?? gap)} a turn: reconstruction needs ${labourNeed} a turn and it has ${v.own.stocks.labour}`);
			}
		}
	}
	if (v.deals.some((d) => d.status === "active" && (d.proposer === "RUS" && d.partner === "PRK" || d.proposer === "PRK" && d.partner === "RUS"))) {
		let oilNeed = 0;
		for (const n of v.rules.needs) if (n.actor === "PRK" && n.resource === "oil") oilNeed += n.amount;
		let chinaOil = 0;
		for (const d of v.deals) if (d.status === "active" && d.mode === "declared" && d.proposer === "CHN" && d.partner === "PRK" && d.give.resource === "oil") chinaOil += d.give.amount;
		const fuel = oilNeed - chinaOil + 50;
		if (fuel > 0 && !banned(v, "oil", "RUS", "PRK")) {
			const declared = ship(v, ledger, "PRK", "oil", fuel, false);
			const room = () => capRoom(v, "oil", "PRK");
			const why = () => `fuels its supplier: North Korea needs ${oilNeed} a turn and China's declared contracts bring ${chinaOil}`;
			plan.add(declared, () => `${why()}; declared, within the ${room() === Number.MAX_SAFE_INTEGER ? "absence of a cap" : `${room()} left under the cap this year`}`);
			const rest = fuel - (declared?.amount ?? 0);
			if (rest > 0 && marginOf$1(v, "rusReputation", 10) >= 2) plan.add(ship(v, ledger, "PRK", "oil", rest, true), () => `${why()}; covert beyond the cap, since its reputation (${v.indicators.rusReputation}) can risk a detected breach`);
		}
	}
	if (v.indicators.prkStability < AID_STABILITY && !banned(v, "food", "RUS", "PRK")) plan.add(ship(v, ledger, "PRK", "food", AID_FOOD, false), () => `sends food aid: North Korean stability is ${v.indicators.prkStability}, below ${AID_STABILITY}, and its supplier must hold`);
	return plan.moves;
}
// src/ai/view.ts
function dealVisible(d, viewer) {
	return d.mode === "declared" || d.proposer === viewer || d.partner === viewer;
}
/** The deals `viewer` may see, in order (a loop, not `filter` with a closure: four views a
* turn of every rollout). */
function visibleDeals(deals, viewer) {
	const out = [];
	for (const d of deals) if (dealVisible(d, viewer)) out.push(d);
	return out;
}
/** The actor's relations with each other actor. One literal per actor, fields in ACTORS order
* (what the loop over ACTORS used to build): a record grown key by key from a variable name
* was the slowest line of a view. */
function relationsOf(r, actor) {
	switch (actor) {
		case "RUS": return {
			PRK: r["RUS-PRK"],
			CHN: r["RUS-CHN"],
			UNSC: r["RUS-UNSC"]
		};
		case "PRK": return {
			RUS: r["RUS-PRK"],
			CHN: r["PRK-CHN"],
			UNSC: r["PRK-UNSC"]
		};
		case "CHN": return {
			RUS: r["RUS-CHN"],
			PRK: r["PRK-CHN"],
			UNSC: r["CHN-UNSC"]
		};
		case "UNSC": return {
			RUS: r["RUS-UNSC"],
			PRK: r["PRK-UNSC"],
			CHN: r["CHN-UNSC"]
		};
		default: return assertNever(actor);
	}
}
function viewFor(s, actor) {
	const relations = relationsOf(s.relations, actor);
	return {
		actor,
		turn: s.turn,
		rules: s.rules,
		own: s.actors[actor],
		indicators: s.indicators,
		relations,
		routes: s.routes,
		regime: s.regime,
		council: s.council,
		deals: visibleDeals(s.deals, actor),
		fired: s.fired
	};
}
// src/ai/bots.ts
/** The heuristic plan from a view (`explain`: write each move's reason). */
function planFromView(v, explain) {
	switch (v.actor) {
		case "RUS": return russiaPlan(v, explain);
		case "PRK": return northKoreaPlan(v, explain);
		case "CHN": return chinaPlan(v, explain);
		case "UNSC": return councilPlan(v, explain);
		default: return assertNever(v.actor);
	}
}
/** The heuristic bot's orders from a view, without writing the reasons. */
function ordersFromView(v) {
	const out = [];
	for (const m of planFromView(v, false)) out.push(m.order);
	return out;
}
/** The orders the bot for `actor` gives this turn (none once the game is over): `botPlan`'s
* orders, without writing the reasons. */
function botOrders(state, actor) {
	if (isOver(state)) return [];
	return ordersFromView(viewFor(state, actor));
}
// src/ai/belief.ts
/** The opening of a game from its initial state: only the values the scenario file publishes. */
function openingOf(initial) {
	const stocks = {};
	const priorities = {};
	for (const a of ACTORS) {
		stocks[a] = { ...initial.actors[a].stocks };
		priorities[a] = { ...initial.actors[a].priorities };
	}
	return {
		stocks,
		priorities,
		relations: { ...initial.relations }
	};
}
/** Odds (out of 10,000) that a covert deal runs between two other actors joined by a route. */
var HIDDEN_DEAL_ODDS = 5e3;
function needOf$2(v, actor, r) {
	let n = 0;
	for (const x of v.rules.needs) if (x.actor === actor && x.resource === r) n += x.amount;
	return n;
}
/** Uniform integer in [lo, hi]. */
function between(rng, lo, hi) {
	if (hi <= lo) return lo;
	const span = hi - lo + 1;
	return lo + (span > 4294967296 ? randomBelow(rng, 4294967296) : randomBelow(rng, span));
}
function sampleStock(v, o, actor, r, rng) {
	const played = v.turn - 1;
	const output = plannedOutput(v.rules.economy[actor], o.priorities[actor], r);
	const need = needOf$2(v, actor, r);
	const estimate = Math.max(0, o.stocks[actor][r] + played * (output - need));
	return between(rng, need > 0 ? 0 : Math.floor(estimate / 2), Math.max(2 * estimate, 4 * need));
}
/** The public record's effect on a relation between two others since the opening. */
function publicDrift(v, pair) {
	const p = v.rules.design;
	let drift = 0;
	let lastLaunchTurn = -1;
	for (const e of v.council.evidence) if (e.kind === "launch" && e.turn !== lastLaunchTurn) {
		lastLaunchTurn = e.turn;
		if (pair === "PRK-CHN") drift -= p.launchChinaRelation;
		if (pair === "PRK-UNSC") drift -= p.launchUnscRelation;
	} else if (e.kind === "nuclearTest") {
		if (pair === "PRK-CHN") drift -= p.nuclearChinaRelation;
		if (pair === "PRK-UNSC") drift -= p.nuclearUnscRelation;
	}
	for (const d of v.council.decisions) for (const seat of d.vetoedBy) {
		if (seat !== "RUS" && seat !== "CHN") continue;
		if (pair === pairKey(seat, "UNSC")) drift -= p.vetoUnscRelation;
		if (pair === pairKey(seat, "PRK")) drift += p.vetoPrkRelation;
	}
	return drift;
}
function sampleRelation(v, o, pair, rng) {
	const centre = o.relations[pair] + publicDrift(v, pair);
	const spread = 5 + 2 * (v.turn - 1);
	return Math.max(-100, Math.min(100, between(rng, centre - spread, centre + spread)));
}
/** What `from` can spare of `r` beyond its own need (public economy at opening priorities). */
function spare(v, o, from, r) {
	return plannedOutput(v.rules.economy[from], o.priorities[from], r) - needOf$2(v, from, r);
}
/** The good `to` needs most (by value) that `from` can spare and `route` carries, or null. */
function wanted(v, o, from, to, route) {
	let best = null;
	let bestValue = 0;
	for (const g of GOODS) {
		if ((route.capacity[g] ?? 0) <= 0 || spare(v, o, from, g) <= 0) continue;
		const value = needOf$2(v, to, g) * v.rules.prices[g];
		if (value > bestValue) {
			best = g;
			bestValue = value;
		}
	}
	return best;
}
/** A covert deal two other actors might be running on `route`, or null when they have nothing
* to trade. */
function hiddenDeal(v, o, a, b, route, rng) {
	const ab = wanted(v, o, a, b, route);
	const ba = wanted(v, o, b, a, route);
	if (ab === null || ba === null || ab === ba) return null;
	const give = Math.min(Math.floor((route.capacity[ab] ?? 0) / 4), needOf$2(v, b, ab));
	const get = Math.min(Math.floor((route.capacity[ba] ?? 0) / 4), needOf$2(v, a, ba));
	if (give <= 0 || get <= 0) return null;
	const turns = between(rng, 1, 3);
	return {
		id: `H${v.turn}-${a}-${b}`,
		proposer: a,
		partner: b,
		give: {
			resource: ab,
			amount: give
		},
		get: {
			resource: ba,
			amount: get
		},
		route: route.id,
		mode: "covert",
		turns,
		remaining: turns,
		status: "active",
		proposedTurn: Math.max(0, v.turn - 2)
	};
}
/**
* A world consistent with what the actor sees, drawn with `rng` (advanced). The result is a
* fresh state the caller may change; nothing in it is shared with the view except the static
* rules and copy-on-write lists (see cloneState).
*/
function sampleWorld(v, o, rng) {
	const me = v.actor;
	const actors = {};
	for (const a of ACTORS) {
		if (a === me) {
			actors[a] = {
				stocks: { ...v.own.stocks },
				priorities: { ...v.own.priorities }
			};
			continue;
		}
		const stocks = {};
		for (const r of RESOURCES) stocks[r] = sampleStock(v, o, a, r, rng);
		actors[a] = {
			stocks,
			priorities: { ...o.priorities[a] }
		};
	}
	const relations = {};
	for (const p of PAIRS) {
		const [x, y] = p.split("-");
		if (x === me || y === me) relations[p] = v.relations[x === me ? y : x] ?? o.relations[p];
		else relations[p] = sampleRelation(v, o, p, rng);
	}
	const deals = v.deals.slice();
	for (const [i, a] of ACTORS.entries()) for (const b of ACTORS.slice(i + 1)) {
		if (a === me || b === me) continue;
		for (const route of v.routes) {
			if (!(route.ends[0] === a && route.ends[1] === b || route.ends[0] === b && route.ends[1] === a) || !route.open) continue;
			const d = randomBelow(rng, 1e4) < HIDDEN_DEAL_ODDS ? hiddenDeal(v, o, a, b, route, rng) : null;
			if (d !== null) deals.push(d);
			break;
		}
	}
	return cloneState({
		turn: v.turn,
		rng: seedRng(nextU32(rng)),
		actors,
		indicators: { ...v.indicators },
		relations,
		routes: v.routes,
		deals,
		trade: {},
		regime: v.regime,
		council: v.council,
		fired: v.fired,
		rules: v.rules,
		covertKey: seedKey(nextU32(rng)),
		recorded: {},
		hidden: { integrity: v.indicators.unscSanctionsIntegrity },
		tally: emptyTally(v.turn - 1)
	});
}
// src/ai/options.ts
/** The ledger of what is left after the plan: its cancelled deals skipped, its accepted deals
* and shipments committed. */
function ledgerAfter(v, plan) {
	const cancelled = /* @__PURE__ */ new Set();
	for (const o of plan) if (o.kind === "cancelDeal") cancelled.add(o.deal);
	const ledger = new Ledger(v, cancelled);
	for (const o of plan) if (o.kind === "acceptDeal") {
		const d = v.deals.find((x) => x.id === o.deal);
		if (d !== void 0) ledger.commitDeal(d);
	} else if (o.kind === "ship" && o.actor === v.actor && isResource(o.resource)) {
		ledger.take(o.resource, o.amount);
		if (o.route !== void 0 && isGood(o.resource)) ledger.useRoute(o.route, o.resource, o.amount);
	}
	return ledger;
}
/** The plan with one option applied: the options' orders replace the plan's on its decision. */
function applyOption(plan, opt, keyOf) {
	const out = [];
	for (const o of plan) if (keyOf(o) !== opt.key) out.push(o);
	for (const o of opt.adds) out.push(o);
	return out;
}
/** A stable text of an order list, to find candidates that are the same plan. */
function planKey(plan) {
	return JSON.stringify(plan);
}
/**
* Every option for the actor this turn: for each order kind, each candidate order and each set
* (replacing the plan's orders on the same decision), and for each order of the plan, dropping it. Options
* that leave the plan as it is are left out; the rest keep the table's order (deterministic).
*/
function optionsFor(ctx, kinds, keyOf) {
	const out = [];
	const seen = /* @__PURE__ */ new Set([planKey(ctx.base)]);
	const push = (opt) => {
		const k = planKey(applyOption(ctx.base, opt, keyOf));
		if (seen.has(k)) return;
		seen.add(k);
		out.push(opt);
	};
	for (const spec of kinds) {
		for (const o of spec.candidates(ctx)) push({
			key: keyOf(o),
			adds: [o]
		});
		for (const set of spec.sets?.(ctx) ?? []) {
			const first = set[0];
			if (first !== void 0) push({
				key: keyOf(first),
				adds: set
			});
		}
	}
	for (const o of ctx.base) push({
		key: keyOf(o),
		adds: []
	});
	return out;
}
// src/ai/orderKinds.ts
/** Half and all of what is available (whole units, none of zero, no repeats). */
function amounts(max) {
	const out = [];
	for (const n of [Math.floor(max / 2), max]) if (n > 0 && !out.includes(n)) out.push(n);
	return out;
}
function needOf$1(v, actor, r) {
	let n = 0;
	for (const x of v.rules.needs) if (x.actor === actor && x.resource === r) n += x.amount;
	return n;
}
/** Whether `actor` can spare `r` by the public economy (output at half priorities above its need). */
function canSpare(v, actor, r) {
	return plannedOutput(v.rules.economy[actor], {
		munitions: 50,
		labourAbroad: 50
	}, r) > needOf$1(v, actor, r);
}
function shipCandidates(ctx) {
	const { v, left } = ctx;
	const out = [];
	for (const to of ACTORS) {
		if (to === v.actor) continue;
		for (const r of RESOURCES) {
			const have = left.available(r);
			if (have <= 0) continue;
			if (r === "knowhow") {
				if (to !== "PRK") continue;
				const most = Math.min(have, v.rules.design.knowHowPerLaunch);
				for (const mode of ["declared", "covert"]) for (const amount of amounts(most)) out.push({
					kind: "ship",
					actor: v.actor,
					to,
					resource: r,
					amount,
					mode
				});
				continue;
			}
			if (needOf$1(v, to, r) <= 0) continue;
			for (const mode of ["declared", "covert"]) {
				if (r === "currency") {
					for (const amount of amounts(Math.min(have, 2 * needOf$1(v, to, r)))) out.push({
						kind: "ship",
						actor: v.actor,
						to,
						resource: r,
						amount,
						mode
					});
					continue;
				}
				for (const route of routesBetween(v, v.actor, to)) {
					let max = Math.min(have, left.routeLeft(route, r));
					if (mode === "declared") max = Math.min(max, capRoom(v, r, to));
					for (const amount of amounts(max)) out.push({
						kind: "ship",
						actor: v.actor,
						to,
						resource: r,
						amount,
						route: route.id,
						mode
					});
				}
			}
		}
	}
	return out;
}
/**
* How much `to` values a resource, in percent of its list price, from the public rules (the
* heuristic bots' margins, roughly): what it needs double, hard currency 70%, other goods 40%.
*/
function publicValue(v, to, r) {
	if (needOf$1(v, to, r) > 0) return 200;
	return r === "currency" ? 70 : 40;
}
/** What the actor pays `to` with: what `to` values most among what the actor holds beyond a
* turn's own need (never `except`). */
function payment(ctx, to, except) {
	const { v } = ctx;
	let best = null;
	let bestValue = 0;
	for (const r of RESOURCES) {
		if (r === except || ctx.left.available(r) <= needOf$1(v, v.actor, r)) continue;
		const value = publicValue(v, to, r) * v.rules.prices[r];
		if (value > bestValue) {
			best = r;
			bestValue = value;
		}
	}
	return best;
}
/** Offers to buy what the actor needs from those who can spare it, paid in what they value,
* at half again the list price: a standing line of a turn's need for four turns, and a bulk
* purchase of four turns' need at once. Covert and declared. */
function proposeCandidates(ctx) {
	const { v } = ctx;
	const out = [];
	for (const to of ACTORS) {
		if (to === v.actor) continue;
		for (const r of RESOURCES) {
			const need = needOf$1(v, v.actor, r);
			if (need <= 0 || !canSpare(v, to, r)) continue;
			const pay = payment(ctx, to, r);
			if (pay === null) continue;
			for (const shape of [{
				amount: need,
				turns: 4
			}, {
				amount: 4 * need,
				turns: 1
			}]) for (const covert of [true, false]) {
				const offer = {
					to,
					give: {
						resource: pay,
						amount: priceIn(v, r, shape.amount, pay, 150)
					},
					get: {
						resource: r,
						amount: shape.amount
					},
					covert,
					turns: shape.turns
				};
				const p = proposal(v, ctx.left, offer, 1);
				if (p !== null) out.push(p);
			}
		}
	}
	return out;
}
function acceptCandidates(ctx) {
	const { v } = ctx;
	const out = [];
	for (const d of v.deals) {
		if (d.status !== "proposed" || d.partner !== v.actor || d.proposedTurn !== v.turn - 1) continue;
		const give = legFrom(d, v.actor);
		if (ctx.left.available(give.resource) < give.amount) continue;
		out.push({
			kind: "acceptDeal",
			actor: v.actor,
			deal: d.id
		});
	}
	return out;
}
function cancelCandidates(ctx) {
	const { v } = ctx;
	return v.deals.filter((d) => d.status === "active" && (d.proposer === v.actor || d.partner === v.actor)).map((d) => ({
		kind: "cancelDeal",
		actor: v.actor,
		deal: d.id
	}));
}
function priorityCandidates(ctx) {
	const { v, base } = ctx;
	const e = v.rules.economy[v.actor];
	let now = v.own.priorities;
	for (const o of base) if (o.kind === "setPriorities") now = {
		munitions: o.munitions,
		labourAbroad: o.labourAbroad
	};
	const out = [];
	if (e.flex.munitions > 0 || e.flex.food > 0) for (const munitions of [
		0,
		25,
		50,
		75,
		100
	]) out.push({
		kind: "setPriorities",
		actor: v.actor,
		munitions,
		labourAbroad: now.labourAbroad
	});
	if (e.flex.labour > 0 || e.flex.homeFood > 0) for (const labourAbroad of [
		0,
		30,
		60
	]) out.push({
		kind: "setPriorities",
		actor: v.actor,
		munitions: now.munitions,
		labourAbroad
	});
	if (out.length > 0) {
		out.push({
			kind: "setPriorities",
			actor: v.actor,
			munitions: 0,
			labourAbroad: 0
		});
		out.push({
			kind: "setPriorities",
			actor: v.actor,
			munitions: 100,
			labourAbroad: 60
		});
	}
	return out;
}
/** A few values for a draft of each measure: an oil cap at 60% or 85% of the cap in force (or 4
* or 8 turns of North Korea's oil need with none), a worker ban now or with a year's grace, a
* Panel mandate of 4 or 8 turns. */
function draftValues(v, m) {
	switch (m) {
		case "oilCap": {
			let current = null;
			for (const c of v.regime.caps) if (c.resource === "oil" && c.to === "PRK" && c.untilTurn === null && (current === null || c.perYear < current)) current = c.perYear;
			const need = needOf$1(v, "PRK", "oil");
			return current === null ? [4 * need, 8 * need] : [Math.floor(current * 60 / 100), Math.floor(current * 85 / 100)];
		}
		case "workerBan": return [0, 4];
		case "renewPanel": return [4, 8];
		case "armsEmbargo":
		case "condemn": return [0];
		case "relief":
			for (const c of v.regime.caps) if (c.resource === "oil" && c.to === "PRK" && c.untilTurn === null) return [0, Math.floor(c.perYear * 3 / 2)];
			return [0];
	}
}
function draftCandidates(ctx) {
	const { v } = ctx;
	const me = v.actor;
	if (v.rules.council.maxDraftsPerTurn <= 0) return [];
	const out = [];
	for (const measure of MEASURES) {
		if (!mayTable(me, measure)) continue;
		const lim = MEASURE_VALUE[measure];
		for (const value of draftValues(v, measure)) if (value >= lim.min && value <= lim.max && changesNothing(v, measure, value) === null && vetoedUntil(v, measure) === null) out.push({
			kind: "draft",
			actor: me,
			measure,
			value
		});
	}
	return out;
}
/**
* Pairs (up to the turn's limit) of drafts of different measures, each at its first value: the
* drafts of a turn are one decision (key `draft`), since the limit on drafts a turn means a new
* draft can only replace one of the plan's. Without them the search never saw a Panel renewal
* and a condemnation tabled together when the heuristic plan had already filled both places.
*/
function draftSets(ctx) {
	const singles = draftCandidates(ctx);
	if (ctx.v.rules.council.maxDraftsPerTurn < 2) return [];
	const firsts = singles.filter((o, i) => singles.findIndex((x) => x.measure === o.measure) === i);
	const out = [];
	for (const [i, a] of firsts.entries()) for (const b of firsts.slice(i + 1)) out.push([a, b]);
	return out;
}
function voteCandidates(ctx) {
	const { v } = ctx;
	const me = v.actor;
	if (!isVotingActor(me)) return [];
	return v.council.drafts.flatMap((d) => VOTES.map((vote) => ({
		kind: "vote",
		actor: me,
		draft: d.id,
		vote
	})));
}
function monitorCandidates(ctx) {
	const { v } = ctx;
	const p = v.regime.panel;
	if (v.actor !== "UNSC" || v.turn > p.mandateEnd || p.maxRoutes <= 0) return [];
	const ids = v.routes.map((r) => r.id);
	const out = [{
		kind: "monitor",
		actor: "UNSC",
		routes: []
	}];
	for (const [i, a] of ids.entries()) {
		out.push({
			kind: "monitor",
			actor: "UNSC",
			routes: [a]
		});
		if (p.maxRoutes >= 2) for (const b of ids.slice(i + 1)) out.push({
			kind: "monitor",
			actor: "UNSC",
			routes: [a, b]
		});
	}
	return out;
}
/** One missile, or the most a launch order may fire. */
function launchCandidates(ctx) {
	if (ctx.v.actor !== "PRK") return [];
	const most = ctx.v.rules.design.maxLaunchesPerTurn;
	const out = [{
		kind: "launch",
		actor: "PRK"
	}];
	if (most > 1) out.push({
		kind: "launch",
		actor: "PRK",
		count: most
	});
	return out;
}
function testCandidates(ctx) {
	return ctx.v.actor === "PRK" ? [{
		kind: "nuclearTest",
		actor: "PRK"
	}] : [];
}
/** Courting each elected seat that can pay for it (Russia and China). */
function lobbyCandidates(ctx) {
	const { v } = ctx;
	const me = v.actor;
	if (me !== "RUS" && me !== "CHN" || ctx.left.available("currency") < v.rules.design.lobbyCost) return [];
	return v.rules.council.seats.filter(isElectedSeat).map((x) => ({
		kind: "lobby",
		actor: me,
		seat: x.id
	}));
}
/** China holds back its fuel when some is due this turn. */
function holdCandidates(ctx) {
	return ctx.v.actor === "CHN" && fuelDue(ctx.v) > 0 ? [{
		kind: "holdFuel",
		actor: "CHN"
	}] : [];
}
/** China tightens customs on one of its routes. */
function customsCandidates(ctx) {
	const { v } = ctx;
	if (v.actor !== "CHN") return [];
	return v.routes.filter(crossesChina).map((r) => ({
		kind: "customs",
		actor: "CHN",
		route: r.id
	}));
}
/** Every order kind of the engine, with its part in the search. */
var KINDS = {
	ship: {
		key: (o) => `ship:${o.to}:${o.resource}:${o.route ?? "bank"}`,
		label: (o) => `ship ${o.resource} ${o.mode}`,
		candidates: shipCandidates
	},
	proposeDeal: {
		key: (o) => `propose:${o.to}:${o.get.resource}`,
		label: (o) => `offer ${o.give.resource} for ${o.get.resource} (${o.mode})`,
		candidates: proposeCandidates
	},
	acceptDeal: {
		key: (o) => `deal:${o.deal}`,
		label: () => "accept a deal",
		candidates: acceptCandidates
	},
	cancelDeal: {
		key: (o) => `deal:${o.deal}`,
		label: () => "cancel a deal",
		candidates: cancelCandidates
	},
	setPriorities: {
		key: () => "priorities",
		label: (o) => `munitions ${o.munitions}%, workers abroad ${o.labourAbroad}%`,
		candidates: priorityCandidates
	},
	draft: {
		key: () => "draft",
		label: (o) => `draft ${o.measure}`,
		candidates: draftCandidates,
		sets: draftSets
	},
	vote: {
		key: (o) => `vote:${o.draft}`,
		label: (o) => `vote ${o.vote}`,
		candidates: voteCandidates
	},
	monitor: {
		key: () => "monitor",
		label: () => "monitor routes",
		candidates: monitorCandidates
	},
	launch: {
		key: () => "launch",
		label: (o) => o.count === void 0 || o.count === 1 ? "launch" : `launch ${o.count}`,
		candidates: launchCandidates
	},
	nuclearTest: {
		key: () => "nuclearTest",
		label: () => "nuclear test",
		candidates: testCandidates
	},
	lobby: {
		key: () => "lobby",
		label: (o) => `court ${o.seat}`,
		candidates: lobbyCandidates
	},
	holdFuel: {
		key: () => "holdFuel",
		label: () => "hold fuel",
		candidates: holdCandidates
	},
	customs: {
		key: () => "customs",
		label: (o) => `customs ${o.route}`,
		candidates: customsCandidates
	}
};
function spec(o) {
	return KINDS[o.kind];
}
/** The decision an order makes (orders with one key replace each other). */
function keyOf(o) {
	return spec(o).key(o);
}
/** The kinds in the engine's order, for the generator. */
var KIND_LIST = Object.keys(KINDS).map((k) => KINDS[k]);
// src/ai/rollout.ts
function worldOf(state, me) {
	const first = {};
	for (const a of ACTORS) first[a] = a === me ? [] : botOrders(state, a);
	return {
		state,
		first
	};
}
/** The score part of a value counts this much more than any margin. */
var SCORE_FIRST = 1e4;
var MARGIN_ZERO = 5e3;
/** Σ weight × achievement of `actor`'s objectives on the position of `s` (the turn's score
* before the division and floor). */
function achieved(s, actor) {
	const t = s.rules.design.targetAchievement;
	let score = 0;
	for (const o of s.rules.objectives[actor]) score += o.weight * achievement(s.indicators[o.indicator], o, t);
	return score;
}
/** Σ weight × margin over each objective's target (value − target for "at least", target −
* value for "at most"), kept within ±4,999. */
function marginOf(s, actor) {
	let margin = 0;
	for (const o of s.rules.objectives[actor]) {
		const x = s.indicators[o.indicator];
		margin += o.weight * (o.op === "atLeast" ? x - o.target : o.target - x);
	}
	return Math.max(-4999, Math.min(4999, margin));
}
/**
* SCORE_FIRST × Σ weight × achievement on the position of `s` + MARGIN_ZERO + (with
* `margins`) its margins over the objectives' targets. Integers; the margins never outweigh a
* point of score, and `scorePart` recovers the score part.
*/
function scoreValue(s, actor, margins = true) {
	return achieved(s, actor) * SCORE_FIRST + MARGIN_ZERO + (margins ? marginOf(s, actor) : 0);
}
/** The score part of a rollout value. */
function scorePart(value) {
	return Math.floor(value / SCORE_FIRST);
}
/** The weight the engine gives the turn just resolved in `s` (score.ts, tallyTurn). */
function turnWeight(s) {
	return 100 + s.rules.design.scoreRamp * (s.turn - 2);
}
/**
* Play `turns` turns of `w` (fewer when the game ends): `mine` on the first, bots after. A
* score counts every turn (the engine's tally), so the value's score part is the sum over
* the rollout's turns of each turn's weight × Σ weight × achievement; the margins are the
* last position's.
*/
function rollout(w, me, mine, turns, margins = false) {
	const s = cloneState(w.state);
	const orders = [];
	for (const a of ACTORS) for (const o of a === me ? mine : w.first[a]) orders.push(o);
	if (isOver(s)) return scoreValue(s, me, margins);
	advanceQuiet(s, orders);
	let path = turnWeight(s) * achieved(s, me);
	for (let t = 1; t < turns && !isOver(s); t++) {
		const next = [];
		for (const a of ACTORS) for (const o of botOrders(s, a)) next.push(o);
		advanceQuiet(s, next);
		path += turnWeight(s) * achieved(s, me);
	}
	return path * SCORE_FIRST + MARGIN_ZERO + (margins ? marginOf(s, me) : 0);
}
/** The rollouts a decision with `budget` plays when its rollouts play `depth` turns. */
function rolloutBudget(budget, depth) {
	const b = Math.floor(budget);
	if (b < 2) return b;
	return Math.max(Math.floor(b / 2), 2, Math.min(2 * b, Math.floor(b * 6 / Math.max(1, depth))));
}
/** Worlds every candidate plays before the first halving. */
var FIRST_WORLDS = 2;
/** Halving stops at this many candidates, which then play more worlds while the budget lasts. */
var FINALISTS = 3;
/** Percent of the budget for screening; the rest validates the finalists on fresh worlds. */
var SCREENING = 55;
/** Fewer fresh worlds than this and the baseline stands. */
var MIN_FRESH = 4;
/** At most this many options are combined into one plan. */
var MAX_COMBINED = 4;
/** The bot's own seed for one decision: (game seed, turn, actor) mixed with 32-bit arithmetic. */
function decisionSeed(gameSeed, turn, actor) {
	let h = Math.imul(gameSeed >>> 0 ^ 1540483477, 2654435761);
	h = Math.imul(h ^ Math.floor(gameSeed / 4294967296) >>> 0, 2246822507);
	h = Math.imul(h ^ turn, 3266489909);
	h = Math.imul(h ^ ACTORS.indexOf(actor) + 1, 668265263);
	return (h ^ h >>> 15) >>> 0;
}
/** Paired comparison with the baseline over the worlds both played (the same indices). */
function gain(c, base) {
	let sum = 0;
	let score = 0;
	let wins = 0;
	let losses = 0;
	for (const [k, x] of c.entries()) {
		const y = base[k] ?? 0;
		const d = x - y;
		sum += d;
		score += scorePart(x) - scorePart(y);
		if (d > 0) wins++;
		else if (d < 0) losses++;
	}
	return {
		sum,
		score,
		wins,
		losses
	};
}
/** A change is taken only if it gains in sum, loses no score in sum, and wins more worlds than it loses. */
function better(g) {
	return g.sum > 0 && g.score >= 0 && g.wins > g.losses;
}
var Rollouts = class {
	v;
	opening;
	rng;
	horizon;
	margins;
	worlds = [];
	played = 0;
	constructor(v, opening, rng, horizon, margins) {
		this.v = v;
		this.opening = opening;
		this.rng = rng;
		this.horizon = horizon;
		this.margins = margins;
	}
	world(k) {
		while (this.worlds.length <= k) {
			const state = sampleWorld(this.v, this.opening, this.rng);
			this.worlds.push(worldOf(state, this.v.actor));
		}
		const w = this.worlds[k];
		if (w === void 0) throw new Error("unreachable: worlds are filled up to k");
		return w;
	}
	/** The plan's values on worlds [from, to). */
	play(plan, from, to, into) {
		for (let k = from; k < to; k++) {
			into.push(rollout(this.world(k), this.v.actor, plan, this.horizon, this.margins));
			this.played++;
		}
	}
	/** Play the candidate on screening worlds up to `upTo` (exclusive) it has not played yet. */
	extend(c, upTo) {
		this.play(c.plan, c.values.length, upTo, c.values);
	}
};
/** `n` of the candidates, drawn without replacement, in their original order. */
function drawn(pool, n, rng) {
	const idx = pool.map((_, i) => i);
	for (let i = 0; i < n && i < idx.length; i++) {
		const j = i + randomBelow(rng, idx.length - i);
		const t = idx[i] ?? 0;
		idx[i] = idx[j] ?? 0;
		idx[j] = t;
	}
	return idx.slice(0, n).sort((a, b) => a - b).flatMap((i) => {
		const c = pool[i];
		return c === void 0 ? [] : [c];
	});
}
/** Drop the orders the engine would reject (alone, in this world): a combined plan may ask for
* more stock or capacity than there is. */
function legal(world, plan) {
	const { report } = resolveTurn(world, plan);
	if (report.rejections.length === 0) return plan;
	const bad = new Set(report.rejections.map((r) => r.order));
	return plan.filter((_, i) => !bad.has(i));
}
/** The search from the actor's view (the only thing it reads). */
function searchFromView(v, opts) {
	const base = ordersFromView(v);
	const horizon = Math.max(1, opts.horizon ?? 60);
	const budget = opts.fixedRollouts === true ? Math.floor(opts.budget) : rolloutBudget(opts.budget, Math.min(horizon, v.rules.turns - v.turn + 1));
	if (budget < 2) return {
		orders: base,
		base,
		rollouts: 0,
		candidates: 1
	};
	const options = optionsFor({
		v,
		base,
		left: ledgerAfter(v, base)
	}, KIND_LIST, keyOf);
	if (options.length === 0) return {
		orders: base,
		base,
		rollouts: 0,
		candidates: 1
	};
	const baseline = {
		plan: base,
		options: [],
		values: []
	};
	const pool = options.map((o) => ({
		plan: applyOption(base, o, keyOf),
		options: [o],
		values: []
	}));
	const rng = seedRng(decisionSeed(opts.seed, v.turn, v.actor));
	const r = new Rollouts(v, opts.opening, seedRng(nextU32(rng)), horizon, opts.margins ?? false);
	const screening = Math.floor(budget * SCREENING / 100);
	let alive = pool;
	let step = Math.max(1, Math.min(FIRST_WORLDS, Math.floor(screening / (pool.length + 1))));
	if (pool.length + 1 > screening) alive = drawn(pool, Math.max(1, screening - 1), rng);
	let worlds = 0;
	while (alive.length > 0 && r.played + (alive.length + 1) * step <= screening) {
		worlds += step;
		r.extend(baseline, worlds);
		for (const c of alive) r.extend(c, worlds);
		const ranked = alive.map((c, i) => ({
			c,
			i,
			g: gain(c.values, baseline.values).sum
		})).sort((a, b) => b.g - a.g || a.i - b.i).map((x) => x.c);
		alive = ranked.slice(0, Math.max(FINALISTS, Math.ceil(ranked.length / 2)));
		step = worlds;
	}
	if (worlds === 0) return {
		orders: base,
		base,
		rollouts: r.played,
		candidates: pool.length + 1
	};
	const positive = pool.map((c, i) => ({
		c,
		i,
		g: gain(c.values, baseline.values)
	})).filter((x) => x.c.values.length > 0 && better(x.g)).sort((a, b) => b.c.values.length - a.c.values.length || b.g.sum * a.c.values.length - a.g.sum * b.c.values.length || a.i - b.i);
	const finalists = alive.filter((c) => better(gain(c.values, baseline.values)));
	const chosen = [];
	for (const x of positive) {
		const o = x.c.options[0];
		if (o === void 0 || chosen.some((y) => y.key === o.key)) continue;
		chosen.push(o);
		if (chosen.length >= MAX_COMBINED) break;
	}
	if (chosen.length >= 2) {
		let plan = base;
		for (const o of chosen) plan = applyOption(plan, o, keyOf);
		finalists.push({
			plan,
			options: chosen,
			values: []
		});
	}
	if (finalists.length === 0) return {
		orders: base,
		base,
		rollouts: r.played,
		candidates: pool.length + 1
	};
	const fresh = Math.floor((budget - r.played) / (finalists.length + 1));
	if (fresh < MIN_FRESH) return {
		orders: base,
		base,
		rollouts: r.played,
		candidates: pool.length + 1
	};
	const from = Math.max(r.worlds.length, worlds);
	let weights = 0;
	for (const o of v.rules.objectives[v.actor]) weights += o.weight;
	const baseFresh = [];
	r.play(base, from, from + fresh, baseFresh);
	let best = base;
	let bestSum = 0;
	for (const c of finalists) {
		const values = [];
		r.play(c.plan, from, from + fresh, values);
		const g = gain(values, baseFresh);
		const worth = opts.margins === true || 2 * g.score >= fresh * weights;
		if (better(g) && worth && g.sum > bestSum) {
			best = c.plan;
			bestSum = g.sum;
		}
	}
	return {
		orders: best === base ? base : legal(r.world(0).state, best),
		base,
		rollouts: r.played,
		candidates: pool.length + 1
	};
}
/** The search bot's orders for `actor` this turn (none once the game is over). */
function searchOrders(state, actor, opts) {
	if (isOver(state)) return [];
	return searchFromView(viewFor(state, actor), opts).orders;
}
var LEVEL_BUDGET = {
	easy: 0,
	hard: 300
};
/** The orders of a bot with `budget` rollouts a decision (0: the heuristic bot). */
function budgetOrders(state, actor, budget, game) {
	if (isOver(state)) return [];
	if (budget < 2) return botOrders(state, actor);
	return searchOrders(state, actor, {
		budget,
		seed: game.seed,
		opening: game.opening
	});
}
// src/sim/run.ts
function allSeats(level) {
	return {
		RUS: level,
		PRK: level,
		CHN: level,
		UNSC: level
	};
}
/**
* Bots in every seat at the given levels for the game of `scenario` from `seed` (`budget`:
* rollouts of a hard decision, the level's by default). A hard bot knows the game's public seed
* and opening, never the state's hidden parts.
*/
function seatsSource(scenario, seed, seats, budget) {
	const game = {
		seed,
		opening: openingOf(initialState(scenario, seed))
	};
	return (s) => ACTORS.flatMap((a) => budgetOrders(s, a, seats[a] === "easy" ? 0 : budget ?? LEVEL_BUDGET[seats[a]], game));
}
// src/sim/probe.ts
/** The probe's names of issue 9's lines. */
var EXPLOIT = {
	oilFirst: "oil first, fed at home, never launch",
	spare: "spare food and oil to Pyongyang",
	yes: "yes on every sanction",
	renew: "renewal and condemnation every turn"
};
EXPLOIT.oilFirst, EXPLOIT.spare, EXPLOIT.yes, EXPLOIT.renew;
// src/sim/benchOrders.ts
var EVERY_TURN = [
	{
		kind: "setPriorities",
		actor: "PRK",
		munitions: 60,
		labourAbroad: 40
	},
	{
		kind: "ship",
		actor: "PRK",
		to: "RUS",
		resource: "munitions",
		amount: 1500,
		route: "khasan-tumangang",
		mode: "covert"
	},
	{
		kind: "ship",
		actor: "RUS",
		to: "PRK",
		resource: "oil",
		amount: 120,
		route: "vladivostok-rajin",
		mode: "declared"
	},
	{
		kind: "ship",
		actor: "RUS",
		to: "PRK",
		resource: "food",
		amount: 200,
		route: "khasan-tumangang",
		mode: "declared"
	},
	{
		kind: "ship",
		actor: "PRK",
		to: "RUS",
		resource: "labour",
		amount: 5,
		route: "khasan-tumangang",
		mode: "covert"
	},
	{
		kind: "ship",
		actor: "RUS",
		to: "PRK",
		resource: "currency",
		amount: 30,
		mode: "covert"
	},
	{
		kind: "ship",
		actor: "CHN",
		to: "PRK",
		resource: "food",
		amount: 100,
		route: "dandong-sinuiju",
		mode: "declared"
	}
];
[...EVERY_TURN];
[...EVERY_TURN];
EXPLOIT.oilFirst, EXPLOIT.spare, EXPLOIT.yes, EXPLOIT.yes, EXPLOIT.renew;
// scripts/calib.tmp.ts
var [path, firstArg, runsArg, level] = process.argv.slice(2);
var loaded = loadScenarioText(readFileSync(path, "utf8"));
if (!loaded.ok) throw new Error("bad");
var sc = loaded.value;
var first = Number(firstArg);
var runs = Number(runsArg);
function pathMean(states, o) {
	let sum = 0;
	let w = 0;
	states.forEach((s, i) => {
		const v = o.indicator === "unscSanctionsIntegrity" ? s.hidden.integrity : s.indicators[o.indicator];
		sum += (i + 1) * v;
		w += i + 1;
	});
	return sum / w;
}
var out = {};
historicalRun(sc);
var histStates = [];
{
	const byTurn = /* @__PURE__ */ new Map();
	for (const h of sc.historical) byTurn.set(h.turn, h.orders);
	const r = playTurns(initialState(sc, sc.seed), sc.turns, (s) => {
		histStates.push(s);
		return byTurn.get(s.turn) ?? [];
	});
	histStates.push(r.state);
}
for (const a of ACTORS) for (const [i, o] of sc.objectives[a].entries()) out[`${a}.${i}`] = {
	hist: pathMean(histStates.slice(1), o),
	values: []
};
for (let seed = first; seed < first + runs; seed++) {
	const src = seatsSource(sc, seed, allSeats(level === "easy" ? "easy" : "hard"));
	const states = [];
	const r = playTurns(initialState(sc, seed), sc.turns, (s) => {
		states.push(s);
		return src(s);
	});
	states.push(r.state);
	for (const a of ACTORS) for (const [i, o] of sc.objectives[a].entries()) out[`${a}.${i}`]?.values.push(pathMean(states.slice(1), o));
}
console.log(JSON.stringify({
	id: sc.id,
	objectives: sc.objectives,
	out
}));
export {};
