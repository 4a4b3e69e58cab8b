/**
 * Step 4 of the Security Council phase (council.ts): tabling drafts for the next turn's vote.
 *
 * The Council majority tables any measure but relief, at most `maxDraftsPerTurn` a turn;
 * Russia and China table only relief (one each a turn). A draft is refused, with one reason
 * naming the rule, when its value is out of range, when a draft of the same measure is already
 * tabled this turn, when it would change nothing (`alreadyInForce`: an oil cap no lower than
 * the one in force, a ban already in force, a renewal that ends no later than the mandate
 * running, a condemnation with no launch since the last one adopted, relief with nothing to
 * lift), or within `vetoCooldown` turns of a veto of the same measure. Tabling relief costs the
 * sponsor reputation and earns Pyongyang's goodwill.
 */
import { changeIndicator, changeRelation } from './context.ts';
import type { TurnContext } from './context.ts';
import type { ActorId, Measure } from './ids.ts';
import { assertNever, isMeasure, pairKey } from './ids.ts';
import type { DraftOrder, Indexed } from './orders.ts';
import type { Draft } from './regimeState.ts';
import { addDraft } from './regimeState.ts';
import type { Cause } from './report.ts';
import { REPUTATION } from './sanctions.ts';
import type { GameState } from './state.ts';
import { reject } from './validate.ts';

/** Limits of a draft's value, by measure (see MEASURES in ids.ts). */
export const MEASURE_VALUE: Readonly<Record<Measure, { min: number; max: number }>> = {
  oilCap: { min: 0, max: 1_000_000 },
  workerBan: { min: 0, max: 40 },
  armsEmbargo: { min: 0, max: 0 },
  renewPanel: { min: 1, max: 40 },
  condemn: { min: 0, max: 0 },
  relief: { min: 0, max: 1_000_000 },
};

/**
 * The turn from which a draft of `m` may be tabled again after a veto of one (null: none was
 * vetoed in the last `vetoCooldown` turns). A vetoed text does not come straight back: the
 * sponsors need time, and a reason, to try again (after the March 2024 veto of the Panel's
 * renewal the majority set up monitoring outside the Council instead). Decisions before the
 * game count from their date (`Decision.turnsBefore`).
 */
export function vetoedUntil(s: Pick<GameState, 'turn' | 'council' | 'rules'>, m: Measure): number | null {
  let last: number | null = null;
  for (const d of s.council.decisions) {
    const turn = d.turn - (d.turnsBefore ?? 0);
    if (d.measure === m && d.outcome === 'vetoed' && (last === null || turn > last)) last = turn;
  }
  if (last === null) return null;
  const until = last + s.rules.design.vetoCooldown;
  return s.turn < until ? until : null;
}

/** Why a draft of `m` with `value` would change nothing (null: it would change something). */
export function changesNothing(
  s: Pick<GameState, 'regime' | 'turn' | 'council'>,
  m: Measure,
  value: number,
): string | null {
  const r = s.regime;
  const labourBan = r.bans.some((b) => b.resource === 'labour' && b.from === 'PRK');
  switch (m) {
    case 'oilCap': {
      const cap = lowestOilCap(s);
      return cap !== null && value >= cap
        ? `a cap of ${cap} thousand barrels a year is already in force; a new one must be lower`
        : null;
    }
    case 'workerBan':
      return labourBan ? 'a ban on North Korean workers abroad is already in force' : null;
    case 'armsEmbargo':
      return r.bans.some((b) => b.resource === 'munitions' && b.from === 'PRK')
        ? 'an arms embargo on North Korea is already in force'
        : null;
    case 'renewPanel':
      return s.turn + value <= r.panel.mandateEnd
        ? `the Panel's mandate already runs to turn ${r.panel.mandateEnd}; a renewal must run longer`
        : null;
    case 'condemn': {
      let last = -1;
      for (const x of s.council.decisions) if (x.measure === 'condemn' && x.outcome === 'adopted') last = x.turn;
      if (last < 0) return null;
      const since = s.council.evidence.some((e) => (e.kind === 'launch' || e.kind === 'nuclearTest') && e.turn >= last);
      return since ? null : 'the council has already condemned the launches, and there has been none since';
    }
    case 'relief': {
      const cap = lowestOilCap(s);
      const raises = cap !== null && value > cap;
      return labourBan || raises
        ? null
        : 'there is nothing for relief to lift: no ban on workers, and no oil cap below the value asked';
    }
    default:
      return assertNever(m);
  }
}

function lowestOilCap(s: Pick<GameState, 'regime'>): number | null {
  let cap: number | null = null;
  for (const c of s.regime.caps) {
    if (c.resource !== 'oil' || c.to !== 'PRK' || c.untilTurn !== null) continue;
    if (cap === null || c.perYear < cap) cap = c.perYear;
  }
  return cap;
}

/** Whether `by` may table a draft of `m`: the Council majority every measure but relief,
 * Russia and China only relief. */
export function mayTable(by: ActorId, m: Measure): boolean {
  return by === 'UNSC' ? m !== 'relief' : (by === 'RUS' || by === 'CHN') && m === 'relief';
}

export function tableDrafts(ctx: TurnContext, drafts: Indexed<DraftOrder>[]): void {
  const s = ctx.s;
  const max = s.rules.council.maxDraftsPerTurn;
  let n = 0;
  let byMajority = 0;
  const sponsors = new Set<string>();
  for (const { order: o, index } of drafts) {
    const by = o.actor;
    if (by !== 'UNSC' && by !== 'RUS' && by !== 'CHN') {
      reject(
        ctx,
        index,
        o.actor,
        'notYourOrder',
        'only the Security Council majority (UNSC), Russia and China table drafts',
      );
      continue;
    }
    if (!isMeasure(o.measure)) {
      reject(ctx, index, o.actor, 'malformed', `unknown measure "${String(o.measure)}"`);
      continue;
    }
    if (!mayTable(by, o.measure)) {
      reject(
        ctx,
        index,
        o.actor,
        'notYourMeasure',
        by === 'UNSC'
          ? 'the Council majority does not table sanctions relief; Russia or China may'
          : `${by} tables only sanctions relief; the Council majority tables the other measures`,
      );
      continue;
    }
    const value = o.value ?? 0;
    const lim = MEASURE_VALUE[o.measure];
    if (!Number.isSafeInteger(value) || value < lim.min || value > lim.max) {
      reject(
        ctx,
        index,
        o.actor,
        'badMeasureValue',
        `a ${o.measure} draft takes a value from ${lim.min} to ${lim.max}; got ${String(o.value)}`,
      );
      continue;
    }
    if (o.measure === 'oilCap' && o.value === undefined) {
      reject(
        ctx,
        index,
        o.actor,
        'badMeasureValue',
        'an oilCap draft must give the cap (thousand barrels a year) as its value',
      );
      continue;
    }
    if (by === 'UNSC' ? byMajority >= max : sponsors.has(by)) {
      reject(
        ctx,
        index,
        o.actor,
        by === 'UNSC' ? 'tooManyDrafts' : 'duplicateOrder',
        by === 'UNSC' ? `at most ${max} draft(s) a turn` : `${by} already tabled a draft this turn`,
      );
      continue;
    }
    if (s.council.drafts.some((d) => d.measure === o.measure && d.tabledTurn === s.turn)) {
      reject(ctx, index, o.actor, 'duplicateOrder', `a ${o.measure} draft is already tabled this turn`);
      continue;
    }
    const nothing = changesNothing(s, o.measure, value);
    if (nothing !== null) {
      reject(ctx, index, o.actor, 'alreadyInForce', nothing);
      continue;
    }
    const until = vetoedUntil(s, o.measure);
    if (until !== null) {
      reject(
        ctx,
        index,
        o.actor,
        'recentlyVetoed',
        `a ${o.measure} draft was vetoed lately; the council takes one up again from turn ${until}`,
      );
      continue;
    }
    n++;
    if (by === 'UNSC') byMajority++;
    else sponsors.add(by);
    const d: Draft = { id: `R${s.turn}-${n}`, measure: o.measure, value, tabledTurn: s.turn, by };
    addDraft(s.council, d);
    if (ctx.reporting)
      ctx.report.notes.push({
        kind: 'draftTabled',
        ...(by === 'UNSC' ? {} : { actor: by }),
        rule: d.id,
        measure: d.measure,
        amount: value,
        visibleTo: 'all',
      });
    if (by !== 'UNSC') {
      const p = s.rules.design;
      const c: Cause = { rule: 'reliefTabled', draft: d.id };
      changeRelation(ctx, pairKey(by, 'PRK'), p.reliefPrkRelation, c);
      const rep = REPUTATION[by];
      if (rep !== undefined) changeIndicator(ctx, rep, -p.reliefReputation, c);
    }
  }
}
