/**
 * The status bar: scenario, date, "Turn N of M", who is at the device, and the state's
 * fingerprint. The fingerprint element carries the full canonical hash in `data-state-hash`
 * so two players (or a test) can check they hold the same game, and the game's identity (the
 * last link of its hash chain: scenario, players, orders and states) in `data-game-hash`.
 */
import { fingerprint, formatDate, currentDate } from '../engine/index.ts';
import type { Game, GameData, GameStore } from '../store/index.ts';
import { currentHash, currentState, gameHash, viewedGame } from '../store/index.ts';
import { button, h } from './dom.ts';
import { ACTOR_LABEL } from './names.ts';

export function statusBar(store: GameStore, d: GameData, game: Game): HTMLElement {
  // In the replay viewer: the turn shown (its fingerprint is what a reader compares).
  const g = viewedGame(d) ?? game;
  const s = currentState(g);
  const hash = currentHash(g);
  const total = s.rules.turns;
  const over = s.turn > total;
  const turnText = over ? `Turn ${total} of ${total} (finished)` : `Turn ${s.turn} of ${total}`;
  const last = g.turns.at(-1);
  const date = over && last !== undefined ? `Ended ${formatDate(last.report.date)}` : formatDate(currentDate(s));
  const who =
    d.mode === 'play' && d.viewer !== null
      ? `Playing: ${ACTOR_LABEL[d.viewer]}`
      : d.mode === 'handoff'
        ? 'Hand-off'
        : d.mode === 'replay'
          ? 'Replay viewer'
          : 'Debrief';
  return h(
    'header',
    { class: 'status-bar' },
    h('bdi', { class: 'title' }, g.scenario.title),
    h('span', { class: 'date', 'data-testid': 'date' }, date),
    h('span', { class: 'turn', 'data-testid': 'turn' }, turnText),
    h('span', { class: 'who' }, who),
    h(
      'span',
      {
        class: 'fingerprint',
        'data-state-hash': hash,
        'data-game-hash': gameHash(g),
        title: `Full state hash: ${hash}`,
      },
      'Fingerprint ',
      h('code', {}, fingerprint(hash)),
    ),
    button(
      'Quit to scenarios',
      () => {
        if (
          d.mode === 'debrief' ||
          d.mode === 'replay' ||
          globalThis.confirm?.(
            'Quit this game? It was autosaved after its last turn; orders given for this turn are lost.',
          ) !== false
        )
          store.getState().quit();
      },
      { class: 'quiet' },
    ),
  );
}
