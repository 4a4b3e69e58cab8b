/**
 * What the dashboard shows a viewer, as plain data: the scores the viewer may see, and for each
 * actor its indicators and (when the viewer may see them) its stocks and priorities, each with
 * its values over the turns so far, the last turn's change and the causes of that change the
 * viewer may read. Everything goes through the engine's view function (`viewState`,
 * `viewReport`), so a figure a viewer may not see never reaches the panel; the property test of
 * secrecy (tests/engine/secrecy.test.ts) compares these views between two games.
 */
import type { ActorId, GameState, IndicatorId, Priorities, Resource, Target, Viewer } from '../engine/index.ts';
import {
  ACTORS,
  INDICATOR_LABEL,
  RESOURCES,
  changesOf,
  explainChange,
  viewReport,
  viewState,
} from '../engine/index.ts';
import { ownedIndicators } from './extras.ts';
import type { ActorScore } from './score.ts';
import { scoreHistory, scoreOf } from './score.ts';
import type { Game } from './store.ts';
import { currentState } from './store.ts';

export interface FigureView {
  label: string;
  /** The opening value, then the value after each turn. */
  values: number[];
  /** Last turn's change (0 before the first turn). */
  delta: number;
  /** Why it changed, in the engine's words, as far as the viewer may see; null when it changed
   * for reasons the viewer may not see. */
  causes: string[] | null;
}

export interface ActorCardView {
  actor: ActorId;
  mine: boolean;
  indicators: (FigureView & { indicator: IndicatorId })[];
  /** Null when the stockpiles are the actor's secret. */
  stocks: (FigureView & { resource: Resource })[] | null;
  priorities: Priorities | null;
}

export interface ScoreRowView extends ActorScore {
  /** The score at the start, then after each turn. */
  history: number[];
}

export interface DashboardView {
  viewer: Viewer;
  scores: ScoreRowView[];
  cards: ActorCardView[];
}

function statesOf(game: Game): GameState[] {
  return [game.initial, ...game.turns.map((t) => t.state)];
}

function figure(game: Game, viewer: Viewer, label: string, target: Target, values: number[]): FigureView {
  const last = values.at(-1) ?? 0;
  const before = values.at(-2) ?? last;
  const delta = last - before;
  const rec = game.turns.at(-1);
  if (rec === undefined || delta === 0) return { label, values, delta, causes: [] };
  const causes = changesOf(viewReport(rec.report, viewer), target).map(explainChange);
  return { label, values, delta, causes: causes.length === 0 ? null : causes };
}

export function dashboardView(game: Game, viewer: Viewer): DashboardView {
  const states = statesOf(game);
  const views = states.map((s) => viewState(s, viewer));
  const now = views.at(-1) ?? viewState(currentState(game), viewer);
  const state = currentState(game);
  const order: ActorId[] =
    viewer === 'instructor' || viewer === 'public' ? [...ACTORS] : [viewer, ...ACTORS.filter((a) => a !== viewer)];
  const cards = order.map((a): ActorCardView => {
    const own = now.actors[a];
    const indicators = ownedIndicators(a).map((i) => ({
      indicator: i,
      ...figure(
        game,
        viewer,
        INDICATOR_LABEL[i],
        { kind: 'indicator', indicator: i },
        views.map((v) => (i === 'unscSanctionsIntegrity' && v.hidden !== null ? v.hidden.integrity : v.indicators[i])),
      ),
    }));
    const stocks =
      own === undefined
        ? null
        : RESOURCES.map((r) => ({
            resource: r,
            ...figure(
              game,
              viewer,
              r,
              { kind: 'stock', actor: a, resource: r },
              states.map((s) => s.actors[a].stocks[r]),
            ),
          }));
    return { actor: a, mine: a === viewer, indicators, stocks, priorities: own === undefined ? null : own.priorities };
  });
  const truth = viewer === 'instructor';
  const scores = ACTORS.filter((a) => now.scores[a] !== undefined).map((a) => ({
    ...scoreOf(state, a, truth),
    history: scoreHistory(game, a, truth),
  }));
  return { viewer, scores, cards };
}
