/**
 * What anyone may read of a scenario, one projection for every screen and the class server:
 * its title and summary, dates and length, the map (places and routes: public geography),
 * the class briefing, learning objectives, debrief questions, sources and the council's past
 * decisions. Left out: each actor's private briefing and objectives, the starting stocks,
 * economies and needs (a viewer reads its own through the engine's view), the initial deals
 * (some are covert), the deck, the historical script and the calibration notes.
 *
 * The result is cached per scenario object (scenarios are immutable once loaded), so that a
 * screen re-rendering every frame gets the same object and its memoised children stay valid.
 */
import type { Scenario } from './schema.ts';

/** One source as a reader sees it: a paragraph of the document or a named public record. */
export interface Source {
  id: string;
  /** The paragraph of the source document, or null for a named public record. */
  paragraph: number | null;
  /** The public record's name (as the scenario file gives it), or null for the document. */
  record: string | null;
  /** What the source supports, in the author's words. */
  note: string;
  /** True for public estimates used as orders of magnitude. */
  approx: boolean;
}

/** A past council decision recorded by the scenario (for the chamber's record). */
export interface PastDecision {
  id: string;
  year: number;
  month: number;
}

export interface PublicScenario {
  id: string;
  title: string;
  summary: string;
  start: Scenario['start'];
  turnLength: Scenario['turnLength'];
  turns: number;
  places: Scenario['places'];
  routes: Scenario['routes'];
  /** Read to the whole class before play. */
  classBriefing: string;
  learningObjectives: readonly string[];
  /** The debrief's questions. */
  questions: readonly string[];
  sources: readonly Source[];
  councilHistory: readonly PastDecision[];
}

function sourceOf(src: Scenario['sources'][number]): Source {
  return {
    id: src.id,
    paragraph: src.kind === 'document' ? src.paragraph : null,
    record: src.kind === 'record' ? src.record : null,
    note: src.note,
    approx: src.kind === 'record' && src.approx === true,
  };
}

const cache = new WeakMap<Scenario, PublicScenario>();

export function publicScenario(s: Scenario): PublicScenario {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out: PublicScenario = {
    id: s.id,
    title: s.title,
    summary: s.summary,
    start: s.start,
    turnLength: s.turnLength,
    turns: s.turns,
    places: s.places,
    routes: s.routes,
    classBriefing: s.briefing.class,
    learningObjectives: [...s.learningObjectives],
    questions: [...s.debrief],
    sources: s.sources.map(sourceOf),
    councilHistory: s.council.history.map((h) => ({ id: h.id, year: h.year, month: h.month })),
  };
  cache.set(s, out);
  return out;
}
