/**
 * The viewer's own briefing during play: its actor's private briefing, its objectives and
 * current score. Shown only on that actor's turn (hot-seat: the hand-off screen stands between
 * players, and this panel is built for the viewer alone). Open on the first turn, folded after.
 */
import type { ActorId } from '../engine/index.ts';
import type { Game } from '../store/index.ts';
import { currentState, scenarioExtras, scoreOf } from '../store/index.ts';
import { h } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';
import { paragraphs } from './screens.ts';

export function briefingPanel(game: Game, me: ActorId): HTMLElement {
  const x = scenarioExtras(game.scenario);
  const sc = scoreOf(currentState(game), me);
  return h(
    'section',
    { class: 'panel my-briefing', 'aria-label': 'Your briefing' },
    h(
      'details',
      { open: game.turns.length === 0 },
      h(
        'summary',
        {},
        h('h2', { class: 'inline' }, `Your briefing: ${ACTOR_LABEL[me]}`),
        ` — score now ${sc.score} of 100`,
      ),
      ...paragraphs(x.briefings[me]),
      h('h3', {}, 'Your objectives'),
      h('ul', {}, ...sc.objectives.map((o) => h('li', {}, `${o.text}: now ${o.value}, ${o.achievement}% met`))),
    ),
  );
}
