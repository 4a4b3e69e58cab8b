/**
 * Reads of records keyed by a closed vocabulary (actors, resources, goods, measures) under a
 * variable key, as a switch of reads by name. `record[key]` with a key that varies at one
 * place in the code goes through V8's megamorphic keyed-load path (a hash probe per read,
 * about a tenth of a rollout's time); a switch compares the key with a few literals and reads
 * a named field, which the compiler turns into a fixed offset. Same values, same results:
 * these only change how a field is found.
 */
import type { ActorId, Good, Measure, Resource } from './ids.ts';
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

/** `r[m]` for a record that may lack some measures (a seat's bias). */
export function measureField<T>(r: Readonly<Partial<Record<Measure, T>>>, m: Measure): T | undefined {
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
