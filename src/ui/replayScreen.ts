/**
 * The replay viewer: step through a verified game turn by turn (first, previous, next, last, a
 * slider, and the arrow, Home and End keys), with that turn's report, the council and the
 * figures as they stood, beside the map. It shows the game through one viewer's eyes: the
 * player who shared it, or the public; the instructor's view (every secret) is an explicit
 * choice behind a warning. "Play on from here" branches a new game from the turn shown.
 *
 * Built once per game and viewer; the controls update in place (focus stays), and only the
 * panels are rebuilt when the turn shown changes.
 */
import type { ActorId, Viewer } from '../engine/index.ts';
import { ACTORS, isOver } from '../engine/index.ts';
import type { Controllers, Game, GameData, GameStore, GameView } from '../store/index.ts';
import { selectGameView, stateAt } from '../store/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { councilPanel } from './councilPanel.ts';
import { button, clear, h, uid, withUserText } from './dom.ts';
import { t } from './i18n/index.ts';
import { gameLayout } from './layout.ts';
import { reportArticle } from './reportPanel.ts';
import { playOnText } from './saveWords.ts';
import { displayTitle } from './screens.ts';
import { actorTitle, date, turnDate, viewerName } from './words.ts';
import { youPanel } from './youPanel.ts';

/** "After turn 3 of 12 (Apr 2024)" or "The start, before turn 1 (Oct 2023)". */
export function turnLabel(g: Game, at: number): string {
  const rec = g.turns[at - 1];
  if (at === 0 || rec === undefined)
    return t('replay.start', { date: turnDate({ start: g.scenario.start, turnLength: g.scenario.turnLength }, 1) });
  return t('replay.after', { turn: at, total: g.scenario.turns, date: date(rec.report.date) });
}

export function replayScreen(store: GameStore, g: Game, mapContainer: HTMLElement): Component<GameData> {
  const d0 = store.getState();
  const rp = d0.replay;
  const n = g.turns.length;
  // While the game is being played, the viewer shows only what the player at the device may see.
  const locked = rp?.returnTo === 'play' || rp?.returnTo === 'handoff';
  const go = (at: number): void => store.getState().replayGo(at);
  const cur = (): number => store.getState().replay?.at ?? 0;

  const first = button(t('replay.first'), () => go(0), { 'aria-label': t('replay.firstLabel') });
  const prev = button(t('replay.prev'), () => go(cur() - 1), { 'aria-label': t('replay.prevLabel') });
  const next = button(t('replay.next'), () => go(cur() + 1), { 'aria-label': t('replay.nextLabel') });
  const last = button(t('replay.last'), () => go(n), { 'aria-label': t('replay.lastLabel') });
  const sliderId = uid('replay-turn');
  const slider = h('input', {
    id: sliderId,
    type: 'range',
    min: 0,
    max: n,
    step: 1,
    value: rp?.at ?? n,
    class: 'replay-slider',
  });
  slider.addEventListener('input', () => go(Number(slider.value)));
  const position = h('output', { for: sliderId, class: 'replay-position', 'data-testid': 'replay-position' });

  const seenId = uid('replay-seen');
  const viewers: Viewer[] = [...ACTORS, 'public', 'instructor'];
  const seen = h('select', { id: seenId }, ...viewers.map((v) => h('option', { value: v }, viewerName(v))));
  seen.value = rp?.seenAs ?? 'public';
  const warnId = uid('warn-h');
  const warn = h(
    'dialog',
    { class: 'warn-dialog', 'aria-labelledby': warnId },
    h('h2', { id: warnId }, t('replay.warnTitle')),
    h('p', {}, t('replay.warnText')),
    h(
      'div',
      { class: 'actions' },
      button(t('replay.warnCancel'), () => warn.close('cancel')),
      button(t('replay.warnShow'), () => warn.close('show'), { class: 'primary' }),
    ),
  );
  warn.addEventListener('close', () => {
    if (warn.returnValue === 'show') store.getState().replaySeenAs('instructor');
    else seen.value = store.getState().replay?.seenAs ?? 'public';
  });
  seen.addEventListener('change', () => {
    const v = viewers.find((x) => x === seen.value) ?? 'public';
    if (v === 'instructor') {
      warn.returnValue = '';
      warn.showModal();
    } else store.getState().replaySeenAs(v);
  });
  const seenRow = locked
    ? h('p', { class: 'hint' }, t('replay.locked', { viewer: viewerName(rp?.seenAs ?? 'public') }))
    : h('p', { class: 'seen-as' }, h('label', { for: seenId }, t('replay.seenAs')), ' ', seen, warn);

  const boxes = new Map<ActorId, HTMLInputElement>();
  const playOn = h('fieldset', { class: 'play-on' }, h('legend', {}, t('replay.playOn')));
  for (const a of ACTORS) {
    const id = uid(`fork-${a}`);
    const box = h('input', { type: 'checkbox', id });
    box.checked = g.controllers[a] === 'human';
    boxes.set(a, box);
    playOn.append(h('label', { for: id, class: 'radio' }, box, ` ${t('replay.human', { actor: actorTitle(a) })}`));
  }
  const playOnHint = h('p', { class: 'hint' });
  const playOnButton = button(
    t('replay.playOnButton'),
    () => {
      const c = {} as Controllers;
      for (const a of ACTORS) c[a] = boxes.get(a)?.checked === true ? 'human' : 'bot';
      const said = playOnText(store.getState().playOnFrom(c));
      if (said !== null) store.getState().setSaveNotice(said.tone, said.text);
    },
    { class: 'primary' },
  );
  playOn.append(playOnHint, playOnButton);

  const head = h(
    'div',
    { class: 'replay-head' },
    // The title comes from a file: its own bidi isolate inside the heading.
    h(
      'h1',
      { tabindex: -1, 'data-autofocus': true },
      ...withUserText((title) => t('replay.title', { title }), displayTitle(g.scenario.title)),
    ),
    h(
      'div',
      { role: 'group', 'aria-label': t('replay.steps'), class: 'replay-nav' },
      first,
      prev,
      h('label', { for: sliderId, class: 'sr-only' }, t('replay.turnShown')),
      slider,
      next,
      last,
    ),
    position,
    seenRow,
    h(
      'div',
      { class: 'actions' },
      button(rp?.returnTo === 'start' ? t('replay.close') : t('replay.back'), () => store.getState().closeReplay()),
    ),
    playOn,
  );
  const report = h('div', { class: 'report-panel' });
  const council = h('div', {});
  const you = h('div', {});
  const layout = gameLayout({
    mapContainer,
    head,
    tabs: [
      { id: 'report', panel: report },
      { id: 'council', panel: council },
      { id: 'you', panel: you },
    ],
    foot: null,
    setTab: (tab) => store.getState().setTab(tab),
  });
  const el = h('main', { class: 'screen replay' }, layout.el);

  // Keys step through the turns anywhere on the screen, except where they already mean
  // something: fields, the tabs, and the slider (which moves itself with them).
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.defaultPrevented) return;
    const target = ev.target instanceof HTMLElement ? ev.target : null;
    const tag = target?.tagName ?? '';
    if (tag === 'SELECT' || tag === 'TEXTAREA' || target?.getAttribute('role') === 'tab') return;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
    const at = cur();
    const keys: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: n };
    const to = keys[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    go(to);
  };
  el.ownerDocument.addEventListener('keydown', onKey);

  const changed = inputs();
  const update = (d: GameData): void => {
    const r = d.replay;
    if (r === null || d.game === null) return;
    layout.show(d.ui.tab);
    const view: GameView | null = selectGameView(d);
    if (view === null || !changed(view)) return;
    const at = r.at;
    const label = turnLabel(d.game, at);
    const hadFocus = [first, prev, next, last].find((b) => b === el.ownerDocument.activeElement);
    first.disabled = prev.disabled = at === 0;
    next.disabled = last.disabled = at === n;
    if (hadFocus?.disabled === true) slider.focus();
    slider.value = String(at);
    slider.setAttribute('aria-valuetext', label);
    position.textContent = label;
    const over = isOver(stateAt(d.game, at));
    playOnButton.disabled = over;
    playOnHint.textContent = over
      ? t('replay.over')
      : at === n
        ? t('replay.continue', { turn: at + 1 })
        : t('replay.branch', { turn: at + 1, at });
    clear(report);
    report.append(
      at === 0 ? h('p', { class: 'hint' }, t('replay.noReport')) : reportArticle(view, at, { primary: false }),
    );
    clear(council);
    council.append(councilPanel(view));
    clear(you);
    you.append(youPanel(view));
  };
  return { el, update, destroy: () => el.ownerDocument.removeEventListener('keydown', onKey) };
}
