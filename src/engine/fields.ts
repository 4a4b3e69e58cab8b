/**
 * Reads of records keyed by a closed vocabulary (actors, resources, goods, measures) under a
 * variable key, as a switch of reads by name. `record[key]` with a key that varies at one
 * place in the code goes through V8's megamorphic keyed-load path (a hash probe per read,
 * about a tenth of a rollout's time); a switch compares the key with a few literals and reads
 * a named field, which the compiler turns into a fixed offset. Same values, same results:
 * these only change how a field is found.
 */
import type { ActorId, Good, Measure, Resource, Vote, VotingActor } from './ids.ts';
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
