/** A world's progress line on the class pages: turn, teams in, who the computer is thinking for,
 * the clock — exact words; and a server refusal as the page shows it. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ClassStatus, WorldStatus } from '../../src/classroom/index.ts';
import { classPages } from '../../src/ui/i18n/en/class.ts';
import { addMessages } from '../../src/ui/i18n/index.ts';
import { serverSays, worldLine } from '../../src/ui/class/widgets.ts';

const world: WorldStatus = {
  world: 0,
  turn: 3,
  turns: 9,
  over: false,
  humans: ['PRK', 'UNSC'],
  submitted: ['PRK'],
  deadlineIn: 100_000,
  thinking: [],
};
const status: ClassStatus = {
  phase: 'playing',
  paused: false,
  botLevel: 'hard',
  deadlineSeconds: 120,
  autoAdvance: true,
  worlds: [world],
};

beforeAll(() => addMessages(classPages));

describe('worldLine', () => {
  test.each([
    ['the teams still ordering', world, status, 'Turn 3 of 9 · orders in from 1 of 2 teams · 1:35 left'],
    [
      'hard bots thinking',
      { ...world, submitted: ['PRK', 'UNSC'], deadlineIn: null, thinking: ['RUS', 'CHN'] },
      status,
      'Turn 3 of 9 · orders in from 2 of 2 teams · the computer is thinking ahead for Russia and China; the turn ends when it has chosen',
    ],
    [
      'paused',
      world,
      { ...status, paused: true },
      'Turn 3 of 9 · orders in from 1 of 2 teams · paused by the instructor',
    ],
    ['over', { ...world, over: true }, status, 'The game is over after 9 turns.'],
  ] as const)('%s', (_name, w, s, line) => {
    expect(worldLine(w as WorldStatus, s, 1_000, 6_000)).toBe(line);
  });
});

describe('serverSays', () => {
  test.each([
    [
      'the command name goes',
      { about: 'submit', message: 'submit: the computer players are finishing turn 1; orders for it are closed' },
      'The computer players are finishing turn 1; orders for it are closed',
    ],
    [
      'another command keeps its words',
      { about: 'chat', message: 'submit: turn 3 is not open' },
      'Submit: turn 3 is not open',
    ],
    [
      'a sentence without a prefix',
      { about: 'submit', message: 'The server could not do that.' },
      'The server could not do that.',
    ],
  ] as const)('%s', (_name, e, text) => {
    expect(serverSays(e)).toBe(text);
  });
});
