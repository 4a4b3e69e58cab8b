/**
 * The replay viewer: step through a verified game turn by turn (first, previous, next,
 * last, a turn slider, and the arrow/Home/End keys), with that turn's report, the dashboard
 * as it stood then, and the map (the app's map container, fed by the MapSource adapter,
 * which follows the turn shown). "Play on from here" branches a new game from the turn shown.
 *
 * The controls are built once and updated in place, so stepping keeps keyboard focus where
 * it is; only the turn's content below them is rebuilt.
 */
import type { ActorId, Viewer } from '../engine/index.ts';
import { ACTORS, dateOfTurn, fingerprint, formatDate, isOver } from '../engine/index.ts';
import type { Game, GameData, GameStore, Replay } from '../store/index.ts';
import { gameAt, hashAt, stateAt } from '../store/index.ts';
import type { Controllers } from '../store/index.ts';
import { councilPanel } from './councilPanel.ts';
import { dashboardPanel } from './dashboard.ts';
import { button, clear, h, uid } from './dom.ts';
import { ACTOR_LABEL, viewerLabel } from './names.ts';
import { reportView } from './reportPanel.ts';
import type { Screen } from './screens.ts';

const SOURCE_TEXT = {
  file: 'Opened from a save file. Every turn was replayed by this program and matched the hashes in the file.',
  link: 'Opened from a link. Every turn was replayed by this program and matched the hashes in the link.',
  autosave: 'Opened from the autosave. Every turn was replayed and verified.',
  game: 'The game you are playing, turn by turn.',
} as const;

/** "After turn 3 of 12 (Apr 2024)" or "The start, before turn 1 (Oct 2023)". */
export function turnLabel(g: Game, at: number): string {
  const total = g.scenario.turns;
  const rec = g.turns[at - 1];
  if (at === 0 || rec === undefined)
    return `The start, before turn 1 (${formatDate(dateOfTurn(g.scenario.start, g.scenario.turnLength, 1))})`;
  return `After turn ${at} of ${total} (${formatDate(rec.report.date)})`;
}

export function replayScreen(store: GameStore, g: Game, rp: Replay, mapContainer: HTMLElement): Screen {
  const n = g.turns.length;
  // While a game is in progress the viewer shows only what the player at the device may see.
  const locked = rp.returnTo === 'play' || rp.returnTo === 'handoff';
  const go = (at: number): void => store.getState().replayGo(at);
  const cur = (): number => store.getState().replay?.at ?? 0;

  const first = button('First', () => go(0), { 'aria-label': 'First: the start' });
  const prev = button('Previous', () => go(cur() - 1), { 'aria-label': 'Previous turn' });
  const next = button('Next', () => go(cur() + 1), { 'aria-label': 'Next turn' });
  const last = button('Last', () => go(n), { 'aria-label': 'Last turn' });
  const sliderId = uid('replay-turn');
  const slider = h('input', {
    id: sliderId,
    type: 'range',
    min: 0,
    max: n,
    step: 1,
    value: rp.at,
    class: 'replay-slider',
  });
  slider.addEventListener('input', () => go(Number(slider.value)));
  const position = h('output', { for: sliderId, class: 'replay-position', 'data-testid': 'replay-position' });

  const seenId = uid('replay-seen');
  const seen = h(
    'select',
    { id: seenId },
    h('option', { value: 'instructor' }, 'Everything (instructor view)'),
    ...ACTORS.map((a) => h('option', { value: a }, ACTOR_LABEL[a])),
  );
  seen.value = rp.seenAs;
  seen.addEventListener('change', () => store.getState().replaySeenAs(seen.value as Viewer));
  const seenRow = locked
    ? h(
        'p',
        { class: 'hint' },
        `Seen as ${viewerLabel(rp.seenAs)}: the game is still being played, so other players' secrets stay hidden.`,
      )
    : h('p', {}, h('label', { for: seenId }, 'Reports seen as '), seen);

  // Play on: who plays each actor in the branch (humans of the game preselected).
  const humanBoxes = new Map<ActorId, HTMLInputElement>();
  const playOn = h('fieldset', { class: 'play-on' }, h('legend', {}, 'Play on from the turn shown'));
  for (const a of ACTORS) {
    const id = uid(`fork-${a}`);
    const box = h('input', { type: 'checkbox', id });
    box.checked = g.controllers[a] === 'human';
    humanBoxes.set(a, box);
    playOn.append(h('label', { for: id, class: 'radio' }, box, ` ${ACTOR_LABEL[a]} played by a human`));
  }
  const playOnHint = h('p', { class: 'hint' });
  const playOnButton = button(
    'Play on from here',
    () => {
      const c = Object.fromEntries(
        ACTORS.map((a) => [a, humanBoxes.get(a)?.checked === true ? 'human' : 'bot']),
      ) as Controllers;
      store.getState().playOnFrom(c);
    },
    { class: 'primary' },
  );
  playOn.append(playOnHint, playOnButton);

  const content = h('div', { class: 'replay-content' });
  const heading = h('h1', { tabindex: -1, 'data-autofocus': true }, 'Replay: ', h('bdi', {}, g.scenario.title));
  const nav = h(
    'div',
    { role: 'group', 'aria-label': 'Step through the turns', class: 'replay-nav' },
    first,
    prev,
    h('label', { for: sliderId, class: 'sr-only' }, 'Turn shown'),
    slider,
    next,
    last,
  );
  const el = h(
    'main',
    { class: 'screen replay' },
    heading,
    h(
      'p',
      { class: 'hint' },
      SOURCE_TEXT[rp.source],
      ' Keys: ← and → step one turn, Home and End go to the start and the end.',
    ),
    h(
      'div',
      { class: 'actions' },
      button(rp.returnTo === 'start' ? 'Close the viewer' : 'Back to the game', () => store.getState().closeReplay()),
    ),
    nav,
    position,
    seenRow,
    content,
    playOn,
  );
  // Keys work anywhere on the page while the viewer is shown (a disabled button drops focus
  // to the body), except in fields where the arrows already mean something.
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const t = ev.target as HTMLElement | null;
    if (
      t !== null &&
      (t.tagName === 'SELECT' ||
        t.tagName === 'TEXTAREA' ||
        (t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'checkbox'))
    )
      return;
    const at = cur();
    const to =
      ev.key === 'ArrowLeft'
        ? at - 1
        : ev.key === 'ArrowRight'
          ? at + 1
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? n
              : null;
    if (to === null) return;
    ev.preventDefault();
    go(to);
  };
  el.ownerDocument.addEventListener('keydown', onKey);

  let shown = '';
  const update = (d: GameData): void => {
    const r = d.replay;
    if (r === null || d.game === null) return;
    const at = r.at;
    const label = turnLabel(d.game, at);
    const hadFocus = [first, prev, next, last].find((b) => b === el.ownerDocument.activeElement);
    first.disabled = prev.disabled = at === 0;
    next.disabled = last.disabled = at === n;
    // A button that just became disabled would drop focus to the page: keep it on the slider.
    if (hadFocus?.disabled === true) slider.focus();
    slider.value = String(at);
    slider.setAttribute('aria-valuetext', label);
    position.textContent = `${label} · fingerprint ${fingerprint(hashAt(d.game, at))}`;
    const over = isOver(stateAt(d.game, at));
    playOnButton.disabled = over;
    playOnHint.textContent = over
      ? 'The game ended at this turn: step back to play on from an earlier one.'
      : at === n
        ? `Continue this game from turn ${at + 1}, with the bots playing the actors not ticked.`
        : `A new branch from turn ${at + 1}: what happened after turn ${at} in this game is not part of it (save this game first to keep it).`;
    const key = `${at}|${r.seenAs}`;
    if (key === shown) return;
    shown = key;
    const view = gameAt(d.game, at);
    clear(content);
    content.append(
      h(
        'div',
        { class: 'col-view' },
        h(
          'section',
          { class: 'panel map-panel', 'aria-label': 'Map' },
          h('h2', { class: 'sr-only' }, 'Map'),
          mapContainer,
        ),
        at === 0
          ? h(
              'section',
              { class: 'panel report-panel', 'aria-label': 'Turn report' },
              h('h2', {}, 'Turn report'),
              h('p', { class: 'hint' }, 'The start of the game: no turn resolved yet.'),
            )
          : h(
              'section',
              { class: 'panel report-panel', 'aria-label': 'Turn report' },
              h('h2', {}, 'Turn report'),
              reportView(view, at - 1, r.seenAs, { primary: false }),
            ),
        councilPanel(view),
      ),
      h('div', { class: 'col-wide' }, dashboardPanel(view, r.seenAs)),
    );
  };
  return { el, update, destroy: () => el.ownerDocument.removeEventListener('keydown', onKey) };
}
