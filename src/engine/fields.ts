/**
 * Reads of records keyed by a closed vocabulary (actors, resources, goods, measures) under a
 * variable key, as a switch of reads by name. `record[key]` with a key that varies at one
 * place in the code goes through V8's megamorphic keyed-load path (a hash probe per read,
 * about a tenth of a rollout's time); a switch compares the key with a few literals and reads
 * a named field, which the compiler turns into a fixed offset. Same values, same results:
 * these only change how a field is found.
 */
import type { ActorId, Good, IndicatorId, Measure, PairKey, Resource, Vote, VotingActor } from './ids.ts';
import { assertNever } from './ids.ts';

/** `r[a]`. */
export function actorField<T>(r: Readonly<Record<ActorId, T>>, a: ActorId): T {
  switch (a) {
    case 'RUS':
      return r.RUS;
    case 'PRK':
      return r.PRK;
    case 'CHN':
      return r.CHN;
    case 'UNSC':
      return r.UNSC;
    default:
      return assertNever(a);
  }
}

/** `r[x]` for a resource. */
export function resourceField<T>(r: Readonly<Record<Resource, T>>, x: Resource): T {
  switch (x) {
    case 'oil':
      return r.oil;
    case 'food':
      return r.food;
    case 'munitions':
      return r.munitions;
    case 'labour':
      return r.labour;
    case 'currency':
      return r.currency;
    case 'knowhow':
      return r.knowhow;
    default:
      return assertNever(x);
  }
}

/** `r[g]` for a record that may lack some goods (a route's capacity). */
export function goodField<T>(r: Readonly<Partial<Record<Good, T>>>, g: Good): T | undefined {
  switch (g) {
    case 'oil':
      return r.oil;
    case 'food':
      return r.food;
    case 'munitions':
      return r.munitions;
    case 'labour':
      return r.labour;
    default:
      return assertNever(g);
  }
}

/** `r[m]` for a record keyed by measures (some may be missing: a seat's bias). */
export function measureField<R extends Partial<Record<Measure, unknown>>>(r: R, m: Measure): R[Measure] {
  switch (m) {
    case 'oilCap':
      return r.oilCap;
    case 'workerBan':
      return r.workerBan;
    case 'armsEmbargo':
      return r.armsEmbargo;
    case 'renewPanel':
      return r.renewPanel;
    case 'condemn':
      return r.condemn;
    case 'relief':
      return r.relief;
    default:
      return assertNever(m);
  }
}

/** `r[a]` for a record keyed by the two voting actors. */
export function votingField<T>(r: Readonly<Record<VotingActor, T>>, a: VotingActor): T {
  return a === 'RUS' ? r.RUS : r.CHN;
}

/** `r[v]` for a record keyed by votes. */
export function voteField<T>(r: Readonly<Record<Vote, T>>, v: Vote): T {
  return v === 'yes' ? r.yes : v === 'no' ? r.no : r.abstain;
}

/** `r[i]` for a record keyed by indicators (the state's indicators). */
export function indicatorField(r: Readonly<Record<IndicatorId, number>>, i: IndicatorId): number {
  switch (i) {
    case 'prkStability':
      return r.prkStability;
    case 'prkProgramme':
      return r.prkProgramme;
    case 'rusWarEffort':
      return r.rusWarEffort;
    case 'rusReputation':
      return r.rusReputation;
    case 'chnInfluence':
      return r.chnInfluence;
    case 'chnBorderStability':
      return r.chnBorderStability;
    case 'chnStanding':
      return r.chnStanding;
    case 'unscSanctionsIntegrity':
      return r.unscSanctionsIntegrity;
    case 'unscAuthority':
      return r.unscAuthority;
    default:
      return assertNever(i);
  }
}

/** `r[i] = x` for the state's indicators. */
export function setIndicatorField(r: Record<IndicatorId, number>, i: IndicatorId, x: number): void {
  switch (i) {
    case 'prkStability':
      r.prkStability = x;
      return;
    case 'prkProgramme':
      r.prkProgramme = x;
      return;
    case 'rusWarEffort':
      r.rusWarEffort = x;
      return;
    case 'rusReputation':
      r.rusReputation = x;
      return;
    case 'chnInfluence':
      r.chnInfluence = x;
      return;
    case 'chnBorderStability':
      r.chnBorderStability = x;
      return;
    case 'chnStanding':
      r.chnStanding = x;
      return;
    case 'unscSanctionsIntegrity':
      r.unscSanctionsIntegrity = x;
      return;
    case 'unscAuthority':
      r.unscAuthority = x;
      return;
    default:
      assertNever(i);
  }
}

/** `r[p]` for the state's relations (the six pairs of PAIRS by name; any other key as a
 * keyed read, though none occurs). */
export function pairField(r: Readonly<Record<PairKey, number>>, p: PairKey): number {
  switch (p) {
    case 'RUS-PRK':
      return r['RUS-PRK'];
    case 'RUS-CHN':
      return r['RUS-CHN'];
    case 'RUS-UNSC':
      return r['RUS-UNSC'];
    case 'PRK-CHN':
      return r['PRK-CHN'];
    case 'PRK-UNSC':
      return r['PRK-UNSC'];
    case 'CHN-UNSC':
      return r['CHN-UNSC'];
    default:
      return r[p];
  }
}

/** `r[p] = x` for the state's relations. */
export function setPairField(r: Record<PairKey, number>, p: PairKey, x: number): void {
  switch (p) {
    case 'RUS-PRK':
      r['RUS-PRK'] = x;
      return;
    case 'RUS-CHN':
      r['RUS-CHN'] = x;
      return;
    case 'RUS-UNSC':
      r['RUS-UNSC'] = x;
      return;
    case 'PRK-CHN':
      r['PRK-CHN'] = x;
      return;
    case 'PRK-UNSC':
      r['PRK-UNSC'] = x;
      return;
    case 'CHN-UNSC':
      r['CHN-UNSC'] = x;
      return;
    default:
      r[p] = x;
  }
}
