/**
 * The status bar over every game screen (one line, at most 64 px on a phone): the scenario,
 * the date, "Turn N of M", the player's score and side, and the menu. The menu holds the
 * saved-games tools (moved in by app.ts; not offered on the hand-off screen), help, the
 * walkthrough, the game's fingerprint (its full hash in `data-state-hash`, so two players or a
 * test can check they hold the same game, and the game's identity, the last link of its hash
 * chain: scenario, players, orders and states, in `data-game-hash`) and Quit. The title comes
 * from a file and is its own bidi isolate (`<bdi>`).
 */
import { currentDate, fingerprint, isActorId, isOver } from '../engine/index.ts';
import type { GameData, GameStore } from '../store/index.ts';
import { gameHashAt, hashAt, inGame, selectGameView, stateAt } from '../store/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { button, h } from './dom.ts';
import { t } from './i18n/index.ts';
import { displayTitle } from './screens.ts';
import { actorTitle, date } from './words.ts';

export interface StatusBar extends Component<GameData> {
  /** Where the saved-games tools go while a game is on screen. */
  savesSlot: HTMLElement;
  /** Open or close the menu (a save or load message opens it). */
  setMenuOpen(open: boolean): void;
}

export function statusBar(store: GameStore): StatusBar {
  const title = h('bdi', { class: 'title' });
  const when = h('span', { class: 'date', 'data-testid': 'date' });
  const turn = h('span', { class: 'turn', 'data-testid': 'turn' });
  const score = h('span', { class: 'score', 'data-testid': 'score' });
  const who = h('span', { class: 'who' });
  const print = h('code', {});
  const printRow = h('p', { class: 'fingerprint', 'data-state-hash': '', 'data-game-hash': '' }, print);
  const savesSlot = h('div', { class: 'menu-saves' });
  const around = button(t('menu.walkthrough'), () => {
    store.getState().walkthroughTo(0);
    menu.open = false;
  });
  const menu = h(
    'details',
    { class: 'menu' },
    h('summary', { class: 'menu-button' }, t('menu.label')),
    h(
      'div',
      { class: 'menu-panel' },
      savesSlot,
      h(
        'div',
        { class: 'menu-help' },
        button(t('menu.rules'), () => {
          menu.open = false;
          store.getState().openHelp('rules');
        }),
        button(t('menu.glossary'), () => {
          menu.open = false;
          store.getState().openHelp('glossary');
        }),
        around,
      ),
      printRow,
      h('p', { class: 'hint' }, t('menu.fingerprintHint')),
      button(t('menu.quit'), () => store.getState().quit(), { class: 'quiet' }),
    ),
  );
  menu.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  const el = h('header', { class: 'status-bar' }, title, when, turn, score, who, menu);
  const changed = inputs();
  const update = (d: GameData): void => {
    const shownAt = d.game === null ? 0 : d.mode === 'replay' && d.replay !== null ? d.replay.at : d.game.turns.length;
    const id = d.game === null ? null : gameHashAt(d.game, shownAt);
    if (!changed(d.game, id, d.mode, d.viewer, d.replay?.at)) return;
    el.hidden = d.game === null || !inGame(d.mode);
    const g = d.game;
    if (g === null) return;
    const at = d.mode === 'replay' && d.replay !== null ? d.replay.at : g.turns.length;
    const s = stateAt(g, at);
    const hash = hashAt(g, at);
    const total = s.rules.turns;
    title.textContent = displayTitle(g.scenario.title);
    const last = g.turns[Math.min(at, g.turns.length) - 1];
    const over = isOver(s);
    when.textContent =
      over && last !== undefined ? t('status.ended', { date: date(last.report.date) }) : date(currentDate(s));
    turn.textContent = over ? t('status.finished', { total }) : t('status.turn', { turn: s.turn, total });
    turn.dataset.short = over ? '' : t('status.turnShort', { turn: s.turn, total });
    const view = d.mode === 'play' ? selectGameView(d) : null;
    const mine = view !== null && isActorId(view.viewer) ? view.turns.at(-1)?.state.scores[view.viewer] : undefined;
    score.textContent = mine === undefined ? '' : t('status.score', { score: mine });
    who.dataset.short = d.mode === 'play' && d.viewer !== null ? actorTitle(d.viewer) : '';
    who.textContent =
      d.mode === 'play' && d.viewer !== null
        ? t('status.playing', { actor: actorTitle(d.viewer) })
        : d.mode === 'handoff'
          ? t('status.handoff')
          : d.mode === 'replay'
            ? t('status.replay')
            : t('status.debrief');
    print.textContent = t('menu.fingerprint', { code: fingerprint(hash) });
    printRow.dataset.stateHash = hash;
    printRow.dataset.gameHash = id ?? '';
    printRow.title = hash;
    around.hidden = d.mode !== 'play';
    savesSlot.hidden = d.mode === 'handoff';
  };
  return {
    el,
    update,
    savesSlot,
    setMenuOpen(open) {
      menu.open = open;
    },
  };
}
