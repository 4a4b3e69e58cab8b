/**
 * The class debrief: every world's outcome against history (the scenario's historical script
 * replayed with the world's own seed, as the single-device debrief does) and against the
 * other worlds. Revealed to everyone when the instructor ends the session: each actor's score
 * and objectives become public then (GAME.md, "Secrets"), and so do the messages. Pure.
 */
import type { ActorId, GameState, IndicatorId, PlayResult } from '../engine/index.ts';
import { ACTORS, INDICATORS, scores } from '../engine/index.ts';
import type { ActorDebrief, Scenario } from '../scenario/index.ts';
import { compareWithHistory, historicalRun } from '../scenario/index.ts';
import type { ChatMessage, InjectMessage } from './protocol.ts';

export interface WorldOutcome {
  world: number;
  seed: number;
  start: GameState;
  final: GameState;
  /** Scores after each resolved turn (turn 1 first). */
  scoresByTurn: readonly Readonly<Record<ActorId, number>>[];
  /** The display names that held each seat (empty for a bot's or a held seat). */
  teams: Readonly<Record<ActorId, readonly string[]>>;
  chats: readonly ChatMessage[];
  injects: readonly InjectMessage[];
}

export interface WorldDebrief {
  world: number;
  turnsPlayed: number;
  comparison: ActorDebrief[];
  /** Index 0 is the opening score, index t the score after turn t. */
  scores: Record<ActorId, number[]>;
  indicators: Record<IndicatorId, number>;
  teams: Record<ActorId, string[]>;
  chats: ChatMessage[];
  injects: InjectMessage[];
}

export interface ActorAcrossWorlds {
  actor: ActorId;
  /** The world with the highest score (the lowest index on a tie) and that score. */
  best: { world: number; score: number };
  worst: { world: number; score: number };
  /** The lower median of the worlds' scores. */
  median: number;
  /** Worlds that did better than history, the same, worse. */
  better: number;
  same: number;
  worse: number;
}

export interface ClassDebrief {
  title: string;
  questions: string[];
  learningObjectives: string[];
  worlds: WorldDebrief[];
  actors: ActorAcrossWorlds[];
}

function perActor<T>(f: (a: ActorId) => T): Record<ActorId, T> {
  return { RUS: f('RUS'), PRK: f('PRK'), CHN: f('CHN'), UNSC: f('UNSC') };
}

export function classDebrief(scenario: Scenario, worlds: readonly WorldOutcome[]): ClassDebrief {
  const histories = new Map<number, PlayResult>();
  const historyFor = (seed: number): PlayResult => {
    let h = histories.get(seed);
    if (h === undefined) {
      h = historicalRun(scenario, seed);
      histories.set(seed, h);
    }
    return h;
  };
  const out: WorldDebrief[] = worlds.map((w) => {
    const opening = scores(w.start);
    const indicators = {} as Record<IndicatorId, number>;
    for (const i of INDICATORS) indicators[i] = w.final.indicators[i];
    return {
      world: w.world,
      turnsPlayed: w.final.turn - 1,
      comparison: compareWithHistory(w.final, historyFor(w.seed)),
      scores: perActor((a) => [opening[a], ...w.scoresByTurn.map((s) => s[a])]),
      indicators,
      teams: perActor((a) => [...w.teams[a]]),
      chats: [...w.chats],
      injects: [...w.injects],
    };
  });
  const actors = ACTORS.map((actor): ActorAcrossWorlds => {
    const rows = out.map((w) => {
      const c = w.comparison.find((x) => x.actor === actor);
      return { world: w.world, score: c?.score ?? 0, verdict: c?.verdict ?? 'same' };
    });
    const first = rows[0] ?? { world: 0, score: 0, verdict: 'same' };
    let best = first;
    let worst = first;
    for (const r of rows) {
      if (r.score > best.score) best = r;
      if (r.score < worst.score) worst = r;
    }
    const sorted = rows.map((r) => r.score).sort((a, b) => a - b);
    return {
      actor,
      best: { world: best.world, score: best.score },
      worst: { world: worst.world, score: worst.score },
      median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
      better: rows.filter((r) => r.verdict === 'better').length,
      same: rows.filter((r) => r.verdict === 'same').length,
      worse: rows.filter((r) => r.verdict === 'worse').length,
    };
  });
  return {
    title: scenario.title,
    questions: [...scenario.debrief],
    learningObjectives: [...scenario.learningObjectives],
    worlds: out,
    actors,
  };
}
