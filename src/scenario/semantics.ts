/**
 * Checks a schema cannot make: ids that must exist and be unique, routes that join two
 * actors' territory and carry something, deals on routes that carry their goods.
 * Each check adds a problem and goes on, so an author sees every mistake at once.
 */
import { isGood } from '../engine/index.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './schema.ts';
import { checkWorld } from './worldSemantics.ts';

export function checkSemantics(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const add = (path: string, message: string): void => {
    out.push({ path, message });
  };

  const places = new Map<string, Scenario['places'][number]>();
  s.places.forEach((p, i) => {
    if (places.has(p.id)) add(`places[${i}].id`, `duplicate place id "${p.id}"`);
    places.set(p.id, p);
  });

  const routes = new Map<string, Scenario['routes'][number]>();
  s.routes.forEach((r, i) => {
    if (routes.has(r.id)) add(`routes[${i}].id`, `duplicate route id "${r.id}"`);
    routes.set(r.id, r);
    const from = places.get(r.from);
    const to = places.get(r.to);
    if (from === undefined) add(`routes[${i}].from`, `unknown place "${r.from}"`);
    if (to === undefined) add(`routes[${i}].to`, `unknown place "${r.to}"`);
    if (from !== undefined && to !== undefined) {
      if (from.actor === null || to.actor === null)
        add(`routes[${i}]`, "a route must join two places on actors' territory");
      else if (from.actor === to.actor)
        add(`routes[${i}]`, `both ends are on ${from.actor}'s territory; a route joins two actors`);
    }
    if (Object.keys(r.capacity).length === 0)
      add(`routes[${i}].capacity`, 'the route carries nothing: give a capacity for at least one good');
  });

  s.deals.forEach((d, i) => {
    const at = `deals[${i}]`;
    if (d.proposer === d.partner) add(at, `${d.proposer} cannot make a deal with itself`);
    if (d.give.amount === 0 && d.get.amount === 0) add(at, 'a deal must move something');
    const goods = [d.give, d.get].filter((l) => isGood(l.resource) && l.amount > 0);
    if (goods.length > 0 && d.route === null) add(`${at}.route`, 'goods in a deal need a route');
    if (goods.length === 0 && d.route !== null) add(`${at}.route`, 'a deal of currency alone takes no route');
    if (d.route !== null) {
      const r = routes.get(d.route);
      if (r === undefined) add(`${at}.route`, `unknown route "${d.route}"`);
      else {
        const ends = [places.get(r.from)?.actor, places.get(r.to)?.actor];
        if (!ends.includes(d.proposer) || !ends.includes(d.partner)) {
          add(`${at}.route`, `${r.name} does not join ${d.proposer} and ${d.partner}`);
        }
        for (const l of goods) {
          if (isGood(l.resource) && r.capacity[l.resource] === undefined)
            add(`${at}.route`, `${r.name} does not carry ${l.resource}`);
        }
      }
    }
  });

  checkWorld(s, add);
  return out;
}
